/**
 * Which Excel opens the pane: the built taskpane.html (add-in build, office.js served from the
 * add-in) in Debian's Chromium with the user agent of Internet Explorer 11 (Trident: volume-
 * licensed Office 2016/2019) and of EdgeHTML (retail Office 2019). Its guard script must say which
 * Excel runs the add-in and what to do instead, in Chinese or English by Office's display language,
 * never leave a blank pane, and answer the ribbon command; the guard script itself must be ES5
 * (parsed with acorn, ecmaVersion 5). Also: the office.js files office.js loads are all copied.
 *
 * office.js is replaced by a stub that records what the page asks of Office (no network).
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'acorn';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { serve } from '../../demo/serve';
import { UNSUPPORTED } from '../../src/messages/unsupported';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const IE11 =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

/** office.js stand-in: the display language from ?lang=, and a record of calls in __calls. */
const OFFICE_STUB = `
window.__calls = [];
(function () {
  var lang = (/[?&]lang=([^&]*)/.exec(location.search) || [])[1] || 'zh-CN';
  window.Office = {
    context: {
      displayLanguage: lang,
      requirements: { isSetSupported: function () { return false; } },
      ui: {
        displayDialogAsync: function (url, options, cb) {
          window.__calls.push(['dialog', url]);
          if (cb) cb({ status: 'succeeded', value: { close: function () {} } });
        }
      }
    },
    actions: { associate: function (name) { window.__calls.push(['associate', name]); } },
    onReady: function (cb) {
      setTimeout(function () { if (cb) cb({ host: 'Excel' }); }, 0);
      return Promise.resolve({ host: 'Excel' });
    }
  };
})();
`;

let out: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'guard-build-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, boolean | string>,
    argv: object,
  ) => webpack.Configuration | Promise<webpack.Configuration>;
  const config = await makeConfig({ dev: true, out }, {});
  config.devtool = false;
  config.stats = 'errors-only';
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
  server = await serve(out, 0, { '/office-js/office.js': OFFICE_STUB });
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
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) await fs.rm(out, { recursive: true, force: true });
});

async function open(userAgent: string | undefined, query = ''): Promise<Page> {
  const context = await browser.newContext({ userAgent, locale: 'zh-CN' });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  return page;
}

const text = (page: Page): Promise<string> =>
  page.locator('#jixiao-static').innerText({ timeout: 5000 });

describe.each([
  ['Internet Explorer 11 (Trident)', IE11],
  ['EdgeHTML', EDGE_HTML],
])('%s', (_name, ua) => {
  test('in Chinese: which Excel runs the add-in, and what to do instead', async () => {
    const page = await open(ua);
    const shown = await text(page);
    const zh = UNSUPPORTED['zh-CN'];
    expect(shown).toContain(zh.title);
    for (const s of [
      'Microsoft 365',
      'Office 2021',
      'WebView2',
      'Excel 网页版',
      'Mac',
      '离线网页版',
      'README',
      'Excel 2010',
      'WPS',
      'npm run audit -- --fix',
    ]) {
      expect(shown).toContain(s);
    }
    // the bundle rendered nothing: the message is the pane
    expect(await page.locator('#root').innerHTML()).toBe('');
    await page.screenshot({
      path: path.join(ROOT, 'test-output', `guard-${ua === IE11 ? 'ie11' : 'edge'}.png`),
    });
    await page.context().close();
  });

  test('in English when Office is in English', async () => {
    const page = await open(ua, '?lang=en-US');
    const shown = await text(page);
    const en = UNSUPPORTED['en-US'];
    expect(shown).toContain(en.title);
    expect(shown).toContain('offline web page');
    expect(shown).toContain('Excel 2010');
    expect(shown).not.toContain(UNSUPPORTED['zh-CN'].title);
    await page.context().close();
  });

  test('the ribbon command answers with the same message in a dialog, and completes', async () => {
    const page = await open(ua);
    const calls = await page.evaluate(() => {
      const w = window as unknown as {
        recalc: (e: { completed: () => void }) => void;
        __calls: unknown[][];
      };
      let completed = false;
      w.recalc({ completed: () => (completed = true) });
      return { calls: w.__calls, completed };
    });
    expect(calls.calls).toContainEqual(['associate', 'recalc']);
    const dialog = calls.calls.find((c) => c[0] === 'dialog');
    expect(String(dialog?.[1])).toMatch(/taskpane\.html\?notice=unsupported$/);
    expect(calls.completed).toBe(true);
    await page.context().close();
    // the dialog's page shows the message too
    const shown = await open(ua, '?notice=unsupported');
    expect(await text(shown)).toContain(UNSUPPORTED['zh-CN'].title);
    await shown.context().close();
  });
});

