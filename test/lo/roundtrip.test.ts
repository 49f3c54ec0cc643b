/**
 * The plan, proven in a real spreadsheet engine: every seed fixture is annotated (and adopted)
 * with the xlsx host, written without cached formula results, opened in LibreOffice headless
 * (one soffice call for all files), recalculated and read back. The figures the formulas compute
 * must be the audit's; the form's own cells must be untouched; applying twice must change
 * nothing; removing must give the original back.
 *
 * Skipped, with a message, when LibreOffice is not installed (.ci/run installs
 * libreoffice-calc-nogui).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook, planAnnotateDetailed, planRemoveDetailed } from '../../src/core';
import { statusLabel } from '../../src/messages/reasons';
import { progressStatus } from '../../src/plan/indicator-cells';
import { readRegistry, type Entry } from '../../src/plan/registry';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { snapshotWorkbook } from '../../src/hosts/xlsx/snapshot';
import type { FileReport } from '../../src/report/types';
import { statusOf } from '../../src/rules';
import type { CellValue, WorkbookSnapshot } from '../../src/snapshot/types';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';
import {
  apply,
  bytesOf,
  cellsOf,
  FIXTURE_FILES,
  FIXTURES,
  load,
  reread,
  rightOf,
  sheetDiff,
  sheetExtras,
  valueAt,
  withoutResults,
} from '../plan/support';

const soffice = findSoffice();
if (!soffice) {
  console.warn(
    'LibreOffice (soffice) is not installed: the LibreOffice round-trip tests are SKIPPED. ' +
      'Install libreoffice-calc-nogui (as .ci/run does) to run them.',
  );
}
const suite = soffice ? describe : describe.skip;

interface Case {
  name: string;
  original: WorkbookSnapshot;
  originalBook: ExcelJS.Workbook;
  report: FileReport;
  /** Annotated with the xlsx host, read back from bytes. */
  annotated: WorkbookSnapshot;
  annotatedBook: ExcelJS.Workbook;
  /** Planned and applied a second time. */
  twice: WorkbookSnapshot;
  twiceBook: ExcelJS.Workbook;
  /** Annotated, then removed. */
  removed: WorkbookSnapshot;
  removedBook: ExcelJS.Workbook;
  notices: string[];
  /** After LibreOffice recalculated the annotated file. */
  lo: WorkbookSnapshot;
  /** Adopted (采用系统得分), after LibreOffice. */
  adoptedLo: WorkbookSnapshot;
  adoptedReport: FileReport;
  adopted: WorkbookSnapshot;
}

const NUMBER_TOLERANCE = 1e-9;

function same(a: CellValue, b: number | string | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < NUMBER_TOLERANCE;
  return (a ?? '') === (b ?? '');
}

/** Makes a copy of the Jinshui form whose cells hold errors (#DIV/0! and #N/A). */
async function errorFixture(file: string): Promise<void> {
  const wb = await load(path.join(FIXTURES, 'jinshui-department.xlsx'));
  const ws = wb.getWorksheet('部门整体绩效自评表');
  if (!ws) throw new Error('no sheet');
  ws.getCell('F24').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('H30').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('G31').value = { error: '#N/A' };
  await wb.xlsx.writeFile(file);
}

let dir: string;
const cases = new Map<string, Case>();
let loSeconds = 0;

