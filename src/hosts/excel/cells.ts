/**
 * Cell writes → Office.js: one `formulas` write (and one `numberFormat` write) per run of rows in
 * a column, and only what changes: a cell that already holds what the plan writes (same formula
 * or value, same number format, as read in the same request context) is left alone.
 */
import type { SetFormulaEdit, SetValueEdit } from '../../plan/edits';
import { normaliseFormula } from '../../snapshot/cells';
import type { SheetSnapshot } from '../../snapshot/types';
import { parseA1, rangeA1 } from '../../snapshot/a1';
import { OP_OVERHEAD, type Op } from './batch';
import { jsonBytes } from './payload';

export interface CellWrite {
  row: number;
  col: number;
  content: string | number | null;
  numberFormat?: string;
  id: string;
}

/** A string Excel would otherwise parse as a number, date, boolean or formula gets a quote prefix. */
function asText(s: string): string {
  const t = s.trim();
  if (
    /^[=+\-@']/.test(t) ||
    /^[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t) ||
    /^\d{1,4}[-/年]\d{1,2}([-/月]\d{1,2}日?)?$/.test(t) ||
    /^(true|false)$/i.test(t)
  ) {
    return `'${s}`;
  }
  return s;
}

/** The write of one admitted cell edit, or null when its address is not a cell. */
export function cellWrite(e: SetFormulaEdit | SetValueEdit): CellWrite | null {
  const rect = parseA1(e.cell);
  if (!rect) return null;
  const content =
    e.kind === 'setFormula'
      ? e.formula
      : e.value === null
        ? ''
        : typeof e.value === 'string'
          ? asText(e.value)
          : e.value;
  return { row: rect.top, col: rect.left, content, numberFormat: e.numberFormat, id: e.id };
}

/** The last write to each cell, in order of first appearance. */
export function lastWrites(list: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of list) {
    const k = `${w.row},${w.col}`;
    byCell.delete(k);
    byCell.set(k, w);
  }
  return [...byCell.values()];
}

/** Whether the cell, as read, already holds what the write would put there. */
export function holds(sheet: SheetSnapshot, w: CellWrite): boolean {
  const value = sheet.values[w.row]?.[w.col] ?? null;
  const formula = sheet.formulas?.[w.row]?.[w.col] ?? null;
  if (w.numberFormat !== undefined) {
    const format = sheet.numberFormats?.[w.row]?.[w.col] ?? null;
    if (format !== w.numberFormat) return false;
  }
  const c = w.content;
  if (typeof c === 'string' && c.startsWith('=')) {
    return formula !== null && normaliseFormula(formula) === normaliseFormula(c);
  }
  if (formula !== null) return false;
  if (c === null || c === '') return value === null || value === '';
  if (typeof c === 'number') return value === c;
  // text written with a quote prefix is read back without it
  const text = c.startsWith("'") ? c.slice(1) : c;
  return value === text;
}

/**
 * Cell writes of one sheet → one `formulas` write (and one `numberFormat` write) per run of rows
 * in a column. Gaps of up to three rows are bridged with nulls, which Office.js leaves alone.
 * The number format is written first, so that a formula lands in a cell that computes.
 */
export function cellOps(
  sheet: string,
  list: CellWrite[],
  maxBytes: number,
  worksheet: (name: string) => Excel.Worksheet,
): Op[] {
  const byCol = new Map<number, CellWrite[]>();
  for (const w of list) {
    const col = byCol.get(w.col) ?? [];
    col.push(w);
    byCol.set(w.col, col);
  }
  const ops: Op[] = [];
  for (const [col, items] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    // last write to a cell wins, as it would in order
    const byRow = new Map<number, CellWrite>();
    for (const w of items) byRow.set(w.row, w);
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      let size = OP_OVERHEAD + jsonBytes(byRow.get(rows[start])!.content);
      while (end + 1 < rows.length && rows[end + 1] - rows[end] <= 4) {
        const next = jsonBytes(byRow.get(rows[end + 1])!.content) + 8;
        if (size + next > maxBytes) break;
        size += next + (rows[end + 1] - rows[end] - 1) * 8;
        end++;
      }
      ops.push(runOp(sheet, col, rows[start], rows[end], byRow, size, worksheet));
      start = end + 1;
    }
  }
  return ops;
}

function runOp(
  sheet: string,
  col: number,
  top: number,
  bottom: number,
  byRow: Map<number, CellWrite>,
  size: number,
  worksheet: (name: string) => Excel.Worksheet,
): Op {
  const formulas: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  const ids: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const w = byRow.get(r);
    formulas.push([w ? (w.content ?? '') : null]);
    formats.push([w?.numberFormat ?? null]);
    if (w?.numberFormat !== undefined) anyFormat = true;
    if (w) ids.push(w.id);
  }
  const address = rangeA1({ top, bottom, left: col, right: col });
  const fmtBytes = anyFormat ? jsonBytes(formats) : 0;
  return {
    bytes: size + fmtBytes,
    ids,
    sheet,
    run: () => {
      const range = worksheet(sheet).getRange(address);
      if (anyFormat) range.numberFormat = formats;
      range.formulas = formulas;
    },
  };
}
