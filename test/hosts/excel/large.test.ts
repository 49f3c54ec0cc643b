/**
 * Large workbooks on Excel on the web: the in-memory host enforces the 5 MB request and response
 * limits (UTF-8 bytes), the 512-merged-areas limit and top-left anchoring of merged areas, and the
 * Excel host's read stays under them — in few round trips, constant for ordinary workbooks.
 */
import { dataSheet } from '../../../bench/reads';
import { projectForm, syncsPerRecalc } from '../../../bench/syncs';
import { analyzeWorkbook, planAnnotate, planRemove } from '../../../src/core';
import { applyEdits } from '../../../src/hosts/excel/apply';
import { detectCapabilities } from '../../../src/hosts/excel/capabilities';
import { jsonBytes, utf8Bytes } from '../../../src/hosts/excel/payload';
import { readWorkbook } from '../../../src/hosts/excel/read';
import { serialToText } from '../../../src/hosts/excel/read-snapshot';
import type { Edit } from '../../../src/plan/edits';
import { createOfficeHost, type SimHost } from '../../../tools/office-sim';
import type { Raw, WorkbookInit } from '../../../tools/office-sim/workbook';

const MB5 = 5 * 1024 * 1024;

function run<T>(host: SimHost, fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  host.install();
  const Excel = host.Excel as { run: (f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T> };
  return Excel.run(fn);
}

describe('payload sizes are UTF-8 bytes', () => {
  test('Chinese is 3 bytes a character, astral characters 4', () => {
    for (const s of ['abc', '绩效自评表', '≥95%', '𠀀x', '第1期项目款（万元）', '']) {
      expect(utf8Bytes(s)).toBe(Buffer.byteLength(s, 'utf8'));
    }
    expect(jsonBytes({ a: '完成' })).toBe(Buffer.byteLength(JSON.stringify({ a: '完成' })));
  });

  test('a write of Chinese text, under the limit in UTF-16 units, is split to stay under it in bytes', async () => {
    const n = 2000;
    const text = '偏差原因：受疫情影响，部分培训改为线上进行，覆盖人数未达到年度目标。'.repeat(20);
    const host = createOfficeHost(
      { sheets: [{ name: 'S', rows: [['原因']] }] },
      { payloadLimit: 3_000_000 },
    );
    const edits: Edit[] = Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      kind: 'setValue' as const,
      sheet: 'S',
      cell: `A${i + 2}`,
      value: `${text}${i}`,
      onlyIfEmpty: true,
    }));
    // counted in UTF-16 units the whole plan fits one request under the budget; in UTF-8 bytes it
    // is over the limit
    expect(JSON.stringify(edits).length).toBeLessThan(2_400_000);
    expect(jsonBytes(edits)).toBeGreaterThan(3_000_000);
    const caps = detectCapabilities();
    const report = await run(host, async (ctx) => {
      const state = await readWorkbook(ctx, caps);
      host.resetLog();
      return applyEdits(ctx, state, caps, edits, { payloadBudget: 2_400_000 });
    });
    expect(report.syncs).toBeGreaterThan(1);
    expect(host.log.batches.every((b) => b.bytes <= 3_000_000)).toBe(true);
    expect(host.doc.get('S', `A${n + 1}`)).toBe(`${text}${n - 1}`);
  });
});

describe('a large form written again and taken back', () => {
  test('一键重算 of a 5000-row form is one read and one write: its validations are not cleared before they are written again', async () => {
    // read (two round trips) and write (one); clearing each validated cell first made it two
    expect(await syncsPerRecalc(5000)).toBe(3);
  });

  test('撤销写入 clears the validations of adjacent cells as one range each', async () => {
    const rows = 2000;
    const host = createOfficeHost(projectForm(rows), { payloadLimit: MB5 });
    const caps = detectCapabilities();
    await run(host, async (ctx) => {
      const state = await readWorkbook(ctx, caps);
      await applyEdits(ctx, state, caps, planAnnotate(state.snapshot, {}));
    });
    const plan = await run(host, async (ctx) =>
      planRemove((await readWorkbook(ctx, caps)).snapshot),
    );
    const cleared = plan.filter((e) => e.kind === 'removeValidation');
    expect(cleared.length).toBeGreaterThan(rows);
    const { sheet, range } = cleared[cleared.length - 1];
    expect(host.doc.validationAt(sheet, range)).not.toBeNull();
    host.resetLog();
    const report = await run(host, async (ctx) =>
      applyEdits(ctx, await readWorkbook(ctx, caps), caps, plan),
    );
    for (const e of cleared) {
      expect(report.outcomes.find((o) => o.id === e.id)?.status).toBe('applied');
      expect(host.doc.validationAt(e.sheet, e.range)).toBeNull();
    }
    // one Office.js action a cleared cell would be more than all the actions of the undo
    const actions = host.log.batches.reduce((n, b) => n + b.ops, 0);
    expect(actions).toBeLessThan(cleared.length);
  });
});

