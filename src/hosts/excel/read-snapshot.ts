/**
 * The bands of a read → a sheet's snapshot: values (dates as text), formulas, number formats,
 * merged areas and hidden rows and columns, from visible cells where ExcelApi 1.9 allows and else
 * from the used range (and, in old Excel, a question for each row or column).
 */
import { parseA1, splitSheet } from '../../snapshot/a1';
import type { CellRange, CellValue, SheetSnapshot } from '../../snapshot/types';
import type { HostCapabilities } from './capabilities';
import type { Band, SheetRead } from './read-bands';

/** Rows and columns asked one by one whether they are hidden (old Excel). */
export interface AskedHidden {
  rows: Excel.Range[];
  cols: Excel.Range[];
}

/**
 * Old Excel only (ExcelApi 1.2–1.8): sheets where some rows or columns are hidden, row by row;
 * one more round trip when any sheet needs it.
 */
export async function askHidden(
  reads: SheetRead[],
  caps: HostCapabilities,
  sync: () => Promise<void>,
): Promise<Map<SheetRead, AskedHidden>> {
  const perRow = new Map<SheetRead, AskedHidden>();
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
  return perRow;
}

export function toSheetSnapshot(
  r: SheetRead,
  mergesRead: boolean,
  caps: HostCapabilities,
  asked: AskedHidden | undefined,
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
  asked: AskedHidden | undefined,
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
