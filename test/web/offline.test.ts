/**
 * The offline page (离线网页版), end to end: the single built HTML file opened from a file://
 * URL in Debian's Chromium (playwright-core), every request routed and any that is not file:
 * failing the test.
 *
 * The seed fixtures are dropped on the page together with a truncated .xlsx and a legacy .xls;
 * what the page must show is computed here, in Node, by `analyzeWorkbook` on the same files:
 * the summary table (one row per form: totals, grades, budget rate, the pane's counts), each
 * file's findings (group counts, the cells), the grid marking a finding's cell, a Chinese
 * message for each file that cannot be read while the others go on. The downloads are checked
 * as files: the annotated copies (.zip) equal the command line's `--fix` output value for value
 * after LibreOffice recalculated both (one soffice call), the summary workbook's rows equal the
 * reports, and the reasons wizard's answers land in the downloaded copy's own reason cells.
 *
 * The page is built in beforeAll (set WEB_PREBUILT=1 to reuse dist/web/offline.html).
 * Screenshots go to test-output/web/.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { existsSync, promises as fs, mkdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { runAudit } from '../../src/cli/audit';
import { analyzeWorkbook, planReasons } from '../../src/core';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { messagesFor, REASON_CATEGORIES } from '../../src/messages';
import { webMessagesFor } from '../../src/messages/web';
import type { FileReport, TableReport } from '../../src/report/types';
import { countFindings, tableProblems } from '../../src/report/count';
import { collectFindings } from '../../src/runtime/findings';
import type { CellValue, WorkbookSnapshot } from '../../src/snapshot/types';
import { formatScore as score, percent } from '../../src/taskpane/format';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';

jest.setTimeout(900_000);

const ROOT = path.resolve(__dirname, '../..');
const HTML = path.join(ROOT, 'dist/web/offline.html');
const SHOTS = path.join(ROOT, 'test-output/web');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const zh = messagesFor('zh-CN');
const w = webMessagesFor('zh-CN');

async function build(): Promise<void> {
  if (process.env.WEB_PREBUILT === '1' && existsSync(HTML)) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.web.config.js')) as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const config = makeConfig({}, { mode: 'production' });
  config.stats = 'errors-only';
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

interface Input {
  name: string;
  bytes: Buffer;
}

let browser: Browser;
let page: Page;
let tmp: string;
const requests: string[] = [];
const errors: string[] = [];
let inputs: Input[];
let names: string[];
/** The core's report on each fixture, by file name. */
const expected = new Map<string, FileReport>();
const snapshots = new Map<string, WorkbookSnapshot>();
let cliDir: string;
/** The page's annotated copies, by file name. */
let webCopies: Record<string, Uint8Array> = {};

const BAD = { truncated: 'broken.xlsx', legacy: 'old-format.xls' };

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'web-offline-'));
  const fixtureNames = (await fs.readdir(FIXTURES)).filter((n) => n.endsWith('.xlsx')).sort();
  inputs = [];
  for (const name of fixtureNames) {
    const bytes = await fs.readFile(path.join(FIXTURES, name));
    inputs.push({ name, bytes });
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(read.detail);
    snapshots.set(name, read.workbook);
    expected.set(name, analyzeWorkbook(read.workbook, { file: name, lang: 'zh-CN' }));
  }
  names = fixtureNames;
  // a truncated package, and an Excel 97-2003 compound file
  const first = inputs[0].bytes;
  inputs.push({ name: BAD.truncated, bytes: first.subarray(0, Math.floor(first.length / 2)) });
  const cfb = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  Buffer.from('Workbook', 'utf16le').copy(cfb, 1024);
  inputs.push({ name: BAD.legacy, bytes: cfb });

  // the command line's annotated copies
  cliDir = path.join(tmp, 'cli');
  const code = await runAudit(
    ['--fix', '--out', cliDir, ...fixtureNames.map((n) => path.join(FIXTURES, n))],
    { out: () => undefined, err: () => undefined },
  );
  expect([0, 1]).toContain(code);

  await build();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(file|blob|data):/.test(url)) requests.push(url);
  });
  await page.goto(`file://${HTML}`);
});