test('in Chromium (WebView2) the guard stays out of the way', async () => {
  const page = await open(undefined);
  expect(await page.locator('#jixiao-static').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __jixiaoStatic?: boolean }).__jixiaoStatic)).toBe(
    undefined,
  );
  await page.context().close();
});

test("the ribbon command's result dialog shows the notice's lines", async () => {
  const notice = '已重算，还有 3 处需要处理。\n2 项需要更新版本的 Excel，已跳过。';
  const page = await open(undefined, `?notice=${encodeURIComponent(notice)}`);
  const shown = await text(page);
  expect(shown).toContain(UNSUPPORTED['zh-CN'].noticeTitle);
  expect(shown).toContain('已重算，还有 3 处需要处理。');
  expect(shown).toContain('2 项需要更新版本的 Excel，已跳过。');
  expect(await page.locator('#root').innerHTML()).toBe('');
  await page.context().close();
});

describe('the built taskpane.html', () => {
  let html: string;
  beforeAll(() => {
    html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  });

  test('starts with the guard script, before office.js and the bundle', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0]).toMatch(/id="jixiao-guard"/);
    expect(scripts.length).toBeGreaterThan(2);
  });

  test('the guard script is ES5 (acorn, ecmaVersion 5)', () => {
    const code = /<script id="jixiao-guard">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(() => parse(code!, { ecmaVersion: 5 })).not.toThrow();
    // the parser is strict about ES5: what the bundle uses is rejected
    expect(() => parse('var a = null ?? 1;', { ecmaVersion: 5 })).toThrow();
    expect(() => parse('f(a, b,);', { ecmaVersion: 5 })).toThrow();
    expect(() => parse('let a = 1;', { ecmaVersion: 5 })).toThrow();
  });
});

test('every script office.js and Excel load from their folder is copied to office-js/', () => {
  const copied = path.join(out, 'office-js');
  // the strings of every display language
  const locales = readdirSync(OFFICE_DIST).filter((d) =>
    existsSync(path.join(OFFICE_DIST, d, 'office_strings.js')),
  );
  expect(locales.length).toBeGreaterThan(50);
  const missing = locales.filter((d) => !existsSync(path.join(copied, d, 'office_strings.js')));
  // scripts named in office.js and Excel's host scripts, relative to office.js
  const named = new Set<string>();
  const hosts = readdirSync(OFFICE_DIST).filter(
    (f) => /^excel.*\.js$/.test(f) && !f.endsWith('.debug.js'),
  );
  for (const f of ['office.js', ...hosts]) {
    const src = readFileSync(path.join(OFFICE_DIST, f), 'utf8');
    for (const m of src.matchAll(/"((?:telemetry|ariatelemetry)\/[\w.-]+\.js)"/g)) named.add(m[1]);
    for (const m of src.matchAll(/"(webauth\.[\w.]+\.js)"/g)) {
      if (!m[1].includes('.debug.')) named.add(`webauth/${m[1]}`);
    }
    for (const m of src.matchAll(/"((?:es6-promise|o15apptofilemappingtable)\.js)"/g))
      named.add(m[1]);
  }
  expect([...named]).toEqual(
    expect.arrayContaining(['telemetry/oteljs_agave.js', 'ariatelemetry/aria-web-telemetry.js']),
  );
  for (const f of [...named, ...hosts]) {
    if (!existsSync(path.join(copied, f))) missing.push(f);
  }
  expect(missing).toEqual([]);
});
