/**
 * Sichuan's project form (报表编号 510000_0013zp style): a separate 预算执行情况(10分) block
 * (年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分) with a 总额 row and 其中 rows
 * per funding source marked `/`; 绩效指标(90分) with 指标性质 (the operator) and 权重 (the
 * weight, 22.5 each); a 合计 that includes the budget score; 评价结论, 存在问题, 改进措施 and the
 * signatures below.
 */
import { indicatorTable, type Ind } from './forms';
import type { Layout, Seed } from './kit';

const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '完成值',
  '权重',
  '得分',
  '未完成原因分析',
];

/** One Sichuan form starting at row `top` (1-based): rows and sheet merges. */
export function sichuanForm(
  top: number,
  name: string,
  budget: [Seed, Seed, Seed, Seed, Seed, Seed],
  rows: Ind[],
  total: Seed,
): { rows: Seed[][]; merges: string[]; header: number } {
  const out: Seed[][] = [
    ['部门预算项目支出绩效自评表（2023年度）'],
    ['项目名称', name],
    ['主管部门', '某区交通运输局', '', '', '', '实施单位', '某区公路养护中心'],
    ['项目基本情况', '项目年度目标', '', '完成年度养护任务', '', '', '年度目标完成情况', '已完成'],
    [
      '预算执行情况(10分)',
      '年度预算数(万元)',
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    ['', '总额', ...budget, '执行率=预算执行数/调整后预算数'],
    ['', '其中：财政资金', budget[0], budget[1], budget[2], budget[3], '/', '/'],
    ['', '财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
    ['', '单位资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
    ['', '其他资金', '', '', '', '', '/', '/'],
  ];
  const header = top + out.length;
  const t = indicatorTable({
    header: HEADER,
    lead: '绩效指标(90分)',
    rows,
    mergeLevels: true,
    total: { label: '合计', weightSum: 100, score: total },
    after: [
      ['评价结论', '按期完成年度养护任务，资金使用规范。'],
      ['存在问题', '个别路段养护进度滞后。'],
      ['改进措施', '加强进度管理。'],
      ['项目负责人：张明', '', '', '', '', '财务负责人：李华'],
    ],
  });
  const merges = [`A${top}:K${top}`, `A${top + 4}:A${top + 9}`];
  for (const m of t.merges) {
    const [a, b] = m.split(':');
    const shift = (x: string) => x.replace(/\d+$/, (d) => String(Number(d) + header - 1));
    merges.push(`${shift(a)}:${shift(b)}`);
  }
  return { rows: [...out, ...t.rows], merges, header };
}

const ONE = sichuanForm(
  1,
  '51010023T0001-2023年城区道路养护项目',
  ['500.00', '480.00', '456.00', '95.00%', 10, 9.5],
  [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '道路养护里程',
      op: '≥',
      target: 120,
      unit: '公里',
      actual: 126,
      weight: 22.5,
      score: 22.5,
    },
    {
      l2: '质量指标',
      name: '养护路面合格率',
      op: '≥',
      target: 95,
      unit: '%',
      actual: 92,
      weight: 22.5,
      score: 21.79,
      reason: '雨季部分路段返修',
    },
    {
      l1: '效益指标',
      l2: '社会效益指标',
      name: '道路通行条件',
      op: '定性',
      target: '明显改善',
      actual: '明显改善',
      weight: 22.5,
      score: 22.5,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '沿线群众满意度',
      op: '≥',
      target: 90,
      unit: '%',
      actual: 93,
      weight: 22.5,
      score: 22.5,
    },
  ],
  98.79,
);

export const SICHUAN_PROJECT: Layout = {
  sheets: [{ name: '项目自评表', blocks: [{ at: 'A1', rows: ONE.rows }], merges: ONE.merges }],
  expected: {
    file: 'sichuan-project.xlsx',
    variant:
      'Sichuan 510000_0013zp project form: 预算执行情况(10分) block, 指标性质, 权重 22.5, 合计 with the budget score',
    notForms: [],
    tables: [
      {
        sheet: '项目自评表',
        kind: 'project',
        headerRow: 11,
        rows: [
          { name: '道路养护里程', score: 22.5, flags: '' },
          { name: '养护路面合格率', score: 21.79, flags: 's' },
          { name: '道路通行条件', score: 22.5, flags: '' },
          { name: '沿线群众满意度', score: 22.5, flags: '' },
        ],
        budget: { score: 9.5 },
        total: { stated: 98.79, expected: 98.79, wrong: false },
        findings: [],
      },
    ],
  },
};

// Two Sichuan forms stacked, the second with the mistakes a reviewer finds: a ≤ cost scored
// forward, a stated total that leaves out the budget score.
const A = sichuanForm(
  1,
  '51010023T0002-2023年农村公路安保工程',
  ['200.00', '200.00', '170.00', '85.00%', 10, 8.5],
  [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '安装波形护栏长度',
      op: '≥',
      target: 12,
      unit: '公里',
      actual: 12,
      weight: 30,
      score: 30,
    },
    {
      l2: '成本指标',
      name: '每公里护栏造价',
      op: '≤',
      target: 14,
      unit: '万元',
      actual: 15,
      weight: 30,
      score: 28,
      reason: '钢材涨价',
    },
    {
      l1: '效益指标',
      l2: '安全效益指标',
      name: '事故多发路段整治率',
      op: '=',
      target: '100',
      unit: '%',
      actual: '100',
      weight: 30,
      score: 30,
    },
  ],
  88,
);
const B = sichuanForm(
  A.rows.length + 3,
  '51010023T0003-2023年桥梁检测项目',
  ['60.00', '80.00', '80.00', '100.00%', 10, 10],
  [
    {
      l1: '产出指标',
      l2: '数量指标',
      name: '完成桥梁定期检测',
      op: '≥',
      target: 40,
      unit: '座',
      actual: 36,
      weight: 45,
      score: 45,
    },
    {
      l1: '满意度指标',
      l2: '服务对象满意度指标',
      name: '管养单位满意度',
      op: '≥',
      target: 90,
      unit: '%',
      actual: 95,
      weight: 45,
      score: 45,
    },
  ],
  100,
);

export const SICHUAN_STACKED: Layout = {
  sheets: [
    {
      name: 'Sheet1',
      blocks: [
        { at: 'A1', rows: A.rows },
        { at: `A${A.rows.length + 3}`, rows: B.rows },
      ],
      merges: [...A.merges, ...B.merges],
    },
  ],
  expected: {
    file: 'sichuan-stacked.xlsx',
    variant:
      'two Sichuan project forms stacked on one sheet; a ≤ cost over its target, a wrong score and a stated 合计 without the budget score',
    notForms: [],
    tables: [
      {
        sheet: 'Sheet1',
        kind: 'project',
        headerRow: A.header,
        rows: [
          { name: '安装波形护栏长度', score: 30, flags: '' },
          // 14 ÷ 15 = 0.9333 → 28.00
          { name: '每公里护栏造价', score: 28, flags: 's' },
          { name: '事故多发路段整治率', score: 30, flags: '' },
        ],
        budget: { score: 8.5 },
        // 8.5 + 30 + 28 + 30 = 96.5; the form states 88 (the budget score left out).
        total: { stated: 88, expected: 96.5, wrong: true },
        findings: [],
      },
      {
        sheet: 'Sheet1',
        kind: 'project',
        headerRow: B.header,
        rows: [
          // 36 ÷ 40 = 0.9 → 40.5; stated 45: wrong, and no reason.
          { name: '完成桥梁定期检测', score: 40.5, flags: 'swr' },
          { name: '管养单位满意度', score: 45, flags: '' },
        ],
        budget: { score: 10 },
        total: { stated: 100, expected: 95.5, wrong: false },
        findings: [],
      },
    ],
  },
};
