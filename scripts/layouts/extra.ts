/**
 * More regional variants: a national form with separate 运算符号 and 度量单位 columns, a
 * department-wide form with weights in the first-level labels, a two-row indicator header, three
 * project forms stacked, a Sichuan form retyped without merges and in another column order, a
 * second score sheet, a department form whose total and grade stand below the table, two forms
 * touching side by side, and more sheets that are not forms.
 */
import { indicatorTable, type Ind } from './forms';
import { text, type Layout, type Seed } from './kit';
import { nationalForm } from './national';
import { sichuanForm } from './sichuan';

const OP_UNIT = nationalForm({
  at: 'A1',
  name: '2023年城镇污水管网建设项目',
  unit: '某县住房和城乡建设局',
  header: [
    '一级指标',
    '二级指标',
    '三级指标',
    '运算符号',
    '指标值',
    '度量单位',
    '实际完成值',
    '分值',
    '得分',
    '未完成原因分析',
  ],
  budget: {
    initial: '450.00',
    adjusted: '450.00',
    executed: '440.00',
    rate: '97.78%',
    score: 9.78,
  },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '新建污水管网',
      op: '≥',
      target: 8,
      unit: '公里',
      actual: 8.5,
      weight: 20,
      score: 20,
    },
    {
      l2: '质量指标',
      name: '管网验收合格率',
      op: '=',
      target: 100,
      unit: '%',
      actual: 100,
      weight: 15,
      score: 15,
    },
    {
      l2: '成本指标',
      name: '项目建设成本',
      op: '≤',
      target: 450,
      unit: '万元',
      actual: 440,
      weight: 15,
      score: 15,
    },
    {
      l1: '效益指标',
      l2: '生态效益指标',
      name: '污水收集率',
      op: '≥',
      target: 85,
      unit: '%',
      actual: 80,
      weight: 30,
      score: 28.24,
      reason: '部分支管未接通',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '周边居民满意度',
      op: '≥',
      target: 90,
      unit: '%',
      actual: 91,
      weight: 10,
      score: 10,
    },
  ],
  total: 98.02,
});
export const OPERATOR_UNIT_COLUMNS: Layout = {
  sheets: [{ name: '项目自评', blocks: [OP_UNIT.block] }],
  expected: {
    file: 'operator-unit-columns.xlsx',
    variant:
      'national form with separate 运算符号 and 度量单位 columns and numeric 指标值 (Guangxi-style)',
    notForms: [],
    tables: [
      {
        sheet: '项目自评',
        kind: 'project',
        headerRow: OP_UNIT.header,
        rows: [
          { name: '新建污水管网', score: 20, flags: '' },
          { name: '管网验收合格率', score: 15, flags: '' },
          { name: '项目建设成本', score: 15, flags: '' },
          // 80 ÷ 85 = 0.9412 → 28.24
          { name: '污水收集率', score: 28.24, flags: 's' },
          { name: '周边居民满意度', score: 10, flags: '' },
        ],
        // 440 ÷ 450 = 97.78% → 9.78
        budget: { score: 9.78 },
        total: { stated: 98.02, expected: 98.02, wrong: false },
        findings: [],
      },
    ],
  },
};

