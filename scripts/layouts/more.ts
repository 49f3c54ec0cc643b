/**
 * Score sheets with weights only in the labels (Dazhou-style 评分表), a form retyped by hand, user
 * formulas in 得分 and 总分, a form on a hidden sheet, a department-wide form, and sheets that are
 * not self-evaluation forms at all.
 */
import { indicatorTable } from './forms';
import { formula, type Layout, type Seed } from './kit';
import { nationalForm, NATIONAL_HEADER } from './national';

// --- Dazhou-style score sheet: 一级 | 二级 | 三级 | 得分, weights inside every label ------------
const DAZHOU: Seed[][] = [
  ['2023年度乡村振兴衔接资金项目支出绩效自评评分表'],
  ['项目名称', '乡村振兴衔接资金项目'],
  ['一级指标', '二级指标', '三级指标', '得分'],
  ['决策(20分)', '项目立项(10分)', '立项依据充分性(5分)', 5],
  ['', '', '立项程序规范性(5分)', 5],
  ['', '绩效目标(10分)', '绩效目标合理性(5分)', 4],
  ['', '', '绩效指标明确性(5分)', 4],
  ['过程(20分)', '资金管理(10分)', '资金到位率(5分)', 5],
  ['', '', '资金使用合规性(5分)', 5],
  ['', '组织实施(10分)', '管理制度健全性(5分)', 5],
  ['', '', '制度执行有效性(5分)', 6],
  ['产出(30分)', '产出数量(10分)', '实际完成率(10分)', 10],
  ['', '产出质量(10分)', '质量达标率(10分)', 9],
  ['', '产出时效(10分)', '完成及时性(10分)', 10],
  ['效益(30分)', '项目效益(30分)', '社会效益(20分)', 18],
  ['', '', '满意度(10分)', 9],
  ['总分', '', '', 95],
  ['评价人：赵强', '', '评价日期：2024年3月'],
];
export const DAZHOU_SCORE_SHEET: Layout = {
  sheets: [
    {
      name: '评分表',
      blocks: [{ at: 'A1', rows: DAZHOU }],
      merges: [
        'A1:D1',
        'B2:D2',
        'A4:A7',
        'B4:B5',
        'B6:B7',
        'A8:A11',
        'B8:B9',
        'B10:B11',
        'A12:A14',
        'A15:A16',
        'B15:B16',
        'A17:C17',
      ],
    },
  ],
  expected: {
    file: 'dazhou-score-sheet.xlsx',
    variant:
      'evaluation score sheet: weights only inside the labels at all three levels, one 得分 column',
    notForms: [],
    tables: [
      {
        sheet: '评分表',
        kind: 'project',
        headerRow: 3,
        rows: [
          { name: '立项依据充分性', score: 5, flags: '' },
          { name: '立项程序规范性', score: 5, flags: '' },
          { name: '绩效目标合理性', score: 4, flags: '' },
          { name: '绩效指标明确性', score: 4, flags: '' },
          { name: '资金到位率', score: 5, flags: '' },
          { name: '资金使用合规性', score: 5, flags: '' },
          { name: '管理制度健全性', score: 5, flags: '' },
          // 6 of 5 points: above the weight written in the label
          { name: '制度执行有效性', score: 5, flags: 'w' },
          { name: '实际完成率', score: 10, flags: '' },
          { name: '质量达标率', score: 9, flags: '' },
          { name: '完成及时性', score: 10, flags: '' },
          { name: '社会效益', score: 18, flags: '' },
          { name: '满意度', score: 9, flags: '' },
        ],
        // the stated scores sum to 95; with 5 for the row above its weight, 94
        total: { stated: 95, expected: 94, wrong: false },
        findings: [],
      },
    ],
  },
};

