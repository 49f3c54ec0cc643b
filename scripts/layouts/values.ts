/**
 * National project forms whose cells are written the way other regions write them: weights and
 * scores as text with units, compound units and unit synonyms, bare targets, cost indicators of
 * the whole project beside per-unit and component costs, and Anhui's 2022 form.
 */
import type { Ind } from './forms';
import { text, type Layout } from './kit';
import { nationalForm } from './national';

const TEXT_WEIGHTS = nationalForm({
  at: 'A1',
  name: '2023年村级便民服务站建设项目',
  budget: {
    initial: '100.00',
    adjusted: '100.00',
    executed: '100.00',
    weight: '10分',
    rate: '100%',
    score: '10分',
  },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '新建村级服务站',
      target: '≥12个',
      actual: '12个',
      weight: '20分',
      score: '20分',
    },
    {
      l2: '质量指标',
      name: '验收合格率',
      target: '≥98%',
      actual: '100%',
      weight: '15分',
      score: text('15'),
    },
    {
      l2: '时效指标',
      name: '完工及时率',
      target: '≥95%',
      actual: '90%',
      weight: '15 分',
      score: text('14.21'),
      reason: '两个站点因雨季延期',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '服务覆盖村数',
      target: '≥30个',
      actual: '30个',
      weight: '30分',
      score: '30分',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '群众满意度',
      target: '≥90%',
      actual: '85%',
      weight: '10分',
      score: text('8.5'),
      reason: '部分站点开放时间短',
    },
  ],
  total: text('97.71'),
});

export const TEXT_WEIGHTS_LAYOUT: Layout = {
  sheets: [{ name: '自评表', blocks: [TEXT_WEIGHTS.block] }],
  expected: {
    file: 'text-weights.xlsx',
    variant: '分值 and 得分 typed as text with units (15分, 10 分) and scores stored as text',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: TEXT_WEIGHTS.header,
        rows: [
          { name: '新建村级服务站', score: 20, flags: '' },
          { name: '验收合格率', score: 15, flags: '' },
          // 90 ÷ 95 = 0.9474 → 14.21
          { name: '完工及时率', score: 14.21, flags: 's' },
          { name: '服务覆盖村数', score: 30, flags: '' },
          // 85 ÷ 90 = 0.9444 → 9.44; the form says 8.5
          { name: '群众满意度', score: 9.44, flags: 'sw' },
        ],
        budget: { score: 10 },
        // stated 97.71 = the sum of the stated scores; the rules give 98.65
        total: { stated: 97.71, expected: 98.65, wrong: false },
        findings: [],
      },
    ],
  },
};

const COMPOUND = nationalForm({
  at: 'A1',
  name: '2023年公共就业服务能力提升项目',
  budget: { initial: '200.00', adjusted: '200.00', executed: '190.00', rate: '95.00%', score: 9.5 },
  rows: [
    {
      l1: '产出指标',
      l2: '成本指标',
      name: '人均培训成本',
      target: '≤1200元/人',
      actual: '1100元/人',
      weight: 20,
      score: 20,
    },
    {
      l2: '数量指标',
      name: '日均接待量',
      target: '≥50次/日',
      actual: '45次/日',
      weight: 15,
      score: 13.5,
      reason: '窗口改造期间分流',
    },
    {
      l2: '成本指标',
      name: '每公里管网建设成本',
      target: '≤85万元/公里',
      actual: '80万元/公里',
      weight: 15,
      score: 15,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '年服务人次',
      target: '≥3000人次/年',
      actual: '3200人次/年',
      weight: 30,
      score: 30,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '求职者满意度',
      target: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    },
  ],
  total: 98,
});

export const COMPOUND_UNITS: Layout = {
  sheets: [{ name: '自评表', blocks: [COMPOUND.block] }],
  expected: {
    file: 'compound-units.xlsx',
    variant:
      'compound units 元/人, 次/日, 万元/公里, 人次/年: quantitative, and per-unit costs not checked against the budget',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: COMPOUND.header,
        rows: [
          { name: '人均培训成本', score: 20, flags: '' },
          // 45 ÷ 50 = 0.9 → 13.5
          { name: '日均接待量', score: 13.5, flags: 's' },
          { name: '每公里管网建设成本', score: 15, flags: '' },
          { name: '年服务人次', score: 30, flags: '' },
          { name: '求职者满意度', score: 10, flags: '' },
        ],
        budget: { score: 9.5 },
        total: { stated: 98, expected: 98, wrong: false },
        findings: [],
      },
    ],
  },
};