const DEPT_TABLE = indicatorTable({
  header: [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  rows: [
    {
      l1: '产出指标(50分)',
      l2: '数量指标',
      name: '保障在校学生人数',
      target: '≥12000人',
      actual: '12350人',
      weight: 20,
      score: 20,
    },
    {
      l2: '质量指标',
      name: '义务教育巩固率',
      target: '≥99%',
      actual: '99.2%',
      weight: 15,
      score: 15,
    },
    {
      l2: '时效指标',
      name: '资金拨付及时率',
      target: '≥95%',
      actual: '100%',
      weight: 10,
      score: 10,
    },
    {
      l1: '效益指标(30分)',
      l2: '社会效益指标',
      name: '适龄儿童入学率',
      target: '=100%',
      actual: '100%',
      weight: 30,
      score: 30,
    },
    {
      l1: '满意度指标(10分)',
      l2: '服务对象满意度指标',
      name: '家长满意度',
      target: '≥90%',
      actual: '93%',
      weight: 10,
      score: 10,
    },
  ],
  mergeLevels: true,
  total: { label: '总分', weightSum: 100, score: 94.5 },
  after: [['填报单位（盖章）：某县教育局', '', '', '', '填报日期：2024年3月']],
});
const DEPT_HEAD: Seed[][] = [
  ['部门整体支出绩效自评表'],
  ['（2023年度）'],
  ['部门名称', '某县教育局'],
  [
    '年度预算执行情况（万元）',
    '',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
  ],
  ['', '年度资金总额', '5000.00', '5200.00', '4940.00', 10, '95.00%', 9.5],
  ['', '其中：基本支出', '3000.00', '3000.00', '3000.00', '—', '', '—'],
  ['', '项目支出', '2000.00', '2200.00', '1940.00', '—', '', '—'],
  ['年度总体目标', '保障全县义务教育正常运转。'],
];
export const DEPARTMENT_FORM: Layout = {
  sheets: [
    {
      name: '部门整体',
      blocks: [
        { at: 'A1', rows: DEPT_HEAD },
        { at: 'A9', rows: DEPT_TABLE.rows, merges: DEPT_TABLE.merges },
      ],
      merges: ['A1:H1', 'A2:H2', 'A4:B4', 'A5:A7', 'B8:H8'],
    },
  ],
  expected: {
    file: 'department-form.xlsx',
    variant:
      '部门整体支出绩效自评表 with the budget block above, weights in the first-level labels, and a 产出 block whose rows fall 5 short of its label',
    notForms: [],
    tables: [
      {
        sheet: '部门整体',
        kind: 'department',
        headerRow: 9,
        rows: [
          { name: '保障在校学生人数', score: 20, flags: '' },
          { name: '义务教育巩固率', score: 15, flags: '' },
          { name: '资金拨付及时率', score: 10, flags: '' },
          { name: '适龄儿童入学率', score: 30, flags: '' },
          { name: '家长满意度', score: 10, flags: '' },
        ],
        // 4940 ÷ 5200 = 95% → 9.5
        budget: { score: 9.5 },
        total: { stated: 94.5, expected: 94.5, wrong: false },
        // 产出 rows sum to 45 against 50 in the label; all weights 95 against 100
        findings: ['level1WeightLabel', 'weightsTotal'],
        says: ['产出指标', '45'],
      },
    ],
  },
};

const TWO_ROW: Seed[][] = [
  ['项目支出绩效自评表'],
  ['项目名称', '2023年基层医疗设备购置项目'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', '260.00', '260.00', '247.00', 10, '95.00%', 9.5],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
    '',
  ],
  ['', '', '', '', '', '', '', '原因分析', '改进措施'],
  ['产出指标', '数量指标', '配置设备台数', '≥40台', '40台', 25, 25, '', ''],
  ['', '质量指标', '设备验收合格率', '100%', '100%', 25, 25, '', ''],
  ['效益指标', '社会效益指标', '基层首诊率提升', '≥5%', '4%', 30, 24, '设备调试周期长', '加快培训'],
  ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '95%', 10, 10, '', ''],
  ['总分', '', '', '', '', 100, 93.5, '', ''],
];
export const TWO_ROW_HEADER: Layout = {
  sheets: [
    {
      name: '自评表',
      blocks: [{ at: 'A1', rows: TWO_ROW }],
      merges: [
        'A1:I1',
        'B2:I2',
        'A3:B3',
        'A5:A6',
        'B5:B6',
        'C5:C6',
        'D5:D6',
        'E5:E6',
        'F5:F6',
        'G5:G6',
        'H5:I5',
        'A7:A8',
        'A11:E11',
      ],
    },
  ],
  expected: {
    file: 'two-row-header.xlsx',
    variant: 'a two-row indicator header: 偏差原因分析及改进措施 over 原因分析 | 改进措施',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: 5,
        rows: [
          { name: '配置设备台数', score: 25, flags: '' },
          { name: '设备验收合格率', score: 25, flags: '' },
          // 4 ÷ 5 = 0.8 → 24
          { name: '基层首诊率提升', score: 24, flags: 's' },
          { name: '患者满意度', score: 10, flags: '' },
        ],
        budget: { score: 9.5 },
        total: { stated: 93.5, expected: 93.5, wrong: false },
        findings: [],
      },
    ],
  },
};

