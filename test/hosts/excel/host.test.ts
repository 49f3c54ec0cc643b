/**
 * The Excel host (read + apply) on the in-memory Office.js host: snapshot fidelity, one batched
 * read, one batched write, chunking under the payload limit, fallbacks on old Excel, idempotent
 * re-application, and Chinese messages for protected sheets and cell-edit mode.
 */
import { createOfficeHost, type SimHost } from '../../../tools/office-sim';
import { readWorkbook } from '../../../src/hosts/excel/read';
import { applyEdits } from '../../../src/hosts/excel/apply';
import { detectCapabilities } from '../../../src/hosts/excel/capabilities';
import { ExcelHostError } from '../../../src/hosts/excel/errors';
import type { Edit } from '../../../src/plan/edits';
import { setLanguage } from '../../../src/messages';

function form(): SimHost {
  return createOfficeHost({
    sheets: [
      {
        name: '项目自评',
        rows: [
          ['项目支出绩效自评表'],
          [
            '一级指标',
            '二级指标',
            '三级指标',
            '年度指标值',
            '实际完成值',
            '分值',
            '得分',
            '偏差原因分析及改进措施',
          ],
          ['产出指标', '数量指标', '培训次数', '30次以上', '25次', 10, 10, ''],
          [null, null, '覆盖人数', '≥200人', '210人', 10, 10, ''],
          [null, '质量指标', '合格率', '≥95%', 0.9, 10, 9, ''],
          ['总分', null, null, null, null, 30, '=SUM(G3:G5)', null],
          ['填报日期', 44561],
        ],
        numberFormats: { E5: '0%', B7: 'yyyy-mm-dd' },
        merges: ['A1:H1', 'A3:A5', 'B3:B4'],
        hiddenRows: [3],
      },
      { name: '说明', rows: [['本表仅供演示']], protected: true },
    ],
  });
}

let host: SimHost;

async function run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  const Excel = host.Excel as { run: (f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T> };
  return Excel.run(fn);
}

beforeEach(() => {
  setLanguage('zh-CN');
  host = form();
  host.install();
});

describe('the in-memory host is strict like Office.js', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('项目自评').getRange('A1');
      expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['项目支出绩效自评表']]);
    });
  });

  test('writes are queued until sync, and each sync with work is counted', async () => {
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('项目自评').getRange('I3').values = [['x']];
      expect(host.doc.get('项目自评', 'I3')).toBe('');
      await ctx.sync();
      expect(host.doc.get('项目自评', 'I3')).toBe('x');
      await ctx.sync(); // nothing queued: no round trip
    });
    expect(host.log.syncs).toBe(1);
  });

  test('formulas are computed by HyperFormula', () => {
    expect(host.doc.get('项目自评', 'G6')).toBe(29);
  });
});

describe('read', () => {
  test('one batched read gives the snapshot: values, formats, formulas, merges, hidden rows', async () => {
    const caps = detectCapabilities();
    const state = await run((ctx) => readWorkbook(ctx, caps));
    expect(state.syncs).toBe(2);
    expect(host.log.syncs).toBe(2);
    const s = state.snapshot.sheets[0];
    expect(s.name).toBe('项目自评');
    expect(s.values[2].slice(0, 7)).toEqual([
      '产出指标',
      '数量指标',
      '培训次数',
      '30次以上',
      '25次',
      10,
      10,
    ]);
    expect(s.values[3][0]).toBeNull(); // inside the merged area
    expect(s.values[4][4]).toBe(0.9);
    expect(s.numberFormats?.[4][4]).toBe('0%');
    expect(s.values[5][6]).toBe(29);
    expect(s.formulas?.[5][6]).toBe('=SUM(G3:G5)');
    expect(s.values[6][1]).toBe('2021-12-31'); // dates as the user sees them
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 2, left: 0, bottom: 4, right: 0 },
        { top: 2, left: 1, bottom: 3, right: 1 },
      ]),
    );
    expect(s.hiddenRows).toEqual([3]);
    expect(s.hiddenColumns).toEqual([]);
    expect(s.protected).toBe(false);
    expect(state.snapshot.sheets[1].protected).toBe(true);
  });

  test('without ExcelApi 1.13 merges are null; without 1.9 hidden rows cost one more sync', async () => {
    host = createOfficeHost(form().doc, { excelApi: '1.8' });
    host.install();
    const caps = detectCapabilities();
    expect(caps.mergedAreas).toBe(false);
    const state = await run((ctx) => readWorkbook(ctx, caps));
    expect(state.snapshot.sheets[0].merges).toBeNull();
    expect(state.snapshot.sheets[0].hiddenRows).toEqual([3]);
    expect(state.syncs).toBe(3);
  });

  test('the read costs the same round trips at 10 and 5000 rows', async () => {
    const rows = (n: number): (string | number)[][] =>
      Array.from({ length: n }, (_, i) => [`指标${i}`, '≥95%', 0.96, 1, 1]);
    for (const n of [10, 5000]) {
      host = createOfficeHost({ sheets: [{ name: 'S', rows: rows(n) }] });
      host.install();
      const state = await run((ctx) => readWorkbook(ctx, detectCapabilities()));
      expect(state.snapshot.sheets[0].values.length).toBe(n);
      expect(host.log.syncs).toBe(2);
    }
  });
});