afterAll(async () => {
  await browser?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** Drops files on the drop zone, as a user dragging them from a folder window. */
async function drop(files: Input[]): Promise<void> {
  await page.evaluate(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bin = atob(f.b64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        dt.items.add(new File([bytes], f.name));
      }
      const zone = document.querySelector('[data-testid=drop]');
      if (!zone) throw new Error('no drop zone');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(
          new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
      }
    },
    files.map((f) => ({ name: f.name, b64: f.bytes.toString('base64') })),
  );
}

const text = (v: number | null | undefined, rate = false): string =>
  v === null || v === undefined ? '—' : rate ? percent(v) : score(v);

/** The summary row the page must show for a form, from the core's report. */
function expectedRow(file: string, t: TableReport): Record<string, string> {
  return {
    file,
    sheet: t.sheet,
    name: t.name ?? zh.summary.unnamed,
    kind: zh.summary.kind[t.kind],
    statedTotal: text(t.total?.stated),
    expectedTotal: text(t.total?.expected),
    statedGrade: t.grade?.stated ?? '—',
    expectedGrade: t.grade?.expected ?? '—',
    budgetRate: text(t.budget?.rate, true),
    wrong: String(t.indicators.filter((i) => i.wrong).length),
    short: String(t.indicators.filter((i) => i.short).length),
    missingReason: String(t.indicators.filter((i) => i.missingReason).length),
    needsInput: String(t.indicators.filter((i) => i.needsInput).length),
    table: String(tableProblems(t).length),
  };
}

async function pageRows(): Promise<Record<string, string>[]> {
  return page.$$eval('[data-testid=summary-row]', (rows) =>
    rows.map((r) => {
      const o: Record<string, string> = {};
      r.querySelectorAll('td[data-key]').forEach((td) => {
        o[(td as HTMLElement).dataset.key as string] = (td.textContent ?? '').trim();
      });
      return o;
    }),
  );
}

const sorted = (xs: string[]): string[] => [...xs].sort((a, b) => a.localeCompare(b, 'zh-CN'));

async function save(trigger: () => Promise<void>, to: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  await download.saveAs(to);
  return fs.readFile(to);
}

test('the page is one self-contained file', async () => {
  const html = await fs.readFile(HTML, 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+href=/i);
  expect(html).toMatch(/<script type="?text\/plain"? id="?jx-worker-source"?>/);
  expect(html).toMatch(/Content-Security-Policy/);
  // the libraries' licence notices are in the page, not in files left behind
  const licences = html.search(/<script type="?text\/plain"? id="?jx-licences"?>/);
  expect(licences).toBeGreaterThan(0);
  expect(html.slice(licences)).toMatch(/@license React/);
  expect(html).not.toMatch(/LICENSE\.txt/);
});

test('dropped files are checked in the worker; the summary and findings are the core’s', async () => {
  await drop(inputs);
  // the progress bar counts the files while the worker reads them
  const counter = await page.waitForSelector('[data-testid=progress-text]', { timeout: 30_000 });
  expect(await counter.textContent()).toMatch(
    new RegExp(`^正在检查第 \\d+ 个文件，共 ${inputs.length} 个：`),
  );
  await page.waitForSelector('[data-testid=progress-done]', { timeout: 300_000 });
  await page.screenshot({ path: path.join(SHOTS, '1-summary.png'), fullPage: true });

  // one row per form, in the order of the files (by name), the unreadable files' rows among them
  const files = sorted(inputs.map((i) => i.name));
  const want: Record<string, string>[] = [];
  for (const f of files) {
    const report = expected.get(f);
    if (!report) {
      const failure = f === BAD.legacy ? 'legacyXls' : 'corrupt';
      want.push({ file: f, kind: w.summary.unreadableRow, name: w.readError[failure] });
      continue;
    }
    for (const t of report.tables) want.push(expectedRow(f, t));
  }
  // the table renders at low priority: wait until it has caught up with the last file
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=summary-row]').length === n,
    want.length,
  );
  const rows = await pageRows();
  expect(rows).toHaveLength(want.length);
  want.forEach((row, n) => {
    for (const [k, v] of Object.entries(row))
      if (!k.startsWith('_')) expect([k, rows[n][k]]).toEqual([k, v]);
  });
  expect(rows.filter((r) => r.kind !== w.summary.unreadableRow).length).toBeGreaterThan(10);

  // sorting and filtering
  await page.click('th[data-key=statedTotal]');
  await page.click('th[data-key=statedTotal]');
  const desc = (await pageRows()).map((r) => r.statedTotal).filter((v) => v !== '—');
  expect(desc).toEqual([...desc].sort((a, b) => Number(b) - Number(a)));
  await page.fill('input[data-testid=filter]', 'jinshui');
  const jinshui = await pageRows();
  expect(jinshui.length).toBe(expected.get('jinshui-department.xlsx')?.tables.length);
  await page.screenshot({ path: path.join(SHOTS, '2-summary-filtered.png'), fullPage: true });
  await page.fill('input[data-testid=filter]', '');
  await page.click('input[data-testid=only-problems]');
  const problems = await pageRows();
  expect(problems.length).toBe(
    want.filter((r) =>
      ['wrong', 'short', 'missingReason', 'needsInput', 'table'].some(
        (k) => r[k] === undefined || Number(r[k]) > 0,
      ),
    ).length,
  );
  await page.click('input[data-testid=only-problems]');

  // each file's findings: the pane's groups and counts, the unreadable files' messages
  await page.click('[data-testid=tab-files]');
  for (const f of files) {
    await page.click(`[data-testid=file][data-path="${f}"]`);
    const report = expected.get(f);
    if (!report) {
      const failure = f === BAD.legacy ? 'legacyXls' : 'corrupt';
      await expect(page.textContent('[data-testid=file-error]')).resolves.toContain(
        w.readError[failure],
      );
      continue;
    }
    await page.waitForSelector('[data-testid=table-card]');
    expect(await page.locator('[data-testid=table-card]').count()).toBe(report.tables.length);
    // the pane's count, and its items with their cells
    const count = countFindings(report);
    if (count > 0) {
      await expect(page.textContent('[data-testid=findings-count]')).resolves.toContain(
        String(count),
      );
    }
    const cells = await page
      .locator('[data-testid=finding]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect([f, cells]).toEqual([f, collectFindings(report, zh).items.map((i) => i.cell ?? '')]);
  }

  // a finding chosen: its cell is selected in the grid, on its sheet
  await page.click('[data-testid=file][data-path="jinshui-department.xlsx"]');
  const jr = expected.get('jinshui-department.xlsx') as FileReport;
  const item = collectFindings(jr, zh).items.find((i) => i.tags.includes('wrong'));
  if (!item?.cell) throw new Error('no wrong score in the Jinshui form');
  await page
    .locator(`[data-testid=finding][data-cell="${item.cell}"] [data-testid=finding-go]`)
    .first()
    .click();
  const selected = page.locator(
    `[data-testid=grid] table[data-sheet="${item.sheet}"] td[data-selected=true]`,
  );
  await expect(selected.first().getAttribute('data-addr')).resolves.toBe(item.cell);
  await page.screenshot({ path: path.join(SHOTS, '3-file-findings-grid.png') });
});