function simpleRows(
  n: string,
  a: number,
  b: number,
  w1: number,
  w2: number,
  s2: number,
  r?: string,
): Ind[] {
  return [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: `${n}数量`,
      target: `≥${a}个`,
      actual: `${a}个`,
      weight: w1,
      score: w1,
    },
    {
      l2: '质量指标',
      name: `${n}合格率`,
      target: '≥95%',
      actual: `${b}%`,
      weight: w2,
      score: s2,
      reason: r,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: `${n}受益人数`,
      target: '≥1000人',
      actual: '1100人',
      weight: 30,
      score: 30,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: `${n}满意度`,
      target: '≥90%',
      actual: '92%',
      weight: 10,
      score: 10,
    },
  ];
}
const S1 = nationalForm({
  at: 'A1',
  name: '2023年文化下乡项目',
  unit: '某县文化广电旅游局',
  budget: { initial: '20.00', adjusted: '20.00', executed: '20.00', rate: '100%', score: 10 },
  rows: simpleRows('演出场馆', 12, 96, 25, 25, 25),
  total: 100,
});
const S2 = nationalForm({
  at: 'A25',
  name: '2023年农家书屋更新项目',
  unit: '某县文化广电旅游局',
  budget: { initial: '15.00', adjusted: '15.00', executed: '12.00', rate: '80%', score: 8 },
  // 76 ÷ 95 = 0.8 → 20, the form keeps 25 and gives no reason
  rows: simpleRows('书屋', 30, 76, 25, 25, 25),
  total: 98,
});
const S3 = nationalForm({
  at: 'A49',
  name: '2023年非遗保护项目',
  unit: '某县文化广电旅游局',
  budget: { initial: '10.00', adjusted: '12.00', executed: '12.00', rate: '100%', score: 10 },
  // 90 ÷ 95 = 0.9474 → 23.68
  rows: simpleRows('传承点', 5, 90, 25, 25, 23.68, '一处传承点停办'),
  total: 98.68,
});
export const STACKED_THREE: Layout = {
  sheets: [{ name: '项目自评汇总', blocks: [S1.block, S2.block, S3.block] }],
  expected: {
    file: 'stacked-three.xlsx',
    variant: 'three national project forms stacked on one sheet with blank rows between',
    notForms: [],
    tables: [
      {
        sheet: '项目自评汇总',
        kind: 'project',
        headerRow: S1.header,
        name: '2023年文化下乡项目',
        rows: [
          { name: '演出场馆数量', score: 25, flags: '' },
          { name: '演出场馆合格率', score: 25, flags: '' },
          { name: '演出场馆受益人数', score: 30, flags: '' },
          { name: '演出场馆满意度', score: 10, flags: '' },
        ],
        budget: { score: 10 },
        total: { stated: 100, expected: 100, wrong: false },
        findings: [],
      },
      {
        sheet: '项目自评汇总',
        kind: 'project',
        headerRow: S2.header,
        name: '2023年农家书屋更新项目',
        rows: [
          { name: '书屋数量', score: 25, flags: '' },
          { name: '书屋合格率', score: 20, flags: 'swr' },
          { name: '书屋受益人数', score: 30, flags: '' },
          { name: '书屋满意度', score: 10, flags: '' },
        ],
        // 12 ÷ 15 = 80% → 8
        budget: { score: 8 },
        total: { stated: 98, expected: 93, wrong: false },
        findings: [],
      },
      {
        sheet: '项目自评汇总',
        kind: 'project',
        headerRow: S3.header,
        name: '2023年非遗保护项目',
        rows: [
          { name: '传承点数量', score: 25, flags: '' },
          { name: '传承点合格率', score: 23.68, flags: 's' },
          { name: '传承点受益人数', score: 30, flags: '' },
          { name: '传承点满意度', score: 10, flags: '' },
        ],
        budget: { score: 10 },
        total: { stated: 98.68, expected: 98.68, wrong: false },
        findings: [],
      },
    ],
  },
};

