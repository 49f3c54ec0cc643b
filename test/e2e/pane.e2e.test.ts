/**
 * End to end, on a real seed fixture and the real core: the built task pane in Debian's Chromium
 * (playwright-core), inside the demo page, with the in-memory Excel host as `Office`/`Excel`
 * holding test/fixtures/jinshui-department.xlsx as read by the xlsx host (demo/sample.ts).
 *
 * What the pane must show is computed here, in Node, by the core on the same file (and on the
 * same file with the user's edits), never written down: recognize → the tables and findings of
 * `analyzeWorkbook`; write → every score and status formula, computed by HyperFormula, equals the
 * report's expected score and status; change two values → 一键重算 from the ribbon in ≤ 3 round
 * trips, statuses and highlights follow; guided reasons → the text lands in the form's own
 * 未完成原因分析 cells; undo → every original cell is back. Screenshots go to test-output/e2e/.
 *
 * The bundle is built in beforeAll with webpack's Node API (set E2E_PREBUILT=1 to reuse
 * dist/demo). Needs /usr/bin/chromium (CI installs it: see .ci/run).
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promises as fs } from 'fs';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import webpack from 'webpack';
import { loadSample, SAMPLE_FILE } from '../../demo/sample';
import { sampleFiles, serve } from '../../demo/serve';
import { analyzeWorkbook, suggestReasonText } from '../../src/core';
import { detectCapabilities } from '../../src/hosts/excel/capabilities';
import { readWorkbook as readExcel } from '../../src/hosts/excel/read';
import { readWorkbook as readXlsx } from '../../src/hosts/xlsx/read';
import { messagesFor } from '../../src/messages';
import { statusLabel } from '../../src/messages/reasons';
import { combinedReason } from '../../src/plan/reasons';
import type { FileReport, IndicatorReport, TableReport } from '../../src/report/types';
import { groupFindings, pointsLost } from '../../src/runtime/findings';
import { statusOf } from '../../src/rules';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { createOfficeHost } from '../../tools/office-sim';
import type { WorkbookInit } from '../../tools/office-sim/workbook';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/demo');
const SHOTS = path.join(ROOT, 'test-output/e2e');
const CHROMIUM = '/usr/bin/chromium';
const zh = messagesFor('zh-CN');
const en = messagesFor('en-US');

async function build(): Promise<void> {
  if (process.env.E2E_PREBUILT === '1' && existsSync(path.join(DIST, 'taskpane.js'))) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, boolean>,
    argv: object,
  ) => webpack.Configuration | Promise<webpack.Configuration>;
  const config = await makeConfig({ demo: true, dev: true }, {});
  config.devtool = false;
  config.stats = 'errors-only';
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
let pane: FrameLocator;
let userDataDir: string;
const errors: string[] = [];

/** The fixture as the xlsx host reads it, and the core's report on it. */
let fixture: WorkbookSnapshot;
let expected: FileReport;
let form: TableReport;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [, sample, read] = await Promise.all([build(), loadSample(), readXlsx(SAMPLE_FILE)]);
  if (!read.ok) throw new Error(read.detail);
  fixture = read.workbook;
  expected = analyzeWorkbook(fixture, { file: 'jinshui-department.xlsx', lang: 'zh-CN' });
  form = expected.tables[0];
  server = await serve(DIST, 0, sampleFiles(sample));
  userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  // Nothing may load from the network: only the local demo server is allowed.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) await fs.rm(userDataDir, { recursive: true, force: true });
});

/** Waits until `fn()` gives `want` (or 15 s pass), then asserts it. */
async function poll<T>(fn: () => Promise<T>, want: T): Promise<void> {
  const until = Date.now() + 15_000;
  let got = await fn();
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    got = await fn();
  }
  expect(got).toEqual(want);
}

const shot = async (name: string): Promise<void> => {
  // no tooltip over the pane in the pictures: nothing hovered, nothing focused
  await page.mouse.move(1, 890);
  await pane.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.getByTestId('pane').screenshot({ path: path.join(SHOTS, `${name}-pane.png`) });
};

/** Runs `fn` on the demo page's in-memory workbook (`sim`, with `args`). */
function sim<T>(fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([body, a]) =>
      // The snippet runs in the demo page, on its in-memory workbook.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
      new Function('sim', 'args', body)((window as unknown as { __sim: unknown }).__sim, a) as T,
    [fn, args] as [string, unknown[]],
  );
}