// --- A form retyped by hand ---------------------------------------------------------------------
const RETYPED: Seed[][] = [
  ['项目支出绩效自评表 '],
  ['项目名称', '2023年老旧小区改造项目 '],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', '300.00', '320.00', '288.00', 10, '90.00%', 9],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度\n指标值',
    '实际\n完成值',
    '分值',
    '得分',
    '偏差原因分析\n及改进措施',
  ],
  ['产出指标 ', '数量指标 ', '改造小区数量 ', '≥6个', '6个', 20, 20, ''],
  ['产出指标 ', '质量指标 ', '竣工验收合格率 ', '=100%', '100%', 15, 15, ''],
  ['产出指标 ', '时效指标 ', '按期完工率', '≥90%', '80%', 15, 13.33, '两个小区居民协调延期'],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度\n指标值',
    '实际\n完成值',
    '分值',
    '得分',
    '偏差原因分析\n及改进措施',
  ],
  ['效益指标 ', '社会效益指标 ', '惠及居民户数 ', '≥1500户', '1620户', 30, 30, ''],
  ['满意度指标', '服务对象满意度指标', '居民满意度 ', '≥90%', '94%', 10, 10, ''],
  ['总分', '', '', '', '', 100, 97.33, ''],
  ['填表说明：1.分值合计100分；2.得分保留两位小数；3.未完成指标须说明原因。'],
  ['填表人：孙丽', '', '', '审核人：周杰', '', '', '填报日期：2024年2月'],
];
export const RETYPED_FORM: Layout = {
  sheets: [{ name: 'Sheet1', blocks: [{ at: 'A1', rows: RETYPED }] }],
  expected: {
    file: 'retyped-form.xlsx',
    variant:
      'a form retyped by hand: no merges, labels repeated on every row with trailing spaces, line breaks in headers, the header repeated mid-table, 填表说明 and signatures below',
    notForms: [],
    tables: [
      {
        sheet: 'Sheet1',
        kind: 'project',
        headerRow: 5,
        rows: [
          { name: '改造小区数量', score: 20, flags: '' },
          { name: '竣工验收合格率', score: 15, flags: '' },
          // 80 ÷ 90 = 0.8889 → 13.33
          { name: '按期完工率', score: 13.33, flags: 's' },
          { name: '惠及居民户数', score: 30, flags: '' },
          { name: '居民满意度', score: 10, flags: '' },
        ],
        // 288 ÷ 320 = 90% → 9
        budget: { score: 9 },
        total: { stated: 97.33, expected: 97.33, wrong: false },
        findings: [],
      },
    ],
  },
};

// --- User formulas in 得分 and 总分 --------------------------------------------------------------
const FORMULA_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '运算符号',
  '年度指标值',
  '度量单位',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const FORMULAS = indicatorTable({
  header: FORMULA_HEADER,
  rows: [
    {
      l1: '预算执行',
      l2: '预算执行率',
      name: '预算执行率',
      op: '≥',
      target: 90,
      unit: '%',
      actual: 95,
      weight: 10,
      score: 10,
    },
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '检测样品数量',
      op: '≥',
      target: 400,
      unit: '批次',
      actual: 420,
      weight: 20,
      score: formula('MIN(H5,ROUND(G5/E5*H5,2))', 20),
    },
    {
      l2: '质量指标',
      name: '检测报告差错率',
      op: '≤',
      target: 2,
      unit: '%',
      actual: 3,
      weight: 20,
      score: formula('MIN(H6,ROUND(G6/E6*H6,2))', 20),
      reason: '新进人员操作不熟练',
    },
    {
      l2: '时效指标',
      name: '报告按时出具率',
      op: '≥',
      target: 98,
      unit: '%',
      actual: 95,
      weight: 10,
      score: formula('H7', 10),
      reason: '设备检修',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '抽检合格率',
      op: '≥',
      target: 95,
      unit: '%',
      actual: 97,
      weight: 30,
      score: formula('MIN(H8,ROUND(G8/E8*H8,2))', 30),
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '送检单位满意度',
      op: '≥',
      target: 90,
      unit: '%',
      actual: 92,
      weight: 10,
      score: formula('MIN(H9,ROUND(G9/E9*H9,2))', 10),
    },
  ],
  total: { label: '总分', weightSum: 100, score: formula('SUM(I4:I8)', 90) },
});
export const USER_FORMULAS: Layout = {
  sheets: [
    {
      name: '自评表',
      blocks: [
        { at: 'A1', rows: [['部门整体支出绩效自评表'], ['部门名称', '某县食品药品检验所']] },
        { at: 'A3', rows: FORMULAS.rows },
      ],
    },
  ],
  expected: {
    file: 'user-formulas.xlsx',
    variant:
      'formulas in 得分 and 总分: a forward formula on a ≤ indicator, a score copied from 分值, a SUM that misses a row',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'department',
        headerRow: 3,
        rows: [
          { name: '预算执行率', score: 10, flags: '' },
          { name: '检测样品数量', score: 20, flags: '' },
          // ≤2%, 3%: 2 ÷ 3 = 0.6667 → 13.33; the formula computes forward and gives 20
          {
            name: '检测报告差错率',
            score: 13.33,
            flags: 'sw',
            says: ['公式', 'MIN(H6,ROUND(G6/E6*H6,2))'],
          },
          // 95 ÷ 98 = 0.9694 → 9.69; the formula copies 分值
          { name: '报告按时出具率', score: 9.69, flags: 'sw', says: ['公式', '=H7'] },
          { name: '抽检合格率', score: 30, flags: '' },
          { name: '送检单位满意度', score: 10, flags: '' },
        ],
        // SUM(I4:I8) leaves out I9: 90 against the stated scores' 100
        total: { stated: 90, expected: 93.02, wrong: true, says: ['公式', 'SUM(I4:I8)'] },
        findings: [],
      },
    ],
  },
};

