import type { RubricResult } from '../../src/rules';
import * as rubric from '../../src/rules/rubric';
import { s } from './helpers';

function score(r: RubricResult): string | null {
  if (!r.ok) throw new Error(r.reason);
  return s(r.score);
}

describe('Longhua rubric', () => {
  it('procurement: rate × 2, 0 when actual exceeds the plan', () => {
    expect(score(rubric.procurement({ actual: 659.98, plan: 659.98 }))).toBe('2');
    expect(score(rubric.procurement({ actual: 500, plan: 659.98 }))).toBe('1.52');
    expect(score(rubric.procurement({ actual: 660, plan: 659.98 }))).toBe('0');
    expect(rubric.procurement({ actual: 1, plan: 0 })).toMatchObject({
      ok: false,
      reason: 'zeroDenominator',
    });
  });

  it.each([
    [807.05, 807.05, '1'],
    [90, 100, '1'],
    [89.99, 100, '0.7'],
    [75, 100, '0.7'],
    [74.99, 100, '0.4'],
    [60, 100, '0.4'],
    [59.99, 100, '0'],
  ])('fixed assets %p of %p → %s', (inUse, total, points) => {
    expect(score(rubric.fixedAssets({ inUse, total }))).toBe(points);
  });

  it('staff control: ≤100% → 1 (Hengyang 115 of 121 = 95.04%)', () => {
    const r = rubric.staffControl({ onStaff: 115, establishment: 121 });
    expect(r.ok && r.rate?.times(100).toDecimalPlaces(2).toString()).toBe('95.04');
    expect(score(r)).toBe('1');
    expect(score(rubric.staffControl({ onStaff: 121, establishment: 121 }))).toBe('1');
    expect(score(rubric.staffControl({ onStaff: 122, establishment: 121 }))).toBe('0');
  });

  it('contract staff: Longhua 53 contract vs 70 on establishment → 43.09% → 0', () => {
    const r = rubric.contractStaff({ contract: 53, onStaff: 70 });
    expect(r.ok && r.rate?.times(100).toDecimalPlaces(2).toString()).toBe('43.09');
    expect(score(r)).toBe('0');
  });

  it.each([
    [4, 96, '1'],
    [5, 95, '0.5'],
    [10, 90, '0.5'],
    [11, 89, '0'],
  ])('contract staff %p of %p + it → %s', (contract, onStaff, points) => {
    expect(score(rubric.contractStaff({ contract, onStaff }))).toBe(points);
  });

  it.each([
    [8.7, 12.4, '3'],
    [166.35, 168.51, '2'],
    [90, 100, '2'],
    [89.99, 100, '3'],
    [100, 100, '2'],
    [100.01, 100, '0'],
  ])('三公 / 日常公用经费 %p of %p → %s', (actual, budget, points) => {
    expect(score(rubric.expenseControl({ actual, budget }))).toBe(points);
  });

  it('quarterly execution: Longhua 26.1/50.6/73.6/99.45% → 5.22 (the form states 6)', () => {
    const r = rubric.quarterlyExecution({ progress: [0.261, 0.506, 0.736, 0.9945] });
    expect(score(r)).toBe('5.22');
    expect(score(rubric.quarterlyExecution({ progress: [0.25, 0.5, 0.75, 1] }))).toBe('5.25');
    expect(score(rubric.quarterlyExecution({ progress: [1, 1, 1, 1] }))).toBe('6');
    expect(rubric.quarterlyExecution({ progress: [0.25, null, 0.75, 1] })).toMatchObject({
      ok: false,
    });
  });

  it('project timeliness: completed ÷ planned × 6', () => {
    expect(score(rubric.timeliness({ completed: 25, planned: 25 }))).toBe('6');
    expect(score(rubric.timeliness({ completed: 20, planned: 25 }))).toBe('4.8');
  });

  it.each([
    [0.95, '6'],
    [0.9499, '4'],
    [0.9, '4'],
    [0.8999, '2'],
    [0.8, '2'],
    [0.7999, '1'],
  ])('satisfaction %p → %s', (rate, points) => {
    expect(score(rubric.satisfaction({ rate }))).toBe(points);
  });

  it('key tasks: 8 − 4 per task not done, floored at 0', () => {
    expect(score(rubric.keyTasks({ notDone: 0 }))).toBe('8');
    expect(score(rubric.keyTasks({ notDone: 1 }))).toBe('4');
    expect(score(rubric.keyTasks({ notDone: 3 }))).toBe('0');
    expect(rubric.keyTasks({ notDone: 1.5 })).toMatchObject({ ok: false, reason: 'invalidCount' });
    expect(rubric.keyTasks({ notDone: -1 })).toMatchObject({ ok: false, reason: 'invalidCount' });
  });
});
