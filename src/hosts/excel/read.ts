/**
 * Office.js → WorkbookSnapshot, in few round trips, constant for ordinary workbooks, and never a
 * response larger than Excel on the web's 5 MB limit:
 *
 *   sync 1: the sheets (names, visibility, protection where ExcelApi 1.2 allows);
 *   sync 2: every sheet's used range dimensions, the first rows of every sheet (a head band of
 *           values, value types, formulas, number formats, merged areas and visible cells), and
 *           the inventory the apply step needs (conditional formats, comments, print area);
 *   sync 3…: what lies below the head bands, in row bands sized from the bytes a cell of that
 *           sheet took in its head band, packed under a byte budget (UTF-8, as it travels).
 *
 * An ordinary workbook (sheets of up to 6000 rows, a few of them, or many small ones) is read in
 * syncs 1 and 2; when the head bands together are too large a response, sync 2 is repeated for
 * the dimensions alone and everything is read in bands. A sheet that cannot hold a form (fewer than two rows or columns) is not read
 * beyond its head band. A response that is still too large is read again in halves.
 *
 * Merged areas (ExcelApi 1.13) are read per band: Excel returns only the merged areas whose
 * top-left cell is in the range (office-js #3611), so slices of whole rows add up without doubles;
 * it fails over 512 merged areas, so each slice is 128 rows (four merged areas a row on average).
 * When a slice still fails, the band is read again without merged areas and `merges` is null for
 * the workbook (recognition carries labels down into blank cells instead).
 *
 * Without ExcelApi 1.4 (no range intersection) the head band is skipped: the dimensions come first
 * and every sheet is read in bands (one more round trip). Without ExcelApi 1.9 a sheet with some
 * (not all) rows or columns hidden costs one more round trip, to ask each row; without 1.2 hidden
 * rows are not known and sheet protection is found when writing.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../snapshot/types';
import { parseA1, rangeA1, splitSheet } from '../../snapshot/a1';
import type { HostCapabilities } from './capabilities';
import { jsonBytes } from './payload';

/** What the apply step needs besides the snapshot: live objects from the same request context. */
export interface SheetInventory {
  worksheet: Excel.Worksheet;
  /** Every conditional format on the sheet (ExcelApi 1.6), with the formula of custom ones. */
  conditionalFormats: Excel.ConditionalFormatCollection | null;
  /** The sheet's Print_Area name, when the host can set print areas (ExcelApi 1.9). */
  printArea: Excel.NamedItem | null;
}

export interface ExcelReadState {
  snapshot: WorkbookSnapshot;
  /** By sheet name. */
  sheets: Map<string, SheetInventory>;
  visibility: Map<string, string>;
  /** Comments in the workbook (ExcelApi 1.10), for not adding the same note twice. */
  comments: Excel.CommentCollection | null;
  /** Round trips the read took. */
  syncs: number;
  /**
   * By sheet name: whether the sheet's used range carries any data validation (ExcelApi 1.8);
   * absent when not read. Admission's facts ask about single ranges only where it does.
   */
  validated?: Map<string, boolean>;
  /** The workbook's structure is protected (ExcelApi 1.7); absent when not read. */
  structureProtected?: boolean;
}

export interface ReadOptions {
  /** Read only these sheets (by name); default all. */
  only?: string[];
  /** UTF-8 bytes a response may hold (default 4 MB, under the web's 5 MB). */
  budget?: number;
  /** Rows of each sheet read blind in sync 2 (default 6000, fewer when there are many sheets). */
  headRows?: number;
}

const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** A sheet's head band: up to 6000 rows, 24,000 rows in all, at least 200 rows a sheet. */
const HEAD_ROWS = 6000;
const HEAD_ROWS_TOTAL = 24_000;
const MIN_HEAD_ROWS = 200;
/** Bytes per cell assumed for a sheet whose head band was not read. */
const GUESS_CELL_BYTES = 96;
/** The estimate from a head band is raised by this much, for safety. */
const MARGIN = 1.25;
/** Rows of one merged-areas request: Excel fails over 512 merged areas. */
const MERGE_SLICE = 128;
/** Bands per round trip at most (each is a few operations in the request). */
const MAX_BANDS = 200;
const DIMS = 'rowIndex,columnIndex,rowCount,columnCount';
const CONTENT = 'rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat';

