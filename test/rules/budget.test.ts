import { budgetExecution, type BudgetResult } from '../../src/rules';
import { s } from './helpers';

function ok(r: BudgetResult): Extract<BudgetResult, { ok: true }> {
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('budgetExecution', () => {
  it('Jinshui: 173.65 of 234 → 74.21% → 7.42 of 10 (no adjusted figure: initial budget)', () => {
    const r = ok(budgetExecution({ initial: 234, adjusted: null, executed: 173.65, weight: 10 }));
    expect([
      s(r.rate),
      r.rate.times(100).toDecimalPlaces(2).toString(),
      r.base,
      s(r.score),
    ]).toEqual(['0.7420940171', '74.21', 'initial', '7.42']);
    expect(r.messages.map((m) => m.code)).toContain('usedInitialBudget');
  });

  it('Hengyang: 4848.13 executed of 2677.71 → above 100%, capped 10 of 10', () => {
    const r = ok(budgetExecution({ initial: 2677.71, executed: 4848.13, weight: 10 }));
    expect([r.rate.times(100).toDecimalPlaces(2).toString(), s(r.score), r.capped]).toEqual([
      '181.06',
      '10',
      true,
    ]);
    expect(r.messages.map((m) => m.code)).toContain('executionRateCapped');
  });

  it('uses the adjusted budget when there is one (Fushun 9947.29 of 9947.29)', () => {
    const r = ok(
      budgetExecution({ initial: 6009.63, adjusted: 9947.29, executed: 9947.29, weight: 10 }),
    );
    expect([r.base, s(r.rate), s(r.score)]).toEqual(['adjusted', '1', '10']);
  });

  it('seed 004: 9565.63 of 9593.18 adjusted → 99.71%', () => {
    const r = ok(
      budgetExecution({ initial: 8779.84, adjusted: 9593.18, executed: 9565.63, weight: 10 }),
    );
    expect(r.rate.times(100).toDecimalPlaces(2).toString()).toBe('99.71');
    expect(s(r.score)).toBe('9.97');
  });

  it('takes the weight from the profile when the form has none', () => {
    const r = ok(budgetExecution({ initial: 100, executed: 50 }));
    expect(s(r.score)).toBe('5');
    expect(r.messages.map((m) => m.code)).toContain('budgetWeightFromProfile');
  });

  it('never scores below 0', () => {
    expect(s(ok(budgetExecution({ initial: 100, executed: -5, weight: 10 })).score)).toBe('0');
  });

  it.each([
    [{ initial: null, executed: 5, weight: 10 }, 'missingBudget'],
    [{ initial: 0, executed: 5, weight: 10 }, 'nonPositiveBudget'],
    [{ initial: 100, adjusted: -3, executed: 5, weight: 10 }, 'nonPositiveBudget'],
    [{ initial: 100, executed: null, weight: 10 }, 'missingExecuted'],
    [{ initial: 100, executed: 5, weight: -1 }, 'negativeWeight'],
  ])('cannot compute %p', (input, reason) => {
    expect(budgetExecution(input)).toMatchObject({ ok: false, reason });
  });
});
