/**
 * The registry: what the add-in wrote into a workbook, kept in the workbook itself on a
 * very hidden sheet, so that any host can later refresh, undo or ignore it.
 *
 * Layout of the helper sheet: A1 holds the title (with the marker), B1 the format version,
 * C1 a note for the curious; from A2 down, each cell holds a JSON array of entries (chunks of at
 * most CHUNK characters, well under Excel's 32,767 per cell).
 *
 * Every cell the add-in wrote is listed with its original content (value, formula, number
 * format) and what was written (`w`), so that a cell the user has since changed is recognised as
 * theirs and left alone. Conditional formats and validations are listed by range (and formula),
 * the print area with the one it replaced. Each indicator row also carries the text that names it,
 * so that the registry can follow rows the user inserted or deleted (follow.ts).
 */
import { z } from 'zod';
import {
  CellValueSchema,
  isCellError,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot/types';
import { isBlankCell, normaliseFormula } from '../snapshot/cells';
import { columnLetters } from '../snapshot/a1';
import { followRows } from './follow';

/** The helper sheet's name. */
export const HELPER_SHEET = '_自评助手';
/** The marker every header the add-in writes starts with. */
export const MARKER = '【自评助手】';
export const REGISTRY_TITLE = `${MARKER}登记表`;
export const REGISTRY_VERSION = 1;
/** Characters per registry cell. */
export const CHUNK = 16000;

/** A cell the add-in wrote. */
const CellEntrySchema = z.object({
  t: z.literal('cell'),
  s: z.string(),
  a: z.string(),
  /**
   * helper: a helper cell beside the form; form: an empty cell of the form (完成程度) filled in;
   * adopt: a stated score replaced by a reference to the computed one (采用系统得分).
   */
  role: z.enum(['helper', 'form', 'adopt']),
  /** Original value (a formula's cached result), formula and number format. */
  v: CellValueSchema,
  f: z.string().nullable(),
  nf: z.string().nullable(),
  /** What was written: a formula (`=…`) or the JSON of a constant. */
  w: z.string(),
  /** The add-in also filled the cell (helper headers). */
  fill: z.boolean().optional(),
  /**
   * The original in the host's own encoding when its value alone would not give it back (text in
   * several formats, a date-typed cell: `SheetSnapshot.native`); a host that can writes it back.
   */
  x: z.string().optional(),
});
export type CellEntry = z.infer<typeof CellEntrySchema>;

const EntrySchema = z.discriminatedUnion('t', [
  CellEntrySchema,
  /** Conditional formats added on a range, by formula. */
  z.object({ t: z.literal('cf'), s: z.string(), r: z.string(), f: z.array(z.string()) }),
  /** Ranges the add-in validated. */
  z.object({ t: z.literal('dv'), s: z.string(), r: z.array(z.string()) }),
  /** The print area set, and the one it replaced (null: none; '?': the host could not tell). */
  z.object({ t: z.literal('pa'), s: z.string(), o: z.string().nullable() }),
  /** Helper columns whose width was set (`X:AB`). */
  z.object({ t: z.literal('cols'), s: z.string(), c: z.string() }),
  /** An indicator row's computed score and status cells. */
  z.object({
    t: z.literal('row'),
    s: z.string(),
    row: z.number().int(),
    score: z.string(),
    status: z.string(),
    /** The 完成情况 cell (status without the stated-score check). */
    progress: z.string().optional(),
    /**
     * The cell naming the row (三级指标): its column and text, so that the registry can find the
     * row again after rows were inserted or deleted above it (see follow.ts).
     */
    n: z.object({ c: z.string(), v: z.string() }).optional(),
  }),
  /** A table's budget line: computed rate and score cells. */
  z.object({
    t: z.literal('budget'),
    s: z.string(),
    row: z.number().int(),
    rate: z.string().nullable(),
    score: z.string().nullable(),
  }),
  /** A table's total row: the computed total cell. */
  z.object({ t: z.literal('total'), s: z.string(), row: z.number().int(), cell: z.string() }),
  /** A table's grade: the computed grade cell. */
  z.object({ t: z.literal('grade'), s: z.string(), row: z.number().int(), cell: z.string() }),
]);
export type Entry = z.infer<typeof EntrySchema>;

export interface Registry {
  entries: Entry[];
  /** Number of chunk cells (A2 …) the registry occupies. */
  chunks: number;
}

export type RegistryRead =
  | { kind: 'none' }
  | { kind: 'ok'; registry: Registry }
  /** A sheet with the helper sheet's name that the add-in did not make. */
  | { kind: 'foreign' };

/**
 * Reads the registry from the helper sheet of a snapshot, with its entries moved to where their
 * rows are now when rows were inserted or deleted since (follow.ts). Never throws.
 */
export function readRegistry(wb: WorkbookSnapshot): RegistryRead {
  const sheet = wb.sheets.find((s) => s.name === HELPER_SHEET);
  if (!sheet) return { kind: 'none' };
  const title = sheet.values[0]?.[0];
  if (title !== REGISTRY_TITLE) return { kind: 'foreign' };
  const entries: Entry[] = [];
  let chunks = 0;
  for (let r = 1; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[0];
    if (typeof v !== 'string' || v === '') continue;
    chunks = r;
    try {
      const parsed: unknown = JSON.parse(v);
      if (!Array.isArray(parsed)) continue;
      for (const item of parsed) {
        const e = EntrySchema.safeParse(item);
        if (e.success) entries.push(e.data);
      }
    } catch {
      // A damaged chunk: its entries are lost, the rest still count.
    }
  }
  return { kind: 'ok', registry: { entries: followRows(wb, entries), chunks } };
}

/** Splits entries into JSON chunks of at most CHUNK characters. */
export function encodeRegistry(entries: readonly Entry[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const e of entries) {
    const json = JSON.stringify(e);
    if (current.length > 0 && size + json.length + 1 > CHUNK) {
      chunks.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`);
  return chunks;
}

// --- cells -----------------------------------------------------------------------------------

export interface CellContent {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  /** The host's own encoding of the cell, when the value alone would not give it back. */
  native?: string;
}

/** Parses `B7` into 0-based row and column. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function cellContent(sheet: SheetSnapshot, a1: string): CellContent {
  const p = parseAddress(a1);
  if (!p) return { value: null, formula: null, numberFormat: null };
  const native = sheet.native?.[a1.replace(/\$/g, '')];
  return {
    value: sheet.values[p.row]?.[p.col] ?? null,
    formula: sheet.formulas?.[p.row]?.[p.col] ?? null,
    numberFormat: sheet.numberFormats?.[p.row]?.[p.col] ?? null,
    ...(native !== undefined ? { native } : {}),
  };
}

export { normaliseFormula };

function sameValue(a: CellValue, b: unknown): boolean {
  if (a === null || a === undefined) return b === null || b === '';
  if (isCellError(a)) return false;
  if (typeof a === 'string' && a === '' && b === null) return true;
  return a === b;
}

/**
 * Whether a registry cell still holds what the add-in wrote. A formula cell counts as the
 * add-in's as long as it holds a formula (engines may re-spell formulas when they save); an
 * adopted score must hold the very reference written, and a constant the very value.
 */
export function stillOurs(entry: CellEntry, now: CellContent): boolean {
  if (entry.w.startsWith('=')) {
    if (now.formula === null) return false;
    return entry.role !== 'adopt' || normaliseFormula(now.formula) === normaliseFormula(entry.w);
  }
  if (now.formula !== null) return false;
  let written: unknown;
  try {
    written = JSON.parse(entry.w);
  } catch {
    return false;
  }
  return sameValue(now.value, written);
}

/** Copies a sheet so that cells can be changed without touching the caller's snapshot. */
function editable(sheet: SheetSnapshot): SheetSnapshot {
  return {
    ...sheet,
    values: sheet.values.map((r) => (r ? r.slice() : [])),
    numberFormats: sheet.numberFormats?.map((r) => (r ? r.slice() : [])),
    formulas: sheet.formulas?.map((r) => (r ? r.slice() : [])),
    merges: sheet.merges,
    ...(sheet.native ? { native: { ...sheet.native } } : {}),
  };
}

function put(sheet: SheetSnapshot, row: number, col: number, c: CellContent): void {
  const a1 = columnLetters(col) + String(row + 1);
  if (c.native !== undefined) (sheet.native ??= {})[a1] = c.native;
  else if (sheet.native) delete sheet.native[a1];
  while (sheet.values.length <= row) sheet.values.push([]);
  const vr = sheet.values[row];
  while (vr.length <= col) vr.push(null);
  vr[col] = c.value;
  if (sheet.formulas) {
    while (sheet.formulas.length <= row) sheet.formulas.push([]);
    const fr = sheet.formulas[row];
    while (fr.length <= col) fr.push(null);
    fr[col] = c.formula;
  }
  if (sheet.numberFormats) {
    while (sheet.numberFormats.length <= row) sheet.numberFormats.push([]);
    const nr = sheet.numberFormats[row];
    while (nr.length <= col) nr.push(null);
    nr[col] = c.numberFormat;
  }
}

/** Columns (0-based) holding a cell whose text starts with the marker. */
export function markedColumns(sheet: SheetSnapshot): Set<number> {
  const cols = new Set<number>();
  for (const row of sheet.values) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.startsWith(MARKER)) cols.add(c);
    }
  }
  return cols;
}

/** A registry cell the user has changed since the add-in wrote it, with what it holds now. */
export type ChangedCell = CellEntry & { now: CellContent };

export interface Restored {
  /** The workbook as it was before the add-in wrote (adopted scores kept unless asked). */
  workbook: WorkbookSnapshot;
  /** Registry cell entries that still hold what the add-in wrote. */
  ours: CellEntry[];
  /** Registry cell entries the user has changed since and that hold content (theirs now). */
  theirs: ChangedCell[];
}

/**
 * The workbook without the add-in's writing: the helper sheet left out (when it is the add-in's,
 * i.e. `registry` is given), every registry cell that
 * still holds what the add-in wrote given back its original content, and columns under a marker
 * header blanked (helper columns whose registry is lost). Adopted scores are kept as they are
 * unless `adopted` is 'restore'. The original print area is put back as the sheet's.
 */
export function restoreWorkbook(
  wb: WorkbookSnapshot,
  registry: Registry | null,
  adopted: 'keep' | 'restore' = 'keep',
): Restored {
  const ours: CellEntry[] = [];
  const theirs: ChangedCell[] = [];
  const bySheet = new Map<string, CellEntry[]>();
  const printAreas = new Map<string, string | null>();
  for (const e of registry?.entries ?? []) {
    if (e.t === 'cell') {
      const list = bySheet.get(e.s) ?? [];
      list.push(e);
      bySheet.set(e.s, list);
    } else if (e.t === 'pa') {
      printAreas.set(e.s, e.o === '?' ? null : e.o);
    }
  }
  const sheets: SheetSnapshot[] = [];
  for (const sheet of wb.sheets) {
    if (registry && sheet.name === HELPER_SHEET) continue;
    const entries = bySheet.get(sheet.name) ?? [];
    const marked = markedColumns(sheet);
    if (entries.length === 0 && marked.size === 0 && !printAreas.has(sheet.name)) {
      sheets.push(sheet);
      continue;
    }
    const copy = editable(sheet);
    for (const e of entries) {
      const p = parseAddress(e.a);
      if (!p) continue;
      const now = cellContent(sheet, e.a);
      if (!stillOurs(e, now)) {
        // an emptied cell holds nothing to keep: it is simply written again
        if (!isBlankCell(now)) theirs.push({ ...e, now });
        continue;
      }
      ours.push(e);
      if (e.role === 'adopt' && adopted === 'keep') continue;
      put(copy, p.row, p.col, {
        value: e.v,
        formula: e.f,
        numberFormat: e.nf,
        ...(e.x !== undefined ? { native: e.x } : {}),
      });
    }
    for (const c of marked) {
      for (let r = 0; r < copy.values.length; r++) {
        const row = copy.values[r];
        if (row && c < row.length && (row[c] !== null || copy.formulas?.[r]?.[c])) {
          put(copy, r, c, { value: null, formula: null, numberFormat: null });
        }
      }
    }
    if (printAreas.has(sheet.name)) copy.printArea = printAreas.get(sheet.name) ?? null;
    sheets.push(copy);
  }
  return { workbook: { sheets }, ours, theirs };
}

/** The last used column (1-based) of a sheet: the rightmost cell holding a value or formula. */
export function usedWidth(sheet: SheetSnapshot): number {
  let width = 0;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const fr = sheet.formulas?.[r];
    const n = Math.max(row?.length ?? 0, fr?.length ?? 0);
    for (let c = n - 1; c >= width; c--) {
      const v = row?.[c];
      const has = (v !== null && v !== undefined && v !== '') || !!fr?.[c];
      if (has) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/** The last used row (1-based) of a sheet. */
export function usedHeight(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const row = sheet.values[r];
    const fr = sheet.formulas?.[r];
    if (row?.some((v) => v !== null && v !== '') || fr?.some((f) => !!f)) return r + 1;
  }
  return 0;
}