suite('LibreOffice round trip of the annotated seed fixtures', () => {
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-roundtrip-'));
    const toLo = path.join(dir, 'to-lo');
    await fs.mkdir(toLo);
    const errorsFile = path.join(dir, 'errors.xlsx');
    await errorFixture(errorsFile);
    const inputs = [...FIXTURE_FILES.map((f) => path.join(FIXTURES, f)), errorsFile];
    const pending: Omit<Case, 'lo' | 'adoptedLo'>[] = [];
    for (const input of inputs) {
      const name = path.basename(input);
      const originalBook = await load(input);
      const original = snapshotWorkbook(originalBook);
      const report = analyzeWorkbook(original, { file: name });

      const book = await load(input);
      const plan = planAnnotateDetailed(original, {});
      apply(book, plan.edits);
      const annotated = await reread(book);
      // Without cached results for LibreOffice: it must compute every formula itself.
      const bare = await load(input);
      apply(bare, withoutResults(plan.edits));
      await fs.writeFile(path.join(toLo, `a-${name}`), await bytesOf(bare));

      const again = await load(await bytesOf(annotated.workbook));
      apply(again, planAnnotateDetailed(annotated.snapshot, {}).edits);
      const twice = await reread(again);

      const rm = await load(await bytesOf(annotated.workbook));
      apply(rm, planRemoveDetailed(annotated.snapshot, {}).edits);
      const removed = await reread(rm);

      const ad = await load(input);
      const adoptPlan = planAnnotateDetailed(original, { adopt: true });
      apply(ad, adoptPlan.edits);
      const adopted = await reread(ad);
      const adBare = await load(input);
      apply(adBare, withoutResults(adoptPlan.edits));
      await fs.writeFile(path.join(toLo, `p-${name}`), await bytesOf(adBare));

      pending.push({
        name,
        original,
        originalBook,
        report,
        annotated: annotated.snapshot,
        annotatedBook: annotated.workbook,
        twice: twice.snapshot,
        twiceBook: twice.workbook,
        removed: removed.snapshot,
        removedBook: removed.workbook,
        notices: plan.notices.map((n) => n.text),
        adopted: adopted.snapshot,
        adoptedReport: analyzeWorkbook(adopted.snapshot, { file: name }),
      });
    }
    const names = pending.flatMap((p) => [`a-${p.name}`, `p-${p.name}`]);
    const t0 = Date.now();
    const outs = await convertWithLibreOffice(
      names.map((n) => path.join(toLo, n)),
      path.join(dir, 'from-lo'),
      'xlsx',
    );
    loSeconds = (Date.now() - t0) / 1000;
    const read = async (file: string): Promise<WorkbookSnapshot> => {
      const r = await readWorkbook(file);
      if (!r.ok) throw new Error(r.detail);
      return r.workbook;
    };
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i];
      cases.set(p.name, {
        ...p,
        lo: await read(outs[2 * i]),
        adoptedLo: await read(outs[2 * i + 1]),
      });
    }
  }, 600_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const all = [...FIXTURE_FILES, 'errors.xlsx'];

  it('recalculates every file in one soffice call', () => {
    expect(cases.size).toBe(all.length);
    console.log(`LibreOffice converted ${2 * all.length} workbooks in ${loSeconds.toFixed(1)} s`);
  });

  it.each(all)('%s: every score cell equals the rules module’s expected score', (name) => {
    const c = cases.get(name)!;
    const mismatches: string[] = [];
    let n = 0;
    const annotatedReport = analyzeWorkbook(c.annotated, { file: name });
    annotatedReport.tables.forEach((t, ti) => {
      t.indicators.forEach((ind, i) => {
        const expected = c.report.tables[ti].indicators[i].expectedScore;
        expect(ind.scoreCell).toMatch(/!/);
        n++;
        const v = valueAt(c.lo, ind.scoreCell!);
        if (!same(v, expected))
          mismatches.push(`${ind.scoreCell}: ${JSON.stringify(v)} ≠ ${expected}`);
      });
    });
    expect(n).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });

  it.each(all)('%s: every status cell matches the audit’s verdict', (name) => {
    const c = cases.get(name)!;
    const annotatedReport = analyzeWorkbook(c.annotated, { file: name });
    const mismatches: string[] = [];
    for (const t of annotatedReport.tables) {
      for (const ind of t.indicators) {
        const status = valueAt(c.lo, ind.statusCell!);
        const progress = valueAt(c.lo, rightOf(ind.statusCell!, 1));
        const want = statusLabel(statusOf(ind));
        const wantProgress = statusLabel(progressStatus(ind));
        if (status !== want)
          mismatches.push(`${ind.statusCell}: ${JSON.stringify(status)} ≠ ${want}`);
        if (progress !== wantProgress) {
          mismatches.push(
            `${rightOf(ind.statusCell!, 1)}: ${JSON.stringify(progress)} ≠ ${wantProgress}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(all)('%s: budget, total and grade formulas equal the audit’s figures', (name) => {
    const c = cases.get(name)!;
    const annotatedReport = analyzeWorkbook(c.annotated, { file: name });
    let checked = 0;
    for (const t of annotatedReport.tables) {
      if (t.budget?.computedRateCell) {
        checked++;
        expect([t.budget.computedRateCell, valueAt(c.lo, t.budget.computedRateCell)]).toEqual([
          t.budget.computedRateCell,
          t.budget.rate === null ? null : expect.closeTo(t.budget.rate, 9),
        ]);
      }
      if (t.budget?.computedScoreCell) {
        checked++;
        expect(same(valueAt(c.lo, t.budget.computedScoreCell), t.budget.expectedScore)).toBe(true);
      }
      if (t.total?.computedCell) {
        checked++;
        expect([t.total.computedCell, valueAt(c.lo, t.total.computedCell) ?? null]).toEqual([
          t.total.computedCell,
          t.total.expected,
        ]);
      }
      if (t.grade?.computedCell) {
        checked++;
        expect(valueAt(c.lo, t.grade.computedCell)).toBe(t.grade.expected);
      }
    }
    if (name !== 'longhua-rubric.xlsx') expect(checked).toBeGreaterThan(0);
  });

  it.each(all)('%s: the form’s own cells are unchanged, cell by cell', (name) => {
    const c = cases.get(name)!;
    const reg = readRegistry(c.annotated);
    expect(reg.kind).toBe('ok');
    const entries: Entry[] = reg.kind === 'ok' ? reg.registry.entries : [];
    const written = new Set(entries.filter((e) => e.t === 'cell').map((e) => `${e.s}!${e.a}`));
    for (const sheet of c.original.sheets) {
      const before = cellsOf(sheet);
      const after = cellsOf(c.annotated.sheets.find((s) => s.name === sheet.name)!);
      const lo = c.lo.sheets.find((s) => s.name === sheet.name)!;
      const changed: string[] = [];
      for (const [a1, cell] of before) {
        if (JSON.stringify(after.get(a1)) !== JSON.stringify(cell)) changed.push(a1);
        // LibreOffice keeps every constant the user typed.
        if (!cell.f) {
          const v = valueAt(c.lo, `${sheet.name}!${a1}`);
          if (JSON.stringify(v) !== JSON.stringify(cell.v)) changed.push(`${a1} (LibreOffice)`);
        }
      }
      expect([sheet.name, changed]).toEqual([sheet.name, []]);
      for (const a1 of after.keys()) {
        if (!before.has(a1)) expect(written.has(`${sheet.name}!${a1}`)).toBe(true);
      }
      expect(lo.merges).toEqual(sheet.merges);
      expect(c.annotated.sheets.find((s) => s.name === sheet.name)!.merges).toEqual(sheet.merges);
    }
  });

  it.each(all)('%s: applying twice gives the same workbook', (name) => {
    const c = cases.get(name)!;
    expect(c.twice.sheets.map((s) => s.name)).toEqual(c.annotated.sheets.map((s) => s.name));
    for (const s of c.annotated.sheets) {
      expect(
        sheetDiff(
          s,
          c.twice.sheets.find((x) => x.name === s.name)!,
        ),
      ).toEqual([]);
    }
    expect(sheetExtras(c.twiceBook)).toEqual(sheetExtras(c.annotatedBook));
  });

  it.each(all)('%s: remove restores the original', (name) => {
    const c = cases.get(name)!;
    expect(c.removed.sheets.map((s) => s.name)).toEqual(c.original.sheets.map((s) => s.name));
    for (const s of c.original.sheets) {
      expect(
        sheetDiff(
          s,
          c.removed.sheets.find((x) => x.name === s.name)!,
        ),
      ).toEqual([]);
    }
    const extras = (wb: ExcelJS.Workbook) =>
      (sheetExtras(wb) as { cf: string; dv: unknown; printArea: unknown; merges: unknown }[]).map(
        (x) => ({ cf: x.cf, dv: x.dv, printArea: x.printArea, merges: x.merges }),
      );
    expect(extras(c.removedBook)).toEqual(extras(c.originalBook));
    expect(analyzeWorkbook(c.removed, { file: name })).toEqual(c.report);
  });

  it.each(all)('%s: the annotated copy reports the same findings', (name) => {
    const c = cases.get(name)!;
    const strip = (r: FileReport) =>
      JSON.stringify(r, (k, v: unknown) =>
        [
          'scoreCell',
          'statusCell',
          'computedRateCell',
          'computedScoreCell',
          'computedCell',
        ].includes(k)
          ? undefined
          : v,
      );
    expect(strip(analyzeWorkbook(c.annotated, { file: name }))).toBe(strip(c.report));
  });

  it.each(all)('%s: adopting computed scores makes the stated scores the computed ones', (name) => {
    const c = cases.get(name)!;
    const reg = readRegistry(c.adopted);
    const adopted =
      reg.kind === 'ok'
        ? reg.registry.entries.filter((e) => e.t === 'cell' && e.role === 'adopt')
        : [];
    const adoptedCells = new Set(adopted.map((e) => (e.t === 'cell' ? `${e.s}!${e.a}` : '')));
    for (const t of c.adoptedReport.tables) {
      for (const ind of t.indicators) {
        const cell = `${t.sheet}!${ind.statedScoreCell}`;
        if (!adoptedCells.has(cell)) continue;
        expect(ind.wrong).toBe(false);
        expect(same(valueAt(c.adoptedLo, cell), ind.expectedScore)).toBe(true);
        expect(valueAt(c.adoptedLo, ind.statusCell!)).not.toBe(statusLabel('wrong'));
      }
    }
    if (
      ['fushun-department.xlsx', 'jinshui-department.xlsx', 'longhua-rubric.xlsx'].includes(name)
    ) {
      expect(adopted.length).toBeGreaterThan(0);
    }
  });

  it('cells holding errors make their rows 待补充, with a clear message', () => {
    const c = cases.get('errors.xlsx')!;
    expect(c.notices.join('\n')).toMatch(/错误值（F24、H30、G31/);
    const annotatedReport = analyzeWorkbook(c.annotated, { file: 'errors.xlsx' });
    const rows = annotatedReport.tables[0].indicators.filter((i) => [24, 30, 31].includes(i.row));
    expect(rows).toHaveLength(3);
    for (const i of rows) expect(valueAt(c.lo, i.statusCell!)).toBe('待补充');
  });

  it('a protected sheet is left untouched, with a clear message', () => {
    const c = cases.get('longhua-rubric.xlsx')!;
    expect(c.notices.join('\n')).toMatch(/「共性指标体系框架」受保护，未作任何修改/);
    const before = c.original.sheets.find((s) => s.name === '共性指标体系框架')!;
    const after = c.annotated.sheets.find((s) => s.name === '共性指标体系框架')!;
    expect(sheetDiff(before, after)).toEqual([]);
  });
});
