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

/** The stated scores the rules disagree with (or that are blank), with the score they get. */
export function scoreChanges(report: FileReport | null): ScoreChange[] {
  const out: ScoreChange[] = [];
  for (const t of report?.tables ?? []) {
    for (const i of t.indicators) {
      if (!i.wrong || i.expectedScore === null || !i.statedScoreCell) continue;
      out.push({
        sheet: t.sheet,
        cell: i.statedScoreCell,
        row: i.row,
        name: i.name,
        from: i.statedScore,
        to: i.expectedScore,
      });
    }
  }
  return out;
}

/** The scores that differ between two reports of the same workbook (before and after a command). */
export function changedScores(before: FileReport | null, after: FileReport | null): ScoreChange[] {
  const was = new Map<string, number | null>();
  for (const t of before?.tables ?? [])
    for (const i of t.indicators) was.set(`${t.sheet}!${i.row}`, i.statedScore);
  const out: ScoreChange[] = [];
  for (const t of after?.tables ?? []) {
    for (const i of t.indicators) {
      const k = `${t.sheet}!${i.row}`;
      if (!was.has(k) || !i.statedScoreCell || i.statedScore === null) continue;
      const from = was.get(k) ?? null;
      if (from !== null && Math.abs(from - i.statedScore) < 1e-9) continue;
      out.push({
        sheet: t.sheet,
        cell: i.statedScoreCell,
        row: i.row,
        name: i.name,
        from,
        to: i.statedScore,
      });
    }
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