/** A block of rows of one sheet's used range, as read. */
interface Band {
  top: number;
  bottom: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** Merged areas anchored in the band; null when not read. */
  merges: string[] | null;
  /** The band's visible cells (ExcelApi 1.9): an address, '' when none; null when not read. */
  visible: string | null;
}

/** Queued loads of one band, read after the sync. */
interface PendingBand {
  range: Excel.Range;
  merges: Excel.RangeAreas[] | null;
  visible: Excel.RangeAreas | null;
}

interface SheetRead {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** The used range's data validation (ExcelApi 1.8), for whether the sheet has any. */
  validation: Excel.DataValidation | null;
  inventory: SheetInventory;
  printArea: Excel.RangeAreas | null;
  head: PendingBand | null;
  area: CellRange | null;
  bands: Band[];
  cellBytes: number;
}

function isCode(e: unknown, code: string): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { code?: string; debugInfo?: { code?: string } };
  return o.code === code || o.debugInfo?.code === code;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  options: ReadOptions = {},
): Promise<ExcelReadState> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  // --- sync 1: the sheets -------------------------------------------------------------------
  const sheets = context.workbook.worksheets;
  sheets.load(
    caps.sheetLayout
      ? 'items/name,items/visibility,items/protection/protected'
      : 'items/name,items/visibility',
  );
  const structure = caps.structure ? context.workbook.protection.load('protected') : null;
  await sync();
  const wanted = sheets.items.filter(
    (ws) => !options.only || options.only.some((n) => n.toLowerCase() === ws.name.toLowerCase()),
  );

  // --- sync 2: dimensions, head bands, inventory --------------------------------------------
  const intersect = caps.intersect;
  let merges = caps.mergedAreas;
  const headRows =
    options.headRows ??
    Math.min(
      HEAD_ROWS,
      Math.max(MIN_HEAD_ROWS, Math.floor(HEAD_ROWS_TOTAL / Math.max(1, wanted.length))),
    );
  let comments: Excel.CommentCollection | null;
  const queueSheets = (withHead: boolean): SheetRead[] =>
    wanted.map((ws) => {
      const used = caps.sheetLayout ? ws.getUsedRange(true) : ws.getUsedRange();
      used.load(caps.sheetLayout ? `${DIMS},rowHidden,columnHidden` : DIMS);
      const head = withHead
        ? queueBand(
            ws,
            used.getIntersectionOrNullObject(ws.getRange(`A1:XFD${headRows}`)),
            0,
            headRows - 1,
          )
        : null;
      const conditionalFormats = caps.conditionalFormats
        ? ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula')
        : null;
      const printName = caps.pageLayout ? ws.names.getItemOrNullObject('Print_Area') : null;
      const printArea = caps.pageLayout
        ? ws.pageLayout.getPrintAreaOrNullObject().load('address')
        : null;
      return {
        ws,
        used,
        validation: caps.dataValidation ? used.dataValidation.load('type') : null,
        inventory: { worksheet: ws, conditionalFormats, printArea: printName },
        printArea,
        head,
        area: null,
        bands: [],
        cellBytes: GUESS_CELL_BYTES,
      };
    });
  const queueBand = (
    ws: Excel.Worksheet,
    range: Excel.Range,
    top: number,
    bottom: number,
  ): PendingBand => {
    range.load(CONTENT);
    const slices: Excel.RangeAreas[] = [];
    for (let r = top; merges && r <= bottom; r += MERGE_SLICE) {
      const last = Math.min(bottom, r + MERGE_SLICE - 1);
      slices.push(
        ws
          .getRange(`A${r + 1}:XFD${last + 1}`)
          .getMergedAreasOrNullObject()
          .load('address'),
      );
    }
    return {
      range,
      merges: merges ? slices : null,
      visible: caps.specialCells
        ? range.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible).load('address')
        : null,
    };
  };

  let reads: SheetRead[];
  for (let withHead = intersect; ;) {
    reads = queueSheets(withHead);
    comments = caps.comments ? context.workbook.comments.load('items/content') : null;
    try {
      await sync();
      break;
    } catch (e) {
      if (isCode(e, 'InvalidOperationInCellEditMode')) throw e;
      // too large a response: dimensions first; any other failure: merged areas (more than 512)
      if (withHead && isCode(e, 'ResponsePayloadSizeLimitExceeded')) withHead = false;
      else if (withHead && merges) merges = false;
      else if (withHead) withHead = false;
      else throw e;
    }
  }

  for (const r of reads) {
    const u = r.used;
    r.area = {
      top: u.rowIndex,
      left: u.columnIndex,
      bottom: u.rowIndex + u.rowCount - 1,
      right: u.columnIndex + u.columnCount - 1,
    };
    if (r.head && !r.head.range.isNullObject) {
      const band = takeBand(r.head);
      r.bands.push(band);
      const cells = (band.bottom - band.top + 1) * u.columnCount;
      r.cellBytes = Math.max(8, (bandBytes(band) / Math.max(1, cells)) * MARGIN);
    }
  }

  // --- sync 3…: the rest, in bands under the budget -----------------------------------------
  interface Todo {
    read: SheetRead;
    top: number;
    bottom: number;
  }
  let todo: Todo[] = [];
  for (const r of reads) {
    const a = r.area!;
    const rows = a.bottom - a.top + 1;
    const cols = a.right - a.left + 1;
    const from = r.bands.length > 0 ? r.bands[r.bands.length - 1].bottom + 1 : a.top;
    if (from > a.bottom) continue;
    if (r.bands.length > 0 && (rows < 2 || cols < 2)) continue; // cannot hold a form
    const perBand = Math.max(1, Math.floor(budget / (r.cellBytes * cols)));
    for (let top = from; top <= a.bottom; top += perBand) {
      todo.push({ read: r, top, bottom: Math.min(a.bottom, top + perBand - 1) });
    }
  }
  while (todo.length > 0) {
    // pack bands into one response up to the budget
    const batch: Todo[] = [];
    let bytes = 0;
    for (const t of todo) {
      const a = t.read.area!;
      const est = (t.bottom - t.top + 1) * (a.right - a.left + 1) * t.read.cellBytes;
      if (batch.length > 0 && (bytes + est > budget || batch.length >= MAX_BANDS)) break;
      batch.push(t);
      bytes += est;
    }
    const pending = batch.map((t) =>
      queueBand(
        t.read.ws,
        t.read.ws.getRange(
          rangeA1({
            top: t.top,
            bottom: t.bottom,
            left: t.read.area!.left,
            right: t.read.area!.right,
          }),
        ),
        t.top,
        t.bottom,
      ),
    );
    try {
      await sync();
    } catch (e) {
      if (isCode(e, 'InvalidOperationInCellEditMode')) throw e;
      if (isCode(e, 'ResponsePayloadSizeLimitExceeded')) {
        // the cells were larger than estimated: read these bands again in halves, estimated at
        // twice the size (a single row that is still too large fails)
        if (batch.every((t) => t.top === t.bottom)) throw e;
        for (const r of new Set(batch.map((t) => t.read))) r.cellBytes *= 2;
        const halves = batch.flatMap((t): Todo[] => {
          const n = Math.min(2, t.bottom - t.top + 1);
          const size = Math.ceil((t.bottom - t.top + 1) / n);
          const parts: Todo[] = [];
          for (let top = t.top; top <= t.bottom; top += size) {
            parts.push({ read: t.read, top, bottom: Math.min(t.bottom, top + size - 1) });
          }
          return parts;
        });
        todo = [...halves, ...todo.slice(batch.length)];
        continue;
      }
      if (merges) {
        merges = false;
        continue;
      }
      throw e;
    }
    batch.forEach((t, i) => t.read.bands.push(takeBand(pending[i])));
    todo = todo.slice(batch.length);
  }

  // Old Excel only (ExcelApi 1.2–1.8): sheets where some rows or columns are hidden, row by row.
  const perRow = new Map<SheetRead, { rows: Excel.Range[]; cols: Excel.Range[] }>();
  if (!caps.specialCells && caps.sheetLayout) {
    for (const r of reads) {
      const rows: Excel.Range[] = [];
      const cols: Excel.Range[] = [];
      if (r.used.rowHidden === null) {
        for (let i = 0; i < r.used.rowCount; i++) rows.push(r.used.getRow(i).load('rowHidden'));
      }
      if (r.used.columnHidden === null) {
        for (let c = 0; c < r.used.columnCount; c++) {
          cols.push(r.used.getColumn(c).load('columnHidden'));
        }
      }
      if (rows.length + cols.length > 0) perRow.set(r, { rows, cols });
    }
    if (perRow.size > 0) await sync();
  }

  const snapshot: WorkbookSnapshot = { sheets: [] };
  const inventories = new Map<string, SheetInventory>();
  const visibility = new Map<string, string>();
  const validated = new Map<string, boolean>();
  for (const r of reads) {
    const sheet = toSheetSnapshot(r, merges, caps, perRow.get(r));
    if (r.printArea) {
      // `项目1!$A$1:$Q$109` → `A1:Q109`; null when the sheet has none
      const local = r.printArea.isNullObject
        ? null
        : splitSheet(String(r.printArea.address).split(',')[0]).local.replace(/\$/g, '');
      Object.assign(sheet, { printArea: local });
    }
    snapshot.sheets.push(sheet);
    inventories.set(r.ws.name, r.inventory);
    visibility.set(r.ws.name, r.ws.visibility);
    if (r.validation) validated.set(r.ws.name, String(r.validation.type) !== 'None');
  }
  return {
    snapshot,
    sheets: inventories,
    visibility,
    comments,
    syncs,
    ...(caps.dataValidation ? { validated } : {}),
    ...(structure ? { structureProtected: structure.protected } : {}),
  };
}

