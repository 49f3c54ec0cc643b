import { RecognizedWorkbookSchema } from '../../src/model/table';
import { recognizeSheet, recognizeSheetFull, recognizeWorkbook } from '../../src/recognize';
import type { SheetSnapshot } from '../../src/snapshot/types';
import {
  basicDataForm,
  fushunForm,
  jinshuiForm,
  projectForm,
  rubricForm,
  stackedProjects,
  withMerges,
} from './forms';
import { snapshot } from './helpers';
import { canon, indicatorLines } from './summary';

const both = [true, false] as const;

function only(s: SheetSnapshot) {
  const tables = recognizeSheet(s);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('project form (national layout)', () => {
  it.each(both)('reads budget, indicators and total (merges known: %s)', (known) => {
    const t = only(withMerges('附件4', projectForm('大院保安转辅警经费'), known));
    expect(t.kind).toBe('project');
    expect(t.title).toBe('项目支出绩效自评表');
    expect(t.name).toBe('大院保安转辅警经费');
    expect(t.nameCell?.address).toBe('B3');
    expect(t.headerRow).toBe(11);
    expect(t.headerRows).toBe(1);
    expect(t.columns).toMatchObject({ level1: 2, level2: 3, name: 4, target: 5, actual: 6 });
    expect(t.columns).toMatchObject({ weight: 7, score: 8, reasonText: 9 });
    expect(t.budget).toMatchObject({ row: 6, label: '年度资金总额' });
    expect(t.budget?.initial?.address).toBe('C6');
    expect(t.budget?.weight?.address).toBe('F6');
    expect(t.budget?.rate?.address).toBe('G6');
    expect(t.budget?.rate?.value).toBe('　100%');
    expect(t.budget?.score?.address).toBe('H6');
    expect(t.indicators).toHaveLength(9);
    const [first] = t.indicators;
    expect(first).toMatchObject({ row: 12, level1: '产出指标', level1Weight: 50 });
    expect(first).toMatchObject({ level2: '数量指标', name: '预计转辅警人' });
    expect(first.target).toMatchObject({ address: 'E12', value: '30人' });
    expect(first.actual).toMatchObject({ address: 'F12', value: '30人' });
    expect(first.weight).toMatchObject({ address: 'G12', value: 15 });
    expect(first.score).toMatchObject({ address: 'H12', value: 15 });
    // 执勤率 sits under the merged (or blank-carried) 质量指标.
    expect(t.indicators[2]).toMatchObject({ row: 14, level2: '质量指标', name: '执勤率' });
    expect(t.indicators[5]).toMatchObject({ level1: '效益指标', level1Weight: 30 });
    expect(t.indicators[5].level2).toBe('经济效益指标');
    expect(t.indicators[8]).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标' });
    expect(t.total).toMatchObject({ row: 21, label: '总分' });
    expect(t.total?.stated).toMatchObject({ address: 'H21', value: '　100' });
    expect(t.total?.weightSum).toMatchObject({ address: 'G21', value: 100 });
    expect(t.range).toEqual({ top: 11, left: 2, bottom: 21, right: 9 });
    expect(t.block.top).toBe(1);
  });

  it('gives the same rows with and without merge information', () => {
    const a = only(withMerges('s', projectForm('x'), true));
    const b = only(withMerges('s', projectForm('x'), false));
    expect(b.indicators).toEqual(a.indicators);
    expect(b.total).toEqual(a.total);
    expect(b.budget).toEqual(a.budget);
    expect(a.notes.map((n) => n.code)).not.toContain('labels-carried-down');
    expect(b.notes.map((n) => n.code)).toContain('labels-carried-down');
  });

  it.each(both)('splits twelve stacked forms (merges known: %s)', (known) => {
    const names = Array.from({ length: 12 }, (_, i) => `项目${i + 1}`);
    const tables = recognizeSheet(withMerges('附件4', stackedProjects(names), known));
    expect(tables.map((t) => t.name)).toEqual(names);
    for (const t of tables) {
      expect(t.kind).toBe('project');
      expect(t.indicators).toHaveLength(9);
      expect(t.total?.label).toBe('总分');
      expect(t.budget?.label).toBe('年度资金总额');
      expect(t.budget!.row).toBeLessThan(t.headerRow);
      expect(t.budget!.row).toBeGreaterThan(t.headerRow - 10);
    }
    expect(new Set(tables.map((t) => t.id)).size).toBe(12);
  });
});

describe('Fushun department form', () => {
  it.each(both)('two-row header, operator/content/unit and tick columns (merges: %s)', (known) => {
    const t = only(withMerges('附件4-2-1', fushunForm(), known));
    expect(t.kind).toBe('department');
    expect(t.name).toBe('抚顺市人民政府办公室');
    expect(t.headerRow).toBe(8);
    expect(t.headerRows).toBe(2);
    expect(t.columns).toMatchObject({
      level1: 1,
      level2: 2,
      name: 3,
      operator: 4,
      target: 5,
      unit: 6,
      actual: 7,
      completion: 8,
      weight: 9,
      score: 10,
      reasonText: 16,
      improvement: 17,
    });
    expect(t.columns.reasonTicks).toEqual([
      { category: 'funding', col: 11 },
      { category: 'policy', col: 12 },
      { category: 'staffing', col: 13 },
      { category: 'hardware', col: 14 },
      { category: 'other', col: 15 },
    ]);
    expect(t.indicators.map((i) => i.row)).toEqual([10, 13, 14, 15]);
    expect(t.indicators.map((i) => i.name)).toEqual([
      '重点工作办结率',
      '工作完成及时率',
      '结转结余变动率',
      '预算调整率',
    ]);
    expect(t.indicators[1]).toMatchObject({ level1: '履职效能', level2: '整体工作完成情况' });
    const adj = t.indicators[3];
    expect(adj).toMatchObject({ level1: '预算执行', level2: '预算执行效率' });
    expect(adj.reasonTicks.map((x) => x.cell.value)).toEqual(['✓', null, null, null, null]);
    expect(adj.reasonText?.value).toBe('振兴大厦租金增加预算');
    expect(adj.improvement?.value).toBe('足额编制预算');
    expect(t.indicators[2].reasonTicks[4].cell).toMatchObject({ address: 'O14', value: '√' });
    expect(t.indicators[2].operator?.value).toBe('≤');
    expect(t.budget).toMatchObject({ row: 6, label: '年度部门预算支出小计（一+二）' });
    expect(t.budget?.executed?.value).toBe(9947.29);
    expect(t.total?.stated).toMatchObject({ address: 'B17', value: 96.05 });
    expect(t.total?.label).toBe('总评价得分');
    const ph = t.notes.find((n) => n.code === 'placeholder-rows-skipped');
    expect(ph?.rows).toEqual([11, 12, 16]);
  });
});

describe('Jinshui department form', () => {
  it.each(both)('operator in target, 得分 header missing, total above (merges: %s)', (known) => {
    const t = only(withMerges('金水', jinshuiForm(), known));
    expect(t.kind).toBe('department');
    expect(t.name).toBe('郑州市金水区人民政府办公室');
    expect(t.columns).toMatchObject({ target: 4, unit: 5, actual: 6, weight: 7, score: 8 });
    expect(t.notes.map((n) => n.code)).toContain('score-column-inferred');
    expect(t.indicators).toHaveLength(6);
    expect(t.indicators[0]).toMatchObject({
      level1: '投入管理指标',
      level1Weight: 20,
      level2: '工作目标管理',
      name: '年度履职目标相关性',
    });
    expect(t.indicators[3].target?.value).toBe('20≤');
    expect(t.indicators[2].score).toMatchObject({ address: 'H12', value: 1.5 });
    expect(t.indicators[4]).toMatchObject({ level1: '产出指标', level1Weight: 40 });
    expect(t.budget).toMatchObject({ row: 7, label: '部门预算总额' });
    expect(t.budget?.initial?.value).toBe(234);
    expect(t.budget?.adjusted?.value).toBeNull();
    expect(t.budget?.score?.value).toBe(7.42);
    expect(t.total).toMatchObject({ row: 4, label: '自评得分' });
    expect(t.total?.stated.value).toBe(95.92);
    expect(t.grade?.stated).toMatchObject({ address: 'G5', value: '优' });
  });
});

describe('rubric self-score table (Longhua)', () => {
  it.each(both)('three-row header with 名称/分值 per level (merges: %s)', (known) => {
    const r = recognizeSheetFull(withMerges('附件2', rubricForm(true), known));
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].row).toBe(2);
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0];
    expect(t.kind).toBe('rubric');
    expect(t.headerRow).toBe(9);
    expect(t.headerRows).toBe(3);
    expect(t.columns).toMatchObject({
      level1: 1,
      level1Weight: 2,
      level2: 3,
      level2Weight: 4,
      name: 5,
      weight: 6,
      criteria: 7,
      score: 8,
      data: 9,
    });
    expect(indicatorLines(t)).toEqual([
      '部门决策 | 25 | 预算编制 | 10 | 预算编制合理性 | - | - | 5 | 5',
      '部门决策 | 25 | 预算编制 | 10 | 预算编制规范性 | - | - | 5 | 5',
      '部门决策 | 25 | 目标设置 | 15 | 绩效目标完整性 | - | - | 8 | 8',
      '部门管理 | 20 | 资金管理 | 8 | 政府采购执行率 | - | - | 2 | 2',
      '部门管理 | 20 | 人员管理 | 2 | 编外人员控制率 | - | - | 1 | 0',
    ]);
    expect(t.indicators[3].criteria).toBe('1.本指标得分=政府采购执行率×2分');
    expect(t.indicators[3].data?.value).toBe('实际采购659.98万元，计划659.98万元');
  });

  it('a framework alone is not a form, with the reason', () => {
    const s = snapshot('框架', rubricForm(true).lines.slice(0, 6), { merges: null });
    const r = recognizeSheetFull(s);
    expect(r.tables).toHaveLength(0);
    expect(r.notForm).toMatch(/reference framework/);
  });
});

