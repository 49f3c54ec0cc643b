/**
 * The whole plan evaluated in HyperFormula (no LibreOffice needed): a synthetic national project
 * form with every kind of row (≥ ≤ = > targets in words and numbers, completion percentages,
 * qualitative bands, missing and text-typed values, reasons), annotated, and its formulas computed
 * over the sheet. Then the live cells (stated scores, reasons, numeric actuals) are changed at
 * random and the same formulas must agree with a fresh audit: fixing a value updates the status
 * without the add-in.
 */
import fc from 'fast-check';
import { analyzeWorkbook, planAnnotate } from '../../src/core';
import { statusLabel } from '../../src/messages/reasons';
import { progressStatus } from '../../src/plan/indicator-cells';
import { parseAddress } from '../../src/plan/registry';
import { quoteSheetName } from '../../src/rules/formula/literal';
import { getProfile, statusOf } from '../../src/rules';
import { recognizeWorkbook } from '../../src/recognize';
import { rowModel } from '../../src/audit/row-model';
import type { CellValue, WorkbookSnapshot } from '../../src/snapshot/types';
import { FormulaHarness, type HarnessValue } from '../../tools/hf';
import { colName, rightOf } from './support';

const SHEET = '项目自评';

/** Rows: name, target, actual, weight, stated score, reason (actual format in brackets). */
const ROWS: [string, CellValue, CellValue, CellValue, CellValue, CellValue][] = [
  ['数字化页数', '≥10万页', '12万页', 6, 6, null],
  ['培训次数', '30次以上', 25, 6, 6, null],
  ['培训人次', '不少于200人次', 150, 6, 4.5, '经费不足'],
  ['差错率', '≤1%', '0.5%', 6, 6, null],
  ['单价', '不超过3800元', 4200, 6, 6, null],
  ['车辆数', '=5辆', 4, 4, 3.2, null],
  ['会议次数', '＞3次', 3, 4, 4, null],
  ['覆盖率', 0.95, 0.9, 4, 4, '/'],
  ['办结率', '95%以上', 1, 4, 4, null],
  ['宣传次数', '20次', 20, 4, 4, null],
  ['响应时间', '≤3天', '　2', '　4', '　4', null],
  ['档案完整', '完整', '完整', 4, 4, null],
  ['服务质量', '良好以上', '良好', 4, 4, null],
  ['群众满意', '满意', '基本满意', 4, 3.5, null],
  ['工作成效', '显著', '部分实现', 4, 4, null],
  ['项目验收', '按期验收', '未完成', 4, 0, null],
  ['覆盖人群满意度', '满意', '95%以上', 4, 4, null],
  ['企业满意度', '满意', '85%以上', 4, 3, null],
  ['达标率', '≥90%', null, 4, null, null],
  ['设备完好率', '≥98%', '部分完好', 4, 4, null],
  ['执行进度', '≥90%', 0.8, 4, 3.56, null],
];

/** The form as a snapshot: budget block, header, rows, total. */
function form(rows = ROWS): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['项目名称', '档案数字化'],
    ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', 50, 60, 54, 10, 0.9, 9],
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
  ];
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  formats[3][6] = '0.00%';
  rows.forEach(([name, target, actual, weight, stated, reason], i) => {
    values.push([
      i === 0 ? '产出指标' : '',
      '数量指标',
      name,
      target,
      actual,
      weight,
      stated,
      reason,
    ]);
    const f: (string | null)[] = [null, null, null, null, null, null, null, null];
    if (name === '覆盖率') f[3] = f[4] = '0%';
    if (name === '办结率' || name === '执行进度') f[4] = '0%';
    formats.push(f);
  });
  values.push(['总分', '', '', '', '', 100, 95, '']);
  formats.push([null, null, null, null, null, null, null, null]);
  return {
    sheets: [
      {
        name: SHEET,
        values,
        numberFormats: formats,
        formulas: values.map(() => []),
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      },
    ],
  };
}

const key = (a1: string) => `${quoteSheetName(SHEET)}!${a1}`;

/** Evaluates the plan's formulas over the sheet's current values. */
function evaluate(
  wb: WorkbookSnapshot,
  harness: FormulaHarness,
  plan: ReturnType<typeof planAnnotate>,
) {
  const cells: Record<string, HarnessValue> = {};
  const s = wb.sheets[0];
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) cells[key(`${colName(c + 1)}${r + 1}`)] = v;
    }),
  );
  const formulas: Record<string, string> = {};
  for (const e of plan) {
    if (e.sheet !== SHEET) continue;
    if (e.kind === 'setValue') {
      if (e.value === null) delete cells[key(e.cell)];
      else cells[key(e.cell)] = e.value;
    } else if (e.kind === 'setFormula') {
      delete cells[key(e.cell)];
      formulas[key(e.cell)] = e.formula;
    }
  }
  return harness.evaluate(cells, formulas);
}

