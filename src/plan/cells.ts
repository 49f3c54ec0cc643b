/**
 * Where the add-in's formulas are, for the report: each indicator's computed score and status
 * cells, the budget line's computed rate and score, the computed total and grade, as "Sheet!A1" —
 * read from the registry, and only for cells that still hold what the add-in wrote.
 */
import type { TableReport } from '../report/types';
import type { Registry } from './registry';

/** Adds scoreCell / statusCell and the computed cells to the report's tables (in place). */
export function attachCells(
  tables: TableReport[],
  registry: Registry,
  ours: ReadonlySet<string>,
): void {
  const at = (s: string, a: string | null): string | null =>
    a !== null && ours.has(`${s}!${a}`) ? `${s}!${a}` : null;
  const rows = new Map<string, { score: string | null; status: string | null }>();
  const budgets = new Map<string, { rate: string | null; score: string | null }>();
  const totals = new Map<string, string | null>();
  const grades = new Map<string, string | null>();
  const k = (s: string, row: number) => `${s}\u0001${row}`;
  for (const e of registry.entries) {
    if (e.t === 'row')
      rows.set(k(e.s, e.row), { score: at(e.s, e.score), status: at(e.s, e.status) });
    else if (e.t === 'budget') {
      budgets.set(k(e.s, e.row), { rate: at(e.s, e.rate), score: at(e.s, e.score) });
    } else if (e.t === 'total') totals.set(k(e.s, e.row), at(e.s, e.cell));
    else if (e.t === 'grade') grades.set(k(e.s, e.row), at(e.s, e.cell));
  }
  for (const t of tables) {
    for (const ind of t.indicators) {
      const r = rows.get(k(t.sheet, ind.row));
      if (!r) continue;
      ind.scoreCell = r.score;
      ind.statusCell = r.status;
    }
    if (t.budget) {
      const b = budgets.get(k(t.sheet, t.budget.row));
      if (b) {
        t.budget.computedRateCell = b.rate;
        t.budget.computedScoreCell = b.score;
      }
    }
    if (t.total) {
      const c = totals.get(k(t.sheet, t.total.row));
      if (c !== undefined) t.total.computedCell = c;
    }
    if (t.grade && t.grade.cell) {
      const row = Number(/\d+$/.exec(t.grade.cell)?.[0] ?? 0);
      const c = grades.get(k(t.sheet, row));
      if (c !== undefined) t.grade.computedCell = c;
    }
  }
}
