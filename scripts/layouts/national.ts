/**
 * National project forms (财政部 项目支出绩效自评表 layout) in the variants other regions publish:
 * two forms side by side (two years compared, the second with its columns in another order),
 * text weights and scores, compound units and unit synonyms, bare targets, cost indicators.
 */
import { indicatorTable, nationalHead, type Ind, type NationalBudget } from './forms';
import { letters, decode, type Block, type Layout, type Seed } from './kit';

export const NATIONAL_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

export interface NationalSpec {
  at: string;
  title?: string;
  name: string;
  unit?: string;
  budget: NationalBudget;
  header?: string[];
  rows: Ind[];
  total: Seed;
  mergeLevels?: boolean;
}

/** A national project form as one block; `header` is its indicator header row (sheet row). */
export function nationalForm(spec: NationalSpec): { block: Block; header: number } {
  const header = spec.header ?? NATIONAL_HEADER;
  const width = header.length + 1;
  const head = nationalHead(
    spec.title ?? '项目支出绩效自评表',
    spec.name,
    spec.unit ?? '某县人力资源和社会保障局',
    spec.budget,
    width,
  );
  const t = indicatorTable({
    header,
    lead: '绩效指标',
    rows: spec.rows,
    mergeLevels: spec.mergeLevels ?? true,
    total: { label: '总分', weightSum: 100, score: spec.total },
    after: [['填表人：王芳', '', '', '', '联系电话：12345678']],
  });
  const shift = (m: string): string => {
    const [a, b] = m.split(':');
    const s = (x: string) => {
      const d = decode(x);
      return `${letters(d.col)}${d.row + head.length}`;
    };
    return `${s(a)}:${s(b)}`;
  };
  const end = letters(width);
  const merges = [`A1:${end}1`, `A2:${end}2`, `A5:B5`, ...t.merges.map(shift)];
  const top = decode(spec.at).row;
  return {
    block: { at: spec.at, rows: [...head, ...t.rows], merges },
    header: top + head.length,
  };
}

const TRAINING_2022: Ind[] = [
  {
    l1: '产出指标',
    l2: '数量指标',
    name: '培训人次',
    target: '≥500人次',
    actual: '520人次',
    weight: 20,
    score: 20,
  },
  { l2: '质量指标', name: '培训合格率', target: '≥95%', actual: '96%', weight: 15, score: 15 },
  { l2: '时效指标', name: '按时完成率', target: '100%', actual: '100%', weight: 15, score: 15 },
  {
    l1: '效益指标',
    l2: '社会效益指标',
    name: '参训人员技能提升率',
    target: '≥80%',
    actual: '85%',
    weight: 30,
    score: 30,
  },
  {
    l1: '满意度指标',
    l2: '服务对象满意度指标',
    name: '参训人员满意度',
    target: '≥90%',
    actual: '88%',
    weight: 10,
    score: 9.78,
    reason: '部分课程安排偏紧',
  },
];
const TRAINING_2023: Ind[] = [
  {
    l1: '产出指标',
    l2: '数量指标',
    name: '培训人次',
    target: '≥600人次',
    actual: '540人次',
    weight: 20,
    score: 18,
    reason: '下半年报名人数不足',
  },
  { l2: '质量指标', name: '培训合格率', target: '≥95%', actual: '97%', weight: 15, score: 15 },
  { l2: '时效指标', name: '按时完成率', target: '100%', actual: '100%', weight: 15, score: 15 },
  {
    l1: '效益指标',
    l2: '社会效益指标',
    name: '参训人员技能提升率',
    target: '≥80%',
    actual: '82%',
    weight: 30,
    score: 30,
  },
  {
    l1: '满意度指标',
    l2: '服务对象满意度指标',
    name: '参训人员满意度',
    target: '≥90%',
    actual: '92%',
    weight: 10,
    score: 10,
  },
];

