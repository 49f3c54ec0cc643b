/**
 * Issue 9 §2 and §6 on the Excel host, with the in-memory Excel as strict as real Excel: undo
 * deletes the very hidden helper sheet (after making it hidden), is all-or-nothing from the user's
 * view, formulas written into Text cells compute, a protected workbook structure stops the write
 * before anything is written, and error messages name the user's sheet, not the helper sheet.
 */
import * as path from 'path';
import { applyEdits } from '../../../src/hosts/excel/apply';
import { ExcelHostError } from '../../../src/hosts/excel/errors';
import { readWorkbook } from '../../../src/hosts/excel/read';
import { setLanguage } from '../../../src/messages';
import { planAnnotateDetailed, planRemoveDetailed } from '../../../src/core';
import type { Edit } from '../../../src/plan/edits';
import { HELPER_SHEET } from '../../../src/plan/registry';
import type { WorkbookSnapshot } from '../../../src/snapshot/types';
import { createOfficeHost, type SimHost } from '../../../tools/office-sim';
import { applyOnSim, cells, loadXlsx, readSim, runOnSim, simOf } from '../two-hosts';

const JINSHUI = path.join(__dirname, '..', '..', 'fixtures', 'jinshui-department.xlsx');
const FORM = '部门整体绩效自评表';

beforeEach(() => setLanguage('zh-CN'));

const apply = applyOnSim;

const write = (s: WorkbookSnapshot): Edit[] => planAnnotateDetailed(s).edits;
const undo = (s: WorkbookSnapshot): Edit[] => planRemoveDetailed(s).edits;

async function jinshui(level = '1.17'): Promise<SimHost> {
  return simOf(await loadXlsx(JINSHUI), level);
}

describe('undo (撤销写入)', () => {
  test('the in-memory Excel refuses to delete a very hidden sheet, as Excel does', async () => {
    const host = createOfficeHost({ sheets: [{ name: 'A', rows: [[1]] }, { name: 'B' }] });
    host.doc.sheet('B')!.visibility = 'VeryHidden';
    host.install();
    const Excel = host.Excel as {
      run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
    };
    const err = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A2').values = [['先做的']];
      ctx.workbook.worksheets.getItem('B').delete();
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('InvalidOperation');
    // what was queued before the failing operation stays applied
    expect(host.doc.get('A', 'A2')).toBe('先做的');
    expect(host.doc.sheet('B')).toBeDefined();
  });

  test('write → undo at every level: the helper sheet is gone and every cell is as before', async () => {
    for (const level of ['1.1', '1.8', '1.17']) {
      const host = await jinshui(level);
      const before = cells(await readSim(host));
      await apply(host, write);
      // ExcelApi 1.1 cannot set a sheet's visibility (1.2): the helper sheet stays visible there
      expect(host.doc.sheet(HELPER_SHEET)?.visibility).toBe(
        level === '1.1' ? 'Visible' : 'VeryHidden',
      );
      await apply(host, undo);
      expect(host.doc.sheet(HELPER_SHEET)).toBeUndefined();
      expect(cells(await readSim(host))).toEqual(before);
    }
  });

  test('a failed undo says what state the workbook is in; running it again finishes it', async () => {
    const host = await jinshui();
    const before = cells(await readSim(host));
    await apply(host, write);
    host.doc.sheet(FORM)!.protected = true; // the user protects the form meanwhile
    const err = await apply(host, undo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    const message = (err as ExcelHostError).message;
    expect(message).toContain('撤销写入没有全部完成');
    expect(message).toContain(`工作表“${FORM}”受保护`);
    expect(message).not.toContain(HELPER_SHEET);
    expect(message).toContain('再点一次“撤销写入”');
    // the record is still there, so undo can finish once the sheet is unprotected
    expect(host.doc.sheet(HELPER_SHEET)).toBeDefined();
    host.doc.sheet(FORM)!.protected = false;
    await apply(host, undo);
    expect(host.doc.sheet(HELPER_SHEET)).toBeUndefined();
    expect(cells(await readSim(host))).toEqual(before);
  });
});

describe('writing cells', () => {
  test('a formula written into a Text (@) cell computes, and undo gives the cell its @ back', async () => {
    const host = await jinshui();
    await apply(host, write);
    const plan = await readSim(host);
    // undo, format the helper column as Text (as a template might), then write again
    await apply(host, undo);
    const first = write(plan).find(
      (e): e is Extract<Edit, { kind: 'setFormula' }> =>
        e.kind === 'setFormula' && e.sheet === FORM && e.numberFormat === undefined,
    );
    const scoreCell = write(plan).find(
      (e): e is Extract<Edit, { kind: 'setFormula' }> =>
        e.kind === 'setFormula' && e.sheet === FORM && e.id.endsWith('#helper'),
    )!;
    const targets = [scoreCell.cell, ...(first ? [first.cell] : [])];
    const sheet = host.doc.sheet(FORM)!;
    for (const a1 of targets) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      sheet.numberFormats.set(`${Number(m[2]) - 1},${col}`, '@');
    }
    await apply(host, write);
    for (const a1 of targets) {
      // a formula kept as text reads back as its own text
      const f = host.doc.formula(FORM, a1);
      expect(f).toMatch(/^=/);
      expect([a1, host.doc.get(FORM, a1)]).not.toEqual([a1, f]);
    }
    await apply(host, undo);
    for (const a1 of targets) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect([a1, sheet.numberFormats.get(`${Number(m[2]) - 1},${col}`)]).toEqual([a1, '@']);
      expect([a1, host.doc.get(FORM, a1)]).toEqual([a1, '']);
    }
  });

  test.each(['1.1', '1.17'])(
    'ExcelApi %s: a protected workbook structure stops the write before anything is written',
    async (level) => {
      const host = await jinshui(level);
      host.doc.structureProtected = true;
      const before = cells(await readSim(host));
      const err = await apply(host, write).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExcelHostError);
      expect((err as ExcelHostError).kind).toBe('structureProtected');
      expect((err as ExcelHostError).message).toMatch(/工作簿的结构受保护.*没有写入任何内容/);
      expect(host.doc.sheet(HELPER_SHEET)).toBeUndefined();
      expect(cells(await readSim(host))).toEqual(before);
    },
  );

  test('an error while writing names the user’s sheet, not the helper sheet', async () => {
    const host = await jinshui();
    await apply(host, write);
    host.doc.set(FORM, 'F20', 1); // a change, so that 一键重算 writes into the form's sheet
    const err = await runOnSim(host, async (ctx, caps) => {
      const state = await readWorkbook(ctx, caps);
      host.doc.sheet(FORM)!.protected = true; // protected by the user meanwhile
      return applyEdits(ctx, state, caps, write(state.snapshot));
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).message).toBe(
      `工作表“${FORM}”受保护，无法写入。请在“审阅 → 撤消工作表保护”后重试。`,
    );
  });
});
