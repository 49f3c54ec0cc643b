/**
 * A form on a sheet the user hid is audited, and its findings say the sheet is hidden — read
 * through the .xlsx host and through the Excel host alike. The add-in's own very hidden helper
 * sheet is not marked.
 */
import * as path from 'path';
import { analyzeWorkbook } from '../../src/core';
import { detectCapabilities } from '../../src/hosts/excel/capabilities';
import { readWorkbook as readExcel } from '../../src/hosts/excel/read';
import { readWorkbook as readXlsx } from '../../src/hosts/xlsx/read';
import { createOfficeHost } from '../../tools/office-sim';

const FORM = [
  ['项目支出绩效自评表'],
  ['项目名称', '农田水利维修项目'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '维修渠道长度', '≥25公里', '26公里', 50, 50],
  ['效益指标', '经济效益指标', '新增灌溉面积', '≥3000亩', '2700亩', 50, 45],
  ['总分', null, null, null, null, 100, 95],
];

describe('hidden sheets', () => {
  it('xlsx host: the form on the hidden sheet is audited and said to be hidden', async () => {
    const file = path.join(__dirname, '..', 'fixtures', 'layouts', 'hidden-sheet.xlsx');
    const read = await readXlsx(file);
    if (!read.ok) throw new Error(read.reason);
    expect(read.workbook.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['封面', false],
      ['自评表', true],
    ]);
    const report = analyzeWorkbook(read.workbook, { file: 'hidden-sheet.xlsx' });
    expect(report.tables.map((t) => t.sheet)).toEqual(['自评表']);
    const finding = report.tables[0].findings?.find((f) => f.code === 'hiddenSheet');
    expect(finding?.message).toBe('工作表“自评表”是隐藏的，其中的自评表同样已审核');
  });

  it('Excel host: a Hidden sheet is marked, a VeryHidden one is not', async () => {
    const host = createOfficeHost({
      sheets: [
        { name: '可见', rows: FORM },
        { name: '隐藏', rows: FORM },
        { name: '助手', rows: [['x']] },
      ],
    });
    host.doc.sheets[1].visibility = 'Hidden';
    host.doc.sheets[2].visibility = 'VeryHidden';
    host.install();
    type Run = (f: (ctx: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
    const caps = detectCapabilities();
    let state: Awaited<ReturnType<typeof readExcel>> | null = null;
    await (host.Excel as { run: Run }).run(async (ctx) => {
      state = await readExcel(ctx, caps);
    });
    if (!state) throw new Error('no read');
    const { snapshot } = state as Awaited<ReturnType<typeof readExcel>>;
    expect(snapshot.sheets.map((s) => s.hidden === true)).toEqual([false, true, false]);
    const report = analyzeWorkbook(snapshot, { file: 'book' });
    const codes = report.tables.map((t) => [
      t.sheet,
      (t.findings ?? []).some((f) => f.code === 'hiddenSheet'),
    ]);
    expect(codes).toEqual([
      ['可见', false],
      ['隐藏', true],
    ]);
  });
});