const ROWS_2022 = [
  { name: '培训人次', score: 20, flags: '' as const },
  { name: '培训合格率', score: 15, flags: '' as const },
  { name: '按时完成率', score: 15, flags: '' as const },
  { name: '参训人员技能提升率', score: 30, flags: '' as const },
  // 88 ÷ 90 = 0.9778 → 9.78
  { name: '参训人员满意度', score: 9.78, flags: 's' as const },
];
const ROWS_2023 = [
  // 540 ÷ 600 = 0.9 → 18
  { name: '培训人次', score: 18, flags: 's' as const },
  { name: '培训合格率', score: 15, flags: '' as const },
  { name: '按时完成率', score: 15, flags: '' as const },
  { name: '参训人员技能提升率', score: 30, flags: '' as const },
  { name: '参训人员满意度', score: 10, flags: '' as const },
];

const LEFT = nationalForm({
  at: 'A1',
  name: '2022年职业技能培训项目',
  budget: { initial: '50.00', adjusted: '50.00', executed: '45.00', rate: '90.00%', score: 9 },
  rows: TRAINING_2022,
  total: 98.78,
});
const RIGHT = nationalForm({
  at: 'L1',
  name: '2023年职业技能培训项目',
  budget: { initial: '60.00', adjusted: '55.00', executed: '55.00', rate: '100.00%', score: 10 },
  rows: TRAINING_2023,
  total: 98,
});

export const SIDE_BY_SIDE: Layout = {
  sheets: [{ name: '两年对比', blocks: [LEFT.block, RIGHT.block] }],
  expected: {
    file: 'side-by-side-years.xlsx',
    variant: 'two national project forms side by side on one sheet (2022 | 2023), same columns',
    notForms: [],
    tables: [
      {
        sheet: '两年对比',
        kind: 'project',
        headerRow: LEFT.header,
        name: '2022年职业技能培训项目',
        rows: ROWS_2022,
        budget: { score: 9 },
        total: { stated: 98.78, expected: 98.78, wrong: false },
        findings: [],
      },
      {
        sheet: '两年对比',
        kind: 'project',
        headerRow: RIGHT.header,
        name: '2023年职业技能培训项目',
        rows: ROWS_2023,
        budget: { score: 10 },
        total: { stated: 98, expected: 98, wrong: false },
        findings: [],
      },
    ],
  },
};

const REORDERED = [
  '一级指标',
  '二级指标',
  '三级指标',
  '分值',
  '年度指标值',
  '实际完成值',
  '得分',
  '偏差原因分析及改进措施',
];
const LEFT2 = nationalForm({
  at: 'A3',
  name: '2023年职业技能培训项目（计划）',
  budget: { initial: '50.00', adjusted: '50.00', executed: '45.00', rate: '90.00%', score: 9 },
  rows: TRAINING_2022,
  total: 98.78,
});
const RIGHT2 = nationalForm({
  at: 'K3',
  name: '2023年职业技能培训项目（调整后）',
  header: REORDERED,
  budget: { initial: '60.00', adjusted: '55.00', executed: '55.00', rate: '100.00%', score: 10 },
  rows: TRAINING_2023,
  total: 98,
  mergeLevels: false,
});

export const SIDE_BY_SIDE_REORDERED: Layout = {
  sheets: [
    {
      name: '对比',
      blocks: [
        { at: 'A1', rows: [['项目支出绩效自评对比（调整前 | 调整后）']] },
        LEFT2.block,
        RIGHT2.block,
      ],
    },
  ],
  expected: {
    file: 'side-by-side-reordered.xlsx',
    variant:
      'two forms side by side with one blank column between, the right one with 分值 before 年度指标值 and unmerged level labels',
    notForms: [],
    tables: [
      {
        sheet: '对比',
        kind: 'project',
        headerRow: LEFT2.header,
        name: '2023年职业技能培训项目（计划）',
        rows: ROWS_2022,
        budget: { score: 9 },
        total: { stated: 98.78, expected: 98.78, wrong: false },
        findings: [],
      },
      {
        sheet: '对比',
        kind: 'project',
        headerRow: RIGHT2.header,
        name: '2023年职业技能培训项目（调整后）',
        rows: ROWS_2023,
        budget: { score: 10 },
        total: { stated: 98, expected: 98, wrong: false },
        findings: [],
      },
    ],
  },
};
