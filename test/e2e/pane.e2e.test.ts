/**
 * End to end: the built task pane in Debian's Chromium (playwright-core), inside the demo page,
 * with the in-memory Excel host as `Office`/`Excel`. Clicks through recognize → write → change a
 * value → one-click recalc from the ribbon → guided reason filling → undo, checks the cells at
 * each step, and saves screenshots under test-output/e2e/.
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
import { serve } from '../../demo/serve';
import { SAMPLE_SHEET } from '../../demo/sample';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/demo');
const SHOTS = path.join(ROOT, 'test-output/e2e');
const CHROMIUM = '/usr/bin/chromium';

async function build(): Promise<void> {
  if (process.env.E2E_PREBUILT === '1' && existsSync(path.join(DIST, 'taskpane.js'))) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require(path.join(ROOT, 'webpack.config.js'))({ demo: true, dev: true }, {});
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

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await build();
  server = await serve(DIST);
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
  await page.mouse.move(1, 890); // no hover tooltip over the pane in the pictures
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.getByTestId('pane').screenshot({ path: path.join(SHOTS, `${name}-pane.png`) });
};

/** Reads the in-memory workbook from the demo page. */
function sim<T>(fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([body, a]) =>
      new Function('sim', 'args', body)((window as unknown as { __sim: unknown }).__sim, a) as T,
    [fn, args] as [string, unknown[]],
  );
}

const formulaCells = (): Promise<number> =>
  sim<number>(
    `let n = 0; for (const s of sim.doc.sheets) for (const v of s.cells.values()) if (typeof v === 'string' && v.startsWith('=')) n++; return n;`,
  );
const cfCount = (): Promise<number> =>
  sim<number>(`return sim.doc.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);`);
const dvCount = (): Promise<number> =>
  sim<number>(`return sim.doc.sheets.reduce((n, s) => n + s.validations.length, 0);`);
const sheetNames = (): Promise<string[]> =>
  sim<string[]>(`return sim.doc.sheets.map((s) => s.name);`);
const cell = (a1: string): Promise<unknown> =>
  sim(`return sim.doc.get(args[0], args[1]);`, SAMPLE_SHEET, a1);
const fill = (a1: string): Promise<string | null> =>
  sim(`return sim.doc.effectiveFill(args[0], args[1]);`, SAMPLE_SHEET, a1);
const rowText = (row: number): Promise<string> =>
  sim<string>(
    `const s = sim.doc.sheet(args[0]); let t = ''; for (let c = 0; c < 40; c++) { const v = sim.doc.value(s, args[1] - 1, c).value; if (typeof v === 'string') t += v + '|'; } return t;`,
    SAMPLE_SHEET,
    row,
  );
const wrongCells = async (): Promise<string[]> =>
  pane
    .getByTestId('group-wrong')
    .getByTestId('finding')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? ''));

