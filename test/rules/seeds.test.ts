/**
 * Worked figures and real rows from the five seed forms (/work/shared/seeds), through the rules
 * and through the compiled formulas evaluated in HyperFormula.
 */
import {
  budgetExecution,
  formula as F,
  gradeFor,
  parseActual,
  parseTarget,
  rowVerdict,
  scoreCompletion,
  totalScore,
  type CellValue,
  type RowStatus,
} from '../../src/rules';
import * as rubric from '../../src/rules/rubric';
import { evaluateFormulas } from '../../tools/hf';

const pct = (x: { times(n: number): { toDecimalPlaces(d: number): { toString(): string } } }) =>
  `${x.times(100).toDecimalPlaces(2).toString()}%`;

describe('worked figures from the seeds', () => {
  it('Jinshui budget: 173.65 of 234 → 74.21% → 7.42 of 10', () => {
    const r = budgetExecution({ initial: 234, executed: 173.65, weight: 10 });
    expect(r.ok && [pct(r.rate), r.score.toString()]).toEqual(['74.21%', '7.42']);
    const out = evaluateFormulas(
      { B2: 234, C2: null, D2: 173.65, F2: 10 },
      {
        E2: F.budgetRateFormula({ initial: 'B2', adjusted: 'C2', executed: 'D2' }),
        G2: F.budgetScoreFormula({ initial: 'B2', adjusted: 'C2', executed: 'D2', weight: 'F2' }),
      },
    );
    expect(out.E2).toBeCloseTo(0.7420940171, 10);
    expect(out.G2).toBe(7.42);
  });

  it('Jinshui total 95.92 → 优', () => {
    const t = totalScore([7.42, 18.5, 40, 30], 'jinshui');
    expect(t.ok && t.total.toString()).toBe('95.92');
    expect(gradeFor(95.92, 'jinshui')).toMatchObject({ label: '优' });
    const out = evaluateFormulas(
      { A1: 7.42, A2: 18.5, A3: 40, A4: 30 },
      {
        B1: F.totalFormula({ scores: ['A1:A4'] }),
        B2: F.gradeFormula({ total: 'B1', profile: 'jinshui' }),
      },
    );
    expect(out).toEqual({ B1: 95.92, B2: '优' });
  });

  it('Hengyang staff control: 115 of 121 → 95.04% → 1 point', () => {
    const r = rubric.staffControl({ onStaff: 115, establishment: 121 });
    expect(r.ok && [pct(r.rate!), r.score.toString()]).toEqual(['95.04%', '1']);
    const out = evaluateFormulas(
      { A1: 115, B1: 121 },
      { C1: F.staffControlFormula({ onStaff: 'A1', establishment: 'B1' }) },
    );
    expect(out.C1).toBe(1);
  });

  it('Longhua contract staff: 53 vs 70 on establishment → 53/(70+53) = 43.09% → 0 points', () => {
    const r = rubric.contractStaff({ contract: 53, onStaff: 70 });
    expect(r.ok && [pct(r.rate!), r.score.toString()]).toEqual(['43.09%', '0']);
    const out = evaluateFormulas(
      { A1: 53, B1: 70 },
      { C1: F.contractStaffFormula({ contract: 'A1', onStaff: 'B1' }) },
    );
    expect(out.C1).toBe(0);
  });

  it('Hengyang execution above 100%: 4848.13 of 2677.71 → capped 10 of 10', () => {
    const r = budgetExecution({ initial: 2677.71, executed: 4848.13, weight: 10 });
    expect(r.ok && [pct(r.rate), r.score.toString(), r.capped]).toEqual(['181.06%', '10', true]);
    const out = evaluateFormulas(
      { B2: 2677.71, D2: 4848.13, F2: 10 },
      { G2: F.budgetScoreFormula({ initial: 'B2', executed: 'D2', weight: 'F2' }) },
    );
    expect(out.G2).toBe(10);
  });

  it.each([
    [1, 'achieved', 10],
    [0.8, 'achieved', 8],
    [0.7999, 'partly', 8],
    [0.6, 'partly', 6],
    [0.5999, 'notAchieved', 6],
    [0, 'notAchieved', 0],
  ])('qualitative band edge: completion %p → %s, score %p of 10', (c, band, score) => {
    const r = scoreCompletion({ completion: c, weight: 10, qualitative: true });
    expect(r.ok && [r.band, r.score?.toNumber()]).toEqual([band, score]);
    const out = evaluateFormulas(
      { A1: c, B1: 10 },
      { C1: F.completionScoreFormula({ completion: 'A1', weight: 'B1' }) },
    );
    expect(out.C1).toBe(score);
  });

  it('Longhua rubric rows as stated on the self-score table', () => {
    expect(rubric.procurement({ actual: 659.98, plan: 659.98 })).toMatchObject({ ok: true });
    const three = rubric.expenseControl({ actual: 8.7, budget: 12.4 });
    const daily = rubric.expenseControl({ actual: 166.35, budget: 168.51 });
    expect(three.ok && daily.ok && three.score.plus(daily.score).toString()).toBe('5');
    expect(rubric.fixedAssets({ inUse: 807.05, total: 807.05 })).toMatchObject({ ok: true });
    expect(rubric.timeliness({ completed: 25, planned: 25 })).toMatchObject({ ok: true });
  });
});