// Sichuan retyped: no merges, labels repeated, 指标值 before 指标性质, 权重 after 度量单位.
const SC_RETYPED: Seed[][] = [
  ['部门预算项目支出绩效自评表（2023年度）'],
  ['项目名称', '51010023T0009-2023年社区养老服务补助'],
  [
    '预算执行情况(10分)',
    '年度预算数(万元)',
    '年初预算',
    '调整后预算数',
    '预算执行数',
    '预算执行率',
    '权重',
    '得分',
  ],
  ['预算执行情况(10分)', '总额', '90.00', '100.00', '92.00', '92.00%', 10, 9.2],
  ['预算执行情况(10分)', '其中：财政资金', '90.00', '100.00', '92.00', '92.00%', '/', '/'],
  ['预算执行情况(10分)', '其他资金', '', '', '', '', '/', '/'],
  [
    '绩效指标(90分)',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '指标性质',
    '度量单位',
    '权重',
    '完成值',
    '得分',
    '未完成原因分析',
  ],
  [
    '绩效指标(90分)',
    '产出指标',
    '数量指标',
    '服务老年人数',
    800,
    '≥',
    '人',
    30,
    760,
    28.5,
    '部分老人迁出',
  ],
  ['绩效指标(90分)', '产出指标', '时效指标', '补助发放及时率', 100, '=', '%', 30, 100, 30, ''],
  [
    '绩效指标(90分)',
    '满意度指标',
    '服务对象满意度指标',
    '老年人满意度',
    90,
    '≥',
    '%',
    30,
    95,
    30,
    '',
  ],
  ['合计', '', '', '', '', '', '', 100, '', 97.7, ''],
  ['评价结论', '基本完成年度目标。'],
  ['项目负责人：陈刚', '', '', '', '财务负责人：刘敏'],
];
export const SICHUAN_RETYPED: Layout = {
  sheets: [{ name: '自评', blocks: [{ at: 'A1', rows: SC_RETYPED }] }],
  expected: {
    file: 'sichuan-retyped.xlsx',
    variant:
      'a Sichuan form retyped without merges, block labels repeated on every row, 指标值 before 指标性质 and 权重 before 完成值',
    notForms: [],
    tables: [
      {
        sheet: '自评',
        kind: 'project',
        headerRow: 7,
        rows: [
          // 760 ÷ 800 = 0.95 → 28.5
          { name: '服务老年人数', score: 28.5, flags: 's' },
          { name: '补助发放及时率', score: 30, flags: '' },
          { name: '老年人满意度', score: 30, flags: '' },
        ],
        // 92 ÷ 100 = 92% → 9.2
        budget: { score: 9.2 },
        total: { stated: 97.7, expected: 97.7, wrong: false },
        findings: [],
      },
    ],
  },
};

