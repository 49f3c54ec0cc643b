/**
 * The demo's sample workbook: a real seed fixture, test/fixtures/jinshui-department.xlsx (郑州市
 * 金水区人民政府办公室, 2021 部门整体绩效自评表, with the seed's own mistakes: 预算执行率 scored 1.5
 * of 2 although met, 结转结余率 short of its target, scored 0 instead of 0.78 and without a reason,
 * first-level weights that do not add up), read with the xlsx host (ExcelJS) and turned into the
 * in-memory Excel host's plain-data form: contents (formulas as formulas, text kept as text),
 * number formats, merged areas, hidden rows and columns, protection and column widths.
 *
 * Node only (it reads the file): `demo/serve.ts` serves the result as `sample.json`, which the
 * demo page (demo/main.tsx) loads into the in-memory host; the e2e test audits the same file with
 * the core to know what the pane must show.
 */
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { cellA1, columnLetters, rangeA1 } from '../src/snapshot/a1';
import { loadWorkbook } from '../src/hosts/xlsx/read';
import { snapshotSheet } from '../src/hosts/xlsx/snapshot';
import { isCellError, type SheetSnapshot } from '../src/snapshot/types';
import type { Raw, SheetInit, WorkbookInit } from '../tools/office-sim/workbook';

export const SAMPLE_FILE = path.resolve(__dirname, '../test/fixtures/jinshui-department.xlsx');

/** One sheet of a snapshot (+ the ExcelJS column widths) as the in-memory host's init data. */
export function sheetInit(sheet: SheetSnapshot, widths: Record<string, number> = {}): SheetInit {
  const rows: (Raw | null)[][] = sheet.values.map((row, r) =>
    row.map((v, c): Raw | null => {
      const formula = sheet.formulas?.[r]?.[c];
      if (formula) return formula;
      if (v === null || v === '') return null;
      if (isCellError(v)) return v.error;
      // a leading quote keeps text as text (`20≤`, figures padded with spaces), as Excel's own
      // quote prefix does
      return typeof v === 'string' ? `'${v}` : v;
    }),
  );
  const numberFormats: Record<string, string> = {};
  sheet.numberFormats?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f && f !== 'General') numberFormats[cellA1(r, c)] = f;
    }),
  );
  return {
    name: sheet.name,
    rows,
    numberFormats,
    merges: (sheet.merges ?? []).map(rangeA1),
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns,
    protected: sheet.protected ?? false,
    columnWidths: widths,
  };
}

function columnWidths(ws: ExcelJS.Worksheet): Record<string, number> {
  const widths: Record<string, number> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (typeof w === 'number' && w > 0) widths[columnLetters(c - 1)] = w;
  }
  return widths;
}

/** Reads an .xlsx (by default the sample) into the in-memory host's init data. */
export async function loadSample(file: string = SAMPLE_FILE): Promise<WorkbookInit> {
  const loaded = await loadWorkbook(file);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.detail}`);
  return {
    sheets: loaded.workbook.worksheets.map((ws) => sheetInit(snapshotSheet(ws), columnWidths(ws))),
  };
}