describe('basic-data table (Hengyang 附件2)', () => {
  it.each(both)('staff and spending lines by period (merges: %s)', (known) => {
    const t = only(withMerges('附件2', basicDataForm(), known));
    expect(t.kind).toBe('basic-data');
    expect(t.title).toBe('部门整体支出绩效评价基础数据表');
    expect(t.headerRow).toBe(4);
    const d = t.basicData!;
    expect(d.staff).toMatchObject({ row: 5 });
    expect(d.staff?.establishment?.value).toBe('　121');
    expect(d.staff?.rate?.value).toBe('95.04%　');
    expect(d.periods).toEqual([
      { col: 2, label: '2021年决算数', year: 2021, kind: 'final' },
      { col: 3, label: '2022年预算数', year: 2022, kind: 'budget' },
      { col: 4, label: '2022年决算数', year: 2022, kind: 'final' },
    ]);
    const byRole = (role: string) => d.lines.filter((l) => l.role === role).map((l) => l.label);
    expect(byRole('threePublic')).toEqual(['三公经费']);
    expect(byRole('vehicle')).toEqual(['1、公务用车购置和维护经费']);
    expect(byRole('vehiclePurchase')).toEqual(['其中：公交车购置']);
    expect(byRole('vehicleOperation')).toEqual(['公交车运行维护']);
    expect(byRole('abroad')).toEqual(['2、出国经费']);
    expect(byRole('reception')).toEqual(['3、公务接待']);
    expect(byRole('project')).toEqual(['机要工作经费', '大院保安转辅警经费']);
    expect(byRole('procurement')).toEqual(['政府采购金额']);
    const three = d.lines.find((l) => l.role === 'threePublic')!;
    expect(three.cells.map((c) => c.address)).toEqual(['B11', 'C11', 'D11']);
    expect(three.cells.map(canon)).toEqual(['137.78', '146.5', '99.33']);
    expect(d.lines.some((l) => l.label === '……' || l.label === '无')).toBe(false);
  });
});