const formulaCount = (): Promise<number> =>
  sim<number>(
    `let n = 0; for (const s of sim.doc.sheets) for (const v of s.cells.values()) if (typeof v === 'string' && v.startsWith('=')) n++; return n;`,
  );
const cfCount = (): Promise<number> =>
  sim<number>(`return sim.doc.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);`);
const dvCount = (): Promise<number> =>
  sim<number>(`return sim.doc.sheets.reduce((n, s) => n + s.validations.length, 0);`);
/** Cells showing an error value (#VALUE!, #DIV/0! …), as "Sheet!r,c=#…". */
const errorCells = (): Promise<string[]> =>
  sim<string[]>(
    `const out = []; for (const s of sim.doc.sheets) for (const k of s.cells.keys()) { const [r, c] = k.split(',').map(Number); const v = sim.doc.value(s, r, c).value; if (typeof v === 'string' && /^#[A-Z0-9/]+[!?A]$/.test(v)) out.push(s.name + '!' + k + '=' + v); } return out;`,
  );
const sheetNames = (): Promise<string[]> =>
  sim<string[]>(`return sim.doc.sheets.map((s) => s.name);`);
/** "Sheet!A1" or A1 on the form's sheet → the value Excel shows (HyperFormula's result). */
const value = (ref: string): Promise<unknown> => {
  const [sheet, a1] = ref.includes('!') ? ref.split('!') : [form.sheet, ref];
  return sim(`return sim.doc.get(args[0], args[1]);`, sheet, a1);
};
const fill = (a1: string): Promise<string | null> =>
  sim(`return sim.doc.effectiveFill(args[0], args[1]);`, form.sheet, a1);
const setCell = (a1: string, v: number | string): Promise<void> =>
  sim(`sim.doc.set(args[0], args[1], args[2]);`, form.sheet, a1, v);
const cells = (): Promise<Record<string, unknown>> =>
  sim(
    `const o = {}; for (const s of sim.doc.sheets) for (const [k, v] of s.cells) o[s.name + '!' + k] = v; return o;`,
  );
/** The cells of the findings listed under a group (opened if it is collapsed; [] if absent). */
async function findingCells(group: string): Promise<string[]> {
  const item = pane.getByTestId(`group-${group}`);
  if ((await item.count()) === 0) return [];
  const header = item.locator('button[aria-expanded]').first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return item
    .getByTestId('finding')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));
}
const paneText = async (): Promise<string> => (await pane.locator('body').textContent()) ?? '';

/**
 * What the core reports on the demo's workbook as it is now: the page's in-memory workbook is
 * copied into a Node-side in-memory host and read with the Excel host, as the pane reads it.
 */