test('annotated copies equal the command line’s --fix output after LibreOffice recalculation', async () => {
  await page.click('[data-testid=tab-summary]');
  const zip = await save(
    () => page.click('[data-testid=download-zip]'),
    path.join(tmp, 'copies.zip'),
  );
  const entries = unzipSync(new Uint8Array(zip));
  webCopies = entries;
  expect(Object.keys(entries).sort()).toEqual(names);
  const inDir = path.join(tmp, 'lo-in');
  await fs.mkdir(inDir, { recursive: true });
  const pairs: { web: string; cli: string; name: string }[] = [];
  for (const name of names) {
    const web = path.join(inDir, `web-${name}`);
    const cli = path.join(inDir, `cli-${name}`);
    await fs.writeFile(web, entries[name]);
    await fs.copyFile(path.join(cliDir, name), cli);
    pairs.push({ web, cli, name });
    // the copy is annotated: the record sheet and the helper columns are there
    const read = await readWorkbook(entries[name]);
    if (!read.ok) throw new Error(read.detail);
    expect(read.workbook.sheets.map((s) => s.name)).toContain('_自评助手');
  }
  if (!findSoffice()) {
    console.warn('LibreOffice is not installed: the recalculated comparison is SKIPPED.');
    return;
  }
  const outDir = path.join(tmp, 'lo-out');
  const all = pairs.flatMap((p) => [p.web, p.cli]);
  const converted = await convertWithLibreOffice(all, outDir);
  for (let i = 0; i < pairs.length; i++) {
    const [webRead, cliRead] = await Promise.all([
      readWorkbook(converted[2 * i]),
      readWorkbook(converted[2 * i + 1]),
    ]);
    if (!webRead.ok || !cliRead.ok)
      throw new Error(`${pairs[i].name} unreadable after LibreOffice`);
    const a = webRead.workbook;
    const b = cliRead.workbook;
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    let cells = 0;
    a.sheets.forEach((sheet, n) => {
      const other = b.sheets[n];
      const rows = Math.max(sheet.values.length, other.values.length);
      for (let r = 0; r < rows; r++) {
        const x = sheet.values[r] ?? [];
        const y = other.values[r] ?? [];
        for (let c = 0; c < Math.max(x.length, y.length); c++) {
          const vx: CellValue = x[c] ?? null;
          const vy: CellValue = y[c] ?? null;
          if (vx !== null) cells++;
          if (JSON.stringify(vx) !== JSON.stringify(vy)) {
            throw new Error(
              `${pairs[i].name} ${sheet.name} r${r + 1}c${c + 1}: ${JSON.stringify(vx)} ≠ ${JSON.stringify(vy)}`,
            );
          }
        }
      }
    });
    expect(cells).toBeGreaterThan(50);
  }
});