describe('coping with real-world layouts', () => {
  const header = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分';
  const rows = [
    '产出指标(60分)\t数量指标\t调研次数\t5次以上\t6次\t30\t30',
    '\t质量指标\t办复率\t100%\t100%\t30\t30',
    '效益指标(40分)\t社会效益指标\t满意度\t95%以上\t96%\t40\t40',
  ];

  it('header synonyms, reordered, extra and missing columns', () => {
    const s = snapshot('syn', [
      '一级\t二级\t具体指标\t备注\t全年实际完成值\t年度目标值\t自评得分\t权重',
      '产出指标(60分)\t数量指标\t调研次数\t-\t6次\t5次以上\t30\t30',
      '\t质量指标\t办复率\t\t100%\t100%\t30\t30',
    ]);
    const t = only(s);
    expect(t.columns).toMatchObject({ name: 3, actual: 5, target: 6, score: 7, weight: 8 });
    expect(t.columns.completion).toBeNull();
    expect(t.columns.reasonText).toBeNull();
    expect(t.indicators[0].target?.value).toBe('5次以上');
    expect(t.indicators[0].actual?.value).toBe('6次');
    expect(t.indicators[0].completion).toBeNull();
    expect(t.indicators[1].level2).toBe('质量指标');
  });

  it('headers split over two rows and line breaks inside header text', () => {
    const s = snapshot('split', [
      '一级\t二级\t三级\t年度\t实际\t分\n值\t得 分',
      '指标\t指标\t指标\t指标值\t完成值\t\t',
      ...rows,
    ]);
    const t = only(s);
    expect(t.headerRows).toBe(2);
    expect(t.columns).toMatchObject({ level1: 1, level2: 2, name: 3, target: 4, actual: 5 });
    expect(t.columns).toMatchObject({ weight: 6, score: 7 });
    expect(t.indicators).toHaveLength(3);
  });

  it('title blocks, blank spacer rows, notes and signatures around the form', () => {
    const s = snapshot('spaced', [
      '2022年度项目支出绩效自评表',
      '',
      '项目名称：综合调研经费',
      '',
      header,
      '',
      rows[0],
      '',
      '',
      rows[1],
      rows[2],
      '合计\t\t\t\t\t100\t100',
      '注：定量指标按比例计分。',
      '填表人：张三',
    ]);
    const t = only(s);
    expect(t.kind).toBe('project');
    expect(t.name).toBe('综合调研经费');
    expect(t.nameCell?.address).toBe('A3');
    expect(t.indicators.map((i) => i.row)).toEqual([7, 10, 11]);
    expect(t.indicators[1].level1).toBe('产出指标');
    expect(t.total).toMatchObject({ row: 12, label: '合计' });
    expect(t.total?.stated.address).toBe('G12');
  });

  it('stops at a note even without a total row', () => {
    const s = snapshot('note', [
      header,
      ...rows,
      '注：1.本表不含合计',
      '产出指标\t数量\t不是指标\t1\t1\t1\t1',
    ]);
    const t = only(s);
    expect(t.indicators).toHaveLength(3);
    expect(t.total).toBeNull();
    expect(t.notes.map((n) => n.code)).toContain('no-total');
  });

  it('tick marks √ ✓ ✔ 是 under 未完成原因 are kept as written', () => {
    const s = snapshot('ticks', [
      '一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t未完成原因\t\t\t\t\t\t改进措施',
      '\t\t\t\t\t\t\t经费保障\t制度保障\t人员保障\t硬件条件保障\t其他\t原因说明\t',
      '产出指标\t数量指标\t次数\t10\t8\t10\t8\t√\t✓\t✔\t是\t\t经费不足\t追加',
    ]);
    const t = only(s);
    expect(t.columns.reasonTicks.map((x) => x.category)).toEqual([
      'funding',
      'policy',
      'staffing',
      'hardware',
      'other',
    ]);
    const ticks = t.indicators[0].reasonTicks.map((x) => x.cell.value);
    expect(ticks).toEqual(['√', '✓', '✔', '是', null]);
    expect(t.indicators[0].reasonText?.value).toBe('经费不足');
    expect(t.indicators[0].improvement?.value).toBe('追加');
  });

  it('a lone 未完成原因 column is the reason text', () => {
    const s = snapshot('reason', [header + '\t未完成原因', rows[0] + '\t无']);
    const t = only(s);
    expect(t.columns.reasonText).toBe(8);
    expect(t.notes.map((n) => n.code)).toContain('reason-group-as-text');
  });

  it('first-level labels carrying their weight, full-width and in words', () => {
    const s = snapshot('weights', [
      header,
      '产出指标（５０分）\t数量指标\t次数\t1\t1\t50\t50',
      '效益\n指标\n（ 30 分）\t社会效益\t效果\t好\t好\t30\t30',
      '满意度指标\t满意度\t满意\t满意\t满意\t20\t20',
    ]);
    const t = only(s);
    expect(t.indicators.map((i) => [i.level1, i.level1Weight])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', null],
    ]);
  });

  it('keeps numbers stored as text, full-width digits and percent formats raw', () => {
    const s = snapshot(
      'raw',
      [header, "产出指标\t数量指标\t次数\t'10\t１０\t'15\t１５", '\t\t比率\t0.95\t1\t5\t5'],
      {
        numberFormats: [[], [], [null, null, null, '0%', '0.00%', null, null]],
      },
    );
    const t = only(s);
    const [a, b] = t.indicators;
    expect(a.target?.value).toBe('10');
    expect(a.actual?.value).toBe('１０');
    expect(a.weight?.value).toBe('15');
    expect(a.score?.value).toBe('１５');
    expect(b.target).toMatchObject({ value: 0.95, numberFormat: '0%' });
    expect(b.actual).toMatchObject({ value: 1, numberFormat: '0.00%' });
  });

  it('reads hidden columns and says so', () => {
    const s = snapshot('hidden', [header, ...rows], { hiddenColumns: [3], hiddenRows: [2] });
    const t = only(s);
    expect(t.indicators[0].target?.value).toBe('5次以上');
    expect(t.indicators).toHaveLength(3);
    const codes = t.notes.map((n) => n.code);
    expect(codes).toContain('hidden-columns');
    expect(codes).toContain('hidden-rows');
  });

  it('cleans whitespace, line breaks and full-width spaces in labels', () => {
    const s = snapshot('clean', [
      header,
      '　产出\n指标　\t 数量 指标 \t　年度履职 目标相关性　\t相关\t相关\t1\t1',
    ]);
    const t = only(s);
    expect(t.indicators[0]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '年度履职目标相关性',
    });
  });

  it('keeps a row with a name but nothing filled in, skips a name-less empty row', () => {
    const s = snapshot('empty', [header, rows[0], '\t\t未填指标', '\t\t', rows[1]]);
    const t = only(s);
    expect(t.indicators.map((i) => i.name)).toEqual(['调研次数', '未填指标', '办复率']);
  });

  it('steps over a header repeated on a new page', () => {
    const s = snapshot('pages', [
      header,
      rows[0],
      rows[1],
      '',
      header,
      rows[2],
      '总分\t\t\t\t\t100\t100',
    ]);
    const r = recognizeSheetFull(s);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].indicators).toHaveLength(3);
    expect(r.tables[0].total?.row).toBe(7);
  });

  it('a form whose total is blank points at the empty 得分 cell', () => {
    const s = snapshot('blank-total', [header, ...rows, '总分\t\t\t\t\t100\t']);
    const t = only(s);
    expect(t.total?.stated).toMatchObject({ address: 'G5', value: null });
    expect(t.total?.weightSum).toMatchObject({ address: 'F5', value: 100 });
  });

  it('budget amount written inside the label (Hengyang 附件3)', () => {
    const s = snapshot('附件3', [
      '部门整体支出绩效自评表',
      '部门名称\t衡阳市人民政府办公室　\t执行数\t资金执行率\t分值\t得分',
      '年度预算\n申请（万元）\t资金总额：2677.71\t4848.13\t143.91%\t10\t10',
      '部门整体支出年度绩效指标\t一级指标\t二级指标\t三级指标\t年度\n指标值\t实际\n完成值\t分值\t得分\t偏差原因\n分析及\n改进措施',
      '\t产出\n指标\n(50分)\t数量指标\t督查督办次数\t30次以上\t100%\t15\t　15\t　',
      '                          总分\t100\t\t',
    ]);
    const t = only(s);
    expect(t.kind).toBe('department');
    expect(t.name).toBe('衡阳市人民政府办公室');
    expect(t.budget).toMatchObject({ row: 3, label: '资金总额：2677.71' });
    expect(t.budget?.initial?.address).toBe('B3');
    expect(t.budget?.executed?.value).toBe(4848.13);
    expect(t.budget?.rate?.value).toBe('143.91%');
    expect(t.notes.map((n) => n.code)).toContain('budget-amount-in-label');
    expect(t.indicators).toHaveLength(1);
    expect(t.total?.label).toBe('总分');
  });
});

