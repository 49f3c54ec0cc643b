/**
 * The budget line's execution rate and score, the table's expected total and its grade, each as
 * a formula beside the stated figure.
 */
import type { CellRef } from '../model/cell';
import { formula as F, parseNumber } from '../rules';
import { a1 as A1 } from '../snapshot/a1';
import type { TableContext } from './context';
import { FORMAT, runs } from './writer';

/** The budget line: execution rate and score beside the stated ones. */
export function planBudget(ctx: TableContext): { rate: string | null; score: string | null } {
  const { w, layout, a } = ctx;
  const purposes = ctx.texts.purposes;
  const line = a.table.budget;
  const rep = ctx.after.budget;
  if (!line || !rep) return { rate: null, score: null };
  const operand = (cell: CellRef | null, parsed: number | null | undefined): F.Operand | null => {
    if (cell && typeof cell.value === 'number') return cell.address;
    if (parsed !== null && parsed !== undefined) return parsed;
    return cell ? cell.address : null;
  };
  const adjusted = line.adjusted ? operand(line.adjusted, rep.adjusted) : null;
  const initial = operand(line.initial, rep.initial) ?? adjusted;
  const executed = operand(line.executed, rep.executed);
  if (initial === null || executed === null) return { rate: null, score: null };
  const o = { initial, executed, ...(adjusted !== null ? { adjusted } : {}) };
  const r = line.row;
  const rateCell = A1(layout.completion, r);
  const scoreCell = A1(layout.score, r);
  let rate: string | null = null;
  let score: string | null = null;
  if (
    w.formula(rateCell, F.budgetRateFormula(o), rep.rate ?? '', {
      role: 'helper',
      numberFormat: FORMAT.percent,
      purpose: purposes.budgetRate,
    })
  ) {
    rate = rateCell;
  }
  if (line.weight !== null || line.score !== null) {
    const weight: F.Operand =
      line.weight && typeof line.weight.value === 'number'
        ? line.weight.address
        : (rep.weight ?? a.profile.budgetWeight);
    if (
      w.formula(
        scoreCell,
        F.budgetScoreFormula({ ...o, weight, profile: a.profile }),
        rep.expectedScore ?? '',
        { role: 'helper', numberFormat: FORMAT.score, purpose: purposes.budgetScore },
      )
    ) {
      score = scoreCell;
    }
  }
  if (rate || score) {
    w.value(A1(layout.status, r), ctx.texts.labels.budget, { role: 'helper' });
  }
  return { rate, score };
}

/** Score cells as ranges of contiguous rows plus single cells. */
function scoreRefs(col: number, rows: readonly number[], extra: readonly string[]): string[] {
  const refs = runs(rows).map(([a, b]) => (a === b ? A1(col, a) : `${A1(col, a)}:${A1(col, b)}`));
  return [...refs, ...extra];
}

export function planTotals(
  ctx: TableContext,
  rowCells: { row: number }[],
  budgetScore: string | null,
): { total: string | null; grade: string | null } {
  const { w, layout, a, after } = ctx;
  const purposes = ctx.texts.purposes;
  const t = a.table;
  let total: string | null = null;
  let grade: string | null = null;
  if (t.total && after.total && rowCells.length > 0) {
    const cell = A1(layout.score, t.total.row);
    const scores = scoreRefs(
      layout.score,
      rowCells.map((x) => x.row),
      budgetScore ? [budgetScore] : [],
    );
    const count = rowCells.length + (budgetScore ? 1 : 0);
    if (
      w.formula(
        cell,
        F.knownTotalFormula({ scores, count, profile: a.profile }),
        after.total.expected ?? '',
        { role: 'helper', numberFormat: FORMAT.score, purpose: purposes.total },
      )
    ) {
      total = cell;
    }
  }
  if (t.grade && after.grade && total) {
    const cell = A1(layout.status, t.grade.stated.row);
    const stated = t.total?.stated ?? null;
    let fallback: F.Operand | null = null;
    if (stated && typeof stated.value === 'number') fallback = stated.address;
    else if (stated) {
      const p = parseNumber(stated.value, stated.numberFormat);
      if (p.ok) fallback = p.value;
    }
    if (fallback === null && after.total) fallback = after.total.sumOfStated;
    if (
      w.formula(
        cell,
        F.gradeWithFallbackFormula({ expected: total, fallback, profile: a.profile }),
        after.grade.expected ?? '',
        { role: 'helper', purpose: purposes.grade },
      )
    ) {
      grade = cell;
    }
  }
  if (t.total && total) {
    const label = A1(layout.status, t.total.row);
    if (w.free(label)) w.value(label, ctx.texts.labels.total, { role: 'helper' });
  }
  return { total, grade };
}
