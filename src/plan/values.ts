/**
 * The scores 采用系统得分 changes, listed before it runs (the pane's confirmation) and compared
 * after it (the pane's result), and the alternative that writes the computed scores as plain
 * values instead of references to the helper column: a person can check them without the
 * add-in's formulas, and they stay when the helper columns are removed.
 *
 * Values written this way are the user's content: they are not recorded on the helper sheet, so
 * 撤销写入 leaves them (the pane's confirmation says so).
 */
import type { FileReport } from '../report/types';
import type { Edit } from './edits';

export interface ScoreChange {
  sheet: string;
  /** The stated score cell (A1, no sheet). */
  cell: string;
  row: number;
  name: string;
  from: number | null;
  to: number;
}

/**
 * The stated scores the rules disagree with (or that are blank), with the score they get: the
 * candidates of 采用系统得分 as the report shows them. What it will change exactly comes from its
 * plan (the pane previews it: `changedScores` of the report before and the one the plan gives).
 */
export function scoreChanges(report: FileReport | null): ScoreChange[] {
  const out: ScoreChange[] = [];
  const differs = (a: number | null, b: number) => a === null || Math.abs(a - b) > 0.01 + 1e-9;
  for (const t of report?.tables ?? []) {
    const add = (
      cell: string | null | undefined,
      row: number,
      name: string,
      from: number | null,
      to: number | null,
    ) => {
      if (cell && to !== null && differs(from, to))
        out.push({ sheet: t.sheet, cell, row, name, from, to });
    };
    for (const i of t.indicators) {
      if (i.wrong) add(i.statedScoreCell, i.row, i.name, i.statedScore, i.expectedScore);
    }
    if (t.budget)
      add(t.budget.scoreCell, t.budget.row, '', t.budget.statedScore, t.budget.expectedScore);
    if (t.total) add(t.total.cell, t.total.row, '', t.total.stated, t.total.expected);
  }
  return out;
}

/** Every stated score cell of a report: rows, the budget line's score, the total. */
function statedCells(report: FileReport | null): ScoreChange[] {
  const out: ScoreChange[] = [];
  for (const t of report?.tables ?? []) {
    const add = (cell: string | null | undefined, row: number, name: string, v: number | null) => {
      if (cell) out.push({ sheet: t.sheet, cell, row, name, from: v, to: v ?? NaN });
    };
    for (const i of t.indicators) add(i.statedScoreCell, i.row, i.name, i.statedScore);
    if (t.budget) add(t.budget.scoreCell, t.budget.row, '', t.budget.statedScore);
    if (t.total) add(t.total.cell, t.total.row, '', t.total.stated);
  }
  return out;
}

/**
 * The stated scores that differ between two reports of the same workbook (before and after a
 * command, or before and after a plan as the core derives it): the rows, the budget line's score
 * and the total, as 采用系统得分 changes them.
 */
export function changedScores(before: FileReport | null, after: FileReport | null): ScoreChange[] {
  const was = new Map(statedCells(before).map((c) => [`${c.sheet}!${c.cell}`, c.from]));
  const out: ScoreChange[] = [];
  for (const c of statedCells(after)) {
    const k = `${c.sheet}!${c.cell}`;
    if (!was.has(k) || c.from === null) continue;
    const from = was.get(k) ?? null;
    if (from !== null && Math.abs(from - c.from) < 1e-9) continue;
    out.push({ ...c, from, to: c.from });
  }
  return out;
}

/** Writes each change's score as a number into its stated score cell. */
export function planScoreValues(changes: readonly ScoreChange[]): Edit[] {
  return changes.map((c) => ({
    id: `${c.sheet}!${c.cell}#value`,
    kind: 'setValue',
    sheet: c.sheet,
    cell: c.cell,
    value: c.to,
    onlyIfEmpty: false,
    purpose: '采用系统得分（数值）',
  }));
}

/** One cell set to a value the user chose in the pane ("改为 2 分", "改为 ≤20"). */
export function planSetCell(sheet: string, cell: string, value: string | number): Edit[] {
  return [{ id: `${sheet}!${cell}#set`, kind: 'setValue', sheet, cell, value, onlyIfEmpty: false }];
}