const SCORE2: Seed[][] = [
  ['部门整体支出绩效评价评分表'],
  ['部门名称', '某区城市管理局'],
  ['一级指标', '二级指标', '三级指标', '得分', '扣分原因'],
  ['投入（20分）', '预算配置（10分）', '在职人员控制率（5分）', text('5分'), ''],
  ['', '', '“三公经费”变动率（5分）', text('4分'), '公务接待费略增'],
  ['', '预算编制（10分）', '预算编制科学性（6分）', text('6分'), ''],
  ['', '', '绩效目标合理性（3分）', text('3分'), ''],
  ['过程（30分）', '预算执行（30分）', '预算完成率（15分）', text('14分'), '年底结余'],
  ['', '', '资金使用合规性（15分）', text('15分'), ''],
  ['产出及效益（50分）', '产出（30分）', '重点工作完成率（30分）', text('28分'), '一项工作延期'],
  ['', '效益（20分）', '群众满意度（20分）', text('19分'), ''],
  ['合计', '', '', text('94分'), ''],
];
export const SCORE_SHEET_TEXT: Layout = {
  sheets: [
    {
      name: '评分表',
      blocks: [{ at: 'A1', rows: SCORE2 }],
      merges: ['A1:E1', 'B2:E2', 'A4:A7', 'B4:B5', 'B6:B7', 'A8:A9', 'B8:B9', 'A10:A11', 'A12:C12'],
    },
  ],
  expected: {
    file: 'score-sheet-text.xlsx',
    variant:
      'a department score sheet: full-width （5分） in every label, scores typed as text with 分, a 扣分原因 column, and a second-level block whose rows add to 9 of its 10',
    notForms: [],
    tables: [
      {
        sheet: '评分表',
        kind: 'department',
        headerRow: 3,
        rows: [
          { name: '在职人员控制率', score: 5, flags: '' },
          { name: '“三公经费”变动率', score: 4, flags: '' },
          { name: '预算编制科学性', score: 6, flags: '' },
          { name: '绩效目标合理性', score: 3, flags: '' },
          { name: '预算完成率', score: 14, flags: '' },
          { name: '资金使用合规性', score: 15, flags: '' },
          { name: '重点工作完成率', score: 28, flags: '' },
          { name: '群众满意度', score: 19, flags: '' },
        ],
        total: { stated: 94, expected: 94, wrong: false },
        // 预算编制（10分） holds 6 + 3 = 9; 投入（20分） holds 19; all weights 99
        findings: ['level2WeightLabel', 'level1WeightLabel', 'weightsTotal'],
        says: ['预算编制', '9'],
      },
    ],
  },
};

const OUTSIDE = indicatorTable({
  header: [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '全年实际完成值',
    '分值',
    '得分',
    '未完成原因分析',
  ],
  rows: [
    {
      l1: '预算执行',
      l2: '预算执行率',
      name: '预算执行率',
      target: '≥95%',
      actual: '96.5%',
      weight: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '城市道路清扫面积',
      target: '≥320万平方米',
      actual: '330万平方米',
      weight: 25,
      score: 25,
    },
    {
      l2: '质量指标',
      name: '垃圾无害化处理率',
      target: '100%',
      actual: '100%',
      weight: 25,
      score: 25,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '市容投诉办结率',
      target: '≥98%',
      actual: '92%',
      weight: 30,
      score: 28.16,
      reason: '跨部门投诉办理周期长',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '市民满意度',
      target: '≥90%',
      actual: '90%',
      weight: 10,
      score: 10,
    },
  ],
  mergeLevels: true,
});
export const OUTSIDE_TOTAL: Layout = {
  sheets: [
    {
      name: '整体自评',
      blocks: [
        { at: 'A1', rows: [['部门（单位）整体绩效自评表'], ['部门名称', '某区城市管理局']] },
        { at: 'A4', rows: OUTSIDE.rows, merges: OUTSIDE.merges },
        {
          at: 'A11',
          rows: [
            ['自评总分', 98.16],
            ['自评等级', '优'],
          ],
        },
      ],
    },
  ],
  expected: {
    file: 'outside-total.xlsx',
    variant: 'a department form without a total row: 自评总分 and 自评等级 stand below the table',
    notForms: [],
    tables: [
      {
        sheet: '整体自评',
        kind: 'department',
        headerRow: 4,
        rows: [
          { name: '预算执行率', score: 10, flags: '' },
          { name: '城市道路清扫面积', score: 25, flags: '' },
          { name: '垃圾无害化处理率', score: 25, flags: '' },
          // 92 ÷ 98 = 0.9388 → 28.16
          { name: '市容投诉办结率', score: 28.16, flags: 's' },
          { name: '市民满意度', score: 10, flags: '' },
        ],
        total: { stated: 98.16, expected: 98.16, wrong: false },
        findings: [],
      },
    ],
  },
};

