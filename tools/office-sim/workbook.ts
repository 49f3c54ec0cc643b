/**
 * The document behind the in-memory Excel host: sheets of cells, number formats, fills, merged
 * areas, data validation, conditional formats, notes, hidden rows and columns, protection, and
 * HyperFormula computing every formula. Test-only (HyperFormula is GPL): never shipped.
 */
import { HyperFormula, DetailedCellError } from 'hyperformula';
import type { CellRange } from '../../src/snapshot/types';
import {
  cellA1,
  columnIndex,
  contains,
  intersects,
  parseA1,
  subtract,
  splitSheet,
} from '../../src/snapshot/a1';

export type Raw = string | number | boolean;

export interface SimValidation {
  areas: CellRange[];
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

export interface SimConditionalFormat {
  id: number;
  areas: CellRange[];
  /** Relative to the top-left cell of the first area, as Excel stores it. */
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface SimSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Raw contents: a constant, or a formula string beginning with `=`. Key `r,c`. */
  cells: Map<string, Raw>;
  numberFormats: Map<string, string>;
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  bold: Set<string>;
  merges: CellRange[];
  validations: SimValidation[];
  conditionalFormats: SimConditionalFormat[];
  notes: Map<string, string>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  columnWidths: Map<number, number>;
  printArea: string | null;
}

export interface SheetInit {
  name: string;
  /** Rows of raw contents; null or '' leaves a cell empty; strings starting with `=` are formulas. */
  rows?: (Raw | null)[][];
  numberFormats?: Record<string, string>;
  merges?: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  protected?: boolean;
  columnWidths?: Record<string, number>;
}

export interface WorkbookInit {
  sheets: SheetInit[];
  /** The workbook's structure is protected (no sheet can be added, deleted, hidden or shown). */
  structureProtected?: boolean;
}

const key = (r: number, c: number): string => `${r},${c}`;
export const unkey = (k: string): [number, number] => {
  const i = k.indexOf(',');
  return [Number(k.slice(0, i)), Number(k.slice(i + 1))];
};

/** Quotes unquoted non-ASCII sheet names (Excel accepts 项目1!A1, HyperFormula wants '项目1'!A1). */
export function toHyperFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const j = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "'") {
      const end = formula.indexOf("'!", i + 1);
      const j = end < 0 ? formula.length : end + 2;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const m = /^[^\s'"!(),=+\-*/<>&^:;{}%$]+!/.exec(formula.slice(i));
    if (m && (i === 0 || /[\s(,=+\-*/<>&^:;{]/.test(formula[i - 1]))) {
      const name = m[0].slice(0, -1);
      out += /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? m[0] : `'${name}'!`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Moves the relative references of a formula by (dr, dc), as Excel does for CF and validation. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const j = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/.exec(formula.slice(i));
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      const col = m[1] ? m[2] : colLetters(columnIndex(m[2]) + dc);
      const row = m[3] ? m[4] : String(Number(m[4]) + dr);
      out += `${m[1]}${col}${m[3]}${row}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function colLetters(index: number): string {
  return cellA1(0, Math.max(0, index)).replace(/\d+$/, '');
}

let nextSheetId = 1;
let nextCfId = 1;

export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly hf: HyperFormula;
  settings: Record<string, unknown> = {};
  structureProtected = false;
  selection: { sheet: string; range: CellRange } | null = null;
  activeSheet: string | null = null;

  constructor(init?: WorkbookInit) {
    // Excel's semantics: SUMPRODUCT(ISNUMBER(K20:K49)*1) evaluates its arguments as arrays, and a
    // reference to an empty cell is 0 (as in test/rules/hf.ts, where the formulas are proven)
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      useArrayArithmetic: true,
      evaluateNullToZero: true,
      // Excel's sheet size (HyperFormula's default stops at 40,000 rows)
      maxRows: 1048576,
      maxColumns: 16384,
    });
    // the TRUE and FALSE literals, which HyperFormula reads as names (its guide's advice)
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    for (const s of init?.sheets ?? []) this.loadSheet(s);
    this.structureProtected = init?.structureProtected ?? false;
    if (this.sheets.length > 0) this.activeSheet = this.sheets[0].name;
  }

  private loadSheet(init: SheetInit): void {
    const sheet = this.addSheet(init.name);
    const rows = init.rows ?? [];
    // Number formats first: they decide whether typed text stays text ('@').
    for (const [a, f] of Object.entries(init.numberFormats ?? {})) {
      const rect = parseA1(a);
      if (rect) this.eachCell(rect, (r, c) => sheet.numberFormats.set(key(r, c), f));
    }
    const content: (Raw | null)[][] = [];
    rows.forEach((row, r) => {
      content.push([]);
      row.forEach((v, c) => {
        content[r][c] = null;
        if (v === null || v === '') return;
        const stored = this.normalise(sheet, r, c, v);
        if (stored === null) return;
        sheet.cells.set(key(r, c), stored);
        content[r][c] = this.toHf(stored);
      });
    });
    this.hf.setSheetContent(this.hfId(sheet), content);
    for (const m of init.merges ?? []) {
      const rect = parseA1(m);
      if (rect) sheet.merges.push(rect);
    }
    for (const r of init.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of init.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    // Widths in the init are in characters, as in .xlsx; Office.js (and this store) use points.
    for (const [col, w] of Object.entries(init.columnWidths ?? {})) {
      sheet.columnWidths.set(columnIndex(col), Math.round((w * 7 + 5) * 0.75 * 100) / 100);
    }
    sheet.protected = init.protected ?? false;
  }

  addSheet(name: string): SimSheet {
    const sheet: SimSheet = {
      id: `{sim-${nextSheetId++}}`,
      name,
      visibility: 'Visible',
      protected: false,
      cells: new Map(),
      numberFormats: new Map(),
      fills: new Map(),
      fontColors: new Map(),
      bold: new Set(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      notes: new Map(),
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      columnWidths: new Map(),
      printArea: null,
    };
    this.sheets.push(sheet);
    this.hf.addSheet(name);
    return sheet;
  }

  deleteSheet(sheet: SimSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    this.hf.removeSheet(this.hfId(sheet));
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name ?? null;
  }

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private hfId(sheet: SimSheet): number {
    const id = this.hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`HyperFormula lost sheet ${sheet.name}`);
    return id;
  }

  /** Sets one cell's raw content (null or '' clears it). */
  setRaw(sheet: SimSheet, r: number, c: number, v: Raw | null): void {
    const k = key(r, c);
    const address = { sheet: this.hfId(sheet), row: r, col: c };
    const stored = v === null || v === '' ? null : this.normalise(sheet, r, c, v);
    if (stored === null) {
      sheet.cells.delete(k);
      this.hf.setCellContents(address, null);
      return;
    }
    sheet.cells.set(k, stored);
    this.hf.setCellContents(address, this.toHf(stored));
  }

  /** What Excel stores for typed input: numbers and percentages parsed, quote prefix removed. */
  private normalise(sheet: SimSheet, r: number, c: number, v: Raw): Raw | null {
    if (typeof v !== 'string') return v;
    if (v.startsWith('=') && v.length > 1) return v;
    if (v.startsWith("'")) return v.length > 1 ? `'${v.slice(1)}` : null;
    const k = key(r, c);
    if (sheet.numberFormats.get(k) === '@') return `'${v}`;
    const t = v.trim();
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
    if (/^[-+]?(\d+\.?\d*|\.\d+)%$/.test(t)) {
      if (!sheet.numberFormats.has(k)) sheet.numberFormats.set(k, '0%');
      return Number(t.slice(0, -1)) / 100;
    }
    return `'${v}`;
  }

  /** Text is kept with a leading quote internally (never re-parsed); formulas get HF syntax. */
  private toHf(stored: Raw): Raw {
    if (typeof stored !== 'string') return stored;
    if (stored.startsWith("'")) return stored;
    return toHyperFormula(stored);
  }

  /** The content as Excel's `Range.formulas` gives it: formula text or the constant. */
  raw(sheet: SimSheet, r: number, c: number): Raw | null {
    const v = sheet.cells.get(key(r, c));
    if (v === undefined) return null;
    return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
  }

  /** The computed value as Excel's `Range.values` gives it ('' for empty, '#DIV/0!' for errors). */
  value(sheet: SimSheet, r: number, c: number): { value: Raw; type: string } {
    const raw = this.raw(sheet, r, c);
    if (raw === null) return { value: '', type: 'Empty' };
    if (typeof raw !== 'string' || !raw.startsWith('=')) {
      return { value: raw, type: typeOf(raw) };
    }
    const v = this.hf.getCellValue({ sheet: this.hfId(sheet), row: r, col: c });
    if (v instanceof DetailedCellError) {
      return { value: v.value === '#CYCLE!' ? '#REF!' : v.value, type: 'Error' };
    }
    if (v === null) return { value: 0, type: 'Double' };
    return { value: v, type: typeOf(v) };
  }

  /** The bounding box of non-empty cells (and formatted cells unless valuesOnly). */
  usedRange(sheet: SimSheet, valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (k: string): void => {
      const [r, c] = unkey(k);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    for (const k of sheet.cells.keys()) take(k);
    if (!valuesOnly) {
      for (const k of sheet.numberFormats.keys()) take(k);
      for (const k of sheet.fills.keys()) take(k);
    }
    if (bottom < 0) return null;
    return { top, left, bottom, right };
  }

  eachCell(rect: CellRange, fn: (r: number, c: number) => void): void {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) fn(r, c);
    }
  }

  // --- reading helpers for tests and the demo grid --------------------------------------------

  private at(sheetName: string, a1: string): { sheet: SimSheet; r: number; c: number } {
    const { sheet: s, local } = splitSheet(a1);
    const sheet = this.sheet(s ?? sheetName);
    const rect = parseA1(local);
    if (!sheet || !rect) throw new Error(`no such cell ${sheetName}!${a1}`);
    return { sheet, r: rect.top, c: rect.left };
  }

  /** The computed value of one cell ('' when empty). */
  get(sheetName: string, a1: string): Raw {
    const { sheet, r, c } = this.at(sheetName, a1);
    return this.value(sheet, r, c).value;
  }

  /** The formula of one cell, or null when it holds a constant or nothing. */
  formula(sheetName: string, a1: string): string | null {
    const { sheet, r, c } = this.at(sheetName, a1);
    const raw = this.raw(sheet, r, c);
    return typeof raw === 'string' && raw.startsWith('=') ? raw : null;
  }

  /** Handlers of `worksheets.onChanged` (ExcelApi 1.9): told of what a user types (`set`). */
  readonly changeHandlers = new Set<
    (e: { address: string; worksheetId: string; source: string; type: string }) => unknown
  >();

  /** Sets a cell as a user would type it (and tells the `onChanged` handlers, as Excel does). */
  set(sheetName: string, a1: string, v: Raw | null): void {
    const { sheet, r, c } = this.at(sheetName, a1);
    this.setRaw(sheet, r, c, v);
    const event = { address: a1, worksheetId: sheet.id, source: 'Local', type: 'WorksheetChanged' };
    for (const h of [...this.changeHandlers]) setTimeout(() => void h(event), 0);
  }

  fill(sheetName: string, a1: string): string | null {
    const { sheet, r, c } = this.at(sheetName, a1);
    return sheet.fills.get(key(r, c)) ?? null;
  }

  note(sheetName: string, a1: string): string | null {
    const { sheet, r, c } = this.at(sheetName, a1);
    return sheet.notes.get(key(r, c)) ?? null;
  }

  validationAt(sheetName: string, a1: string): SimValidation | null {
    const { sheet, r, c } = this.at(sheetName, a1);
    const cell = { top: r, bottom: r, left: c, right: c };
    return sheet.validations.find((v) => v.areas.some((a) => intersects(a, cell))) ?? null;
  }

  conditionalFormatsAt(sheetName: string, a1: string): SimConditionalFormat[] {
    const { sheet, r, c } = this.at(sheetName, a1);
    const cell = { top: r, bottom: r, left: c, right: c };
    return sheet.conditionalFormats.filter((f) => f.areas.some((a) => intersects(a, cell)));
  }

  /**
   * The fill Excel would show: the first matching conditional format (by priority), else the
   * static fill. Evaluates the rule's formula with HyperFormula, shifted to the cell.
   */
  effectiveFill(sheetName: string, a1: string): string | null {
    const { sheet, r, c } = this.at(sheetName, a1);
    const rules = this.conditionalFormatsAt(sheetName, a1)
      .slice()
      .sort((a, b) => a.priority - b.priority);
    for (const rule of rules) {
      const origin = rule.areas[0];
      const f = shiftFormula(rule.formula, r - origin.top, c - origin.left);
      let v: unknown;
      try {
        v = this.hf.calculateFormula(toHyperFormula(f), this.hfId(sheet));
      } catch {
        v = false;
      }
      if (v === true || (typeof v === 'number' && v !== 0)) {
        if (rule.fill) return rule.fill;
        if (rule.stopIfTrue) break;
      }
    }
    return sheet.fills.get(key(r, c)) ?? null;
  }

  removeValidation(sheet: SimSheet, rect: CellRange): void {
    if (!sheet.validations.some((v) => v.areas.some((a) => intersects(a, rect)))) return;
    sheet.validations = sheet.validations
      .map((v) =>
        v.areas.some((a) => intersects(a, rect))
          ? { ...v, areas: v.areas.flatMap((a) => subtract(a, rect)) }
          : v,
      )
      .filter((v) => v.areas.length > 0);
  }

  removeConditionalFormats(sheet: SimSheet, rect: CellRange): void {
    sheet.conditionalFormats = sheet.conditionalFormats
      .map((f) =>
        f.areas.every((a) => contains(rect, a))
          ? { ...f, areas: [] }
          : { ...f, areas: f.areas.flatMap((a) => subtract(a, rect)) },
      )
      .filter((f) => f.areas.length > 0);
  }

  addConditionalFormat(
    sheet: SimSheet,
    rect: CellRange,
    init: Omit<SimConditionalFormat, 'id' | 'areas' | 'priority'>,
  ): SimConditionalFormat {
    // Excel gives the newest rule the top priority (0) and moves the others down.
    for (const f of sheet.conditionalFormats) f.priority++;
    const cf: SimConditionalFormat = { id: nextCfId++, areas: [rect], priority: 0, ...init };
    sheet.conditionalFormats.push(cf);
    return cf;
  }

  /** A plain-data copy of the whole document, for the browser build of the host. */
  toInit(): WorkbookInit {
    return {
      sheets: this.sheets.map((s) => {
        const used = this.usedRange(s, true);
        const rows: (Raw | null)[][] = [];
        if (used) {
          for (let r = 0; r <= used.bottom; r++) {
            const row: (Raw | null)[] = [];
            for (let c = 0; c <= used.right; c++) row.push(s.cells.get(key(r, c)) ?? null);
            rows.push(row);
          }
        }
        const numberFormats: Record<string, string> = {};
        for (const [k, f] of s.numberFormats) {
          const [r, c] = unkey(k);
          numberFormats[cellA1(r, c)] = f;
        }
        return {
          name: s.name,
          rows,
          numberFormats,
          merges: s.merges.map((m) => `${cellA1(m.top, m.left)}:${cellA1(m.bottom, m.right)}`),
          hiddenRows: [...s.hiddenRows],
          hiddenColumns: [...s.hiddenColumns],
          protected: s.protected,
        };
      }),
    };
  }
}

function typeOf(v: Raw): string {
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return v === '' ? 'Empty' : 'String';
}

export { key as cellKey };