function takeBand(p: PendingBand): Band {
  const r = p.range;
  return {
    top: r.rowIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    values: r.values,
    valueTypes: r.valueTypes,
    formulas: r.formulas,
    numberFormat: r.numberFormat,
    merges: p.merges ? p.merges.flatMap((m) => (m.isNullObject ? [] : [m.address])) : null,
    visible: p.visible ? (p.visible.isNullObject ? '' : p.visible.address) : null,
  };
}

/** What a band took in the response, in UTF-8 bytes. */
function bandBytes(b: Band): number {
  return (
    jsonBytes(b.values) +
    jsonBytes(b.valueTypes) +
    jsonBytes(b.formulas) +
    jsonBytes(b.numberFormat)
  );
}

function toSheetSnapshot(
  r: SheetRead,
  mergesRead: boolean,
  caps: HostCapabilities,
  asked: { rows: Excel.Range[]; cols: Excel.Range[] } | undefined,
): SheetSnapshot {
  const area = r.area!;
  const left = area.left;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let anything = false;
  const bands = [...r.bands].sort((a, b) => a.top - b.top);
  const firstRow = bands.length > 0 ? bands[0].top : area.top;
  for (let i = 0; i < firstRow; i++) {
    values.push([]);
    numberFormats.push([]);
    formulas.push([]);
  }
  for (const band of bands) {
    // rows skipped between bands (none today) stay empty
    while (values.length < band.top) {
      values.push([]);
      numberFormats.push([]);
      formulas.push([]);
    }
    for (let i = 0; i < band.values.length; i++) {
      const vRow = new Array<CellValue>(left).fill(null);
      const fRow = new Array<string | null>(left).fill(null);
      const nRow = new Array<string | null>(left).fill(null);
      const vr = band.values[i];
      const tr = band.valueTypes[i];
      const fr = band.formulas[i];
      const nr = band.numberFormat[i];
      for (let c = 0; c < vr.length; c++) {
        const format = nr[c] === null || nr[c] === undefined ? null : String(nr[c]);
        const v = toCellValue(vr[c], tr[c], format);
        if (v !== null) anything = true;
        vRow.push(v);
        const f: unknown = fr[c];
        fRow.push(typeof f === 'string' && f.startsWith('=') ? f : null);
        nRow.push(format);
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormats.push(nRow);
    }
  }
  const merges =
    !mergesRead || bands.some((b) => b.merges === null)
      ? null
      : bands.flatMap((b) => (b.merges ?? []).flatMap(parseAreas));
  const hidden = hiddenIndexes(r.used, area, bands, caps, asked);
  return {
    name: r.ws.name,
    values: anything ? values : [],
    numberFormats: anything ? numberFormats : [],
    formulas: anything ? formulas : [],
    merges,
    hiddenRows: hidden.rows,
    hiddenColumns: hidden.cols,
    protected: caps.sheetLayout ? r.ws.protection.protected : false,
  };
}

function hiddenIndexes(
  used: Excel.Range,
  area: CellRange,
  bands: Band[],
  caps: HostCapabilities,
  asked: { rows: Excel.Range[]; cols: Excel.Range[] } | undefined,
): { rows: number[]; cols: number[] } {
  const range = (from: number, to: number): number[] =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (!caps.sheetLayout) return { rows: [], cols: [] }; // ExcelApi 1.1 cannot tell
  if (caps.specialCells && bands.length > 0 && bands.every((b) => b.visible !== null)) {
    const rowsSeen = new Set<number>();
    const colsSeen = new Set<number>();
    for (const b of bands) {
      for (const a of parseAreas(b.visible ?? '')) {
        for (let r = a.top; r <= a.bottom; r++) rowsSeen.add(r);
        for (let c = a.left; c <= a.right; c++) colsSeen.add(c);
      }
    }
    const read = bands.flatMap((b) => range(b.top, b.bottom));
    return {
      rows: read.filter((r) => !rowsSeen.has(r)),
      cols: range(area.left, area.right).filter((c) => !colsSeen.has(c)),
    };
  }
  const rows =
    used.rowHidden === true
      ? range(area.top, area.bottom)
      : asked && asked.rows.length > 0
        ? asked.rows.flatMap((r, i) => (r.rowHidden ? [area.top + i] : []))
        : [];
  const cols =
    used.columnHidden === true
      ? range(area.left, area.right)
      : asked && asked.cols.length > 0
        ? asked.cols.flatMap((c, i) => (c.columnHidden ? [area.left + i] : []))
        : [];
  return { rows, cols };
}

/** `Sheet1!A1:B2,Sheet1!D4` (sheet names possibly quoted, commas inside quotes) → rectangles. */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  const out: CellRange[] = [];
  for (const p of parts) {
    const rect = parseA1(splitSheet(p.trim()).local);
    if (rect) out.push(rect);
  }
  return out;
}

function toCellValue(v: unknown, type: string, format: string | null): CellValue {
  if (type === 'Error') return { error: String(v) };
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    if (format && isDateFormat(format)) return serialToText(v);
    return v;
  }
  if (typeof v === 'boolean') return v;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A number format that shows a date or time (y, d, or h/s outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[yd]/i.test(bare) || /[hs]/i.test(bare.replace(/General/gi, ''));
}

/** Excel's 1900 date system serial → `yyyy-mm-dd` (and time when present). */
export function serialToText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const pad = (n: number): string => (n < 10 ? '0' + n : String(n));
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
}
