/**
 * Each pane and ribbon command analyses the workbook once (adopting scores and writing reasons
 * audit the changed state once more, by design), and the report it leaves in the pane equals what
 * a fresh read of the workbook gives: the derived report is true.
 */
import { analysisCount, analyzeWorkbook } from '../../src/core';
import { detectCapabilities } from '../../src/hosts/excel/capabilities';
import { readWorkbook } from '../../src/hosts/excel/read';
import { registerCommands } from '../../src/commands/commands';
import { createController, type Controller } from '../../src/runtime/controller';
import { createCoreApi } from '../../src/runtime/core-api';
import { createStore, type Store } from '../../src/runtime/store';
import type { FileReport } from '../../src/report/types';
import { loadSample } from '../../demo/sample';
import { createOfficeHost, type SimHost } from '../../tools/office-sim';

type Run = <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

let host: SimHost;
let store: Store;
let controller: Controller;
let run: Run;

beforeEach(async () => {
  host = createOfficeHost(await loadSample());
  host.install(globalThis);
  store = createStore();
  run = (f) => (host.Excel as { run: Run }).run(f);
  controller = createController({
    core: createCoreApi(() => 'zh-CN'),
    store,
    run,
    caps: detectCapabilities(),
    fileName: 'demo',
  });
});

async function readBack(): Promise<FileReport> {
  const state = await run((ctx) => readWorkbook(ctx, detectCapabilities()));
  return analyzeWorkbook(state.snapshot, { file: 'demo', lang: 'zh-CN' });
}

async function analysesOf(command: () => Promise<void>): Promise<number> {
  const before = analysisCount();
  await command();
  const notice = store.get().notice;
  if (notice?.intent === 'error') throw new Error(notice.text);
  return analysisCount() - before;
}

describe('one analysis per command', () => {
  it('识别并检查, 写入, 一键重算 and 撤销写入 analyse once; 采用系统得分 and reasons audit the new state once more', async () => {
    expect(await analysesOf(() => controller.recognize())).toBe(1);
    expect(await analysesOf(() => controller.annotate())).toBe(1);
    expect(await analysesOf(() => controller.recalc())).toBe(1);
    expect(await analysesOf(() => controller.adopt())).toBe(2);
    expect(await analysesOf(() => controller.recalc())).toBe(2);
    expect(await analysesOf(() => controller.remove())).toBe(1);
    const report = store.get().report!;
    const row = report.tables.flatMap((t) => t.indicators.map((i) => ({ t, i })));
    const missing = row.find((x) => x.i.missingReason);
    expect(missing).toBeDefined();
    const answer = {
      sheet: missing!.t.sheet,
      row: missing!.i.row,
      ticks: ['funding'],
      reason: '资金拨付滞后',
      improvement: '加快拨付进度',
    };
    expect(await analysesOf(() => controller.writeReasons([answer]))).toBe(2);
  });

  it('the ribbon 一键重算 analyses once', async () => {
    registerCommands(controller, store);
    const before = analysisCount();
    await host.invokeAction('recalc');
    expect(analysisCount() - before).toBe(1);
  });
});

describe('the report after a write is what a fresh read gives', () => {
  it.each([
    ['写入', (c: Controller) => c.annotate()],
    ['采用系统得分', (c: Controller) => c.adopt()],
    ['撤销写入', async (c: Controller) => (await c.annotate(), c.remove())],
  ])('%s', async (_name, command) => {
    await command(controller);
    expect(store.get().notice?.intent).not.toBe('error');
    const shown = JSON.parse(JSON.stringify(store.get().report)) as FileReport;
    expect(shown).toEqual(JSON.parse(JSON.stringify(await readBack())));
  });

  it('引导填写原因', async () => {
    await controller.recognize();
    const t = store.get().report!.tables.find((x) => x.indicators.some((i) => i.missingReason))!;
    const i = t.indicators.find((x) => x.missingReason)!;
    await controller.writeReasons([
      { sheet: t.sheet, row: i.row, ticks: ['funding'], reason: '原因', improvement: '措施' },
    ]);
    const shown = store.get().report!;
    expect(
      shown.tables.flatMap((x) => x.indicators).find((x) => x.row === i.row)?.missingReason,
    ).toBe(false);
    expect(JSON.parse(JSON.stringify(shown))).toEqual(JSON.parse(JSON.stringify(await readBack())));
  });
});

describe('撤销写入 after the user changed a written cell', () => {
  it('keeps what the user typed and says so in the pane', async () => {
    await controller.annotate();
    const cell = store.get().report!.tables[0].indicators[0].scoreCell!;
    const [sheet, a1] = cell.split('!');
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange(a1).values = [['我的得分']];
      await ctx.sync();
    });
    await controller.remove();
    const notice = store.get().notice!;
    expect(notice.intent).not.toBe('error');
    expect(notice.lines?.join('\n')).toMatch(new RegExp(`${a1}.*已被手工修改，保留修改后的内容`));
    expect(host.doc.get(sheet, a1)).toBe('我的得分');
  });
});