function check(
  wb: WorkbookSnapshot,
  harness: FormulaHarness,
  plan: ReturnType<typeof planAnnotate>,
  annotatedReportCells: Map<number, string>,
): string[] {
  const report = analyzeWorkbook(wb, { file: 'x' });
  const got = evaluate(wb, harness, plan);
  const out: string[] = [];
  const t = report.tables[0];
  for (const i of t.indicators) {
    const cell = annotatedReportCells.get(i.row)!;
    const score = got[key(cell)];
    const status = got[key(rightOf(`x!${cell}`, 1).split('!')[1])];
    const progress = got[key(rightOf(`x!${cell}`, 2).split('!')[1])];
    const want = i.expectedScore;
    const okScore =
      typeof score === 'number' && want !== null
        ? Math.abs(score - want) < 1e-9
        : (score ?? '') === '' && want === null;
    if (!okScore) out.push(`row ${i.row} ${i.name}: score ${JSON.stringify(score)} ≠ ${want}`);
    if (status !== statusLabel(statusOf(i))) {
      out.push(
        `row ${i.row} ${i.name}: status ${JSON.stringify(status)} ≠ ${statusLabel(statusOf(i))}`,
      );
    }
    if (progress !== statusLabel(progressStatus(i))) {
      out.push(
        `row ${i.row} ${i.name}: progress ${JSON.stringify(progress)} ≠ ${statusLabel(progressStatus(i))}`,
      );
    }
  }
  if (t.budget) {
    const b = plan.find((e) => e.kind === 'setFormula' && e.purpose === '预算执行得分');
    if (b && b.kind === 'setFormula') {
      const v = got[key(b.cell)];
      if (!(
        typeof v === 'number' &&
        t.budget.expectedScore !== null &&
        Math.abs(v - t.budget.expectedScore) < 1e-9
      )) {
        out.push(`budget score ${JSON.stringify(v)} ≠ ${t.budget.expectedScore}`);
      }
    }
  }
  if (t.total) {
    const e = plan.find((x) => x.kind === 'setFormula' && x.purpose === '总分（按规则）');
    if (e && e.kind === 'setFormula') {
      const v = got[key(e.cell)];
      const want = t.total.expected;
      const ok =
        typeof v === 'number' && want !== null
          ? Math.abs(v - want) < 1e-9
          : (v ?? '') === '' && want === null;
      if (!ok) out.push(`total ${JSON.stringify(v)} ≠ ${want}`);
    }
  }
  return out;
}

let harness: FormulaHarness;
beforeAll(() => {
  harness = new FormulaHarness();
});
afterAll(() => harness.destroy());

function scoreCells(
  wb: WorkbookSnapshot,
  plan: ReturnType<typeof planAnnotate>,
): Map<number, string> {
  const report = analyzeWorkbook(wb, { file: 'x' });
  expect(report.tables).toHaveLength(1);
  const map = new Map<number, string>();
  for (const e of plan) {
    if (e.kind === 'setFormula' && e.purpose === '系统得分' && e.sheet === SHEET) {
      map.set(parseAddress(e.cell)!.row + 1, e.cell);
    }
  }
  for (const i of report.tables[0].indicators) expect(map.has(i.row)).toBe(true);
  return map;
}

describe('the plan’s formulas in HyperFormula', () => {
  it('agree with the audit on every kind of row', () => {
    const wb = form();
    const report = analyzeWorkbook(wb, { file: 'x' });
    const kinds = report.tables[0].indicators;
    expect(kinds.length).toBe(ROWS.length);
    // The form exercises every verdict.
    expect(kinds.some((i) => i.short)).toBe(true);
    expect(kinds.some((i) => i.wrong)).toBe(true);
    expect(kinds.some((i) => i.needsInput)).toBe(true);
    expect(kinds.some((i) => i.missingReason)).toBe(true);
    const models = recognizeWorkbook(wb).sheets[0].tables[0].indicators.map(
      (ind) => rowModel(ind, recognizeWorkbook(wb).sheets[0].tables[0], getProfile('default')).kind,
    );
    expect(new Set(models)).toEqual(new Set(['quantitative', 'completion', 'range', 'fixed']));
    const plan = planAnnotate(wb, {});
    expect(check(wb, harness, plan, scoreCells(wb, plan))).toEqual([]);
  });

  it('stay right when the user changes stated scores, reasons and numeric actuals', () => {
    const base = form();
    const plan = planAnnotate(base, {});
    const cells = scoreCells(base, plan);
    const live = ROWS.map((r, i) => ({
      i,
      actual: typeof r[2] === 'number',
      stated: typeof r[4] === 'number' || r[4] === null,
    }));
    const change = fc.record({
      row: fc.integer({ min: 0, max: ROWS.length - 1 }),
      stated: fc.option(
        fc.double({ min: -1, max: 8, noNaN: true }).map((x) => Math.round(x * 100) / 100),
      ),
      reason: fc.constantFrom<CellValue>(null, '', '无', '/', '资金未到位', 0, 1),
      actual: fc.option(fc.integer({ min: 0, max: 500 })),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        const wb = JSON.parse(JSON.stringify(base)) as WorkbookSnapshot;
        const values = wb.sheets[0].values;
        for (const ch of changes) {
          const r = values[5 + ch.row];
          if (live[ch.row].stated) r[6] = ch.stated;
          r[7] = ch.reason;
          if (
            live[ch.row].actual &&
            ROWS[ch.row][0] !== '执行进度' &&
            ROWS[ch.row][0] !== '办结率' &&
            ROWS[ch.row][0] !== '覆盖率'
          ) {
            r[4] = ch.actual;
          }
        }
        const diffs = check(wb, harness, plan, cells);
        if (diffs.length > 0) throw new Error(`${JSON.stringify(changes)}\n${diffs.join('\n')}`);
      }),
      { numRuns: 30, seed: 4 },
    );
  });
});