type Row = [
  target: CellValue,
  unit: CellValue,
  actual: CellValue,
  weight: number,
  stated: number,
  status: RowStatus,
];

function check(rows: Row[], operator?: CellValue): void {
  for (const [target, unit, actual, weight, stated, status] of rows) {
    const v = rowVerdict({
      target: parseTarget({ target, unit, operator }),
      actual: parseActual({ actual, unit }),
      weight,
      statedScore: stated,
      reasons: [null, '\u3000'],
    });
    expect([target, actual, v.status]).toEqual([target, actual, status]);
  }
}

describe('seed rows', () => {
  it('Jinshui (seed 002): inline operators, 度量单位 column', () => {
    check([
      ['相关', '定性指标', '相关', 1, 1, 'done'],
      ['≥99', '%', 100, 1, 1, 'done'],
      ['≥70', '%', 74.2, 2, 1.5, 'wrong'],
      ['5≤', '%', 0, 1, 1, 'done'],
      ['20≤', '%', 25.79, 1, 0, 'wrong'],
      ['≤100', '%', 13, 1, 1, 'done'],
      ['≥150', '件', 219, 6, 6, 'done'],
      ['及时', '定性指标', '及时', 7, 7, 'done'],
      ['≥95', '%', 95, 6, 6, 'done'],
      ['丰富完整', '定性指标', '丰富完整', 7, 7, 'done'],
    ]);
  });

  it('Hengyang (seed 001): words, completion percentages as actuals', () => {
    check([
      ['30次以上', null, '100%', 15, 15, 'done'],
      ['5次以上', null, '100%', 10, 10, 'done'],
      ['100%', null, '100%', 5, 5, 'done'],
      ['及时办理', null, '100%', 5, 5, 'done'],
      ['改进率95%以上　', null, '96%', 5, 5, 'done'],
      ['保护率95%以上　', null, '95%', 5, 5, 'done'],
      ['满意', null, '100%', 5, 5, 'done'],
      ['30人', null, '30人', 15, 15, 'done'],
      ['8小时', null, '8小时', 5, 5, 'done'],
      ['不高于3800元', null, '100%', 5, 5, 'done'],
      ['基本满意', null, '95%以上', 5, 5, 'done'],
      ['良好以上', null, '95%以上', 15, 15, 'done'],
      ['每月不超过10万', null, '100%', 15, 15, 'done'],
      ['不少于20次', null, '100%', 15, 15, 'done'],
      ['时间不少于60天', null, '100%', 10, 10, 'done'],
    ]);
  });

  it('Fushun (seed 000): empty 运算符号 column', () => {
    check(
      [
        [100, '%', 100, 7, 7, 'done'],
        [40, '%', 0, 3, 0, 'needsInput'],
        [66, '%', 13.2, 4, 0.05, 'needsInput'],
        ['　0', '次', 100, 1, 1, 'needsInput'],
        ['管理规范', null, '管理规范', 2, 1, 'wrong'],
        ['平稳向好　', null, '平稳向好', 10, 10, 'done'],
      ],
      null,
    );
  });
});
