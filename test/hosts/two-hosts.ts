/**
 * The same plan through both hosts: the xlsx host (ExcelJS) and the Excel host on the in-memory
 * Office.js (tools/office-sim) at a given ExcelApi level, built from the same workbook; their
 * outcomes and resulting cells in one comparable form.
 */
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/hosts/xlsx/read';
import { snapshotSheet, snapshotWorkbook } from '../../src/hosts/xlsx/snapshot';
import { applyEdits as applyXlsx } from '../../src/hosts/xlsx/apply';
import { applyEdits as applyExcel } from '../../src/hosts/excel/apply';
import { detectCapabilities, type HostCapabilities } from '../../src/hosts/excel/capabilities';
import { readWorkbook } from '../../src/hosts/excel/read';
import { cellA1, columnLetters } from '../../src/snapshot/a1';
import type { ApplyOutcome, Edit } from '../../src/plan/edits';
import { normaliseFormula } from '../../src/plan/registry';
import { isCellError, type WorkbookSnapshot } from '../../src/snapshot/types';
import { createOfficeHost, type SimHost } from '../../tools/office-sim';
import { supports } from '../../tools/office-sim/api';
import { sheetInit } from '../../demo/sample';

/** The ExcelApi levels of issue 9: Office 2016, Office 2019 volume, 2019 retail, 2021, latest. */
export const LEVELS = ['1.1', '1.7', '1.8', '1.13', '1.17'] as const;

export function capsAt(level: string): HostCapabilities {
  return detectCapabilities((name, version) => name === 'ExcelApi' && supports(level, version));
}

export async function loadXlsx(input: string | Buffer): Promise<ExcelJS.Workbook> {
  const l = await loadWorkbook(input);
  if (!l.ok) throw new Error(`${l.reason}: ${l.detail}`);
  return l.workbook;
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function widths(ws: ExcelJS.Worksheet): Record<string, number> {
  const out: Record<string, number> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (typeof w === 'number' && w > 0) out[columnLetters(c - 1)] = w;
  }
  return out;
}

/**
 * The in-memory Excel holding what the ExcelJS workbook holds: contents, formats, merges, hidden
 * rows, protection, and the data validation and very hidden state of its sheets.
 */
export function simOf(wb: ExcelJS.Workbook, level: string): SimHost {
  const host = createOfficeHost(
    { sheets: wb.worksheets.map((ws) => sheetInit(snapshotSheet(ws), widths(ws))) },
    { excelApi: level },
  );
  for (const ws of wb.worksheets) {
    const sheet = host.doc.sheet(ws.name)!;
    for (const [a1, colour] of fillsOf(ws)) {
      const cell = ws.getCell(a1);
      sheet.fills.set(`${Number(cell.row) - 1},${Number(cell.col) - 1}`, colour);
    }
    if (ws.state === 'veryHidden') sheet.visibility = 'VeryHidden';
    else if (ws.state === 'hidden') sheet.visibility = 'Hidden';
    const model = (
      ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    for (const [address, dv] of Object.entries(model)) {
      if (!dv) continue;
      const [from, to] = address.split(':');
      const a = ws.getCell(from);
      const b = ws.getCell(to ?? from);
      const rect = {
        top: Number(a.row) - 1,
        left: Number(a.col) - 1,
        bottom: Number(b.row) - 1,
        right: Number(b.col) - 1,
      };
      sheet.validations.push({
        areas: [rect],
        rule: { [dv.type]: { formula: String(dv.formulae?.[0] ?? '') } },
        ignoreBlanks: dv.allowBlank ?? true,
        prompt: { showPrompt: dv.showInputMessage, title: dv.promptTitle, message: dv.prompt },
      });
    }
  }
  return host;
}

/** Runs `fn` in one Excel.run on the in-memory Excel, with the capabilities it reports. */
export async function runOnSim<T>(
  host: SimHost,
  fn: (ctx: Excel.RequestContext, caps: HostCapabilities) => Promise<T>,
): Promise<T> {
  host.install();
  const caps = detectCapabilities();
  const Excel = host.Excel as {
    run: <U>(f: (ctx: Excel.RequestContext) => Promise<U>) => Promise<U>;
  };
  return Excel.run((ctx) => fn(ctx, caps));
}

/**
 * Applies a plan with the Excel host on the in-memory Excel: read, then apply (the plan given, or
 * made from what was read).
 */
export async function applyOnSim(
  host: SimHost,
  plan: readonly Edit[] | ((snapshot: WorkbookSnapshot) => Edit[]),
): Promise<{ outcomes: ApplyOutcome[]; syncs: number }> {
  return runOnSim(host, async (ctx, caps) => {
    const state = await readWorkbook(ctx, caps);
    const edits = typeof plan === 'function' ? plan(state.snapshot) : plan;
    const report = await applyExcel(ctx, state, caps, edits);
    return { outcomes: report.outcomes, syncs: report.syncs };
  });
}

export function applyOnXlsx(wb: ExcelJS.Workbook, edits: readonly Edit[], level: string) {
  return applyXlsx(wb, edits, capsAt(level).set).outcomes;
}

/** The Excel host's snapshot of the in-memory Excel (what the add-in would read). */
export async function readSim(host: SimHost): Promise<WorkbookSnapshot> {
  return runOnSim(host, async (ctx, caps) => (await readWorkbook(ctx, caps)).snapshot);
}

/**
 * Every non-empty cell as `Sheet!A1 → content`: the formula (normalised) or the constant, with
 * its number format when not General. Formula results are left out: the xlsx host stores the
 * plan's cached result, Excel computes.
 */
export function cells(wb: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) {
    const rows = Math.max(s.values.length, s.formulas?.length ?? 0, s.numberFormats?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(
        s.values[r]?.length ?? 0,
        s.formulas?.[r]?.length ?? 0,
        s.numberFormats?.[r]?.length ?? 0,
      );
      for (let c = 0; c < width; c++) {
        const f = s.formulas?.[r]?.[c] ?? null;
        const v = s.values[r]?.[c] ?? null;
        const nf = s.numberFormats?.[r]?.[c] ?? null;
        const format = nf && nf !== 'General' ? ` [${nf}]` : '';
        const content = f
          ? normaliseFormula(f)
          : v === null || v === ''
            ? ''
            : isCellError(v)
              ? v.error
              : JSON.stringify(v);
        if (content === '' && format === '') continue;
        out.set(`${s.name}!${cellA1(r, c)}`, content + format);
      }
    }
  }
  return out;
}

/** Solid fills of a worksheet by A1, as `#RRGGBB`. */
function fillsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const f = cell.fill;
      const argb = f && f.type === 'pattern' && f.pattern === 'solid' ? f.fgColor?.argb : undefined;
      if (argb) out.set(cell.address, `#${argb.slice(-6).toUpperCase()}`);
    }),
  );
  return out;
}

/** Static fills of both hosts, by `Sheet!A1`. */
export function xlsxFills(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    for (const [a1, colour] of fillsOf(ws)) out[`${ws.name}!${a1}`] = colour;
  }
  return out;
}

export function simFills(host: SimHost): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of host.doc.sheets) {
    for (const [k, colour] of s.fills) {
      const [r, c] = k.split(',').map(Number);
      out[`${s.name}!${cellA1(r, c)}`] = colour.toUpperCase();
    }
  }
  return out;
}

export function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return snapshotWorkbook(wb);
}