test('recognize → write → change a value → one-click recalc → guided reasons → undo', async () => {
  const started = Date.now();
  await page.goto(server.url);
  pane = page.frameLocator('[data-testid=pane]');
  const original = await sim<Record<string, unknown>>(
    `const s = sim.doc.sheet(args[0]); const o = {}; for (const [k, v] of s.cells) o[k] = v; return o;`,
    SAMPLE_SHEET,
  );
  const recognize = pane.getByRole('button', { name: '识别并检查' });
  await recognize.waitFor();
  await expect(pane.getByTestId('intro').textContent()).resolves.toContain('识别并检查');
  await shot('01-start');

  // --- 1. recognize: by keyboard, as a screen-reader user would --------------------------------
  await recognize.focus();
  await recognize.press('Enter');
  await pane.getByTestId('notice').waitFor();
  expect(await pane.getByTestId('table-card').count()).toBeGreaterThanOrEqual(1);
  const wrongBefore = await wrongCells();
  expect(wrongBefore.length).toBeGreaterThan(0);
  expect(await formulaCells()).toBe(0); // recognizing writes nothing
  await shot('02-recognized');

  // clicking a finding selects its cell in Excel
  await pane.getByTestId('group-wrong').getByTestId('finding').first().click();
  await poll(
    () =>
      sim<string | null>(
        `const sel = sim.doc.selection; if (!sel) return null; let n = sel.range.left + 1, l = ''; while (n > 0) { l = String.fromCharCode(65 + ((n - 1) % 26)) + l; n = Math.floor((n - 1) / 26); } return sel.sheet + '!' + l + (sel.range.top + 1);`,
      ),
    `${SAMPLE_SHEET}!${wrongBefore[0]}`,
  );

  // --- 2. write formulas and checks ---------------------------------------------------------------
  await pane.getByTestId('annotate').click();
  await pane
    .locator('[data-testid=notice][data-intent=success], [data-testid=notice][data-intent=warning]')
    .waitFor();
  expect(await formulaCells()).toBeGreaterThan(0);
  expect(await cfCount()).toBeGreaterThan(0);
  expect(await dvCount()).toBeGreaterThan(0);
  for (const a1 of wrongBefore) expect(await fill(a1)).not.toBeNull(); // wrong scores highlighted
  await shot('03-written');

  // --- 3. change a value in the sheet, then 一键重算 from the ribbon ---------------------------------
  const fixed = wrongBefore[0]; // e.g. G7: 配置诊疗设备 stated 10, 32 of 40 devices
  const row = Number(fixed.replace(/^[A-Z]+/, ''));
  await sim(`sim.doc.set(args[0], 'E' + args[1], 40);`, SAMPLE_SHEET, row); // the devices arrived
  const syncsBefore = await sim<number>('return sim.log.syncs;');
  await page.getByTestId('ribbon-recalc').click();
  await poll(async () => (await wrongCells()).includes(fixed), false);
  const syncs = (await sim<number>('return sim.log.syncs;')) - syncsBefore;
  expect(syncs).toBeLessThanOrEqual(3);
  expect(await fill(fixed)).toBeNull(); // the highlight follows the data
  const formulasAfterRecalc = await formulaCells();
  expect(await cfCount()).toBeGreaterThan(0);
  await shot('04-recalculated');

  // --- 4. guided filling of missing reasons ---------------------------------------------------------
  await pane.getByTestId('start-wizard').click();
  const wizard = pane.getByTestId('wizard');
  await wizard.waitFor();
  const counter = await pane.getByTestId('wizard-counter').textContent();
  const total = Number(/\/\s*(\d+)/.exec(counter ?? '')?.[1] ?? '0');
  expect(total).toBeGreaterThanOrEqual(1);
  await pane.getByTestId('tick-经费保障').click();
  const suggestion = (await pane.getByTestId('suggested-reason').textContent()) ?? '';
  expect(suggestion.length).toBeGreaterThan(4);
  await pane.getByTestId('use-suggestion').click();
  await expect(pane.getByTestId('reason').inputValue()).resolves.toBe(suggestion);
  await shot('05-wizard');
  const firstRow = Number(/第\s*(\d+)\s*行/.exec((await wizard.textContent()) ?? '')?.[1]);
  if (total > 1) {
    await pane.getByTestId('wizard-next').click();
    await pane.getByTestId('reason').fill('上级资金于11月才下达，部分任务顺延至次年。');
    await pane.getByTestId('improvement').fill('提前谋划，资金到位后倒排工期。');
    await pane.getByTestId('wizard-back').click();
    await expect(pane.getByTestId('reason').inputValue()).resolves.toBe(suggestion); // kept
  }
  await pane.getByTestId('wizard-finish').click();
  await pane.getByTestId('notice').waitFor();
  expect(await rowText(firstRow)).toContain(suggestion.slice(0, 8));
  await shot('06-reasons-written');

  // --- 5. undo what the add-in wrote ----------------------------------------------------------------
  await pane.getByTestId('remove').click();
  await pane.locator('[data-testid=notice]').waitFor();
  await poll(() => formulaCells(), 0);
  expect(formulasAfterRecalc).toBeGreaterThan(0);
  expect(await cfCount()).toBe(0);
  expect(await dvCount()).toBe(0);
  expect(await sheetNames()).toEqual([SAMPLE_SHEET]);
  // every original cell is back, except the value the user changed and the reasons they wrote
  const now = await sim<Record<string, unknown>>(
    `const s = sim.doc.sheet(args[0]); const o = {}; for (const [k, v] of s.cells) o[k] = v; return o;`,
    SAMPLE_SHEET,
  );
  for (const [k, v] of Object.entries(original)) {
    if (k === `${row - 1},4`) continue;
    expect([k, now[k]]).toEqual([k, v]);
  }
  expect(await cell(`E${row}`)).toBe(40);
  await shot('07-undone');

  expect(errors).toEqual([]);
  console.log(`e2e flow: ${((Date.now() - started) / 1000).toFixed(1)} s in the browser`);
});

test('on Office 2016 (ExcelApi 1.4), in English: static fills instead of conditional formats, no validation', async () => {
  await page.goto(`${server.url}?excelApi=1.4&lang=en-US`);
  pane = page.frameLocator('[data-testid=pane]');
  await pane.getByRole('button', { name: 'Recognize and check' }).click();
  await pane.getByTestId('notice').waitFor();
  await expect(pane.getByTestId('capabilities').textContent()).resolves.toContain(
    'No conditional formats',
  );
  const wrong = await wrongCells();
  await pane.getByTestId('annotate').click();
  await pane.locator('[data-testid=notice][data-intent]').waitFor();
  await poll(async () => (await formulaCells()) > 0, true);
  expect(await cfCount()).toBe(0);
  expect(await dvCount()).toBe(0);
  for (const a1 of wrong) expect(await fill(a1)).toBe('#FFC7CE'); // static fill
  await expect(pane.getByTestId('notice').textContent()).resolves.toMatch(
    /static fills|newer Excel/,
  );
  await shot('08-office2016-en');
  // the fills follow the data after 一键重算
  const row = Number(wrong[0].replace(/^[A-Z]+/, ''));
  await sim(`sim.doc.set(args[0], 'E' + args[1], 40);`, SAMPLE_SHEET, row);
  await page.getByTestId('ribbon-recalc').click();
  await poll(() => fill(wrong[0]), null);
  expect(errors).toEqual([]);
});

test('the add-in bundle ships no HyperFormula (GPL) and loads nothing from a CDN', () => {
  const bundle = readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
  expect(bundle).not.toMatch(/hyperformula/i);
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
});
