/**
 * Table-level checks: weight sums per level, the stated total against the sum of the stated
 * scores and against the rules, and the grade.
 */
import type { FormTable } from '../model/table';
import type { GradeReport, TableReport, TotalReport } from '../report/types';
import { D, gradeFor, parseNumber, roundScore, sumOf, type Decimal } from '../rules';
import { cleanLabel, rawText } from '../rules/text';
import { at, auditMessage, notComputed, num, numberOf, show, type AuditContext } from './context';
import type { AuditedBudget } from './budget';
import type { AuditedIndicator } from './indicator';
import { colName } from '../snapshot/a1';

type Finding = NonNullable<TableReport['findings']>[number];

/** `产出指标` and `产出` name the same first-level block. */
function levelKey(label: string): string {
  return cleanLabel(label)
    .replace(/[（(].*$/, '')
    .replace(/指标$/, '');
}

/** Weights closer than this are equal (decimal noise in typed weights). */
const WEIGHT_EPSILON = new D('0.000001');
const NO_SCORE = new D(0);
const differ = (a: Decimal, b: Decimal): boolean => a.minus(b).abs().greaterThan(WEIGHT_EPSILON);

export function weightFindings(
  table: FormTable,
  rows: readonly AuditedIndicator[],
  budget: AuditedBudget | null,
  ctx: AuditContext,
): Finding[] {
  const findings: Finding[] = [];
  const byLevel1 = new Map<
    string,
    { label: string; stated: number | null; weights: Decimal[]; cell: string | null }
  >();
  const byLevel2 = new Map<
    string,
    { label: string; stated: number | null; weights: Decimal[]; cell: string | null }
  >();
  table.indicators.forEach((ind, i) => {
    const w = rows[i].weight;
    if (w === null) return;
    if (ind.level1) {
      const k = ind.level1;
      const g = byLevel1.get(k) ?? {
        label: k,
        stated: ind.level1Weight,
        weights: [],
        cell: ind.nameCell?.address ?? null,
      };
      g.weights.push(w);
      byLevel1.set(k, g);
    }
    if (ind.level2 && ind.level2Weight !== null) {
      const k = `${ind.level1 ?? ''}/${ind.level2}`;
      const g = byLevel2.get(k) ?? {
        label: ind.level2,
        stated: ind.level2Weight,
        weights: [],
        cell: ind.nameCell?.address ?? null,
      };
      g.weights.push(w);
      byLevel2.set(k, g);
    }
  });
  const firstRow = (label: string): string | null => {
    const ind = table.indicators.find((x) => x.level1 === label);
    return ind && table.columns.level1 ? `${colName(table.columns.level1)}${ind.row}` : null;
  };
  const profileWeights = new Map(
    ctx.profile.firstLevelWeights.map((w) => [levelKey(w.label), w.weight]),
  );
  for (const g of byLevel1.values()) {
    const s = sumOf(g.weights);
    const cell = firstRow(g.label);
    if (g.stated !== null && differ(s, new D(g.stated))) {
      findings.push({
        code: 'level1WeightLabel',
        cell,
        message: at(
          cell,
          auditMessage(ctx, 'level1WeightLabel', {
            label: g.label,
            stated: g.stated,
            sum: show(s),
          }),
        ),
      });
    } else if (g.stated === null && ctx.profile.firstLevelWeightsFixed) {
      // No weight in the label: compare with the profile's first-level weights.
      const expected = profileWeights.get(levelKey(g.label));
      if (expected !== undefined && differ(s, new D(expected))) {
        findings.push({
          code: 'level1WeightProfile',
          cell,
          message: at(
            cell,
            auditMessage(ctx, 'level1WeightProfile', { label: g.label, sum: show(s), expected }),
          ),
        });
      }
    }
  }
  for (const g of byLevel2.values()) {
    const s = sumOf(g.weights);
    if (g.stated !== null && differ(s, new D(g.stated))) {
      findings.push({
        code: 'level2WeightLabel',
        cell: g.cell,
        message: at(
          g.cell,
          auditMessage(ctx, 'level2WeightLabel', {
            label: g.label,
            stated: g.stated,
            sum: show(s),
          }),
        ),
      });
    }
  }
  // All weights (with the budget line's) against the total row's 分值 or the profile's 100.
  const all = rows.map((r) => r.weight).filter((w): w is Decimal => w !== null);
  if (all.length > 0) {
    const total = sumOf(all).plus(budget?.scored && budget.weight ? budget.weight : 0);
    const statedSum = numberOf(table.total?.weightSum);
    const expected = statedSum ?? new D(ctx.profile.totalCap);
    if (differ(total, expected)) {
      const cell = table.total?.weightSum?.address ?? table.total?.stated.address ?? null;
      findings.push({
        code: 'weightsTotal',
        cell,
        message: at(
          cell,
          auditMessage(ctx, 'weightsTotal', { sum: show(total), expected: show(expected) }),
        ),
      });
    }
  }
  return findings;
}

export interface TotalsResult {
  total: TotalReport | null;
  grade: GradeReport | null;
  expectedTotal: Decimal | null;
}

export function auditTotals(
  table: FormTable,
  rows: readonly AuditedIndicator[],
  budget: AuditedBudget | null,
  ctx: AuditContext,
): TotalsResult {
  const scoredBudget = budget && budget.scored ? budget : null;
  const statedParts = rows.map((r) => r.stated).filter((x): x is Decimal => x !== null);
  if (scoredBudget?.stated) statedParts.push(scoredBudget.stated);
  const sumOfStated = roundScore(sumOf(statedParts), ctx.profile.decimals + 2);
  const anyUnknown =
    rows.some((r) => r.expected === null) ||
    (scoredBudget !== null && scoredBudget.expected === null);
  const expectedRaw = sumOf([
    ...rows.map((r) => r.expected ?? NO_SCORE),
    ...(scoredBudget?.expected ? [scoredBudget.expected] : []),
  ]);
  const expectedTotal =
    rows.length === 0 || anyUnknown
      ? null
      : roundScore(D.min(expectedRaw, new D(ctx.profile.totalCap)), ctx.profile.decimals);

  let total: TotalReport | null = null;
  let statedTotal: Decimal | null = null;
  if (table.total) {
    const cell = table.total.stated;
    const parsed = parseNumber(cell.value, cell.numberFormat);
    statedTotal = parsed.ok ? parsed.value : null;
    const messages: string[] = [];
    let wrong = false;
    const uncomputed = notComputed(cell);
    if (statedTotal === null && uncomputed !== null) {
      messages.push(
        at(cell.address, auditMessage(ctx, 'formulaNotComputed', { formula: uncomputed })),
      );
    } else if (statedTotal === null) {
      messages.push(at(cell.address, auditMessage(ctx, 'totalMissing', {})));
    } else if (statedTotal.minus(sumOfStated).abs().greaterThan(ctx.profile.tolerance)) {
      wrong = true;
      messages.push(
        at(
          cell.address,
          auditMessage(ctx, 'totalWrong', { stated: show(statedTotal), sum: show(sumOfStated) }),
        ),
      );
    }
    if (
      expectedTotal !== null &&
      statedTotal !== null &&
      statedTotal.minus(expectedTotal).abs().greaterThan(ctx.profile.tolerance)
    ) {
      messages.push(
        at(
          cell.address,
          auditMessage(ctx, 'totalDiffersFromExpected', {
            stated: show(statedTotal),
            expected: show(expectedTotal),
          }),
        ),
      );
    }
    if (cell.formula && statedTotal !== null && messages.length > 0) {
      messages.push(
        at(
          cell.address,
          auditMessage(ctx, 'scoreFormula', { formula: cell.formula, value: show(statedTotal) }),
        ),
      );
    }
    total = {
      row: table.total.row,
      stated: num(statedTotal),
      sumOfStated: num(sumOfStated) ?? 0,
      expected: num(expectedTotal),
      wrong,
      cell: cell.address,
      messages,
    };
  }

  let grade: GradeReport | null = null;
  if (table.grade) {
    const v = table.grade.stated.value;
    const stated =
      typeof v === 'string' ? v.replace(/[\s\u3000]/g, '') || null : v === null ? null : rawText(v);
    const basis = statedTotal ?? (rows.length ? sumOfStated : null);
    const ofStated = basis !== null ? gradeFor(basis, ctx.profile) : null;
    const ofExpected = expectedTotal !== null ? gradeFor(expectedTotal, ctx.profile) : null;
    const expectedLabel = ofExpected?.ok ? ofExpected.label : ofStated?.ok ? ofStated.label : null;
    const wrong = stated !== null && ofStated !== null && ofStated.ok && stated !== ofStated.label;
    grade = { stated, expected: expectedLabel, wrong, cell: table.grade.stated.address };
    if (total) {
      if (wrong && ofStated?.ok) {
        total.messages?.push(
          at(
            table.grade.stated.address,
            auditMessage(ctx, 'gradeWrong', {
              stated: stated ?? '',
              total: show(basis),
              expected: ofStated.label,
            }),
          ),
        );
      } else if (
        ofExpected?.ok &&
        stated !== null &&
        ofExpected.label !== stated &&
        expectedTotal !== null
      ) {
        total.messages?.push(
          at(
            table.grade.stated.address,
            auditMessage(ctx, 'gradeDiffersFromExpected', {
              total: show(expectedTotal),
              expected: ofExpected.label,
            }),
          ),
        );
      }
    }
  }
  return { total, grade, expectedTotal };
}
