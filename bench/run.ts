/**
 * `npm run bench`: performance targets, measured (not asserted by tests).
 *
 * 1. Audit overhead: a workbook of 100 sheets × 100 indicator rows; the time to turn the loaded
 *    workbook into snapshots, recognize and audit it, as a ratio to the time ExcelJS alone takes
 *    to read the same file. Target: ≤ 25 % on top of reading. Both are measured warm (one
 *    unmeasured round first, as a session that has read one workbook is), and, when the bench
 *    runs with `--expose-gc` (as `npm run bench` does), each starts from a collected heap, so
 *    neither pays for the other's garbage. The target is timed on the core bundled as it ships
 *    (bench/bundled.ts); the same sources through tsx are printed beside it.
 * 2. Office.js round trips: context.sync calls per 一键重算 on the in-memory Excel host at 100
 *    and 5000 rows. Target: the same constant, ≤ 3.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/core';
import { snapshotWorkbook } from '../src/hosts/xlsx/snapshot';
import { bundledCore, type Core } from './bundled';
import { generateBenchWorkbook } from './generate';
import { measureWeb, webLines } from './web';
import { formatPackageRead, measurePackageRead } from './package-read';
import { measureReads } from './reads';
import { measureSyncs, measureSyncsWeb } from './syncs';

/** Collects garbage when the bench runs with --expose-gc, so that each phase pays only its own. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface OverheadRuns {
  read: number[];
  audit: number[];
  indicators: number;
}

/** ExcelJS's read, then snapshot + recognize + audit by `core`, `runs` times after one warm-up. */
async function overhead(core: Core, buffer: Buffer, runs: number): Promise<OverheadRuns> {
  const out: OverheadRuns = { read: [], audit: [], indicators: 0 };
  for (let i = 0; i <= runs; i++) {
    const wb = new ExcelJS.Workbook();
    collect();
    const t0 = performance.now();
    // ExcelJS declares its own `Buffer`; a Node Buffer is what it reads at runtime
    await wb.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const t1 = performance.now();
    collect();
    const t2 = performance.now();
    const report = core.analyzeWorkbook(core.snapshotWorkbook(wb), { file: 'bench.xlsx' });
    const t3 = performance.now();
    if (i === 0) continue; // round 0 warms up and is not counted
    out.read.push(t1 - t0);
    out.audit.push(t3 - t2);
    out.indicators = report.tables.reduce((n, t) => n + t.indicators.length, 0);
  }
  return out;
}

async function main(): Promise<void> {
  const sheets = Number(process.env.BENCH_SHEETS ?? 100);
  const rows = Number(process.env.BENCH_ROWS ?? 100);
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const buffer = await generateBenchWorkbook(sheets, rows);
  const shipped = await overhead(bundledCore(), buffer, runs);
  const sources = await overhead({ analyzeWorkbook, snapshotWorkbook }, buffer, runs);
  const read = median([...shipped.read, ...sources.read]);
  const audit = median(shipped.audit);
  const viaTsx = median(sources.audit);
  const share = (ms: number): string => `${((ms / read) * 100).toFixed(1)}%`;
  console.log(
    `workbook: ${sheets} sheets × ${rows} rows, ${shipped.indicators} indicators audited`,
  );
  console.log(`ExcelJS read: ${read.toFixed(0)} ms (median of ${2 * runs})`);
  console.log(
    `snapshot + recognize + audit, bundled as the add-in and the offline page ship: ` +
      `${audit.toFixed(0)} ms (median of ${runs})`,
  );
  console.log(`audit overhead: ${share(audit)} of read time (target ≤ 25%)`);
  console.log(
    `the same sources through tsx (as \`npm run audit\` runs them): ${viaTsx.toFixed(0)} ms, ` +
      `${share(viaTsx)} of read time`,
  );
  // BENCH_ONLY=audit: just the lines above (while working on the audit's speed)
  if (process.env.BENCH_ONLY === 'audit') return;
  console.log(formatPackageRead(await measurePackageRead(buffer, runs), runs));
  const { a, b } = await measureSyncs();
  console.log(`syncs per recalculation: ${a} at 100 rows, ${b} at 5000 rows`);
  const web = await measureSyncsWeb();
  console.log(
    `syncs per recalculation with 5 MB responses (the web): ${web.a} at 100 rows, ${web.b} at 5000 rows`,
  );
  const reads = await measureReads();
  console.log(
    `read round trips: ${reads.a} at 100 rows, ${reads.b} at 5000 rows, ${reads.c} at 50000 rows`,
  );
  for (const line of webLines(await measureWeb())) console.log(line);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
