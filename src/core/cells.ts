/** A snapshot with cell edits of a plan applied, as a host would leave it (for the report after). */
import type { Edit } from '../plan';
import { parseCell } from '../snapshot/a1';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';

function grow<T>(rows: T[][], row: number, col: number, empty: T): T[] {
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  while (r.length <= col) r.push(empty);
  return r;
}

function put(sheet: SheetSnapshot, a1: string, value: CellValue, formula: string | null): void {
  const p = parseCell(a1);
  if (!p) return;
  grow(sheet.values, p.row, p.col, null as CellValue)[p.col] = value;
  if (sheet.formulas) grow(sheet.formulas, p.row, p.col, null as string | null)[p.col] = formula;
}

/** A copy of `wb` with each setValue / setFormula edit written (other edits leave cells alone). */
export function withCellEdits(wb: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const touched = new Map<string, SheetSnapshot>();
  const sheetOf = (name: string): SheetSnapshot | undefined => {
    const copy = touched.get(name);
    if (copy) return copy;
    const orig = wb.sheets.find((s) => s.name === name);
    if (!orig) return undefined;
    const fresh: SheetSnapshot = {
      ...orig,
      values: orig.values.map((r) => (r ? r.slice() : [])),
      formulas: orig.formulas?.map((r) => (r ? r.slice() : [])),
    };
    touched.set(name, fresh);
    return fresh;
  };
  for (const e of edits) {
    if (e.kind !== 'setValue' && e.kind !== 'setFormula') continue;
    const sheet = sheetOf(e.sheet);
    if (!sheet) continue;
    if (e.kind === 'setValue') put(sheet, e.cell, e.value, null);
    else put(sheet, e.cell, e.result ?? null, e.formula);
  }
  return { sheets: wb.sheets.map((s) => touched.get(s.name) ?? s) };
}