test('the summary workbook lists every form and every finding', async () => {
  const bytes = await save(
    () => page.click('[data-testid=download-summary]'),
    path.join(tmp, 'summary.xlsx'),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const [formsSheet, findingsSheet] = wb.worksheets;
  expect(formsSheet.name).toBe(w.summary.sheetSummary);
  expect(findingsSheet.name).toBe(w.summary.sheetFindings);
  const rowsOf = (ws: ExcelJS.Worksheet): unknown[][] => {
    const out: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values = row.values as unknown[];
      out.push(Array.from(values.slice(1), (v) => (v === undefined ? null : v)));
    });
    return out;
  };
  const want: unknown[][] = [];
  const wantFindings: unknown[][] = [];
  for (const f of sorted(inputs.map((i) => i.name))) {
    const report = expected.get(f);
    if (!report) {
      const failure = f === BAD.legacy ? 'legacyXls' : 'corrupt';
      want.push([
        f,
        null,
        w.readError[failure],
        w.summary.unreadableRow,
        ...Array<null>(5).fill(null),
        0,
        0,
        0,
        0,
        0,
      ]);
      wantFindings.push([f, null, null, w.summary.unreadableRow, null, w.readError[failure]]);
      continue;
    }
    for (const t of report.tables) {
      const e = expectedRow(f, t);
      want.push([
        f,
        t.sheet,
        t.name ?? zh.summary.unnamed,
        zh.summary.kind[t.kind],
        t.total?.stated ?? null,
        t.total?.expected ?? null,
        t.grade?.stated ?? null,
        t.grade?.expected ?? null,
        t.budget?.rate ?? null,
        Number(e.wrong),
        Number(e.short),
        Number(e.missingReason),
        Number(e.needsInput),
        Number(e.table),
      ]);
    }
    for (const i of collectFindings(report, zh).items) {
      wantFindings.push([
        f,
        i.sheet,
        i.cell || null,
        i.scope === 'table'
          ? w.summary.columns.table
          : i.tags.map((t) => w.summary.columns[t]).join('、'),
        i.title || null,
        [...i.lines, ...i.notes].filter(Boolean).join('；') || null,
      ]);
    }
  }
  // ExcelJS writes empty strings as empty cells
  const norm = (rows: unknown[][]): unknown[][] =>
    rows.map((r) => r.map((v) => (v === '' ? null : v)));
  const got = norm(rowsOf(formsSheet)).map((r) => [...r, ...Array<null>(14 - r.length).fill(null)]);
  expect(got).toEqual(norm(want));
  const gotFindings = norm(rowsOf(findingsSheet)).map((r) => [
    ...r,
    ...Array<null>(6 - r.length).fill(null),
  ]);
  expect(gotFindings).toEqual(norm(wantFindings));
  expect(wantFindings.length).toBeGreaterThan(20);
});

