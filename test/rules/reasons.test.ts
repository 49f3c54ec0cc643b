import { ASSUMPTION_CODES, FINDING_CODES, REASON_CODES } from '../../src/rules';
import { reasonText, REASON_TEXT_CODES, statusLabel } from '../../src/messages/reasons';

const ALL = [...REASON_CODES, ...ASSUMPTION_CODES, ...FINDING_CODES];

describe('reasonText', () => {
  it('has Chinese and English text for every code the rules produce', () => {
    expect([...REASON_TEXT_CODES].sort()).toEqual([...ALL].sort());
    for (const code of ALL) {
      const zh = reasonText(code, { value: 'x', target: 't', stated: 1, expected: 2 }, 'zh-CN');
      const en = reasonText(code, { value: 'x', target: 't', stated: 1, expected: 2 }, 'en');
      expect(zh.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(reasonText(code, undefined, 'zh-CN')).not.toContain('undefined');
    }
  });

  it('fills parameters', () => {
    expect(reasonText('scoreWrong', { stated: '1.5', expected: '2' }, 'zh-CN')).toBe(
      '得分 1.5 与按规则计算的 2 不符',
    );
    expect(reasonText('malformedNumber', { value: '31..5' }, 'en')).toContain('"31..5"');
    expect(reasonText('operatorReversed', { value: '20≤', read: '≤20' }, 'zh-CN')).toContain('≤20');
  });

  it('labels statuses', () => {
    expect(
      ['done', 'short', 'wrong', 'missingReason', 'needsInput'].map((s) => statusLabel(s as never)),
    ).toEqual(['完成', '未完成', '得分有误', '缺少原因', '待补充']);
  });
});