const plan: Edit[] = [
  { id: 'sheet', kind: 'ensureSheet', sheet: '_绩效助手', visibility: 'veryHidden' },
  {
    id: 'reg',
    kind: 'setValue',
    sheet: '_绩效助手',
    cell: 'A1',
    value: 'registry',
    onlyIfEmpty: false,
  },
  {
    id: 'f1',
    kind: 'setFormula',
    sheet: '项目自评',
    cell: 'I3',
    formula: '=MIN(F3,F3*25/30)',
    onlyIfEmpty: true,
    numberFormat: '0.00',
  },
  {
    id: 'f2',
    kind: 'setFormula',
    sheet: '项目自评',
    cell: 'I4',
    formula: '=F4',
    onlyIfEmpty: true,
  },
  {
    id: 'f3',
    kind: 'setFormula',
    sheet: '项目自评',
    cell: 'I5',
    formula: '=F5*E5/0.95',
    onlyIfEmpty: true,
  },
  {
    id: 'keep',
    kind: 'setFormula',
    sheet: '项目自评',
    cell: 'A1',
    formula: '=1',
    onlyIfEmpty: true,
  },
  { id: 'text', kind: 'setValue', sheet: '项目自评', cell: 'J3', value: '100%', onlyIfEmpty: true },
  {
    id: 'dv',
    kind: 'dataValidation',
    sheet: '项目自评',
    range: 'G3:G5',
    requires: 'ExcelApi1.8',
    rule: { type: 'decimal', min: 0, max: '=F3' },
    ignoreBlanks: true,
    prompt: { title: '得分', message: '不超过分值' },
    error: { title: '得分超过分值', message: '得分不能超过分值', style: 'stop' },
  },
  {
    id: 'cf',
    kind: 'conditionalFormat',
    sheet: '项目自评',
    range: 'G3:G5',
    requires: 'ExcelApi1.6',
    formula: '=ROUND(G3,2)<>ROUND(I3,2)',
    fill: '#FFC7CE',
    priority: 1,
    fallback: [{ id: 'cf-fill', kind: 'fill', sheet: '项目自评', range: 'G5', fill: '#FFC7CE' }],
  },
  { id: 'col', kind: 'column', sheet: '项目自评', columns: 'I', width: 10 },
  { id: 'note', kind: 'note', sheet: '项目自评', cell: 'G5', text: '应得 9.47 分' },
  { id: 'ro', kind: 'setValue', sheet: '说明', cell: 'B1', value: 'x', onlyIfEmpty: false },
];

