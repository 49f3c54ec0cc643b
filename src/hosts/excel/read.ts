/**
 * Office.js → WorkbookSnapshot, in a constant number of round trips whatever the size:
 *
 *   sync 1: the sheets (names, visibility, protection);
 *   sync 2: every sheet's used range at once (values, value types, formulas, number formats,
 *           hidden state), its merged areas (ExcelApi 1.13), its visible cells (ExcelApi 1.9),
 *           and the inventory the apply step needs (conditional formats, comments, print area).
 *
 * On Excel without ExcelApi 1.9 a sheet with some (not all) rows or columns hidden costs one more
 * round trip, to ask each row; without 1.13 `merges` is null and recognition carries labels down
 * into blank cells instead.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../snapshot/types';
import { parseA1, splitSheet } from '../../snapshot/a1';
import type { HostCapabilities } from './capabilities';

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
}

const RANGE_PROPS =
  'address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat,rowHidden,columnHidden';

export async function readWorkbook(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  options: ReadOptions = {},
): Promise<ExcelReadState> {
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  const structure = caps.set.has('ExcelApi1.7')
    ? context.workbook.protection.load('protected')
    : null;
  await context.sync();
  syncs++;

  const wanted = sheets.items.filter(
    (ws) => !options.only || options.only.some((n) => n.toLowerCase() === ws.name.toLowerCase()),
  );

  interface Pending {
    ws: Excel.Worksheet;
    used: Excel.Range;
    merges: Excel.RangeAreas | null;
    visible: Excel.RangeAreas | null;
    inventory: SheetInventory;
    validation: Excel.DataValidation | null;
  }
  const pending: Pending[] = wanted.map((ws) => {
    const used = ws.getUsedRange(true).load(RANGE_PROPS);
    const merges = caps.mergedAreas ? used.getMergedAreasOrNullObject().load('address') : null;
    const visible = caps.specialCells
      ? used.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible).load('address')
      : null;
    const conditionalFormats = caps.conditionalFormats
      ? ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula')
      : null;
    const printArea = caps.specialCells
      ? ws.names.getItemOrNullObject('Print_Area').load('name,formula')
      : null;
    return {
      ws,
      used,
      merges,
      visible,
      inventory: { worksheet: ws, conditionalFormats, printArea },
      validation: caps.dataValidation ? used.dataValidation.load('type') : null,
    };
  });
  const comments = caps.comments ? context.workbook.comments.load('items/content') : null;
  await context.sync();
  syncs++;

  // Old Excel only: sheets where some rows or columns are hidden, asked row by row.
  const perRow = new Map<Pending, { rows: Excel.Range[]; cols: Excel.Range[] }>();
  if (!caps.specialCells) {
    for (const p of pending) {
      const rows: Excel.Range[] = [];
      const cols: Excel.Range[] = [];
      if (p.used.rowHidden === null) {
        for (let r = 0; r < p.used.rowCount; r++) rows.push(p.used.getRow(r).load('rowHidden'));
      }
      if (p.used.columnHidden === null) {
        for (let c = 0; c < p.used.columnCount; c++) {
          cols.push(p.used.getColumn(c).load('columnHidden'));
        }
      }
      if (rows.length + cols.length > 0) perRow.set(p, { rows, cols });
    }
    if (perRow.size > 0) {
      await context.sync();
      syncs++;
    }
  }

  const snapshot: WorkbookSnapshot = { sheets: [] };
  const inventories = new Map<string, SheetInventory>();
  const visibility = new Map<string, string>();
  const validated = new Map<string, boolean>();
  for (const p of pending) {
    if (p.validation) validated.set(p.ws.name, String(p.validation.type) !== 'None');
    const asked = perRow.get(p);
    const sheet = toSheetSnapshot(p.ws, p.used, p.merges, p.visible, asked);
    const pa = p.inventory.printArea;
    if (pa) {
      // `=项目1!$A$1:$Q$109` → `A1:Q109`; null when the sheet has none
      const local = pa.isNullObject ? null : splitSheet(String(pa.formula).replace(/^=/, '')).local;
      Object.assign(sheet, { printArea: local === null ? null : local.replace(/\$/g, '') });
    }
    snapshot.sheets.push(sheet);
    inventories.set(p.ws.name, p.inventory);
    visibility.set(p.ws.name, p.ws.visibility);
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

function toSheetSnapshot(
  ws: Excel.Worksheet,
  used: Excel.Range,
  merges: Excel.RangeAreas | null,
  visible: Excel.RangeAreas | null,
  asked: { rows: Excel.Range[]; cols: Excel.Range[] } | undefined,
): SheetSnapshot {
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let anything = false;
  for (let r = 0; r < top; r++) {
    values.push([]);
    numberFormats.push([]);
    formulas.push([]);
  }
  for (let r = 0; r < used.rowCount; r++) {
    const vRow = new Array<CellValue>(left).fill(null);
    const fRow = new Array<string | null>(left).fill(null);
    const nRow = new Array<string | null>(left).fill(null);
    const vr = used.values[r];
    const tr = used.valueTypes[r];
    const fr = used.formulas[r];
    const nr = used.numberFormat[r];
    for (let c = 0; c < used.columnCount; c++) {
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
  const area: CellRange = {
    top,
    left,
    bottom: top + used.rowCount - 1,
    right: left + used.columnCount - 1,
  };
  const hidden = hiddenIndexes(used, area, visible, asked);
  return {
    name: ws.name,
    values: anything ? values : [],
    numberFormats: anything ? numberFormats : [],
    formulas: anything ? formulas : [],
    merges: merges === null ? null : merges.isNullObject ? [] : parseAreas(merges.address),
    hiddenRows: hidden.rows,
    hiddenColumns: hidden.cols,
    protected: ws.protection.protected,
  };
}

function hiddenIndexes(
  used: Excel.Range,
  area: CellRange,
  visible: Excel.RangeAreas | null,
  asked: { rows: Excel.Range[]; cols: Excel.Range[] } | undefined,
): { rows: number[]; cols: number[] } {
  const range = (from: number, to: number): number[] =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (visible) {
    if (visible.isNullObject) {
      return { rows: range(area.top, area.bottom), cols: range(area.left, area.right) };
    }
    const rowsSeen = new Set<number>();
    const colsSeen = new Set<number>();
    for (const a of parseAreas(visible.address)) {
      for (let r = a.top; r <= a.bottom; r++) rowsSeen.add(r);
      for (let c = a.left; c <= a.right; c++) colsSeen.add(c);
    }
    return {
      rows: range(area.top, area.bottom).filter((r) => !rowsSeen.has(r)),
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