const SYNONYMS = nationalForm({
  at: 'A1',
  name: '2023年普法宣传项目',
  budget: { initial: '30.00', adjusted: '30.00', executed: '27.00', rate: '90.00%', score: 9 },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '举办宣传活动',
      target: '≥20场',
      actual: '22场次',
      weight: 20,
      score: 20,
    },
    { name: '建设法治文化示范点', target: '≥5个', actual: '5项', weight: 15, score: 15 },
    { name: '发放宣传资料', target: '≥1万份', actual: '12000份', weight: 15, score: 15 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '受益农户',
      target: '≥200户',
      actual: '180家',
      weight: 30,
      score: 27,
      reason: '两个村合并后户数减少',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '群众满意度',
      target: '≥90%',
      actual: '91%',
      weight: 10,
      score: 10,
    },
  ],
  total: 96,
});

export const UNIT_SYNONYMS_LAYOUT: Layout = {
  sheets: [{ name: '自评表', blocks: [SYNONYMS.block] }],
  expected: {
    file: 'unit-synonyms.xlsx',
    variant:
      'unit synonyms 场/场次, 个/项, 户/家 and 万份 against 份: compared as one, the row says so',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: SYNONYMS.header,
        rows: [
          { name: '举办宣传活动', score: 20, flags: '', says: ['场次', '场'] },
          { name: '建设法治文化示范点', score: 15, flags: '', says: ['项', '个'] },
          { name: '发放宣传资料', score: 15, flags: '' },
          // 180 ÷ 200 = 0.9 → 27
          { name: '受益农户', score: 27, flags: 's', says: ['家', '户'] },
          { name: '群众满意度', score: 10, flags: '' },
        ],
        budget: { score: 9 },
        total: { stated: 96, expected: 96, wrong: false },
        findings: [],
      },
    ],
  },
};

const BARE = nationalForm({
  at: 'A1',
  name: '2023年就业见习补贴项目',
  budget: { initial: '40.00', adjusted: '40.00', executed: '40.00', rate: '100.00%', score: 10 },
  rows: [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '开展招聘会',
      target: '15场',
      actual: '12场',
      weight: 20,
      score: 16,
      reason: '两场因天气取消',
    },
    {
      l2: '质量指标',
      name: '补贴发放覆盖率',
      target: '100%',
      actual: '100%',
      weight: 15,
      score: 15,
    },
    { l2: '数量指标', name: '新增见习岗位', target: '50个', actual: '60个', weight: 15, score: 15 },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '见习后就业率',
      target: text('90%'),
      actual: '85%',
      weight: 30,
      score: 28.33,
      reason: '部分见习人员继续升学',
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '见习人员满意度',
      target: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    },
  ],
  total: 94.33,
});

export const BARE_TARGETS: Layout = {
  sheets: [{ name: '自评表', blocks: [BARE.block] }],
  expected: {
    file: 'bare-targets.xlsx',
    variant:
      'targets without an operator (15场, 100%, 50个): computed where ≥ and = agree, asked where they differ',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: BARE.header,
        rows: [
          // 12 ÷ 15 = 0.8 → 16, the same read as ≥ or as =
          { name: '开展招聘会', score: 16, flags: 's', says: ['未写运算符号'] },
          { name: '补贴发放覆盖率', score: 15, flags: '' },
          // 60 against 50: ≥ gives 15, = gives 12; the direction must be asked
          { name: '新增见习岗位', score: null, flags: 'n' },
          // 85 ÷ 90 = 0.9444 → 28.33 (the target typed as text, as the form's others are)
          { name: '见习后就业率', score: 28.33, flags: 's', says: ['未写运算符号'] },
          { name: '见习人员满意度', score: 10, flags: '' },
        ],
        budget: { score: 10 },
        // one row cannot be scored: no expected total
        total: { stated: 94.33, expected: null, wrong: false },
        findings: [],
      },
    ],
  },
};

