/**
 * End to end, on real seed fixtures (Jinshui, and Hengyang with 14 tables) and the real core: the built task pane in Debian's Chromium
 * (playwright-core), inside the demo page, with the in-memory Excel host as `Office`/`Excel`
 * holding test/fixtures/jinshui-department.xlsx as read by the xlsx host (demo/sample.ts).
 *
 * What the pane must show is computed here, in Node, by the core on the same file (and on the
 * same file with the user's edits), never written down: recognize → the tables and findings of
 * `analyzeWorkbook`; write → every score and status formula, computed by HyperFormula, equals the
 * report's expected score and status; change two values → 一键重算 from the ribbon in ≤ 3 round
 * trips, statuses and highlights follow; guided reasons → the text lands in the form's own
 * 未完成原因分析 cells; undo → every original cell is back. Counts, titles, tags, actions, the
 * numbered steps, confirmations, stale results, the wizard's drafts and footer, and an axe scan
 * (axe-core from node_modules, injected into the pane's frame) with no violation of the pane's
 * markup are asserted at the demo's 320 px pane. Screenshots go to test-output/e2e/.
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
import { analyzeWorkbook, listProfiles } from '../../src/core';
import { detectCapabilities } from '../../src/hosts/excel/capabilities';
import { readWorkbook as readExcel } from '../../src/hosts/excel/read';
import { readWorkbook as readXlsx } from '../../src/hosts/xlsx/read';
import { messagesFor } from '../../src/messages';
import { statusLabel } from '../../src/messages/reasons';
import { combinedReason } from '../../src/plan/reasons';
import type { FileReport, IndicatorReport, TableReport } from '../../src/report/types';
import { draftReason } from '../../src/messages/drafts';
import { scoreNoteText } from '../../src/messages/score-notes';
import { scoreChanges } from '../../src/plan/values';
import { countReports } from '../../src/report/count';
import { collectFindings, pointsLost, type FindingItem } from '../../src/runtime/findings';
import { withUnit } from '../../src/runtime/numbers';
import { statusOf } from '../../src/rules';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { createOfficeHost } from '../../tools/office-sim';
import type { WorkbookInit } from '../../tools/office-sim/workbook';
import type { Frame } from 'playwright-core';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/demo');
const SHOTS = path.join(ROOT, 'test-output/e2e');
const CHROMIUM = '/usr/bin/chromium';
const HENGYANG = path.join(ROOT, 'test/fixtures/hengyang.xlsx');
const AXE = require.resolve('axe-core/axe.min.js');
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
let hengyang: FileReport;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [, sample, read, hSample, hRead] = await Promise.all([
    build(),
    loadSample(),
    readXlsx(SAMPLE_FILE),
    loadSample(HENGYANG),
    readXlsx(HENGYANG),
  ]);
  if (!read.ok) throw new Error(read.detail);
  if (!hRead.ok) throw new Error(hRead.detail);
  fixture = read.workbook;
  expected = analyzeWorkbook(fixture, { file: 'jinshui-department.xlsx', lang: 'zh-CN' });
  form = expected.tables[0];
  hengyang = analyzeWorkbook(hRead.workbook, { file: 'hengyang.xlsx', lang: 'zh-CN' });
  server = await serve(DIST, 0, {
    ...sampleFiles(sample),
    '/hengyang.json': JSON.stringify({ file: 'hengyang.xlsx', ...hSample }),
  });
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
/** The findings listed in the pane, as `key` (sheet!row or table key), in order. */
const findingKeys = (): Promise<string[]> =>
  pane
    .getByTestId('finding')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
const finding = (key: string) => pane.locator(`[data-testid=finding][data-key="${key}"]`);
/** The selected cell in the in-memory Excel, as "Sheet!A1". */
const selection = (): Promise<string | null> =>
  sim<string | null>(
    `const sel = sim.doc.selection; if (!sel) return null; let n = sel.range.left + 1, l = ''; while (n > 0) { l = String.fromCharCode(65 + ((n - 1) % 26)) + l; n = Math.floor((n - 1) / 26); } return sel.sheet + '!' + l + (sel.range.top + 1);`,
  );
/** The text of a grid cell as the demo page shows it (number formats applied). */
const gridText = async (a1: string): Promise<string> =>
  ((await page.locator(`[data-addr="${a1}"]`).first().textContent()) ?? '').replace(/\s*◤$/, '');
