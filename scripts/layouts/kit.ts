/**
 * The layout corpus's building kit: a workbook is a list of sheets, a sheet a list of blocks of
 * rows placed at a cell (so two forms can stand side by side), with merges, hidden sheets and
 * formulas. Each layout carries its expected findings, written by hand from the form's own
 * figures and the scoring rules of the README — never computed by the code under test.
 */
import type ExcelJS from 'exceljs';
import { cellOf, newWorkbook, type Seed } from '../fixtures/sheet';

export { formula, num, text } from '../fixtures/sheet';
export type { Seed } from '../fixtures/sheet';

/** Flags of an indicator row: s = short, w = wrong, n = needsInput, r = missingReason. */
export type Flags = '' | 's' | 'w' | 'n' | 'r' | 'sw' | 'sr' | 'swr' | 'sn' | 'wn' | 'snr' | 'wr';

export interface ExpectedRow {
  /** The 三级指标 name as the form writes it (cleaned of spaces). */
  name: string;
  /** The rule's score; null when the row needs input. */
  score: number | null;
  flags: Flags;
  /** Words that must appear in one of the row's messages. */
  says?: string[];
}

export interface ExpectedTable {
  sheet: string;
  kind: 'project' | 'department' | 'rubric';
  headerRow: number;
  /** The project or department name, where two tables share a header row. */
  name?: string;
  rows: ExpectedRow[];
  budget?: { score: number | null; says?: string[] };
  total?: { stated: number | null; expected: number | null; wrong?: boolean; says?: string[] };
  /** Table finding codes, exactly (order free). */
  findings?: string[];
  /** Words that must appear in the table's findings' messages. */
  says?: string[];
}

export interface Expected {
  file: string;
  /** What real-world variant the workbook stands for. */
  variant: string;
  tables: ExpectedTable[];
  /** Sheets that are not self-evaluation forms and must yield no table. */
  notForms: string[];
}

export interface Block {
  /** Top-left cell of the block, A1. */
  at: string;
  rows: Seed[][];
  /** Merged areas relative to the block (`A1` is the block's top-left cell). */
  merges?: string[];
}

export interface LayoutSheet {
  name: string;
  hidden?: boolean;
  blocks: Block[];
  /** Merged areas, A1 ranges. */
  merges?: string[];
  widths?: number[];
}

export interface Layout {
  expected: Expected;
  sheets: LayoutSheet[];
}

export function decode(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export function buildLayout(layout: Layout): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const s of layout.sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.hidden) ws.state = 'hidden';
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const b of s.blocks) {
      const { row, col } = decode(b.at);
      b.rows.forEach((cells, i) => {
        cells.forEach((seed, j) => {
          const content = cellOf(seed);
          if (!content) return;
          const cell = ws.getCell(row + i, col + j);
          cell.value = content.value;
          if (content.numFmt) cell.numFmt = content.numFmt;
        });
      });
    }
    const merges = [...(s.merges ?? [])];
    for (const b of s.blocks) {
      const o = decode(b.at);
      for (const m of b.merges ?? []) {
        const [a, c] = m.split(':').map(decode);
        merges.push(
          `${letters(a.col + o.col - 1)}${a.row + o.row - 1}:${letters(c.col + o.col - 1)}${c.row + o.row - 1}`,
        );
      }
    }
    for (const m of merges) {
      const [a, b] = m.split(':');
      const p = decode(a);
      const q = decode(b);
      for (let r = p.row; r <= q.row; r++) {
        for (let c = p.col; c <= q.col; c++) {
          if (r === p.row && c === p.col) continue;
          const v = ws.getCell(r, c).value;
          if (v !== null && v !== undefined)
            throw new Error(`${s.name}: merge ${m} would lose a value`);
        }
      }
      ws.mergeCells(p.row, p.col, q.row, q.col);
    }
  }
  return wb;
}