// --- A form on a hidden sheet, a cover in front -------------------------------------------------
const HIDDEN = nationalForm({
  at: 'A1',
  name: '2023年农田水利维修项目',
  unit: '某县水利局',
  budget: { initial: '80.00', adjusted: '80.00', executed: '80.00', rate: '100.00%', score: 10 },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '维修渠道长度',
      target: '≥25公里',
      actual: '26公里',
      weight: 25,
      score: 25,
    },
    {
      l2: '质量指标',
      name: '工程验收合格率',
      target: '100%',
      actual: '100%',
      weight: 25,
      score: 25,
    },
    {
      l1: '效益指标',
      l2: '经济效益指标',
      name: '新增灌溉面积',
      target: '≥3000亩',
      actual: '2700亩',
      weight: 30,
      score: 27,
      reason: '一处泵站未通电',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '受益农户满意度',
      target: '≥90%',
      actual: '96%',
      weight: 10,
      score: 10,
    },
  ],
  total: 97,
});
const COVER: Seed[][] = [
  ['2023年度项目支出绩效自评报告'],
  [''],
  ['单位名称：某县水利局'],
  ['报送日期：2024年3月15日'],
];
export const HIDDEN_SHEET: Layout = {
  sheets: [
    { name: '封面', blocks: [{ at: 'B3', rows: COVER }] },
    { name: '自评表', hidden: true, blocks: [HIDDEN.block] },
  ],
  expected: {
    file: 'hidden-sheet.xlsx',
    variant: 'the form sits on a hidden sheet behind a cover sheet',
    notForms: ['封面'],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: HIDDEN.header,
        rows: [
          { name: '维修渠道长度', score: 25, flags: '' },
          { name: '工程验收合格率', score: 25, flags: '' },
          // 2700 ÷ 3000 = 0.9 → 27
          { name: '新增灌溉面积', score: 27, flags: 's' },
          { name: '受益农户满意度', score: 10, flags: '' },
        ],
        budget: { score: 10 },
        total: { stated: 97, expected: 97, wrong: false },
        findings: ['hiddenSheet'],
        says: ['隐藏'],
      },
    ],
  },
};

