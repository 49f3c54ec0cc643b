/** Helpers for the plan tests: load fixtures, apply plans with the xlsx host, compare workbooks. */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { loadWorkbook } from '../../src/hosts/xlsx/read';
import { snapshotWorkbook } from '../../src/hosts/xlsx/snapshot';
import { applyEdits } from '../../src/hosts/xlsx/apply';
import type { ApplyReport, Edit } from '../../src/plan/edits';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/snapshot/types';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const FIXTURE_FILES = [
  'fushun-department.xlsx',
  'hengyang.xlsx',
  'jinshui-department.xlsx',
  'longhua-rubric.xlsx',
  'narrative-2023.xlsx',
];

export async function load(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const l = await loadWorkbook(file);
  if (!l.ok) throw new Error(`${l.reason}: ${l.detail}`);
  return l.workbook;
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Applies edits and fails the test when any edit failed. */
export function apply(wb: ExcelJS.Workbook, edits: readonly Edit[]): ApplyReport {
  const report = applyEdits(wb, edits);
  const failed = report.outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`edits failed: ${JSON.stringify(failed.slice(0, 3))}`);
  return report;
}

/** The plan without cached results, so that a spreadsheet engine must compute every formula. */
export function withoutResults(edits: readonly Edit[]): Edit[] {
  return edits.map((e) => {
    if (e.kind !== 'setFormula') return e;
    const copy = { ...e };
    delete copy.result;
    return copy;
  });
}

/** Round-trips a workbook through bytes and returns its snapshot (what a host would read). */
export async function reread(wb: ExcelJS.Workbook): Promise<{
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}> {
  const workbook = await load(await bytesOf(wb));
  return { workbook, snapshot: snapshotWorkbook(workbook) };
}

export function colNumber(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

export function colName(n: number): string {
  let s = '';
  let c = n;
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/** The value at "Sheet!A1" (or `A1` on `sheet`) in a snapshot. */
export function valueAt(wb: WorkbookSnapshot, ref: string): CellValue {
  const i = ref.lastIndexOf('!');
  const s = wb.sheets.find((x) => x.name === ref.slice(0, i));
  if (!s) throw new Error(`no sheet in ${ref}`);
  const m = /^([A-Z]+)(\d+)$/.exec(ref.slice(i + 1));
  if (!m) throw new Error(`bad ref ${ref}`);
  return s.values[Number(m[2]) - 1]?.[colNumber(m[1]) - 1] ?? null;
}

/** The reference `n` columns right of "Sheet!A1". */
export function rightOf(ref: string, n: number): string {
  const i = ref.lastIndexOf('!');
  const m = /^([A-Z]+)(\d+)$/.exec(ref.slice(i + 1));
  if (!m) throw new Error(`bad ref ${ref}`);
  return `${ref.slice(0, i + 1)}${colName(colNumber(m[1]) + n)}${m[2]}`;
}

type Cell = { v: CellValue; f: string | null; nf: string | null };

function blankish(c: Cell): boolean {
  return (c.v === null || c.v === '') && !c.f && (c.nf === null || c.nf === 'General');
}

/** Every non-empty cell of a sheet, keyed by A1. */
export function cellsOf(s: SheetSnapshot): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const rows = Math.max(s.values.length, s.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const n = Math.max(s.values[r]?.length ?? 0, s.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < n; c++) {
      const cell = {
        v: s.values[r]?.[c] ?? null,
        f: s.formulas?.[r]?.[c] ?? null,
        nf: s.numberFormats?.[r]?.[c] ?? null,
      };
      if (!blankish(cell)) out.set(`${colName(c + 1)}${r + 1}`, cell);
    }
  }
  return out;
}

/** Differences between two sheets' contents (values, formulas, number formats), as text. */
export function sheetDiff(a: SheetSnapshot, b: SheetSnapshot, limit = 10): string[] {
  const ca = cellsOf(a);
  const cb = cellsOf(b);
  const diffs: string[] = [];
  for (const key of new Set([...ca.keys(), ...cb.keys()])) {
    const x = JSON.stringify(ca.get(key) ?? null);
    const y = JSON.stringify(cb.get(key) ?? null);
    if (x !== y) diffs.push(`${a.name}!${key}: ${x} → ${y}`);
    if (diffs.length >= limit) break;
  }
  return diffs;
}

/** Conditional formats, validations, print areas, column widths and sheet states, comparable. */
export function sheetExtras(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const internals = ws as unknown as {
      conditionalFormattings?: unknown[];
      dataValidations?: { model?: Record<string, unknown> };
    };
    const dv = internals.dataValidations?.model ?? {};
    return {
      name: ws.name,
      state: ws.state,
      printArea: ws.pageSetup?.printArea ?? null,
      // dxfId and a rule's copy of the ref are ExcelJS's bookkeeping, not content.
      cf: JSON.stringify(
        ((internals.conditionalFormattings ?? []) as { ref: string; rules: object[] }[]).map(
          (cf) => ({
            ref: cf.ref,
            rules: cf.rules.map((r) => {
              const { dxfId: _d, ref: _r, ...rest } = r as { dxfId?: unknown; ref?: unknown };
              return rest;
            }),
          }),
        ),
      ),
      dv: Object.keys(dv)
        .sort()
        .map((k) => [k, JSON.stringify(dv[k])]),
      widths: (ws.columns ?? []).map((c) => c?.width ?? null),
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
    };
  });
}