test('the reasons wizard writes into the downloaded copy’s own reason cells', async () => {
  const name = 'jinshui-department.xlsx';
  const report = expected.get(name) as FileReport;
  const rows = report.tables.flatMap((t) =>
    t.indicators.filter((i) => i.missingReason).map((i) => ({ t, i })),
  );
  expect(rows.length).toBeGreaterThan(0);
  await page.click('[data-testid=tab-files]');
  await page.click(`[data-testid=file][data-path="${name}"]`);
  await page.click('[data-testid=start-wizard]');
  await page.waitForSelector('[data-testid=wizard]');
  const category = REASON_CATEGORIES[0];
  await page.click(`[data-testid="tick-${category}"]`);
  await page.click('[data-testid=use-suggestion]');
  // the texts the page suggested and filled in, as the user leaves them
  const typed = {
    reason: (await page.inputValue('[data-testid=reason]')).trim(),
    improvement: (await page.inputValue('[data-testid=improvement]')).trim(),
  };
  expect(typed.reason.length).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SHOTS, '4-wizard.png') });
  // answer the first row only; skip the rest
  for (let n = 1; n < rows.length; n++) await page.click('[data-testid=wizard-skip]');
  if (rows.length === 1) await page.click('[data-testid=wizard-finish]');
  await page.waitForSelector('[data-testid=notice]', { timeout: 120_000 });
  await page.waitForSelector('[data-testid=progress-done]');
  await page.screenshot({ path: path.join(SHOTS, '5-after-reasons.png') });

  const { t, i } = rows[0];
  const edits = planReasons(snapshots.get(name) as WorkbookSnapshot, [
    { sheet: t.sheet, row: i.row, ticks: [category], ...typed },
  ]);
  const cells = edits.flatMap((e) => (e.kind === 'setValue' ? [e] : []));
  expect(cells.length).toBeGreaterThan(0);

  const copy = await save(
    () => page.click('[data-testid=download-file]'),
    path.join(tmp, `wizard-${name}`),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(copy as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  for (const e of cells) {
    expect([e.cell, wb.getWorksheet(e.sheet)?.getCell(e.cell).value]).toEqual([e.cell, e.value]);
  }
  // and the page checked the file again: that row no longer lacks a reason
  const after = await readWorkbook(copy);
  if (!after.ok) throw new Error(after.detail);
  const again = analyzeWorkbook(after.workbook, { file: name, lang: 'zh-CN' });
  const row = again.tables.flatMap((x) => x.indicators).find((x) => x.row === i.row);
  expect(row?.missingReason).toBe(false);
  await expect(page.textContent('[data-testid=findings]')).resolves.toBeTruthy();
  const left = again.tables.flatMap((x) => x.indicators).filter((x) => x.missingReason).length;
  expect(await page.locator('[data-testid=start-wizard]').count()).toBe(left > 0 ? 1 : 0);
});

/** Values and formulas of every sheet, as the xlsx host reads them. */
async function cellsOf(bytes: Uint8Array | string): Promise<unknown> {
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read.workbook.sheets.map((s) => ({
    name: s.name,
    values: s.values,
    formulas: s.formulas,
  }));
}

test('the options 采用系统得分 and 撤销此前的写入 give the command line’s --adopt and --remove copies', async () => {
  const name = 'fushun-department.xlsx';
  const io = { out: () => undefined, err: () => undefined };
  const adoptDir = path.join(tmp, 'cli-adopt');
  const removeDir = path.join(tmp, 'cli-remove');
  await runAudit(['--adopt', '--out', adoptDir, path.join(FIXTURES, name)], io);
  await runAudit(['--remove', '--out', removeDir, path.join(cliDir, name)], io);

  await page.click('[data-testid=tab-files]');
  await page.click('input[value=adopt]');
  await page.evaluate(() => window.__offline?.idle());
  await page.click(`[data-testid=file][data-path="${name}"]`);
  const adopted = await save(
    () => page.click('[data-testid=download-file]'),
    path.join(tmp, `adopt-${name}`),
  );
  expect(await cellsOf(adopted)).toEqual(await cellsOf(path.join(adoptDir, name)));
  expect(await cellsOf(adopted)).not.toEqual(await cellsOf(webCopies[name]));

  // an annotated copy dropped again, to take the annotation out
  await page.click('input[value=remove]');
  const again = 'fushun-annotated.xlsx';
  await drop([{ name: again, bytes: Buffer.from(webCopies[name]) }]);
  await page.waitForSelector(`[data-testid=file][data-path="${again}"]`);
  await page.evaluate(() => window.__offline?.idle());
  await page.click(`[data-testid=file][data-path="${again}"]`);
  const removed = await save(
    () => page.click('[data-testid=download-file]'),
    path.join(tmp, `remove-${name}`),
  );
  const cells = (await cellsOf(removed)) as { name: string }[];
  expect(cells).toEqual(await cellsOf(path.join(removeDir, name)));
  expect(cells.map((s) => s.name)).not.toContain('_自评助手');
});

test('no request left the computer, and the page had no errors', () => {
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});