/** The pane's frame (for injecting axe-core). */
function paneFrame(): Frame {
  const f = page.frames().find((x) => x.url().includes('taskpane.html'));
  if (!f) throw new Error('no pane frame');
  return f;
}
/**
 * axe-core (from node_modules, no CDN) over the pane's document: the violations, as
 * "rule: target" lines, so that a failure says what and where.
 */
async function axeViolations(): Promise<string[]> {
  const frame = paneFrame();
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  return frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; nodes: { target: unknown[]; html: string }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds hidden <i tabindex=0> sentinels around dialogs and
    // groups: its own markup, not the pane's
    const r = await axe.run(
      { include: [['body']], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return r.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.html.slice(0, 120)}`),
    );
  });
}
const noticeText = async (): Promise<string> =>
  (await pane.getByTestId('notice').textContent()) ?? '';
/** Waits for a new notice after `act` (the previous one is dismissed first). */
async function afterNotice(act: () => Promise<void>): Promise<string> {
  const close = pane.getByTestId('notice-dismiss');
  if (await close.count()) await close.first().click();
  await act();
  await pane.getByTestId('notice').waitFor();
  await pane
    .getByTestId('busy')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  return noticeText();
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

test('Jinshui at 320 px: true counts, findings by row with one action each, steps, confirmations, stale results, guided reasons, undo', async () => {
  const started = Date.now();
  await page.goto(server.url);
  pane = page.frameLocator('[data-testid=pane]');
  const recognize = pane.getByTestId('recognize');
  await recognize.waitFor();
  const original = await cells();
  const originalFormulas = await formulaCount();
  await expect(pane.getByTestId('intro').textContent()).resolves.toContain(zh.actions.recognize);
  // numbered steps, enabled only when they apply; nothing to undo yet
  await expect(recognize.textContent()).resolves.toContain(zh.actions.step1);
  await expect(pane.getByTestId('annotate').textContent()).resolves.toContain(zh.actions.step2);
  await expect(pane.getByTestId('recalc').textContent()).resolves.toContain(zh.actions.step3);
  for (const id of ['annotate', 'recalc', 'remove', 'adopt']) {
    expect([id, await pane.getByTestId(id).getAttribute('aria-disabled')]).toEqual([id, 'true']);
  }
  expect(await axeViolations()).toEqual([]);
  await shot('01-start');

  // --- 1. recognize, by keyboard ------------------------------------------------------------------
  await recognize.focus();
  await recognize.press('Enter');
  await pane.getByTestId('notice').waitFor();
  const count = countReports([expected]);
  // one count: distinct rows plus table-level problems (Jinshui: rows 25 and 27, two weight sums)
  expect([count.rows, count.tableProblems, count.total]).toEqual([2, 2, 4]);
  await expect(noticeText()).resolves.toContain(
    zh.status.checked(1, count.total, zh.status.countDetail(count.rows, count.tableProblems)),
  );
  await expect(pane.getByTestId('findings-count').textContent()).resolves.toBe(
    zh.findings.countLine(count.total, zh.status.countDetail(count.rows, count.tableProblems)),
  );
  expect(await pane.getByTestId('annotate').getAttribute('aria-disabled')).toBeNull();
  expect(await pane.getByTestId('recalc').getAttribute('aria-disabled')).toBe('true');
  expect(await pane.getByTestId('remove').getAttribute('aria-disabled')).toBe('true');
  // the card's badge is the table's overall state; its accessible name carries its content
  const card = pane.getByTestId('table-card');
  expect(await card.count()).toBe(1);
  await expect(pane.getByTestId('table-badge').textContent()).resolves.toBe(
    zh.summary.stateError(count.total),
  );
  // its accessible name is its content (no aria-label hiding the total and the state)
  expect(await card.getAttribute('aria-label')).toBeNull();
  const label = (await card.textContent()) ?? '';
  expect(label).toContain(form.name!);
  expect(label).toMatch(/95\.92.*97\.20/);
  expect(label).toContain(zh.summary.stateError(count.total));
  // one number format: 97.20 beside 95.92; the missing adjusted budget as the CLI says it
  await expect(pane.getByTestId('card-total').textContent()).resolves.toMatch(/95\.92.*97\.20/);
  await expect(card.textContent()).resolves.toContain('全年（调整）预算数未填写');
  // findings: table-level problems first, then one item per row, serious first
  const found = collectFindings(expected, zh);
  expect(await findingKeys()).toEqual(found.items.map((i) => i.key));
  expect(found.items.slice(0, 2).map((i) => i.scope)).toEqual(['table', 'table']);
  const r27 = `${form.sheet}!27`;
  const r25 = `${form.sheet}!25`;
  expect(await finding(r27).getAttribute('data-tags')).toBe('wrong short missingReason');
  expect(await pane.locator(`[data-testid=finding][data-key="${r27}"]`).count()).toBe(1);
  await expect(finding(r27).getByTestId('finding-title').textContent()).resolves.toBe(
    '预算和财务管理 › 结转结余率',
  );
  const t27 = (await finding(r27).textContent()) ?? '';
  expect(t27).toContain(zh.findings.wrongLine('0.00', '0.78'));
  // completion with the same decimals as the wizard, the unit with the actual
  expect(t27).toContain(zh.findings.shortLine('≤20%', '25.79%', '77.55%'));
  expect(t27).toContain(zh.findings.tags.missingReason);
  await expect(finding(r25).getByTestId('finding-action').textContent()).resolves.toBe(
    zh.findings.setScore('2.00'),
  );
  await expect(finding(r27).getByTestId('finding-action').textContent()).resolves.toBe(
    zh.findings.setScore('0.78'),
  );
  // clicking goes to the cell the message is about: the weights' label, the wrong score
  const weights = found.items[0];
  expect(weights.cell).toBe('A39');
  await expect(finding(weights.key).getByTestId('finding-title').textContent()).resolves.toBe(
    `产出指标 › ${zh.findings.tableItems.weights}`,
  );
  await finding(weights.key).getByTestId('finding-go').click();
  await poll(selection, `${form.sheet}!A39`);
  await finding(r27).getByTestId('finding-go').click();
  await poll(selection, `${form.sheet}!H27`);
  expect(await formulaCount()).toBe(originalFormulas); // recognizing writes nothing
  // every action is reachable by keyboard (disabled ones stay focusable, with their reason)
  await recognize.focus();
  const reached = new Set<string>();
  for (let n = 0; n < 40; n++) {
    await page.keyboard.press('Tab');
    const id = await paneFrame().evaluate(
      () =>
        document.activeElement?.getAttribute('data-testid') ??
        document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ??
        '',
    );
    reached.add(id);
  }
  for (const id of [
    'profile',
    'annotate',
    'recalc',
    'adopt',
    'adopt-values',
    'remove',
    'table-card',
    'start-wizard',
    'finding-go',
    'finding-action',
  ]) {
    expect([id, reached.has(id)]).toEqual([id, true]);
  }
  // and the focus is visible: a finding's action focused by keyboard draws an outline that it
  // does not have without focus
  const action = finding(r25).getByTestId('finding-action');
  const ring = (): Promise<boolean> =>
    action.evaluate((el) => {
      const after = getComputedStyle(el, '::after');
      const own = getComputedStyle(el);
      return [own.outlineStyle, after.borderTopStyle, after.outlineStyle].some(
        (v) => v && v !== 'none',
      );
    });
  await pane.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await ring()).toBe(false);
  await action.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await ring()).toBe(true);
  await finding(r25).screenshot({ path: path.join(SHOTS, '02b-focus-visible.png') });
  expect(await axeViolations()).toEqual([]);
  await shot('02-recognized');

  // --- 2. the rules: changing them re-checks at once ----------------------------------------------
  // a rule set under which the form reads differently (its grade words, 85/75/60)
  const profile = listProfiles('zh-CN').find(
    (p) =>
      countReports([analyzeWorkbook(fixture, { file: 'x', profile: p.id, lang: 'zh-CN' })])
        .total !== count.total,
  )!;
  expect(profile).toBeDefined();
  const other = analyzeWorkbook(fixture, { file: 'x', profile: profile.id, lang: 'zh-CN' });
  const oc = countReports([other]);
  await pane.getByTestId('profile').click();
  await pane.getByRole('option', { name: profile.label }).click();
  await poll(
    async () => (await pane.getByTestId('findings-count').textContent()) ?? '',
    zh.findings.countLine(oc.total, zh.status.countDetail(oc.rows, oc.tableProblems)),
  );
  await pane.getByTestId('profile').click();
  await pane.getByRole('option', { name: zh.actions.profileAuto }).click();
  await poll(
    async () => (await pane.getByTestId('findings-count').textContent()) ?? '',
    zh.findings.countLine(count.total, zh.status.countDetail(count.rows, count.tableProblems)),
  );

  // --- 3. ② write formulas and checks: says what and where, points to the helper columns ----------
  const writtenText = await afterNotice(() => pane.getByTestId('annotate').click());
  expect(writtenText).toContain(zh.status.helperColumns(form.sheet, 'K', 'P', 6, false));
  expect(writtenText).not.toMatch(/已写入 \d+ 项/);
  await pane.getByTestId('notice-go').click();
  await poll(selection, `${form.sheet}!K${form.headerRow}`);
  expect(await formulaCount()).toBeGreaterThan(originalFormulas + form.indicators.length);
  expect(await cfCount()).toBeGreaterThan(0);
  expect(await dvCount()).toBeGreaterThan(0);
  expect(await pane.getByTestId('recalc').getAttribute('aria-disabled')).toBeNull();
  expect(await pane.getByTestId('remove').getAttribute('aria-disabled')).toBeNull();
  const written = await analyzeNow();
  for (const [n, i] of written.tables[0].indicators.entries()) {
    const want = form.indicators[n];
    const got = await value(i.scoreCell!);
    if (want.expectedScore === null) expect([i.row, got]).toEqual([i.row, '']);
    else expect([i.row, Number(got)]).toEqual([i.row, want.expectedScore]);
    expect([i.row, await value(i.statusCell!)]).toEqual([i.row, statusText(want)]);
  }
  const table = written.tables[0];
  expect(await errorCells()).toEqual([]);
  expect(Number(await value(table.total!.computedCell!))).toBe(form.total!.expected);
  expect(await value(table.grade!.computedCell!)).toBe(form.grade!.expected);
  expect(Number(await value(table.budget!.computedScoreCell!))).toBe(form.budget!.expectedScore);
  const flagged = form.indicators.filter((i) => i.wrong || i.short);
  for (const i of form.indicators) {
    const colour = await fill(`C${i.row}`);
    expect([i.row, colour !== null]).toEqual([i.row, flagged.includes(i)]);
    if (i.missingReason) expect(await fill(`I${i.row}`)).not.toBe(colour);
  }
  // the demo grid shows number formats as Excel does: `"≥"General"%"` does not multiply by 100
  expect(await sim(`return sim.doc.sheet(args[0]).numberFormats.get('23,14');`, form.sheet)).toBe(
    '"≥"General"%"',
  );
  expect(await gridText('O24')).toBe('≥99%');
  // each computed score carries a note in plain words (the cell's input prompt)
  expect(
    await sim(`return sim.doc.validationAt(args[0], 'K27')?.prompt?.message ?? null;`, form.sheet),
  ).toBe(scoreNoteText('atMostRatio', 'zh-CN'));
  await shot('03-written');

  // --- 4. 采用系统得分: the confirmation lists the cells that will change; cancel -----------------
  await pane.getByTestId('adopt').click();
  const dialog = pane.getByTestId('confirm-dialog');
  await dialog.waitFor();
  // the rows scored wrongly, and the total they change (its plan says what it will change)
  const planned = scoreChanges(expected).map((c) => c.cell);
  expect(planned).toEqual(['H25', 'H27', 'H4']);
  await expect(pane.getByTestId('confirm-changes').textContent()).resolves.toBe(
    zh.actions.adoptChange('H25', '1.50', '2.00') +
      zh.actions.adoptChange('H27', '0.00', '0.78') +
      zh.actions.adoptChange('H4', '95.92', '97.20'),
  );
  // (the dialog fades in: scan it once it is fully drawn)
  await poll(
    () =>
      paneFrame().evaluate(() =>
        [...document.querySelectorAll('[data-testid=confirm-dialog], .fui-DialogSurface__backdrop')]
          .map((e) => getComputedStyle(e).opacity)
          .every((o) => o === '1'),
      ),
    true,
  );
  expect(await axeViolations()).toEqual([]);
  await shot('04-confirm-adopt');
  // focus is trapped in the dialog (the picture above blurred it); Esc closes it
  await dialog.getByRole('button', { name: zh.actions.cancel }).focus();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await value('H25')).toBe(1.5);

  // --- 5. the user changes two values: the pane says its results are stale -----------------------
  const budgetRow = rowOf('预算执行率');
  const survey = rowOf('服务单位满意度');
  expect(budgetRow.wrong && !budgetRow.short).toBe(true);
  expect(survey.short || survey.wrong).toBe(false);
  // the survey comes back at 92 and the user gives it the score the rules give for that
  const surveyScore = rowOf(
    '服务单位满意度',
    expectedWith({ [`F${survey.row}`]: 92 }),
  ).expectedScore!;
  const edits: Record<string, number> = {
    [scoreCellOf(budgetRow)]: budgetRow.expectedScore!,
    [`F${survey.row}`]: 92,
    [scoreCellOf(survey)]: surveyScore,
  };
  const after = expectedWith(edits);
  const surveyAfter = rowOf('服务单位满意度', after);
  expect([surveyAfter.short, surveyAfter.wrong, surveyAfter.missingReason]).toEqual([
    true,
    false,
    true,
  ]);
  for (const [a1, v] of Object.entries(edits)) await setCell(a1, v);
  const stale = pane.getByTestId('stale');
  await stale.waitFor();
  await expect(stale.textContent()).resolves.toMatch(/检查于 \d\d:\d\d，表格已修改/);
  await shot('05-stale');

  // --- 6. 一键重算 from the ribbon ------------------------------------------------------------------
  const syncsBefore = await sim<number>('return sim.log.syncs;');
  await page.getByTestId('ribbon-recalc').click();
  await stale.waitFor({ state: 'detached' });
  await pane.locator('[data-testid=notice][data-intent=warning]').waitFor();
  const syncs = (await sim<number>('return sim.log.syncs;')) - syncsBefore;
  expect(syncs).toBeLessThanOrEqual(3);
  const cAfter = countReports([after]);
  await expect(noticeText()).resolves.toContain(
    zh.status.recalculated(cAfter.total, zh.status.countDetail(cAfter.rows, cAfter.tableProblems)),
  );
  await poll(
    findingKeys,
    collectFindings(after, zh).items.map((i) => i.key),
  );
  const recalculated = (await analyzeNow()).tables[0].indicators;
  for (const [n, i] of after.tables[0].indicators.entries()) {
    expect([i.row, await value(recalculated[n].statusCell!)]).toEqual([i.row, statusText(i)]);
  }
  expect(await fill(`C${budgetRow.row}`)).toBeNull();
  expect(await fill(`C${survey.row}`)).not.toBeNull();

  // --- 7. guided reasons, opened from a row's 填写原因 ----------------------------------------------
  const missing = after.tables[0].indicators.filter((i) => i.missingReason);
  expect(missing.map((i) => i.row)).toEqual([27, survey.row]);
  const surveyKey = `${form.sheet}!${survey.row}`;
  await expect(finding(surveyKey).getByTestId('finding-action').textContent()).resolves.toBe(
    zh.findings.fillReason,
  );
  await finding(surveyKey).getByTestId('finding-action').click();
  const wizard = pane.getByTestId('wizard');
  await wizard.waitFor();
  await expect(pane.getByTestId('wizard-counter').textContent()).resolves.toContain(
    zh.wizard.progress(2, 2),
  );
  await poll(selection, `${form.sheet}!I${survey.row}`); // the reason cell, not the score
  await page.keyboard.press('Escape'); // Esc closes the wizard
  await wizard.waitFor({ state: 'detached' });
  await pane.getByTestId('start-wizard').click();
  await wizard.waitFor();
  await expect(wizard.textContent()).resolves.toContain(missing[0].name);
  await poll(selection, `${form.sheet}!I27`);
  await expect(pane.getByTestId('wizard-actual').textContent()).resolves.toBe('25.79%');
  await expect(pane.getByTestId('wizard-completion').textContent()).resolves.toBe('77.55%');
  // no category, no words: the row cannot be passed on
  await pane.getByTestId('wizard-next').click();
  await expect(pane.getByTestId('wizard-need-one').textContent()).resolves.toBe(zh.wizard.needOne);
  // at 320 px the footer stays in view
  const frameHeight = await paneFrame().evaluate(() => window.innerHeight);
  const footer = await paneFrame().evaluate(() => {
    const r = document.querySelector('[data-testid=wizard-footer]')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  expect(footer.bottom).toBeLessThanOrEqual(frameHeight + 1);
  expect(footer.top).toBeGreaterThan(0);
  await pane.getByTestId('tick-经费保障').click();
  expect(await pane.getByTestId('wizard-need-one').count()).toBe(0); // answered: no more alert
  const lost = pointsLost(missing[0])! / missing[0].weight!;
  const draft = draftReason(
    {
      name: missing[0].name,
      target: missing[0].target,
      actual: withUnit(missing[0].actual, missing[0].target),
    },
    ['经费保障'],
    lost,
    'zh-CN',
  );
  expect(draft.reason).toMatch(
    /^结转结余率 25\.79%，高于年度指标值（≤20%）5\.79 个百分点，主要原因是：经费保障方面，/,
  );
  await expect(pane.getByTestId('suggested-reason').textContent()).resolves.toBe(draft.reason);
  expect(await pane.getByTestId('suggestion').getAttribute('aria-live')).toBeNull();
  await pane.getByTestId('use-suggestion').click();
  await expect(pane.getByTestId('reason').inputValue()).resolves.toBe(draft.reason);
  expect(await axeViolations()).toEqual([]);
  await shot('06-wizard');
  await pane.getByTestId('wizard-next').click();
  await expect(wizard.textContent()).resolves.toContain(missing[1].name);
  // 跳过 on the last row says what will be written
  await expect(pane.getByTestId('wizard-skip').textContent()).resolves.toBe(zh.wizard.skipLast(1));
  const own = {
    reason: '满意度调查中部分服务单位反映办件时限偏长',
    improvement: '压缩办理时限，按季度回访服务单位',
  };
  await pane.getByTestId('reason').fill(own.reason);
  await pane.getByTestId('improvement').fill(own.improvement);
  await expect(pane.getByTestId('wizard-finish').textContent()).resolves.toBe(
    zh.wizard.finishCount(2),
  );
  await pane.getByTestId('wizard-back').click();
  await expect(pane.getByTestId('reason').inputValue()).resolves.toBe(draft.reason); // kept
  await pane.getByTestId('wizard-finish').click();
  await pane.getByText(zh.status.reasonsWritten(2)).waitFor();
  expect(await value(`I${missing[0].row}`)).toBe(combinedReason(draft.reason, draft.improvement));
  expect(await value(`I${missing[1].row}`)).toBe(combinedReason(own.reason, own.improvement));
  await poll(
    async () => (await findingKeys()).filter((k) => k === r27 || k === surveyKey),
    [r27, surveyKey],
  );
  expect(await finding(surveyKey).getAttribute('data-tags')).toBe('short');
  await shot('07-reasons-written');

  // --- 8. 采用系统得分 (references): the result names the scores changed ---------------------------
  const adoptText = await afterNotice(async () => {
    await pane.getByTestId('adopt').click();
    await expect(pane.getByTestId('confirm-changes').textContent()).resolves.toBe(
      zh.actions.adoptChange('H27', '0.00', '0.78') +
        zh.actions.adoptChange('H4', '95.92', '97.01'),
    );
    await pane.getByTestId('confirm-ok').click();
  });
  // the scores that changed, named: the row and the total (the survey's new score counts in it)
  expect(adoptText).toContain(
    zh.status.adoptedList(
      2,
      `${zh.actions.adoptChange('H27', '0.00', '0.78')}，${zh.actions.adoptChange('H4', '95.92', '97.01')}`,
    ),
  );
  expect(await value('H4')).toBe(97.01);
  expect(await value('H27')).toBe(0.78);
  expect(await sim(`return sim.doc.formula(args[0], 'H27');`, form.sheet)).toMatch(/^=/);
  await shot('08-adopted');

  // --- 9. 撤销写入, confirmed first --------------------------------------------------------------
  const removeText = await afterNotice(async () => {
    await pane.getByTestId('remove').click();
    await pane.getByTestId('confirm-dialog').waitFor();
    await expect(pane.getByTestId('confirm-dialog').textContent()).resolves.toContain(
      zh.actions.confirmRemove,
    );
    await pane.getByTestId('confirm-ok').click();
  });
  expect(removeText).toContain(zh.status.removed);
  await poll(() => formulaCount(), originalFormulas);
  expect(await cfCount()).toBe(0);
  expect(await dvCount()).toBe(0);
  expect(await sheetNames()).toEqual(fixture.sheets.map((s) => s.name));
  expect(await pane.getByTestId('remove').getAttribute('aria-disabled')).toBe('true');
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
  expect(await value('H27')).toBe(0);
  expect(await value('H4')).toBe(95.92);

  // --- 10. one row's own fixes: "改为 0.78 分" writes a value, "改为 ≤20" corrects the target -----
  const fixText = await afterNotice(() => finding(r27).getByTestId('finding-action').click());
  expect(fixText).toContain(zh.status.setCell('H27', '0.00', '0.78'));
  expect(await value('H27')).toBe(0.78);
  expect(await sim(`return sim.doc.formula(args[0], 'H27');`, form.sheet)).toBeNull();
  await poll(async () => finding(r27).getAttribute('data-tags'), 'short');
  // the alternative to 采用系统得分 that writes values: the user puts 0 back, checks again
  // (changes within half a second of the add-in's own writing are taken as its own: Excel before
  // ExcelApi 1.14 does not say who made a change)
  await page.waitForTimeout(600);
  await setCell('H27', 0);
  await pane.getByTestId('stale').waitFor();
  await pane.getByTestId('recheck').click();
  await pane.getByTestId('stale').waitFor({ state: 'detached' });
  await poll(async () => finding(r27).getAttribute('data-tags'), 'wrong short');
  const valuesText = await afterNotice(async () => {
    await pane.getByTestId('adopt-values').click();
    await expect(pane.getByTestId('confirm-changes').textContent()).resolves.toBe(
      zh.actions.adoptChange('H27', '0.00', '0.78') +
        zh.actions.adoptChange('H4', '95.92', '97.01'),
    );
    await expect(pane.getByTestId('confirm-dialog').textContent()).resolves.toContain(
      zh.actions.confirmAdoptValues,
    );
    await pane.getByTestId('confirm-ok').click();
  });
  expect(valuesText).toContain(
    zh.status.adoptedValues(
      2,
      `${zh.actions.adoptChange('H27', '0.00', '0.78')}，${zh.actions.adoptChange('H4', '95.92', '97.01')}`,
    ),
  );
  expect(await value('H27')).toBe(0.78);
  expect(await value('H4')).toBe(97.01);
  expect(await sim(`return sim.doc.formula(args[0], 'H4');`, form.sheet)).toBeNull();
  expect(await sim(`return sim.doc.formula(args[0], 'H27');`, form.sheet)).toBeNull();
  expect(await pane.getByTestId('adopt').getAttribute('aria-disabled')).toBe('true');
  await expect(finding(r27).getByTestId('finding-action').textContent()).resolves.toBe(
    zh.findings.setTarget('≤20'),
  );
  const targetText = await afterNotice(() => finding(r27).getByTestId('finding-action').click());
  expect(targetText).toContain(zh.status.setCell('D27', '20≤', '≤20'));
  expect(await value('D27')).toBe('≤20');
  await poll(async () => finding(r27).getByTestId('finding-action').count(), 0);
  expect(await axeViolations()).toEqual([]);
  await shot('09-fixed');

  expect(errors).toEqual([]);
  console.log(`e2e flow: ${((Date.now() - started) / 1000).toFixed(1)} s in the browser`);
});

test('a protected sheet: the writing step says so instead of a green success', async () => {
  await page.goto(server.url);
  pane = page.frameLocator('[data-testid=pane]');
  await pane.getByTestId('recognize').waitFor();
  const before = await formulaCount();
  await pane.getByTestId('recognize').click();
  await pane.getByTestId('notice').waitFor();
  await sim(`sim.doc.sheet(args[0]).protected = true;`, form.sheet);
  const text = await afterNotice(() => pane.getByTestId('annotate').click());
  expect(await pane.getByTestId('notice').getAttribute('data-intent')).toBe('warning');
  expect(text).toContain(form.sheet);
  expect(text).toMatch(/保护/);
  expect(text).not.toMatch(/已写入|辅助列（不打印）/);
  expect(await formulaCount()).toBe(before);
  // nothing was written: nothing to undo, nothing to recalculate
  expect(await pane.getByTestId('remove').getAttribute('aria-disabled')).toBe('true');
  expect(await pane.getByTestId('recalc').getAttribute('aria-disabled')).toBe('true');
  await shot('10-protected');
});

test('Hengyang, 14 tables at 320 px: findings first, table problems first, clean tables folded, CLI-like budget lines', async () => {
  await page.goto(`${server.url}?sample=hengyang`);
  pane = page.frameLocator('[data-testid=pane]');
  await pane.getByTestId('recognize').click();
  await pane.getByTestId('notice').waitFor();
  const tables = hengyang.tables;
  expect(hengyang.tables.length).toBeGreaterThanOrEqual(14);
  const c = countReports([hengyang]);
  await expect(noticeText()).resolves.toContain(
    zh.status.checked(
      hengyang.tables.length,
      c.total,
      zh.status.countDetail(c.rows, c.tableProblems),
    ),
  );
  // findings come before the table list
  const order = await paneFrame().evaluate(() => {
    const f = document.querySelector('[data-testid=findings]')!;
    const t = document.querySelector('[data-testid=table-card]')!;
    return f.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING
      ? 'findings first'
      : 'tables first';
  });
  expect(order).toBe('findings first');
  const found = collectFindings(hengyang, zh);
  expect(await findingKeys()).toEqual(found.items.map((i) => i.key));
  const tableItems = found.items.filter((i: FindingItem) => i.scope === 'table');
  expect(tableItems.length).toBe(c.tableProblems);
  expect(found.items.slice(0, tableItems.length).every((i) => i.scope === 'table')).toBe(true);
  // titles say where: "项目名 › 预算执行", never a bare 预算执行
  const titles = await pane.getByTestId('finding-title').allTextContents();
  expect(titles.filter((t) => t === zh.findings.tableItems.budget)).toEqual([]);
  expect(titles).toContain(`水电补助 › ${zh.findings.tableItems.budget}`);
  // the blank total is a finding, and the card's badge is not green
  const dept = hengyang.tables.find((t) => t.sheet === '附件3')!;
  expect(dept.total?.stated).toBeNull();
  expect(titles).toContain(`${dept.name} › ${zh.findings.tableItems.total}`);
  const deptCard = pane.locator('[data-testid=table-card]', { hasText: dept.name! }).first();
  expect(await deptCard.getAttribute('data-state')).toBe('error');
  await expect(deptCard.getByTestId('card-total').textContent()).resolves.toContain(
    zh.summary.totalBlank,
  );
  // an execution rate over 100% as the command line shows it
  await expect(deptCard.getByTestId('card-budget').textContent()).resolves.toContain('181.06%');
  await expect(deptCard.textContent()).resolves.toContain('超过 100%，得分按分值封顶');
  // clicking a budget finding selects the cell whose figure is wrong (the stated rate)
  const budget = found.items.find(
    (i) => i.title === `水电补助 › ${zh.findings.tableItems.budget}`,
  )!;
  expect(budget.cell).toBe('H105');
  await finding(budget.key).getByTestId('finding-go').click();
  await poll(selection, '附件4!H105');
  // tables with no problems fold away
  const clean = tables.filter((t) => countReports([{ ...hengyang, tables: [t] }]).total === 0);
  expect(clean.length).toBeGreaterThan(0);
  // no row scored wrongly, but the blank total: 采用系统得分 would fill it in, and says so first
  expect(c.byTag.wrong).toBe(0);
  await pane.getByTestId('adopt').click();
  await expect(pane.getByTestId('confirm-changes').textContent()).resolves.toBe(
    zh.actions.adoptChange('H28', zh.summary.none, '100'),
  );
  await pane.getByRole('button', { name: zh.actions.cancel }).click();
  await pane.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
  const folded = pane.getByTestId('clean-tables');
  await expect(folded.locator('summary').textContent()).resolves.toBe(
    zh.summary.cleanTables(clean.length),
  );
  expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await axeViolations()).toEqual([]);
  await shot('11-hengyang');
  expect(errors).toEqual([]);
});

test('on Office 2016 (ExcelApi 1.4), in English: static fills instead of conditional formats, no validation; suggestions in the form’s language', async () => {
  await page.goto(`${server.url}?excelApi=1.4&lang=en-US`);
  pane = page.frameLocator('[data-testid=pane]');
  await pane.getByTestId('recognize').click();
  await pane.getByTestId('notice').waitFor();
  await expect(pane.getByTestId('capabilities').textContent()).resolves.toContain(
    en.capability.noConditionalFormats,
  );
  const english = analyzeWorkbook(fixture, { file: 'en', lang: 'en' });
  expect(await findingKeys()).toEqual(collectFindings(english, en).items.map((i) => i.key));
  await expect(paneText()).resolves.toContain(english.tables[0].name);
  await pane.getByTestId('annotate').click();
  await pane.locator('[data-testid=notice][data-intent]').waitFor();
  await poll(async () => (await formulaCount()) > 0, true);
  expect(await cfCount()).toBe(0);
  expect(await dvCount()).toBe(0);
  const budgetRow = rowOf('预算执行率');
  expect(await fill(`C${budgetRow.row}`)).not.toBeNull(); // static fill on the wrong row
  // no print area on 1.4: the helper columns are said to be there, not said to stay off the print
  await expect(noticeText()).resolves.toContain(
    en.status.helperColumns(form.sheet, 'K', 'P', 6, true),
  );
  await expect(noticeText()).resolves.toMatch(/static fills/);
  // suggestions follow the form's language (Chinese), not Office's (English)
  await pane.getByTestId('start-wizard').click();
  await pane.getByTestId('tick-经费保障').click();
  await expect(pane.getByTestId('suggested-reason').textContent()).resolves.toMatch(
    /^结转结余率 25\.79%，高于年度指标值/,
  );
  await shot('12-office2016-en');
  await page.keyboard.press('Escape');
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
  expect(html).not.toMatch(/axe/);
});