async function analyzeNow(): Promise<FileReport> {
  const init = await sim<WorkbookInit>('return sim.doc.toInit();');
  const host = createOfficeHost(init);
  host.install();
  const Excel = host.Excel as {
    run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  const state = await Excel.run((ctx) => readExcel(ctx, detectCapabilities()));
  return analyzeWorkbook(state.snapshot, { file: 'demo', lang: 'zh-CN' });
}

/** The fixture with the user's edits (A1 → value) on the form's sheet, audited by the core. */
function expectedWith(edits: Record<string, number>): FileReport {
  const sheets = fixture.sheets.map((s) => {
    if (s.name !== form.sheet) return s;
    const values = s.values.map((row) => [...row]);
    for (const [a1, v] of Object.entries(edits)) {
      const col = a1.charCodeAt(0) - 65;
      const row = Number(a1.slice(1)) - 1;
      values[row][col] = v;
    }
    return { ...s, values };
  });
  return analyzeWorkbook({ sheets }, { file: 'edited', lang: 'zh-CN' });
}

const statusText = (i: IndicatorReport): string => statusLabel(statusOf(i), 'zh-CN');
const scoreCellOf = (i: IndicatorReport): string => i.statedScoreCell ?? '';
const rowOf = (name: string, report: FileReport = expected): IndicatorReport => {
  const i = report.tables[0].indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no indicator ${name}`);
  return i;
};

test('the sample is the real Jinshui form, with the seed mistakes the core finds', () => {
  expect(expected.tables.length).toBeGreaterThanOrEqual(1);
  expect(form.kind).toBe('department');
  // the seed's own mistakes (test/fixtures/README.md) are among the findings
  const { mistakes } = JSON.parse(
    readFileSync(path.join(ROOT, 'test/fixtures/expected-mistakes.json'), 'utf8'),
  ) as { mistakes: { file: string; sheet: string; cell: string; kind: string }[] };
  const rowScores = mistakes
    .filter((m) => m.file === 'jinshui-department.xlsx' && m.kind === 'rowScore')
    .map((m) => m.cell);
  expect(rowScores.length).toBeGreaterThan(0);
  const wrong = form.indicators.filter((i) => i.wrong).map(scoreCellOf);
  expect(wrong).toEqual(expect.arrayContaining(rowScores));
  expect(form.indicators.some((i) => i.missingReason)).toBe(true);
});

test('recognize → write → change values → one-click recalc → guided reasons → undo', async () => {
  const started = Date.now();
  await page.goto(server.url);
  pane = page.frameLocator('[data-testid=pane]');
  const recognize = pane.getByRole('button', { name: zh.actions.recognize });
  await recognize.waitFor();
  const original = await cells();
  const originalFormulas = await formulaCount();
  await expect(pane.getByTestId('intro').textContent()).resolves.toContain(zh.actions.recognize);
  await shot('01-start');

  // --- 1. recognize: by keyboard, as a screen-reader user would --------------------------------
  await recognize.focus();
  await recognize.press('Enter');
  await pane.getByTestId('notice').waitFor();
  const groups = groupFindings(expected, zh);
  const findings = Object.values(groups).reduce((n, g) => n + g.length, 0);
  await expect(pane.getByTestId('notice').textContent()).resolves.toContain(
    zh.status.checked(expected.tables.length, findings),
  );
  const cards = pane.getByTestId('table-card');
  expect(await cards.count()).toBe(expected.tables.length);
  for (const [n, t] of expected.tables.entries()) {
    const text = (await cards.nth(n).textContent()) ?? '';
    expect(text).toContain(t.name ?? zh.summary.unnamed);
    expect(text).toContain(zh.summary.rows(t.indicators.length));
    expect(text).toContain(t.sheet);
  }
  await shot('02-recognized');
  for (const g of ['wrong', 'short', 'missingReason'] as const) {
    expect(await findingCells(g)).toEqual(groups[g].map((f) => f.cell));
  }
  expect(await formulaCount()).toBe(originalFormulas); // recognizing writes nothing

  // clicking a finding selects its cell in Excel
  const firstWrong = groups.wrong[0];
  await pane.getByTestId('group-wrong').getByTestId('finding').first().click();
  await poll(
    () =>
      sim<string | null>(
        `const sel = sim.doc.selection; if (!sel) return null; let n = sel.range.left + 1, l = ''; while (n > 0) { l = String.fromCharCode(65 + ((n - 1) % 26)) + l; n = Math.floor((n - 1) / 26); } return sel.sheet + '!' + l + (sel.range.top + 1);`,
      ),
    `${firstWrong.sheet}!${firstWrong.cell}`,
  );

  // --- 2. write formulas and checks ---------------------------------------------------------------
  await pane.getByTestId('annotate').click();
  await pane
    .locator('[data-testid=notice][data-intent=success], [data-testid=notice][data-intent=warning]')
    .waitFor();
  expect(await formulaCount()).toBeGreaterThan(originalFormulas + form.indicators.length);
  expect(await cfCount()).toBeGreaterThan(0);
  expect(await dvCount()).toBeGreaterThan(0);
  const written = await analyzeNow();
  expect(written.tables.map((t) => t.indicators.length)).toEqual(
    expected.tables.map((t) => t.indicators.length),
  );
  for (const [n, i] of written.tables[0].indicators.entries()) {
    const want = form.indicators[n];
    expect(i.scoreCell).toBeTruthy();
    expect(i.statusCell).toBeTruthy();
    // HyperFormula's result of the written formula is the rules' score and status
    const got = await value(i.scoreCell!);
    if (want.expectedScore === null) expect([i.row, got]).toEqual([i.row, '']);
    else expect([i.row, Number(got)]).toEqual([i.row, want.expectedScore]);
    expect([i.row, await value(i.statusCell!)]).toEqual([i.row, statusText(want)]);
  }
  // the budget line, the total and the grade computed beside the form agree with the report
  const table = written.tables[0];
  expect(await errorCells()).toEqual([]);
  expect(form.total?.expected).not.toBeNull();
  expect(Number(await value(table.total!.computedCell!))).toBe(form.total!.expected);
  expect(await value(table.grade!.computedCell!)).toBe(form.grade!.expected);
  expect(Number(await value(table.budget!.computedScoreCell!))).toBe(form.budget!.expectedScore);
  // rows that need attention are highlighted, the others are not
  const flagged = form.indicators.filter((i) => i.wrong || i.short);
  expect(flagged.length).toBeGreaterThan(0);
  for (const i of form.indicators) {
    const colour = await fill(`C${i.row}`);
    expect([i.row, colour !== null]).toEqual([i.row, flagged.includes(i)]);
    // and an empty reason cell of a row that falls short stands out from its row
    if (i.missingReason) expect(await fill(`I${i.row}`)).not.toBe(colour);
  }
  await pane.getByTestId('group-wrong').getByTestId('finding').first().click(); // scrolls to it
  await shot('03-written');

  // --- 3. the user changes two values, then 一键重算 from the ribbon --------------------------------
  // 预算执行率 met its target: the user gives it the score the pane computed; the satisfaction
  // survey (服务单位满意度, target ≥95) comes back at 92, so that row now falls short.
  const budgetRow = rowOf('预算执行率');
  const survey = rowOf('服务单位满意度');
  expect(budgetRow.wrong && !budgetRow.short).toBe(true);
  expect(survey.short || survey.wrong).toBe(false);
  const edits: Record<string, number> = {
    [scoreCellOf(budgetRow)]: budgetRow.expectedScore!,
    [`F${survey.row}`]: 92,
  };
  const after = expectedWith(edits);
  const budgetAfter = rowOf('预算执行率', after);
  const surveyAfter = rowOf('服务单位满意度', after);
  expect(budgetAfter.wrong).toBe(false);
  expect(surveyAfter.short && surveyAfter.missingReason).toBe(true);
  for (const [a1, v] of Object.entries(edits)) await setCell(a1, v);
  const syncsBefore = await sim<number>('return sim.log.syncs;');
  await page.getByTestId('ribbon-recalc').click();
  await pane
    .locator('[data-testid=notice][data-intent=success], [data-testid=notice][data-intent=warning]')
    .waitFor();
  const syncs = (await sim<number>('return sim.log.syncs;')) - syncsBefore;
  expect(syncs).toBeLessThanOrEqual(3);
  const groupsAfter = groupFindings(after, zh);
  for (const g of ['wrong', 'short', 'missingReason'] as const) {
    await poll(
      () => findingCells(g),
      groupsAfter[g].map((f) => f.cell),
    );
  }
  const recalculated = (await analyzeNow()).tables[0].indicators;
  for (const [n, i] of after.tables[0].indicators.entries()) {
    const cellsOf = recalculated[n];
    expect([i.row, await value(cellsOf.statusCell!)]).toEqual([i.row, statusText(i)]);
    if (i.expectedScore !== null) {
      expect([i.row, Number(await value(cellsOf.scoreCell!))]).toEqual([i.row, i.expectedScore]);
    }
  }
  expect(await fill(`C${budgetRow.row}`)).toBeNull(); // the highlight follows the data
  expect(await fill(`C${survey.row}`)).not.toBeNull();
  expect(await errorCells()).toEqual([]);
  await pane.locator(`[data-testid=finding][data-cell=H${survey.row}]`).first().click();
  await shot('04-recalculated');

  // --- 4. guided filling of missing reasons ---------------------------------------------------------
  const missing = after.tables[0].indicators.filter((i) => i.missingReason);
  expect(missing.length).toBeGreaterThanOrEqual(2);
  await pane.getByTestId('start-wizard').click();
  const wizard = pane.getByTestId('wizard');
  await wizard.waitFor();
  await expect(pane.getByTestId('wizard-counter').textContent()).resolves.toContain(
    zh.wizard.progress(1, missing.length),
  );
  await expect(wizard.textContent()).resolves.toContain(missing[0].name);
  await pane.getByTestId('tick-经费保障').click();
  const lost = pointsLost(missing[0])! / missing[0].weight!;
  const suggestion = suggestReasonText(['经费保障'], lost, 'zh-CN');
  await expect(pane.getByTestId('suggested-reason').textContent()).resolves.toBe(suggestion.reason);
  await pane.getByTestId('use-suggestion').click();
  await expect(pane.getByTestId('reason').inputValue()).resolves.toBe(suggestion.reason);
  await expect(pane.getByTestId('improvement').inputValue()).resolves.toBe(suggestion.improvement);
  await shot('05-wizard');
  await pane.getByTestId('wizard-next').click();
  await expect(wizard.textContent()).resolves.toContain(missing[1].name);
  const own = {
    reason: '满意度调查中部分服务单位反映办件时限偏长',
    improvement: '压缩办理时限，按季度回访服务单位',
  };
  await pane.getByTestId('reason').fill(own.reason);
  await pane.getByTestId('improvement').fill(own.improvement);
  await pane.getByTestId('wizard-back').click();
  await expect(pane.getByTestId('reason').inputValue()).resolves.toBe(suggestion.reason); // kept
  await pane.getByTestId('wizard-finish').click();
  await pane.getByText(zh.status.reasonsWritten(2)).waitFor();
  // the texts are in the form's own 未完成原因分析 column (I), as the core composes them
  expect(await value(`I${missing[0].row}`)).toBe(
    combinedReason(suggestion.reason, suggestion.improvement),
  );
  expect(await value(`I${missing[1].row}`)).toBe(combinedReason(own.reason, own.improvement));
  await poll(() => findingCells('missingReason'), []);
  for (const i of missing) expect(await fill(`I${i.row}`)).toBe(await fill(`C${i.row}`));
  await shot('06-reasons-written');

  // --- 5. undo what the add-in wrote ----------------------------------------------------------------
  await pane.getByTestId('remove').click();
  await pane.getByText(zh.status.removed).waitFor();
  await poll(() => formulaCount(), originalFormulas);
  expect(await cfCount()).toBe(0);
  expect(await dvCount()).toBe(0);
  expect(await sheetNames()).toEqual(fixture.sheets.map((s) => s.name));
  // every original cell is back; what the user typed (two values, two reasons) stays
  const now = await cells();
  const typed = new Set(
    [...Object.keys(edits), `I${missing[0].row}`, `I${missing[1].row}`].map((a1) => {
      const r = Number(a1.slice(1)) - 1;
      return `${form.sheet}!${r},${a1.charCodeAt(0) - 65}`;
    }),
  );
  for (const [k, v] of Object.entries(original)) {
    if (!typed.has(k)) expect([k, now[k]]).toEqual([k, v]);
  }
  expect(Object.keys(now).filter((k) => !(k in original) && !typed.has(k))).toEqual([]);
  expect(await value(scoreCellOf(budgetRow))).toBe(budgetRow.expectedScore);
  expect(await value(`I${missing[1].row}`)).toBe(combinedReason(own.reason, own.improvement));
  await shot('07-undone');

  expect(errors).toEqual([]);
  console.log(`e2e flow: ${((Date.now() - started) / 1000).toFixed(1)} s in the browser`);
});

test('on Office 2016 (ExcelApi 1.4), in English: static fills instead of conditional formats, no validation', async () => {
  await page.goto(`${server.url}?excelApi=1.4&lang=en-US`);
  pane = page.frameLocator('[data-testid=pane]');
  await pane.getByRole('button', { name: en.actions.recognize }).click();
  await pane.getByTestId('notice').waitFor();
  await expect(pane.getByTestId('capabilities').textContent()).resolves.toContain(
    en.capability.noConditionalFormats,
  );
  const english = analyzeWorkbook(fixture, { file: 'en', lang: 'en' });
  expect(await findingCells('wrong')).toEqual(groupFindings(english, en).wrong.map((f) => f.cell));
  await expect(paneText()).resolves.toContain(english.tables[0].name);
  await pane.getByTestId('annotate').click();
  await pane.locator('[data-testid=notice][data-intent]').waitFor();
  await poll(async () => (await formulaCount()) > 0, true);
  expect(await cfCount()).toBe(0);
  expect(await dvCount()).toBe(0);
  const budgetRow = rowOf('预算执行率');
  expect(await fill(`C${budgetRow.row}`)).not.toBeNull(); // static fill on the wrong row
  await expect(pane.getByTestId('notice').textContent()).resolves.toMatch(
    /static fills|newer Excel/,
  );
  await shot('08-office2016-en');
  // the fills follow the data after 一键重算
  await setCell(scoreCellOf(budgetRow), budgetRow.expectedScore!);
  await page.getByTestId('ribbon-recalc').click();
  await poll(() => fill(`C${budgetRow.row}`), null);
  expect(errors).toEqual([]);
});

test('the add-in bundle ships no HyperFormula (GPL) and loads nothing from a CDN', () => {
  const bundle = readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
  // (the core's comments may name HyperFormula: the library itself must not be in the bundle)
  expect(bundle).not.toMatch(/node_modules[\\/]hyperformula/i);
  expect(bundle).not.toMatch(/gpl-v3|buildEmpty\(|buildFromArray\(/);
  expect(readFileSync(path.join(DIST, 'demo.js'), 'utf8')).toMatch(
    /node_modules[\\/]hyperformula/i,
  );
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
});
