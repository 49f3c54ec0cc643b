/**
 * The downloadable summary workbook (审核汇总.xlsx): a sheet with one row per form and a sheet
 * listing every finding with its file, sheet and cell. Written with ExcelJS, the xlsx path's
 * library, behind this one function (it runs in the page's worker).
 */
import ExcelJS from 'exceljs';
import type { WebMessages } from '../messages/web';
import type { Summary, SummaryRow } from './summary';

const SUMMARY_KEYS: (keyof SummaryRow & keyof WebMessages['summary']['columns'])[] = [
  'file',
  'sheet',
  'name',
  'kind',
  'statedTotal',
  'expectedTotal',
  'statedGrade',
  'expectedGrade',
  'budgetRate',
  'wrong',
  'short',
  'missingReason',
  'needsInput',
  'table',
];

const FINDING_KEYS = ['file', 'sheet', 'cell', 'category', 'item', 'message'] as const;

const WIDTHS: Record<string, number> = { file: 28, name: 36, kind: 22, sheet: 14, message: 60 };

function header(ws: ExcelJS.Worksheet, labels: string[], keys: readonly string[]): void {
  ws.columns = keys.map((k, i) => ({ header: labels[i], key: k, width: WIDTHS[k] ?? 12 }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
}

/** The summary as .xlsx bytes. */
export async function writeSummaryWorkbook(summary: Summary, w: WebMessages): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const rows = wb.addWorksheet(w.summary.sheetSummary);
  header(
    rows,
    SUMMARY_KEYS.map((k) => w.summary.columns[k]),
    SUMMARY_KEYS,
  );
  for (const r of summary.rows) {
    const added = rows.addRow(SUMMARY_KEYS.map((k) => r[k] ?? null));
    added.getCell(SUMMARY_KEYS.indexOf('budgetRate') + 1).numFmt = '0.00%';
  }
  const list = wb.addWorksheet(w.summary.sheetFindings);
  header(
    list,
    FINDING_KEYS.map((k) => w.summary.findingColumns[k]),
    FINDING_KEYS,
  );
  for (const f of summary.findings) list.addRow(FINDING_KEYS.map((k) => f[k]));
  list.getColumn(FINDING_KEYS.indexOf('message') + 1).alignment = { wrapText: true };
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out);
}