describe('never throws; non-forms give a reason', () => {
  it('a narrative sheet is not a form', () => {
    const s = snapshot('报告', [
      '党政办公室 2023 年度整体支出绩效自评报告',
      '一、部门基本情况',
      '预算执行率 99.71%',
    ]);
    const r = recognizeSheetFull(s);
    expect(r.tables).toEqual([]);
    expect(r.notForm).toMatch(/no indicator header/);
  });

  it('survives malformed snapshots', () => {
    const bad = [
      { name: 'x', values: [], merges: null, hiddenRows: [], hiddenColumns: [] },
      {
        name: 'y',
        values: [[null], [], [undefined]],
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      },
      { name: 'z', values: null, merges: null, hiddenRows: null, hiddenColumns: null },
      null,
    ] as unknown as SheetSnapshot[];
    const wb = recognizeWorkbook({ sheets: bad });
    expect(wb.sheets).toHaveLength(4);
    for (const s of wb.sheets) expect(s.tables).toEqual([]);
    expect(recognizeWorkbook(null as never)).toEqual({ sheets: [] });
  });

  it('output validates against the model schema', () => {
    const sheets = [
      withMerges('a', fushunForm(), true),
      withMerges('b', jinshuiForm(), false),
      withMerges('c', rubricForm(), true),
      withMerges('d', basicDataForm(), false),
      withMerges('e', stackedProjects(['p', 'q']), true),
    ];
    const wb = recognizeWorkbook({ sheets });
    expect(() => RecognizedWorkbookSchema.parse(wb)).not.toThrow();
    expect(JSON.parse(JSON.stringify(wb))).toEqual(wb);
  });
});

describe('performance', () => {
  it('is linear: 100 sheets × ~100 rows recognise quickly', () => {
    const sheets: SheetSnapshot[] = [];
    for (let i = 0; i < 100; i++) {
      sheets.push(withMerges(`s${i}`, stackedProjects(['甲', '乙', '丙', '丁']), i % 2 === 0));
    }
    const start = performance.now();
    const wb = recognizeWorkbook({ sheets });
    const ms = performance.now() - start;
    expect(wb.sheets.every((s) => s.tables.length === 4)).toBe(true);
    expect(ms).toBeLessThan(3000);
  });
});
