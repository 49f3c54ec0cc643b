/** Which cells a file report points the user at: message prefixes, finding cells, flagged rows. */
import type { FileReport } from '../../src/report/types';

const PREFIX = /^([A-Z]{1,3}\d+)：/;

export function citedCells(report: FileReport): Map<string, Set<string>> {
  const bySheet = new Map<string, Set<string>>();
  const add = (sheet: string, cell: string | null | undefined) => {
    if (!cell) return;
    const set = bySheet.get(sheet) ?? new Set<string>();
    set.add(cell);
    bySheet.set(sheet, set);
  };
  const fromMessages = (sheet: string, messages: readonly string[] | undefined) => {
    for (const m of messages ?? []) add(sheet, PREFIX.exec(m)?.[1]);
  };
  for (const t of report.tables) {
    fromMessages(t.sheet, t.budget?.messages);
    if (t.budget?.wrong) add(t.sheet, t.budget.rateCell);
    fromMessages(t.sheet, t.total?.messages);
    if (t.total && (t.total.wrong || t.total.stated === null)) add(t.sheet, t.total.cell);
    for (const f of t.findings ?? []) add(t.sheet, f.cell);
    for (const r of t.indicators) {
      fromMessages(t.sheet, r.messages);
      if (r.wrong) add(t.sheet, r.statedScoreCell);
    }
  }
  return bySheet;
}
