/**
 * Every pane command and the ribbon command, on the Jinshui seed fixture, at each ExcelApi level a
 * real Excel may report — 1.1 (volume-licensed Office 2016), 1.7 (volume-licensed Office 2019),
 * 1.8 (retail Office 2019), 1.13 and the latest — on the in-memory host, which fails every
 * Office.js member whose set the level lacks (ApiNotFound), as that Excel does. No command may
 * fail, and what it says it did must be what it did: undo restores every cell.
 */
import { loadSample } from '../../../demo/sample';
import { registerCommands } from '../../../src/commands/commands';
import { detectCapabilities } from '../../../src/hosts/excel/capabilities';
import { setLanguage } from '../../../src/messages';
import { createController } from '../../../src/runtime/controller';
import { createCoreApi } from '../../../src/runtime/core-api';
import { createStore } from '../../../src/runtime/store';
import { createOfficeHost } from '../../../tools/office-sim';
import type { WorkbookInit } from '../../../tools/office-sim/workbook';

const LEVELS = ['1.1', '1.7', '1.8', '1.13', '1.17'];

let sample: WorkbookInit;
beforeAll(async () => {
  setLanguage('zh-CN');
  sample = await loadSample();
});

/** Every cell's content, by sheet and address. */
function cells(doc: ReturnType<typeof createOfficeHost>['doc']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of doc.sheets) for (const [k, v] of s.cells) out[`${s.name}!${k}`] = v;
  return out;
}

describe.each(LEVELS)('ExcelApi %s', (level) => {
  test('recognize, write, 一键重算 from the ribbon, reasons, adopt and undo all run', async () => {
    const host = createOfficeHost(structuredClone(sample), {
      excelApi: level,
      payloadLimit: 5 * 1024 * 1024,
    });
    host.install();
    const before = cells(host.doc);
    const store = createStore();
    const Excel = host.Excel as {
      run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
    };
    const caps = detectCapabilities();
    const controller = createController({
      core: createCoreApi(() => 'zh-CN'),
      store,
      run: (batch) => Excel.run(batch),
      caps,
    });
    registerCommands(controller, store);
    const ok = (what: string): void => {
      const notice = store.get().notice;
      if (notice?.intent === 'error') throw new Error(`${what} at ${level}: ${notice.text}`);
      expect(notice).not.toBeNull();
    };

    await controller.recognize();
    ok('recognize');
    const report = store.get().report!;
    expect(report.tables.length).toBeGreaterThan(0);

    await controller.annotate();
    ok('annotate');
    const helper = host.doc.sheets.find((s) => s.name === '_自评助手');
    expect(helper).toBeDefined();
    // the helper sheet is hidden where the set allows setting visibility (1.2)
    expect(helper!.visibility).toBe(caps.sheetLayout ? 'VeryHidden' : 'Visible');
    const validations = host.doc.sheets.reduce((n, s) => n + s.validations.length, 0);
    const formats = host.doc.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0);
    expect(validations > 0).toBe(caps.dataValidation);
    expect(formats > 0).toBe(caps.conditionalFormats);
    // the notice says something was skipped for want of a newer Excel exactly where the level
    // lacks validation, notes (1.10) or the print area (1.9)
    const lines = store.get().notice?.lines ?? [];
    expect(lines.some((l) => l.includes('需要更新版本的 Excel'))).toBe(
      !(caps.dataValidation && caps.comments && caps.pageLayout),
    );

    await host.invokeAction('recalc');
    ok('recalc from the ribbon');

    const short = store
      .get()
      .report!.tables.flatMap((t) =>
        t.indicators.filter((i) => i.missingReason).map((i) => ({ sheet: t.sheet, row: i.row })),
      );
    expect(short.length).toBeGreaterThan(0);
    await controller.writeReasons([
      { ...short[0], ticks: ['经费保障'], reason: '资金未及时到位', improvement: '加快资金拨付' },
    ]);
    ok('reasons');

    await controller.adopt();
    ok('adopt');

    await controller.remove();
    ok('remove');
    const after = cells(host.doc);
    // undo: every original cell back (the reasons the user asked for stay)
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
    const added = Object.keys(after).filter((k) => !(k in before));
    expect(changed.every((k) => k.startsWith(`${short[0].sheet}!${short[0].row - 1},`))).toBe(true);
    expect(added.every((k) => k.startsWith(`${short[0].sheet}!${short[0].row - 1},`))).toBe(true);
    expect(host.doc.sheets.some((s) => s.name === '_自评助手')).toBe(false);
  });
});