describe('apply', () => {
  test('applies a plan in one round trip, with capability checks and protected sheets skipped', async () => {
    const caps = detectCapabilities();
    const report = await run(async (ctx) => {
      const state = await readWorkbook(ctx, caps);
      host.resetLog();
      return applyEdits(ctx, state, caps, plan);
    });
    expect(report.syncs).toBe(1);
    expect(host.log.syncs).toBe(1);
    expect(host.log.suspendedCalculation).toBe(1);
    const status = Object.fromEntries(report.outcomes.map((o) => [o.id, o.status]));
    expect(status).toMatchObject({
      f1: 'applied',
      keep: 'skipped',
      ro: 'skipped',
      cf: 'applied',
      dv: 'applied',
    });
    expect(report.outcomes.find((o) => o.id === 'ro')).toMatchObject({ reason: 'protected' });
    const doc = host.doc;
    expect(doc.formula('项目自评', 'I3')).toBe('=MIN(F3,F3*25/30)');
    expect(doc.get('项目自评', 'I3')).toBeCloseTo(8.333, 3);
    expect(doc.get('项目自评', 'J3')).toBe('100%'); // text stays text
    expect(doc.get('项目自评', 'A1')).toBe('项目支出绩效自评表');
    expect(doc.sheet('_绩效助手')?.visibility).toBe('VeryHidden');
    expect(doc.get('_绩效助手', 'A1')).toBe('registry');
    expect(doc.validationAt('项目自评', 'G4')?.rule).toEqual({
      decimal: { formula1: 0, formula2: '=F3', operator: 'Between' },
    });
    expect(doc.effectiveFill('项目自评', 'G5')).toBe('#FFC7CE'); // 9 vs 9.47
    expect(doc.effectiveFill('项目自评', 'G4')).toBeNull();
    expect(doc.note('项目自评', 'G5')).toBe('应得 9.47 分');
    expect(doc.sheet('项目自评')?.columnWidths.get(8)).toBeGreaterThan(50);
  });

  test('re-applying the same plan does not duplicate conditional formats or notes', async () => {
    const caps = detectCapabilities();
    for (let i = 0; i < 3; i++) {
      await run(async (ctx) => applyEdits(ctx, await readWorkbook(ctx, caps), caps, plan));
    }
    expect(host.doc.conditionalFormatsAt('项目自评', 'G4')).toHaveLength(1);
    expect(host.doc.note('项目自评', 'G5')).toBe('应得 9.47 分');
  });

  test('on Office 2016 level Excel, conditional formats become static fills and validation is skipped', async () => {
    host = createOfficeHost(form().doc, { excelApi: '1.4' });
    host.install();
    const caps = detectCapabilities();
    const report = await run(async (ctx) =>
      applyEdits(ctx, await readWorkbook(ctx, caps), caps, plan),
    );
    const byId = Object.fromEntries(report.outcomes.map((o) => [o.id, o]));
    expect(byId.cf).toEqual({ id: 'cf', status: 'substituted', by: ['cf-fill'] });
    expect(byId['cf-fill'].status).toBe('applied');
    expect(byId.dv).toMatchObject({ status: 'skipped', reason: 'missingCapability' });
    expect(byId.note).toMatchObject({ status: 'skipped', reason: 'missingCapability' });
    expect(host.doc.fill('项目自评', 'G5')).toBe('#FFC7CE');
    expect(host.doc.conditionalFormatsAt('项目自评', 'G5')).toHaveLength(0);
    expect(host.log.suspendedCalculation).toBe(0);
  });

  test('large writes are chunked under the payload limit', async () => {
    const n = 3000;
    host = createOfficeHost(
      { sheets: [{ name: 'S', rows: Array.from({ length: n }, (_, i) => [`指标${i}`, 1]) }] },
      { payloadLimit: 100_000 },
    );
    host.install();
    const edits: Edit[] = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: 'setFormula' as const,
      sheet: 'S',
      cell: `C${i + 1}`,
      formula: `=IF(ISNUMBER(B${i + 1}),B${i + 1}*2,"需要补充：完成值无法解析")`,
      onlyIfEmpty: true,
    }));
    const caps = detectCapabilities();
    const report = await run(async (ctx) => {
      const state = await readWorkbook(ctx, caps);
      host.resetLog();
      return applyEdits(ctx, state, caps, edits, { payloadBudget: 80_000 });
    });
    expect(report.syncs).toBeGreaterThan(1);
    expect(host.log.batches.every((b) => b.bytes <= 100_000)).toBe(true);
    expect(host.doc.get('S', `C${n}`)).toBe(2);
    expect(report.outcomes.every((o) => o.status === 'applied')).toBe(true);
  });

  test('re-applying a large plan sends only the cells that changed, in one round trip', async () => {
    const n = 3000;
    host = createOfficeHost(
      { sheets: [{ name: 'S', rows: Array.from({ length: n }, (_, i) => [`指标${i}`, 1]) }] },
      { payloadLimit: 100_000 },
    );
    host.install();
    const edits: Edit[] = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: 'setFormula' as const,
      sheet: 'S',
      cell: `C${i + 1}`,
      formula: `=IF(ISNUMBER(B${i + 1}),B${i + 1}*2,"需要补充：完成值无法解析")`,
      numberFormat: '0.00',
      onlyIfEmpty: false,
    }));
    // the planner undoes its previous writing before writing again: the last write wins
    const replan: Edit[] = [
      ...edits.map((_, i): Edit => ({
        id: `undo-c${i}`,
        kind: 'setValue',
        sheet: 'S',
        cell: `C${i + 1}`,
        value: null,
        onlyIfEmpty: false,
      })),
      ...edits,
      { id: 'x', kind: 'setValue', sheet: 'S', cell: 'D5', value: '新值', onlyIfEmpty: false },
    ];
    const caps = detectCapabilities();
    const apply = (list: Edit[]) =>
      run(async (ctx) => {
        const state = await readWorkbook(ctx, caps);
        host.resetLog();
        return applyEdits(ctx, state, caps, list, { payloadBudget: 80_000 });
      });
    expect((await apply(edits)).syncs).toBeGreaterThan(1);
    host.doc.set('S', 'B7', 5);
    const again = await apply(replan);
    expect(again.syncs).toBe(1);
    expect(host.log.batches[0].ops).toBeLessThan(10);
    expect(again.outcomes.every((o) => o.status === 'applied')).toBe(true);
    expect(host.doc.get('S', 'C7')).toBe(10);
    expect(host.doc.formula('S', 'C7')).toMatch(/^=IF\(ISNUMBER\(B7\)/);
    expect(host.doc.get('S', 'D5')).toBe('新值');
  });

  test('validation of adjacent cells with the same relative rule and messages is one range', async () => {
    host = createOfficeHost({
      sheets: [{ name: 'S', rows: Array.from({ length: 6 }, () => [1, 2, null]) }],
    });
    host.install();
    const dv = (row: number, weight: number): Edit => ({
      id: `dv${row}`,
      kind: 'dataValidation',
      sheet: 'S',
      range: `C${row}`,
      rule: { type: 'custom', formula: `=AND(ISNUMBER(C${row}),C${row}<=$B$1,C${row}<=B${row})` },
      ignoreBlanks: true,
      prompt: { title: '得分', message: `0 至 ${weight} 分` },
    });
    const edits = [dv(1, 2), dv(2, 2), dv(3, 2), dv(4, 5), dv(5, 2), dv(6, 2)];
    const caps = detectCapabilities();
    const report = await run(async (ctx) =>
      applyEdits(ctx, await readWorkbook(ctx, caps), caps, edits),
    );
    expect(report.outcomes.map((o) => o.status)).toEqual(Array(6).fill('applied'));
    const ranges = host.doc
      .sheet('S')!
      .validations.map((v) => v.areas.map((a) => `${a.top + 1}-${a.bottom + 1}`).join());
    expect(ranges).toEqual(['1-3', '4-4', '5-6']);
    expect(host.doc.validationAt('S', 'C6')?.prompt?.message).toBe('0 至 2 分');
  });

  test('without chunking the simulated web host rejects the request, as Excel on the web does', async () => {
    host = createOfficeHost({ sheets: [{ name: 'S', rows: [[1]] }] }, { payloadLimit: 1000 });
    host.install();
    const edits: Edit[] = [
      {
        id: 'big',
        kind: 'setValue',
        sheet: 'S',
        cell: 'A2',
        value: 'x'.repeat(5000),
        onlyIfEmpty: false,
      },
    ];
    const caps = detectCapabilities();
    const err = await run(async (ctx) =>
      applyEdits(ctx, await readWorkbook(ctx, caps), caps, edits),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).kind).toBe('payloadTooLarge');
    expect((err as ExcelHostError).message).toMatch(/大小限制/);
  });

  test('cell edit mode gives a clear Chinese message, not a stack trace', async () => {
    const caps = detectCapabilities();
    host.state.editMode = true;
    const err = await run((ctx) => readWorkbook(ctx, caps)).catch((e: unknown) => e);
    // the read itself fails with Office's code; the faces map it
    const { toHostError } = await import('../../../src/hosts/excel/errors');
    const mapped = toHostError(err);
    expect(mapped.kind).toBe('editMode');
    expect(mapped.message).toBe(
      'Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再点一次。',
    );
  });

  test('a sheet protected after the read gives the protected-sheet message and a partial report', async () => {
    const caps = detectCapabilities();
    const err = await run(async (ctx) => {
      const state = await readWorkbook(ctx, caps);
      host.doc.sheet('项目自评')!.protected = true; // protected by the user meanwhile
      return applyEdits(
        ctx,
        state,
        caps,
        plan.filter((e) => e.sheet === '项目自评'),
      );
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    const e = err as ExcelHostError;
    expect(e.kind).toBe('protected');
    expect(e.message).toBe('工作表“项目自评”受保护，无法写入。请在“审阅 → 撤消工作表保护”后重试。');
    expect(e.report?.outcomes.some((o) => o.status === 'failed')).toBe(true);
  });

  test('removal edits delete only our conditional formats and validation', async () => {
    const caps = detectCapabilities();
    await run(async (ctx) => applyEdits(ctx, await readWorkbook(ctx, caps), caps, plan));
    // a user's own rule on the same range survives
    host.doc.addConditionalFormat(
      host.doc.sheet('项目自评')!,
      { top: 2, left: 6, bottom: 4, right: 6 },
      {
        formula: '=G3>100',
        fill: '#00FF00',
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      },
    );
    const removal: Edit[] = [
      {
        id: 'rcf',
        kind: 'removeConditionalFormats',
        sheet: '项目自评',
        range: 'G3:G5',
        formulas: ['=ROUND(G3,2)<>ROUND(I3,2)'],
      },
      { id: 'rdv', kind: 'removeValidation', sheet: '项目自评', range: 'G3:G5' },
      {
        id: 'rf',
        kind: 'setValue',
        sheet: '项目自评',
        cell: 'I3',
        value: null,
        onlyIfEmpty: false,
      },
      { id: 'rs', kind: 'deleteSheet', sheet: '_绩效助手' },
    ];
    const report = await run(async (ctx) =>
      applyEdits(ctx, await readWorkbook(ctx, caps), caps, removal),
    );
    expect(report.outcomes.every((o) => o.status === 'applied')).toBe(true);
    const left = host.doc.conditionalFormatsAt('项目自评', 'G4');
    expect(left.map((f) => f.formula)).toEqual(['=G3>100']);
    expect(host.doc.validationAt('项目自评', 'G4')).toBeNull();
    expect(host.doc.get('项目自评', 'I3')).toBe('');
    expect(host.doc.sheet('_绩效助手')).toBeUndefined();
  });
});