const COST_ROWS: Ind[] = [
  {
    l1: '产出指标',
    l2: '数量指标',
    name: '安装监控点位',
    target: '≥120个',
    actual: '126个',
    weight: 20,
    score: 20,
  },
  {
    l2: '成本指标',
    name: '项目总成本',
    target: '≤134.3万元',
    actual: '100%',
    weight: 10,
    score: 10,
  },
  { name: '单台设备采购成本', target: '≤3.5万元', actual: '100%', weight: 10, score: 10 },
  { name: '监控设备购置费用', target: '≤60万元', actual: '100%', weight: 10, score: 10 },
  {
    l1: '效益指标',
    l2: '社会效益指标',
    name: '案件发现率提升',
    target: '≥10%',
    actual: '12%',
    weight: 30,
    score: 30,
  },
  {
    l1: '满意度指标',
    l2: '服务对象满意度指标',
    name: '群众安全感满意度',
    target: '≥90%',
    actual: '93%',
    weight: 10,
    score: 10,
  },
];
const COST = nationalForm({
  at: 'A1',
  name: '2023年雪亮工程监控建设项目',
  unit: '某县公安局',
  budget: {
    initial: '150.00',
    adjusted: '150.00',
    executed: '140.50',
    rate: '93.67%',
    score: 9.37,
  },
  rows: COST_ROWS,
  total: 99.37,
});

export const COST_CHECK: Layout = {
  sheets: [{ name: '自评表', blocks: [COST.block] }],
  expected: {
    file: 'cost-indicators.xlsx',
    variant:
      'a whole-project cost over its target is reported; a per-unit cost and a component cost are not',
    notForms: [],
    tables: [
      {
        sheet: '自评表',
        kind: 'project',
        headerRow: COST.header,
        rows: [
          { name: '安装监控点位', score: 20, flags: '' },
          { name: '项目总成本', score: 10, flags: '' },
          { name: '单台设备采购成本', score: 10, flags: '' },
          { name: '监控设备购置费用', score: 10, flags: '' },
          { name: '案件发现率提升', score: 30, flags: '' },
          { name: '群众安全感满意度', score: 10, flags: '' },
        ],
        // 140.5 ÷ 150 = 93.67% → 9.37
        budget: { score: 9.37 },
        total: { stated: 99.37, expected: 99.37, wrong: false },
        // 134.3 ÷ 140.5 = 0.9559 → 9.56
        findings: ['costOverTarget'],
        says: ['项目总成本', '9.56'],
      },
    ],
  },
};

const ANHUI = nationalForm({
  at: 'A1',
  title: '项目支出绩效自评表',
  name: '2022年困难群众临时救助项目',
  unit: '某县民政局',
  budget: {
    initial: '0.00',
    adjusted: '0.00',
    executed: '0.00',
    rate: '',
    score: 10,
    parts: [
      ['其中：本年财政拨款', '80.00', '80.00', '76.00'],
      ['上年结转资金', '0.00', '0.00', '0.00'],
      ['其他资金', '0.00', '0.00', '0.00'],
    ],
  },
  rows: [
    {
      l1: '产出指标',
      l2: '质量指标',
      name: '救助资金发放到位率',
      target: '≥100百分比',
      actual: '100百分比',
      weight: 20,
      score: 20,
    },
    {
      l2: '数量指标',
      name: '救助困难群众',
      target: '≥300人次',
      actual: '达成预期指标',
      weight: 20,
      score: 20,
    },
    {
      l2: '时效指标',
      name: '救助审批及时率',
      target: '≥95%',
      actual: '完成',
      weight: 10,
      score: 10,
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '受助群众基本生活保障',
      target: '有效保障',
      actual: '有效保障',
      weight: 30,
      score: 30,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '受助群众满意度',
      target: '≥90%',
      actual: '92%',
      weight: 10,
      score: 10,
    },
  ],
  total: 100,
});

export const ANHUI_2022: Layout = {
  sheets: [{ name: '项目自评表', blocks: [ANHUI.block] }],
  expected: {
    file: 'anhui-2022.xlsx',
    variant:
      'Anhui 2022 national form: 年度资金总额 zeros with the figures in 其中：本年财政拨款, ≥100百分比, 达成预期指标 / 完成 as actuals of numeric targets',
    notForms: [],
    tables: [
      {
        sheet: '项目自评表',
        kind: 'project',
        headerRow: ANHUI.header,
        rows: [
          { name: '救助资金发放到位率', score: 20, flags: '' },
          { name: '救助困难群众', score: null, flags: 'n', says: ['≥300人次'] },
          { name: '救助审批及时率', score: null, flags: 'n', says: ['≥95%'] },
          { name: '受助群众基本生活保障', score: 30, flags: '' },
          { name: '受助群众满意度', score: 10, flags: '' },
        ],
        // 76 ÷ 80 = 95% → 9.5 (from 本年财政拨款); the form says 10
        budget: { score: 9.5, says: ['本年财政拨款'] },
        total: { stated: 100, expected: null, wrong: false },
        findings: [],
      },
    ],
  },
};