describe('the 5 MB response limit', () => {
  const workbook = (rows: number): WorkbookInit => ({
    sheets: [...projectForm(30).sheets, dataSheet(rows)],
  });

  test('the in-memory host refuses a response over 5 MB, as Excel on the web does', async () => {
    const host = createOfficeHost(workbook(20_000), { payloadLimit: MB5 });
    await expect(
      run(host, async (ctx) => {
        const used = ctx.workbook.worksheets.getItem('明细数据').getUsedRange();
        used.load('values,valueTypes,formulas,numberFormat');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  test('a form beside a 20,000-row data sheet is read whole, in bands, each response under 5 MB', async () => {
    const host = createOfficeHost(workbook(20_000), { payloadLimit: MB5 });
    const state = await run(host, (ctx) => readWorkbook(ctx, detectCapabilities()));
    const data = state.snapshot.sheets.find((s) => s.name === '明细数据')!;
    expect(data.values.length).toBe(20_001);
    expect(data.values[20_000][11]).toBe(20_000);
    expect(data.values[1][0]).toBe('2024-01-01'); // dates as the user sees them, in every band
    expect(data.values[19_999][0]).toBe(serialToText(45292 + (19_998 % 365)));
    expect(state.syncs).toBeGreaterThan(2);
    expect(state.syncs).toBeLessThanOrEqual(6);
    const report = analyzeWorkbook(state.snapshot, { file: 'big.xlsx' });
    expect(report.tables.map((t) => [t.sheet, t.indicators.length])).toEqual([['项目1', 30]]);
  });

  test('an ordinary workbook is read in two round trips whether its data sheet has 100 or 5000 rows', async () => {
    for (const rows of [100, 5000]) {
      const host = createOfficeHost(workbook(rows), { payloadLimit: MB5 });
      const state = await run(host, (ctx) => readWorkbook(ctx, detectCapabilities()));
      expect(state.syncs).toBe(2);
      expect(host.log.syncs).toBe(2);
      expect(state.snapshot.sheets[1].values.length).toBe(rows + 1);
    }
  });

  test('a sheet that cannot hold a form (one column) is not read beyond its head band', async () => {
    const rows: (Raw | null)[][] = Array.from({ length: 3000 }, (_, i) => [`编号${i}`]);
    const host = createOfficeHost({ sheets: [...projectForm(10).sheets, { name: '编号', rows }] });
    const state = await run(host, (ctx) =>
      readWorkbook(ctx, detectCapabilities(), { headRows: 500 }),
    );
    expect(state.snapshot.sheets[1].values.length).toBe(500);
    expect(state.syncs).toBe(2);
  });

  test('without ExcelApi 1.4 the dimensions come first: one more round trip', async () => {
    const host = createOfficeHost(workbook(100), { payloadLimit: MB5, excelApi: '1.2' });
    const state = await run(host, (ctx) => readWorkbook(ctx, detectCapabilities()));
    expect(state.syncs).toBe(3);
    expect(state.snapshot.sheets[1].values.length).toBe(101);
  });
});

describe('merged areas', () => {
  /** A sheet whose rows 1–100 each hold `perRow` merged pairs of cells. */
  function merged(perRow: number, rows = 100): WorkbookInit['sheets'][number] {
    const merges: string[] = [];
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let r = 1; r <= rows; r++) {
      for (let k = 0; k < perRow; k++)
        merges.push(`${letters[2 * k]}${r}:${letters[2 * k + 1]}${r}`);
    }
    return {
      name: '合并',
      rows: Array.from({ length: rows }, (_, i) => [`行${i + 1}`, null, '值', null, '值']),
      merges,
    };
  }

  test('Excel returns only merged areas whose top-left cell is in the range (office-js #3611)', async () => {
    const host = createOfficeHost({
      sheets: [{ name: 'S', rows: [['a', 'b', 'c']], merges: ['A4:B6', 'C5:D5'] }],
    });
    const [a, b] = await run(host, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const a = ws.getRange('B5:C10').getMergedAreasOrNullObject().load('address');
      const b = ws.getRange('A1:D4').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      return [a.isNullObject ? null : a.address, b.isNullObject ? null : b.address];
    });
    expect(a).toBe('S!C5:D5'); // A4:B6 overlaps B5:C10 but starts outside it
    expect(b).toBe('S!A4:B6');
  });

  test('more than 512 merged areas fail the request in the in-memory host, as in Excel', async () => {
    const host = createOfficeHost({ sheets: [merged(6)] });
    await expect(
      run(host, async (ctx) => {
        ctx.workbook.worksheets
          .getItem('合并')
          .getRange('A1:Z100')
          .getMergedAreasOrNullObject()
          .load('address');
        await ctx.sync();
      }),
    ).rejects.toThrow(/512/);
  });

  test('1000 merged areas on a sheet are all read (slices of rows), once each across bands', async () => {
    const host = createOfficeHost({ sheets: [merged(2, 500)] });
    const state = await run(host, (ctx) =>
      readWorkbook(ctx, detectCapabilities(), { headRows: 200, budget: 20_000 }),
    );
    const merges = state.snapshot.sheets[0].merges!;
    expect(merges).toHaveLength(1000);
    expect(new Set(merges.map((m) => JSON.stringify(m))).size).toBe(1000);
    expect(state.syncs).toBeGreaterThan(2); // the rows below the head band came in bands
  });

  test('a sheet with more merged areas than Excel returns does not fail the command: labels are carried down', async () => {
    const form = projectForm(30);
    const host = createOfficeHost({ sheets: [...form.sheets, merged(6)] }, { payloadLimit: MB5 });
    const state = await run(host, (ctx) => readWorkbook(ctx, detectCapabilities()));
    expect(state.snapshot.sheets.map((s) => s.merges)).toEqual([null, null]);
    const report = analyzeWorkbook(state.snapshot, { file: 'merged.xlsx' });
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].indicators).toHaveLength(30);
    // the same form with its merged areas read gives the same findings
    const alone = createOfficeHost(projectForm(30));
    const full = await run(alone, (ctx) => readWorkbook(ctx, detectCapabilities()));
    expect(full.snapshot.sheets[0].merges).not.toBeNull();
    const expected = analyzeWorkbook(full.snapshot, { file: 'merged.xlsx' });
    expect(report.tables[0].indicators.map((i) => [i.row, i.expectedScore])).toEqual(
      expected.tables[0].indicators.map((i) => [i.row, i.expectedScore]),
    );
  });
});
