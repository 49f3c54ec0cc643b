/**
 * The offline page's throughput: 100 workbooks of seed-like size (the five seed fixtures, 20
 * copies each under distinct names) chosen at once in the built page (dist/web/offline.html,
 * opened from file:// in headless Chromium); the time until every file is read, checked and
 * annotated in the page's worker, the longest pause of the page meanwhile, and the size of the
 * single HTML file.
 *
 *   import { measureWeb } from './web';  →  { files, seconds, bytes, gap }
 *   npx tsx bench/web.ts                 →  prints the bench lines
 *
 * Builds the page first (as `npm run build:web` does); BENCH_WEB_PREBUILT=1 reuses
 * dist/web/offline.html.
 */
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..');
const HTML = path.join(ROOT, 'dist/web/offline.html');
const FIXTURES = path.join(ROOT, 'test/fixtures');

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.web.config.js')) as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const config = makeConfig({}, { mode: 'production' });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

export interface WebBench {
  files: number;
  seconds: number;
  /** Size of the HTML file. */
  bytes: number;
  /** The page's longest unresponsive stretch while the files were processed, in ms. */
  gap: number;
}

export async function measureWeb(count = 100): Promise<WebBench> {
  if (process.env.BENCH_WEB_PREBUILT !== '1' || !existsSync(HTML)) await build();
  const bytes = (await fs.stat(HTML)).size;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-web-'));
  const seeds = (await fs.readdir(FIXTURES)).filter((n) => n.endsWith('.xlsx')).sort();
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const file = path.join(dir, `${String(i + 1).padStart(3, '0')}-${seed}`);
    await fs.copyFile(path.join(FIXTURES, seed), file);
    files.push(file);
  }
  const browser = await chromium.launch({
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
  try {
    const page = await browser.newPage();
    await page.route('**/*', (r) =>
      r.request().url().startsWith('file:') ? r.continue() : r.abort(),
    );
    await page.goto(`file://${HTML}`);
    // the page's responsiveness: the longest gap between ticks of a 20 ms timer on its thread
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number };
      w.__gap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.__gap = Math.max(w.__gap, now - last);
        last = now;
      }, 20);
    });
    const t0 = performance.now();
    await page.setInputFiles('[data-testid=input-files]', files);
    await page.waitForSelector('[data-testid=progress-done]', { timeout: 30 * 60_000 });
    const seconds = (performance.now() - t0) / 1000;
    const done = await page.evaluate(
      () => window.__offline?.web.get().files.filter((f) => f.result?.ok).length ?? 0,
    );
    if (done !== count) throw new Error(`only ${done} of ${count} workbooks were checked`);
    const gap = await page.evaluate(() => (window as unknown as { __gap: number }).__gap);
    return { files: count, seconds, bytes, gap };
  } finally {
    await browser.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function webLines(r: WebBench): string[] {
  return [
    `web: ${r.files} workbooks in ${r.seconds.toFixed(1)} s`,
    `web page: longest pause of the page while working ${r.gap.toFixed(0)} ms (work in a Web Worker)`,
    `web page: dist/web/offline.html, one file of ${(r.bytes / 1024 / 1024).toFixed(2)} MB`,
  ];
}

if (require.main === module) {
  measureWeb().then(
    (r) => webLines(r).forEach((l) => console.log(l)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
