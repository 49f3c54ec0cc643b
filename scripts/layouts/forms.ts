/**
 * Form pieces for the layout corpus: an indicator table laid out from a list of column headers
 * (any order, any region's words), and budget blocks of the national and Sichuan layouts.
 */
import { letters, type Seed } from './kit';

/** One indicator row as the form writes it; level labels only where they change. */
export interface Ind {
  l1?: Seed;
  l2?: Seed;
  name: Seed;
  target?: Seed;
  op?: Seed;
  unit?: Seed;
  actual?: Seed;
  weight?: Seed;
  score?: Seed;
  reason?: Seed;
}
type Field = keyof Ind;

const FIELDS: [RegExp, Field][] = [
  [/^一级/, 'l1'],
  [/^二级/, 'l2'],
  [/^三级|指标名称/, 'name'],
  [/运算符号|指标性质|符号/, 'op'],
  [/单位/, 'unit'],
  [/指标值|目标值/, 'target'],
  [/完成值|完成情况|实际/, 'actual'],
  [/分值|权重/, 'weight'],
  [/得分/, 'score'],
  [/原因|措施/, 'reason'],
];

export function fieldOf(header: string): Field | null {
  const h = header.replace(/\s+/g, '');
  for (const [re, f] of FIELDS) if (re.test(h)) return f;
  return null;
}

export interface TableSpec {
  header: string[];
  /** A first column label merged down the header and indicator rows (`绩效指标(90分)`). */
  lead?: string;
  rows: Ind[];
  total?: { label: string; weightSum?: Seed; score?: Seed };
  /** Merge level labels down over the blank cells below them (as real forms do). */
  mergeLevels?: boolean;
  /** Rows after the total (conclusions, signatures …), one text each, in the first column. */
  after?: Seed[][];
}

/** An indicator table as rows and block-relative merges; the header is the block's first row. */
export function indicatorTable(spec: TableSpec): { rows: Seed[][]; merges: string[] } {
  const off = spec.lead ? 1 : 0;
  const width = spec.header.length + off;
  const rows: Seed[][] = [];
  const merges: string[] = [];
  rows.push([...(spec.lead ? [spec.lead] : []), ...spec.header]);
  const fields = spec.header.map(fieldOf);
  for (const ind of spec.rows) {
    const row: Seed[] = new Array<Seed>(width).fill('');
    fields.forEach((f, i) => {
      if (f && ind[f] !== undefined) row[i + off] = ind[f];
    });
    rows.push(row);
  }
  const last = rows.length;
  if (spec.lead && last > 1) merges.push(`A1:A${last}`);
  if (spec.mergeLevels) {
    for (const f of ['l1', 'l2'] as const) {
      const i = fields.indexOf(f);
      if (i < 0) continue;
      const col = letters(i + off + 1);
      const outer = f === 'l2' ? fields.indexOf('l1') : -1;
      let start = -1;
      for (let r = 2; r <= last + 1; r++) {
        const here = r <= last ? rows[r - 1][i + off] : 'END';
        const outerStarts = outer >= 0 && r <= last && rows[r - 1][outer + off] !== '';
        if (here !== '' || outerStarts) {
          if (start > 0 && r - 1 > start) merges.push(`${col}${start}:${col}${r - 1}`);
          start = here !== '' ? r : -1;
        }
      }
    }
  }
  if (spec.total) {
    const row: Seed[] = new Array<Seed>(width).fill('');
    row[0] = spec.total.label;
    const wi = fields.indexOf('weight');
    const si = fields.indexOf('score');
    if (spec.total.weightSum !== undefined && wi >= 0) row[wi + off] = spec.total.weightSum;
    if (spec.total.score !== undefined && si >= 0) row[si + off] = spec.total.score;
    rows.push(row);
  }
  for (const a of spec.after ?? []) rows.push(a);
  return { rows, merges };
}

export interface NationalBudget {
  initial: Seed;
  adjusted: Seed;
  executed: Seed;
  weight?: Seed;
  rate?: Seed;
  score?: Seed;
  /** Label of the total line. */
  label?: string;
  /** 其中 lines: label and the three amounts. */
  parts?: [string, Seed, Seed, Seed][];
}

/**
 * The national project form's head (财政部 2020 附件 layout): caption, name rows, the 项目资金
 * block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and the 年度总体目标 rows.
 * `width` is the width of the indicator table below it.
 */
export function nationalHead(
  title: string,
  name: string,
  unit: string,
  budget: NationalBudget,
  width: number,
): Seed[][] {
  const pad = (cells: Seed[]): Seed[] => [
    ...cells,
    ...new Array<Seed>(Math.max(0, width - cells.length)).fill(''),
  ];
  const rows: Seed[][] = [
    pad([title]),
    pad(['（2023年度）']),
    pad(['项目名称', name]),
    pad(['主管部门', unit, '', '', '实施单位', unit]),
    pad([
      '项目资金（万元）',
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]),
    pad([
      '',
      budget.label ?? '年度资金总额',
      budget.initial,
      budget.adjusted,
      budget.executed,
      budget.weight ?? 10,
      budget.rate ?? '',
      budget.score ?? '',
    ]),
  ];
  for (const [label, a, b, c] of budget.parts ?? [
    ['其中：当年财政拨款', budget.initial, budget.adjusted, budget.executed],
  ]) {
    rows.push(pad(['', label, a, b, c, '—', '', '—']));
  }
  rows.push(pad(['年度总体目标', '预期目标', '', '', '实际完成情况']));
  rows.push(pad(['', '按计划完成年度任务。', '', '', '已按计划完成。']));
  return rows;
}
