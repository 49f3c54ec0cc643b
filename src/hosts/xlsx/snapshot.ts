/**
 * Turns a loaded ExcelJS workbook into the host-neutral snapshot.
 *
 * Hot path: a benchmark compares this against a bare ExcelJS read, so the loops below use
 * ExcelJS's index lookups (`findRow`, `findCell`) with plain `for` loops, allocate one array per
 * row and create no closures per cell.
 */
import type ExcelJS from 'exceljs';
import { dateText } from '../../snapshot/cells';
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../snapshot/types';

/** ExcelJS's `ValueType` numbers, spelled out so that no runtime enum import is needed. */
const CellType = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

const GENERAL = 'General';

/** The parts of an ExcelJS worksheet that its typings leave out. */
interface WorksheetInternals {
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
  sheetProtection?: { sheet?: boolean } | null;
}

function richTextOf(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || !('richText' in v)) return null;
  const runs = (v as ExcelJS.CellRichTextValue).richText;
  if (!Array.isArray(runs)) return null;
  let out = '';
  for (let i = 0; i < runs.length; i++) out += runs[i].text ?? '';
  return out;
}

/** A plain value (or a formula's cached result) in snapshot form. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
      return v;
    case 'object':
      if (v instanceof Date) return dateText(v);
      if ('error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
      if ('richText' in v) return richTextOf(v);
      if ('text' in v) {
        const text = v.text;
        return typeof text === 'string' ? text : (richTextOf(text) ?? '');
      }
      return null;
    default:
      return null;
  }
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as WorksheetInternals)._merges;
  const merges: CellRange[] = [];
  if (internal && typeof internal === 'object') {
    for (const key of Object.keys(internal)) {
      const m = internal[key];
      if (!m) continue;
      merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return merges;
}

function readHiddenColumns(ws: ExcelJS.Worksheet): number[] {
  const hidden: number[] = [];
  const columns = ws.columns as (Partial<ExcelJS.Column> | undefined)[] | null | undefined;
  if (!columns) return hidden;
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i];
    if (col && col.hidden) hidden.push(i);
  }
  return hidden;
}

/** Reads one worksheet. */
export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rowCount = ws.rowCount;
  const values: CellValue[][] = new Array<CellValue[]>(rowCount);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(rowCount);
  const formulas: (string | null)[][] = new Array<(string | null)[]>(rowCount);
  const hiddenRows: number[] = [];

  for (let r = 1; r <= rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) {
      values[r - 1] = [];
      numberFormats[r - 1] = [];
      formulas[r - 1] = [];
      continue;
    }
    if (row.hidden) hiddenRows.push(r - 1);
    const n = row.cellCount;
    const rowValues = new Array<CellValue>(n);
    const rowFormats = new Array<string | null>(n);
    let rowFormulas: (string | null)[] | null = null;

    for (let c = 1; c <= n; c++) {
      const cell = row.findCell(c);
      if (!cell) {
        rowValues[c - 1] = null;
        rowFormats[c - 1] = GENERAL;
        continue;
      }
      rowFormats[c - 1] = cell.numFmt || GENERAL;
      switch (cell.type as number) {
        case CellType.Null:
        case CellType.Merge:
          rowValues[c - 1] = null;
          break;
        case CellType.Number:
        case CellType.String:
        case CellType.Boolean:
          rowValues[c - 1] = cell.value as number | string | boolean;
          break;
        case CellType.Formula: {
          if (rowFormulas === null) rowFormulas = new Array<string | null>(n).fill(null);
          const formula = cell.formula;
          rowFormulas[c - 1] = formula ? '=' + formula : null;
          rowValues[c - 1] = plainValue(cell.result);
          break;
        }
        default:
          // Date, Hyperlink, SharedString, RichText, Error
          rowValues[c - 1] = plainValue(cell.value);
      }
    }
    values[r - 1] = rowValues;
    numberFormats[r - 1] = rowFormats;
    formulas[r - 1] = rowFormulas ?? [];
  }

  const protection = (ws as unknown as WorksheetInternals).sheetProtection;
  const printArea = ws.pageSetup?.printArea;
  return {
    name: ws.name,
    values,
    numberFormats,
    formulas,
    merges: readMerges(ws),
    hiddenRows,
    hiddenColumns: readHiddenColumns(ws),
    protected: Boolean(protection && protection.sheet !== false),
    // A sheet the user hid (the add-in's own helper sheet is very hidden and not marked).
    ...(ws.state === 'hidden' ? { hidden: true } : {}),
    printArea:
      typeof printArea === 'string' && printArea !== '' ? printArea.replace(/\$/g, '') : null,
  };
}

/** Reads every worksheet, in the order the workbook shows them. */
export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const worksheets = wb.worksheets;
  for (let i = 0; i < worksheets.length; i++) sheets.push(snapshotSheet(worksheets[i]));
  return { sheets };
}