// --- Sheets that are not self-evaluation forms ---------------------------------------------------
const TARGETS_DECLARATION: Seed[][] = [
  ['项目支出绩效目标申报表'],
  ['项目名称', '2024年农田水利维修项目'],
  ['年度绩效目标', '维修渠道30公里，新增灌溉面积3500亩'],
  ['一级指标', '二级指标', '三级指标', '指标值', '分值'],
  ['产出指标', '数量指标', '维修渠道长度', '≥30公里', 30],
  ['', '质量指标', '工程验收合格率', '100%', 20],
  ['效益指标', '经济效益指标', '新增灌溉面积', '≥3500亩', 30],
  ['满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%', 20],
];
const MONITORING: Seed[][] = [
  ['项目支出绩效运行监控表'],
  ['项目名称', '2023年农田水利维修项目'],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '1-6月实际完成值',
    '全年预计完成值',
    '偏差原因分析',
    '完成目标可能性',
  ],
  ['产出指标', '数量指标', '维修渠道长度', '≥25公里', '12公里', '26公里', '', '确定能'],
  ['', '质量指标', '工程验收合格率', '100%', '100%', '100%', '', '确定能'],
  [
    '效益指标',
    '经济效益指标',
    '新增灌溉面积',
    '≥3000亩',
    '1000亩',
    '2800亩',
    '泵站未通电',
    '有可能',
  ],
];
const MONITORING2: Seed[][] = [
  ['部门整体绩效运行监控表（1-8月）'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因'],
  ['产出指标', '数量指标', '开展执法检查', '≥120次', '80次', ''],
  ['', '时效指标', '案件办结及时率', '≥95%', '96%', ''],
  ['效益指标', '社会效益指标', '群众投诉下降率', '≥10%', '6%', '年中数据'],
];
export const NOT_FORMS_TARGETS: Layout = {
  sheets: [
    { name: '绩效目标申报表', blocks: [{ at: 'A1', rows: TARGETS_DECLARATION }] },
    { name: '运行监控', blocks: [{ at: 'A1', rows: MONITORING }] },
    { name: '整体监控', blocks: [{ at: 'A1', rows: MONITORING2 }] },
  ],
  expected: {
    file: 'not-forms-targets-monitoring.xlsx',
    variant:
      '绩效目标申报表 (targets and weights, nothing achieved) and 绩效运行监控表 (mid-year progress, even with a 实际完成值 column)',
    notForms: ['绩效目标申报表', '运行监控', '整体监控'],
    tables: [],
  },
};

const BUDGET_LIST: Seed[][] = [
  ['2023年度项目支出预算执行明细表'],
  ['单位：万元'],
  ['序号', '项目名称', '年初预算数', '调整预算数', '执行数', '执行率', '备注'],
  [1, '农田水利维修项目', '80.00', '80.00', '80.00', '100.00%', ''],
  [2, '乡村道路养护项目', '120.00', '110.00', '99.00', '90.00%', ''],
  [3, '河道保洁项目', '45.00', '45.00', '40.50', '90.00%', ''],
  ['合计', '', '245.00', '235.00', '219.50', '93.40%', ''],
];
const STAFF_LIST: Seed[][] = [
  ['在职人员花名册'],
  ['序号', '姓名', '性别', '职务', '编制类型', '得分', '备注'],
  [1, '张三', '男', '局长', '行政编制', 95, '年度考核'],
  [2, '李四', '女', '科员', '事业编制', 90, ''],
  [3, '王五', '男', '科员', '编外聘用', 88, ''],
];
export const NOT_FORMS_LISTS: Layout = {
  sheets: [
    { name: '预算执行明细', blocks: [{ at: 'A1', rows: BUDGET_LIST }] },
    { name: '人员名单', blocks: [{ at: 'A1', rows: STAFF_LIST }] },
  ],
  expected: {
    file: 'not-forms-lists.xlsx',
    variant: 'a budget execution list and a staff list with a 得分 column',
    notForms: ['预算执行明细', '人员名单'],
    tables: [],
  },
};

const CHART: Seed[][] = [
  ['图表数据：各一级指标得分'],
  ['一级指标', '二级指标', '分值', '得分', '得分率'],
  ['产出指标', '数量指标', 20, 18, '90%'],
  ['', '质量指标', 15, 15, '100%'],
  ['效益指标', '社会效益指标', 30, 28, '93.33%'],
  ['满意度指标', '满意度', 10, 9, '90%'],
];
const REPORT: Seed[][] = [
  ['2023年度部门整体支出绩效自评报告'],
  ['一、部门基本情况'],
  [
    '本部门共有内设机构5个，在职人员42人。2023年度部门预算总额1234.56万元，全年执行1180.20万元，执行率95.60%。',
  ],
  ['二、绩效自评情况'],
  ['按照一级指标、二级指标、三级指标逐项自评，自评得分95.5分，自评等级为优。'],
  ['三、存在问题及改进措施'],
  ['个别项目执行进度偏慢，下一步将加强预算执行管理。'],
];
const COVER2: Seed[][] = [
  ['附件3'],
  ['部门整体支出绩效自评表'],
  ['填报单位（盖章）：某县自然资源局'],
  ['2024年3月'],
];
export const NOT_FORMS_CHART_REPORT: Layout = {
  sheets: [
    { name: '封面', blocks: [{ at: 'C5', rows: COVER2 }] },
    { name: '自评报告', blocks: [{ at: 'A1', rows: REPORT }] },
    { name: '图表数据', blocks: [{ at: 'B2', rows: CHART }] },
  ],
  expected: {
    file: 'not-forms-cover-report-chart.xlsx',
    variant:
      'a cover sheet naming the form, a narrative 自评报告 sheet and chart data with 分值/得分 per level',
    notForms: ['封面', '自评报告', '图表数据'],
    tables: [],
  },
};

export { NATIONAL_HEADER };
