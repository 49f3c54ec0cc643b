/**
 * A1 addresses and sheet names: the one home of these small facts for every stage and host.
 *
 * Two numberings meet here and are kept apart by name: the snapshot is 0-based (`CellRange`,
 * `columnLetters(index)`, `cellA1(row, col)`), the model and the plan are 1-based, as Excel shows
 * them (`colName(col)`, `a1(col, row)`, `parseCell`).
 */
import type { CellRange } from './types';

/** Column letters of the first 702 columns (A…ZZ), index 1-based: every real form fits. */
const NAMES: string[] = [''];
for (let i = 0; i < 26; i++) NAMES.push(String.fromCharCode(65 + i));
for (let i = 0; i < 26; i++) {
  for (let j = 0; j < 26; j++)
    NAMES.push(String.fromCharCode(65 + i) + String.fromCharCode(65 + j));
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function colName(col: number): string {
  if (col > 0 && col < NAMES.length) return NAMES[col];
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Addresses made before, by column then row (1-based), for the first 64 columns and 4,096 rows:
 * a workbook's forms, and a batch of them, share their layout, so the same addresses recur on
 * every sheet and in every file; each is made once instead of once per cell.
 */
const MADE: (string | undefined)[][] = [];
const MADE_COLS = 64;
const MADE_ROWS = 4096;

/** `B7` from a 1-based column and row. */
export function a1(col: number, row: number): string {
  const cacheable =
    Number.isInteger(col) &&
    Number.isInteger(row) &&
    col >= 1 &&
    col <= MADE_COLS &&
    row >= 1 &&
    row <= MADE_ROWS;
  if (!cacheable) return `${colName(col)}${row}`;
  const column = (MADE[col] ??= new Array<string | undefined>(MADE_ROWS + 1));
  return (column[row] ??= colName(col) + String(row));
}

/** Column letters of a 0-based column index (0 → A), as the snapshot counts. */
export function columnLetters(index: number): string {
  return colName(index + 1);
}

/** The 0-based column index of column letters (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses a single cell `B7` (or `$B$7`) into 0-based row and column; null if it is not one. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** Excel's sheet limits, for whole-row and whole-column references. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Parses `B7`, `B7:M9`, `N:P` or `3:5` (no sheet) into a 0-based rectangle; null if invalid. */
export function parseA1(address: string): CellRange | null {
  const a = address.trim();
  const cols = COLS.exec(a);
  if (cols) {
    const l = columnIndex(cols[1]);
    const r = columnIndex(cols[2]);
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(l, r), right: Math.max(l, r) };
  }
  const rows = ROWS.exec(a);
  if (rows) {
    const t = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(t, b), bottom: Math.max(t, b), left: 0, right: MAX_COLUMNS - 1 };
  }
  const parts = a.split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const m1 = CELL.exec(parts[0]);
  const m2 = CELL.exec(parts[parts.length - 1]);
  if (!m1 || !m2) return null;
  const r1 = Number(m1[2]) - 1;
  const r2 = Number(m2[2]) - 1;
  const c1 = columnIndex(m1[1]);
  const c2 = columnIndex(m2[1]);
  if (r1 < 0 || r2 < 0) return null;
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}

/** Splits `'My sheet'!A1:B2` or `Sheet1!A1` into sheet and local address (sheet may be null). */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(r: CellRange): string {
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) {
    return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  }
  const a = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellA1(r.bottom, r.right)}`;
}

const BARE_SHEET = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LOOKS_LIKE_REF = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|TRUE|FALSE)$/i;

/**
 * A sheet name as it must stand before `!` in an address or formula: bare when plain ASCII that
 * cannot be read as a reference, else in single quotes with `'` doubled (always safe to quote).
 */
export function quoteSheet(name: string): string {
  if (BARE_SHEET.test(name) && !LOOKS_LIKE_REF.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, r: CellRange): string {
  return `${quoteSheet(sheet)}!${rangeA1(r)}`;
}

export function rowsOf(r: CellRange): number {
  return r.bottom - r.top + 1;
}

export function colsOf(r: CellRange): number {
  return r.right - r.left + 1;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** The parts of `a` outside `b`, as up to four rectangles. */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  if (!intersects(a, b)) return [a];
  const out: CellRange[] = [];
  if (a.top < b.top) out.push({ top: a.top, bottom: b.top - 1, left: a.left, right: a.right });
  if (a.bottom > b.bottom) {
    out.push({ top: b.bottom + 1, bottom: a.bottom, left: a.left, right: a.right });
  }
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}
