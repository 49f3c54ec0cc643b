/**
 * Message parameters are typed: a misspelt or missing key, or a wrong kind of value, does not
 * compile (`npm run typecheck` checks the @ts-expect-error lines below), and the texts read the
 * keys they are given.
 */
import { auditText } from '../../src/messages/audit';
import { reasonText } from '../../src/messages/reasons';
import { msg } from '../../src/rules';

describe('typed message parameters', () => {
  it('a text shows the parameters it is given', () => {
    expect(auditText('weightsTotal', { sum: 90, expected: 100 }, 'zh-CN')).toBe(
      '各项分值合计 90，应为 100',
    );
    expect(
      auditText(
        'budgetRateWrong',
        { stated: '95%', executed: 9, baseKind: 'adjusted', base: 10, expected: '90%' },
        'zh-CN',
      ),
    ).toContain('÷ 全年预算数 10');
  });

  it('wrong keys do not compile', () => {
    // @ts-expect-error a misspelt key
    auditText('weightsTotal', { summ: 90, expected: 100 }, 'zh-CN');
    // @ts-expect-error a missing key
    auditText('weightsTotal', { sum: 90 }, 'zh-CN');
    const label = { stated: 1, executed: 1, baseKind: '全年预算数', base: 1, expected: 1 } as const;
    // @ts-expect-error a label where the kind of base is asked
    auditText('budgetRateWrong', label, 'zh-CN');
    expect(() => auditText('weightsTotal', { sum: 1, expected: 2 }, 'en')).not.toThrow();
  });

  it("the rules' messages take known parameter names", () => {
    expect(reasonText('scoreWrong', { stated: 1.5, expected: 2 }, 'zh-CN')).toContain('1.5');
    // @ts-expect-error a misspelt parameter name
    msg('scoreWrong', { staed: 1.5, expected: 2 });
    // @ts-expect-error a misspelt parameter name
    reasonText('scoreWrong', { stated: 1.5, expectd: 2 }, 'zh-CN');
  });
});
