/**
 * 撤销写入 in Excel on a workbook whose scores were adopted by the command line (or the offline web
 * page): the registry recorded a score in rich text, which Office.js cannot write back. The pane
 * gives the text back and says, truthfully, which cells lost their formats — it does not claim an
 * exact restore.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { detectCapabilities } from '../../src/hosts/excel/capabilities';
import { createController } from '../../src/runtime/controller';
import { createCoreApi } from '../../src/runtime/core-api';
import { createStore } from '../../src/runtime/store';
import { loadSample } from '../../demo/sample';
import { createOfficeHost } from '../../tools/office-sim';

type Run = <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

const RICH = path.join(__dirname, '..', 'fixtures', 'lossless', 'rich-dates.xlsx');

test('undo in Excel says which rich-text scores came back as plain text', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'restored-'));
  try {
    const code = await runAudit(['--adopt', '--out', dir, RICH], {
      out: () => undefined,
      err: () => undefined,
    });
    expect(code).not.toBe(2);
    const host = createOfficeHost(await loadSample(path.join(dir, 'rich-dates.xlsx')));
    host.install(globalThis);
    const store = createStore();
    const run: Run = (f) => (host.Excel as { run: Run }).run(f);
    const controller = createController({
      core: createCoreApi(() => 'zh-CN'),
      store,
      run,
      caps: detectCapabilities(),
      fileName: 'rich-dates.xlsx',
    });
    await controller.recognize();
    await controller.remove();
    const notice = store.get().notice;
    expect(notice?.intent).not.toBe('error');
    expect(notice?.text).toBe('已撤销插件写入的内容，原有得分已恢复。');
    const flat = (notice?.lines ?? []).filter((l) => l.includes('Excel 加载项无法写回这种格式'));
    expect(flat).toEqual([
      expect.stringMatching(/^部门整体绩效自评表!H27 原来的文字带有多种格式/) as unknown,
    ]);
    // the text itself is back
    const text = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('部门整体绩效自评表').getRange('H27');
      r.load('values');
      await ctx.sync();
      return r.values[0][0] as unknown;
    });
    expect(text).toBe('0分');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