const T_LEFT = nationalForm({
  at: 'A1',
  name: '甲项目：2023年水毁道路修复',
  unit: '某县交通运输局',
  budget: { initial: '70.00', adjusted: '70.00', executed: '63.00', rate: '90%', score: 9 },
  rows: simpleRows('修复路段', 9, 95, 25, 25, 25),
  total: 99,
});
const T_RIGHT = nationalForm({
  at: 'J1',
  name: '乙项目：2023年危桥改造',
  unit: '某县交通运输局',
  budget: { initial: '90.00', adjusted: '90.00', executed: '90.00', rate: '100%', score: 10 },
  rows: simpleRows('改造桥梁', 3, 100, 25, 25, 25),
  total: 100,
});
export const SIDE_BY_SIDE_TOUCHING: Layout = {
  sheets: [{ name: '两个项目', blocks: [T_LEFT.block, T_RIGHT.block] }],
  expected: {
    file: 'side-by-side-touching.xlsx',
    variant: 'two project forms side by side with no blank column between them',
    notForms: [],
    tables: [
      {
        sheet: '两个项目',
        kind: 'project',
        headerRow: T_LEFT.header,
        name: '甲项目：2023年水毁道路修复',
        rows: [
          { name: '修复路段数量', score: 25, flags: '' },
          { name: '修复路段合格率', score: 25, flags: '' },
          { name: '修复路段受益人数', score: 30, flags: '' },
          { name: '修复路段满意度', score: 10, flags: '' },
        ],
        budget: { score: 9 },
        total: { stated: 99, expected: 99, wrong: false },
        findings: [],
      },
      {
        sheet: '两个项目',
        kind: 'project',
        headerRow: T_RIGHT.header,
        name: '乙项目：2023年危桥改造',
        rows: [
          { name: '改造桥梁数量', score: 25, flags: '' },
          { name: '改造桥梁合格率', score: 25, flags: '' },
          { name: '改造桥梁受益人数', score: 30, flags: '' },
          { name: '改造桥梁满意度', score: 10, flags: '' },
        ],
        budget: { score: 10 },
        total: { stated: 100, expected: 100, wrong: false },
        findings: [],
      },
    ],
  },
};

const FRAMEWORK: Seed[][] = [
  ['项目支出绩效评价指标体系（评分标准）'],
  ['一级指标', '二级指标', '三级指标', '分值', '评分标准'],
  ['决策', '项目立项', '立项依据充分性', 5, '符合规划得5分，否则酌情扣分'],
  ['', '', '立项程序规范性', 5, '程序规范得5分'],
  ['过程', '资金管理', '资金到位率', 5, '到位率×5'],
  ['产出', '产出数量', '实际完成率', 20, '完成率×20'],
];
const TARGET_TABLE: Seed[][] = [
  ['2024年项目绩效目标表'],
  ['项目名称', '河道保洁项目'],
  ['一级指标', '二级指标', '三级指标', '年度指标值'],
  ['产出指标', '数量指标', '保洁河道长度', '≥45公里'],
  ['效益指标', '生态效益指标', '河道水质达标率', '≥90%'],
];
const PROJECT_LIBRARY: Seed[][] = [
  ['项目库清单'],
  ['项目编码', '项目名称', '项目类别', '申报金额（万元）', '分值', '排序'],
  ['XM001', '河道保洁项目', '运转类', '45.00', 88, 1],
  ['XM002', '乡村道路养护项目', '特定目标类', '120.00', 85, 2],
];
export const NOT_FORMS_FRAMEWORK: Layout = {
  sheets: [
    { name: '评分标准', blocks: [{ at: 'A1', rows: FRAMEWORK }] },
    { name: '绩效目标表', blocks: [{ at: 'A1', rows: TARGET_TABLE }] },
    { name: '项目库', blocks: [{ at: 'A1', rows: PROJECT_LIBRARY }] },
  ],
  expected: {
    file: 'not-forms-framework-targets.xlsx',
    variant:
      'an indicator framework with 分值 and 评分标准 but no 得分, a 绩效目标表 and a project library list',
    notForms: ['评分标准', '绩效目标表', '项目库'],
    tables: [],
  },
};