describe('print area and column widths', () => {
  test('the read reports the print area; printArea and resetWidth edits apply and undo', async () => {
    const caps = detectCapabilities();
    const set: Edit[] = [
      { id: 'pa', kind: 'printArea', sheet: '项目自评', range: 'A1:H7' },
      { id: 'w', kind: 'column', sheet: '项目自评', columns: 'I:J', width: 12 },
    ];
    await run(async (ctx) => applyEdits(ctx, await readWorkbook(ctx, caps), caps, set));
    const state = await run((ctx) => readWorkbook(ctx, caps));
    expect((state.snapshot.sheets[0] as { printArea?: string | null }).printArea).toBe('A1:H7');
    expect(host.doc.sheet('项目自评')?.columnWidths.get(9)).toBeGreaterThan(60);
    const undo = [
      { id: 'pa0', kind: 'printArea', sheet: '项目自评', range: null },
      { id: 'w0', kind: 'column', sheet: '项目自评', columns: 'I:J', resetWidth: true },
    ] as Edit[];
    await run(async (ctx) => applyEdits(ctx, await readWorkbook(ctx, caps), caps, undo));
    expect(host.doc.sheet('项目自评')?.printArea).toBeNull();
    expect(host.doc.sheet('项目自评')?.columnWidths.has(9)).toBe(false);
    const after = await run((ctx) => readWorkbook(ctx, caps));
    expect((after.snapshot.sheets[0] as { printArea?: string | null }).printArea).toBeNull();
  });
});