// A Sichuan form beside a national one: two templates, header rows not level, columns in another
// order, the second form lower down.
const SC_LEFT = sichuanForm(
  1,
  '51010023T0011-2023年社区卫生服务补助',
  ['120.00', '120.00', '108.00', '90.00%', 10, 9],
  [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '签约服务人数',
      op: '≥',
      target: 5000,
      unit: '人',
      actual: 5200,
      weight: 45,
      score: 45,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '居民满意度',
      op: '≥',
      target: 90,
      unit: '%',
      actual: 86,
      weight: 45,
      score: 43,
      reason: '候诊时间偏长',
    },
  ],
  97,
);
const NAT_RIGHT = nationalForm({
  at: 'N4',
  name: '2023年家庭医生签约服务项目',
  unit: '某区卫生健康局',
  header: [
    '三级指标',
    '一级指标',
    '二级指标',
    '分值',
    '年度指标值',
    '实际完成值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  budget: { initial: '30.00', adjusted: '30.00', executed: '30.00', rate: '100%', score: 10 },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '签约家庭户数',
      target: '≥2000户',
      actual: '2100户',
      weight: 50,
      score: 50,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '重点人群签约率',
      target: '≥70%',
      actual: '63%',
      weight: 30,
      score: 27,
      reason: '流动人口多',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '签约居民满意度',
      target: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    },
  ],
  total: 97,
  mergeLevels: false,
});
export const SIDE_BY_SIDE_OFFSET: Layout = {
  sheets: [
    {
      name: '对照',
      blocks: [{ at: 'A1', rows: SC_LEFT.rows }, NAT_RIGHT.block],
      merges: SC_LEFT.merges,
    },
  ],
  expected: {
    file: 'side-by-side-offset.xlsx',
    variant:
      'a Sichuan form beside a national form: two templates, header rows not level, the right one with 三级指标 first',
    notForms: [],
    tables: [
      {
        sheet: '对照',
        kind: 'project',
        headerRow: SC_LEFT.header,
        name: '51010023T0011-2023年社区卫生服务补助',
        rows: [
          { name: '签约服务人数', score: 45, flags: '' },
          // 86 ÷ 90 = 0.9556 → 43
          { name: '居民满意度', score: 43, flags: 's' },
        ],
        // 108 ÷ 120 = 90% → 9
        budget: { score: 9 },
        total: { stated: 97, expected: 97, wrong: false },
        findings: [],
      },
      {
        sheet: '对照',
        kind: 'project',
        headerRow: NAT_RIGHT.header,
        name: '2023年家庭医生签约服务项目',
        rows: [
          { name: '签约家庭户数', score: 50, flags: '' },
          // 63 ÷ 70 = 0.9 → 27
          { name: '重点人群签约率', score: 27, flags: 's' },
          { name: '签约居民满意度', score: 10, flags: '' },
        ],
        budget: { score: 10 },
        total: { stated: 97, expected: 97, wrong: false },
        findings: [],
      },
    ],
  },
};
