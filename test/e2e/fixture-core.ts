/**
 * A stand-in for src/core while the core is being written: just enough recognition, scoring and
 * planning for the demo sample's layout (one national project form per sheet), so that the pane,
 * the ribbon command and the Excel host can be driven end to end. The e2e and demo builds use the
 * real src/core as soon as it exists (see webpack.config.js); this file is never shipped.
 */
import type { Edit } from '../../src/plan/edits';
import type { FileReport, IndicatorReport, TableReport } from '../../src/report/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/snapshot/types';
import type { ReasonAnswer } from '../../src/runtime/core-api';
import { cellA1, columnLetters } from '../../src/hosts/excel/a1';

const HELPER = '_绩效助手';

interface Layout {
  sheet: SheetSnapshot;
  header: number;
  cols: {
    name: number;
    target: number;
    actual: number;
    weight: number;
    score: number;
    reason: number;
  };
  rows: number[];
  total: number | null;
  budget: {
    row: number;
    adjusted: number;
    spent: number;
    weight: number;
    rate: number;
    score: number;
  } | null;
  helper: number;
}

const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v.trim() : '');
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

function layout(sheet: SheetSnapshot): Layout | null {
  const header = sheet.values.findIndex((r) => r.some((v) => text(v) === '三级指标'));
  if (header < 0) return null;
  const h = sheet.values[header].map(text);
  const col = (...names: string[]): number => h.findIndex((x) => names.includes(x));
  const cols = {
    name: col('三级指标'),
    target: col('年度指标值', '指标值'),
    actual: col('实际完成值', '全年完成值'),
    weight: col('分值'),
    score: col('得分'),
    reason: col('偏差原因分析及改进措施', '未完成原因分析'),
  };
  const rows: number[] = [];
  let total: number | null = null;
  for (let r = header + 1; r < sheet.values.length; r++) {
    const first = text(sheet.values[r][0]);
    if (/总分|合计/.test(first)) {
      total = r;
      break;
    }
    if (text(sheet.values[r][cols.name])) rows.push(r);
  }
  let budget: Layout['budget'] = null;
  for (let r = 0; r < header; r++) {
    const hr = sheet.values[r].map(text);
    const adj = hr.indexOf('全年预算数');
    if (adj >= 0) {
      const v = sheet.values[r + 1];
      budget = {
        row: r + 1,
        adjusted: num(v[adj]) ?? 0,
        spent: num(v[hr.indexOf('全年执行数')]) ?? 0,
        weight: num(v[hr.indexOf('分值')]) ?? 10,
        rate: hr.indexOf('执行率'),
        score: hr.indexOf('得分'),
      };
    }
  }
  const own = h.indexOf('系统得分');
  const width = Math.max(...sheet.values.map((r) => r.length));
  return { sheet, header, cols, rows, total, budget, helper: own >= 0 ? own : width };
}

/** `300人次以上`, `≥95%`, `不超过3.5万元` → number and direction. */
function target(t: string | number): { value: number; lower: boolean } | null {
  if (typeof t === 'number') return { value: t, lower: false };
  const m = /(\d+(?:\.\d+)?)\s*(%)?/.exec(t);
  if (!m) return null;
  const value = Number(m[1]) / (m[2] ? 100 : 1);
  return { value, lower: /不超过|以内|≤|不高于/.test(t) };
}

function expected(l: Layout, r: number): { score: number | null; completion: number | null } {
  const v = l.sheet.values[r];
  const weight = num(v[l.cols.weight]);
  const tv = v[l.cols.target];
  const t = target(typeof tv === 'number' ? tv : text(tv));
  const a = num(v[l.cols.actual]);
  if (weight === null) return { score: null, completion: null };
  if (!t || a === null) return { score: text(v[l.cols.actual]) ? weight : null, completion: null };
  const completion = t.lower ? (a <= t.value ? 1 : t.value / a) : a / t.value;
  return { score: Math.round(Math.min(1, completion) * weight * 100) / 100, completion };
}

function tableOf(l: Layout): TableReport {
  const indicators: IndicatorReport[] = l.rows.map((r) => {
    const v = l.sheet.values[r];
    const e = expected(l, r);
    const stated = num(v[l.cols.score]);
    const short = e.completion !== null && e.completion < 1;
    const wrong = e.score !== null && stated !== null && Math.abs(stated - e.score) > 0.005;
    const missingReason = short && !text(v[l.cols.reason]);
    const cell = cellA1(r, l.cols.score);
    const messages: string[] = [];
    if (wrong) messages.push(`${cell} 填写 ${stated} 分，按完成比例应得 ${e.score} 分。`);
    else if (short)
      messages.push(`完成 ${Math.round((e.completion ?? 0) * 1000) / 10}%，未达到年度指标值。`);
    if (missingReason && !wrong) messages.push(`${cellA1(r, l.cols.reason)} 未填写偏差原因。`);
    return {
      row: r + 1,
      level1: null,
      level2: null,
      name: text(v[l.cols.name]),
      target:
        typeof v[l.cols.target] === 'number'
          ? `${Number(v[l.cols.target]) * 100}%`
          : text(v[l.cols.target]) || null,
      actual: v[l.cols.actual] === null ? null : String(v[l.cols.actual]),
      weight: num(v[l.cols.weight]),
      statedScore: stated,
      expectedScore: e.score,
      short,
      wrong,
      needsInput: e.score === null,
      missingReason,
      messages,
      completion: e.completion,
      statedScoreCell: cell,
    };
  });
  const b = l.budget;
  const budgetRate = b ? b.spent / b.adjusted : null;
  const budgetExpected =
    b && budgetRate !== null ? Math.round(Math.min(1, budgetRate) * b.weight * 100) / 100 : null;
  const budgetStated = b ? num(l.sheet.values[b.row][b.score]) : null;
  const sumStated = indicators.reduce((n, i) => n + (i.statedScore ?? 0), 0) + (budgetStated ?? 0);
  const expectedTotal =
    Math.round(
      (indicators.reduce((n, i) => n + (i.expectedScore ?? 0), 0) + (budgetExpected ?? 0)) * 100,
    ) / 100;
  const statedTotal = l.total !== null ? num(l.sheet.values[l.total][l.cols.score]) : null;
  const grade = (x: number): string => (x >= 90 ? '优' : x >= 80 ? '良' : x >= 60 ? '中' : '差');
  return {
    sheet: l.sheet.name,
    kind: 'project',
    name: text(l.sheet.values[1]?.[1]) || null,
    headerRow: l.header + 1,
    budget: b
      ? {
          row: b.row + 1,
          planned: b.adjusted,
          executed: b.spent,
          rate: budgetRate,
          statedRate: num(l.sheet.values[b.row][b.rate]),
          weight: b.weight,
          statedScore: budgetStated,
          expectedScore: budgetExpected,
          wrong:
            budgetStated !== null &&
            budgetExpected !== null &&
            Math.abs(budgetStated - budgetExpected) > 0.005,
          scoreCell: cellA1(b.row, b.score),
        }
      : null,
    indicators,
    total:
      l.total !== null
        ? {
            row: l.total + 1,
            stated: statedTotal,
            sumOfStated: Math.round(sumStated * 100) / 100,
            expected: expectedTotal,
            wrong: statedTotal !== null && Math.abs(statedTotal - sumStated) > 0.005,
            cell: cellA1(l.total, l.cols.score),
            messages: [
              `${cellA1(l.total, l.cols.score)} 总分 ${statedTotal}，各项得分合计 ${Math.round(sumStated * 100) / 100}，按规则应为 ${expectedTotal}。`,
            ],
          }
        : null,
    grade: { stated: null, expected: grade(expectedTotal), wrong: false },
  };
}

function layouts(wb: WorkbookSnapshot): Layout[] {
  return wb.sheets.filter((s) => s.name !== HELPER).flatMap((s) => layout(s) ?? []);
}

export function analyzeWorkbook(
  wb: WorkbookSnapshot,
  opts: { profile?: string; file: string },
): FileReport {
  return {
    file: opts.file,
    error: null,
    tables: layouts(wb).map((l) => ({ ...tableOf(l), profile: opts.profile ?? 'national' })),
  };
}

export function planAnnotate(wb: WorkbookSnapshot): Edit[] {
  const edits: Edit[] = [];
  for (const l of layouts(wb)) {
    const s = l.sheet.name;
    const hc = columnLetters(l.helper);
    const sc = columnLetters(l.cols.score);
    const wc = columnLetters(l.cols.weight);
    const ac = columnLetters(l.cols.actual);
    edits.push({
      id: `${s}:hdr`,
      kind: 'setValue',
      sheet: s,
      cell: `${hc}${l.header + 1}`,
      value: '系统得分',
      onlyIfEmpty: false,
    });
    edits.push({ id: `${s}:col`, kind: 'column', sheet: s, columns: hc, width: 9 });
    for (const r of l.rows) {
      const tv = l.sheet.values[r][l.cols.target];
      const t = target(typeof tv === 'number' ? tv : text(tv));
      const n = r + 1;
      const formula = t
        ? t.lower
          ? `=IF(ISNUMBER(${ac}${n}),ROUND(IF(${ac}${n}<=${t.value},1,${t.value}/${ac}${n})*${wc}${n},2),"")`
          : `=IF(ISNUMBER(${ac}${n}),ROUND(MIN(1,${ac}${n}/${t.value})*${wc}${n},2),"")`
        : `=${wc}${n}`;
      edits.push({
        id: `${s}:${n}:score`,
        kind: 'setFormula',
        sheet: s,
        cell: `${hc}${n}`,
        formula,
        numberFormat: '0.00',
        onlyIfEmpty: false,
      });
    }
    const first = l.rows[0] + 1;
    const last = l.rows[l.rows.length - 1] + 1;
    const range = `${sc}${first}:${sc}${last}`;
    const wrongRows = l.rows.filter((r) => {
      const e = expected(l, r).score;
      const st = num(l.sheet.values[r][l.cols.score]);
      return e !== null && st !== null && Math.abs(e - st) > 0.005;
    });
    edits.push({
      id: `${s}:cf`,
      kind: 'conditionalFormat',
      sheet: s,
      range,
      requires: 'ExcelApi1.6',
      formula: `=AND(ISNUMBER(${hc}${first}),ROUND(${sc}${first},2)<>ROUND(${hc}${first},2))`,
      fill: '#FFC7CE',
      fontColor: '#9C0006',
      priority: 1,
      fallback: l.rows.map((r) => ({
        id: `${s}:${r + 1}:fill`,
        kind: 'fill' as const,
        sheet: s,
        range: `${sc}${r + 1}`,
        fill: wrongRows.includes(r) ? '#FFC7CE' : null,
      })),
    });
    edits.push({
      id: `${s}:dv`,
      kind: 'dataValidation',
      sheet: s,
      range,
      requires: 'ExcelApi1.8',
      rule: { type: 'decimal', min: 0, max: `=${wc}${first}` },
      ignoreBlanks: true,
      prompt: { title: '得分', message: '得分应在 0 与分值之间' },
      error: { title: '得分超过分值', message: '单项得分不能超过该项分值。', style: 'stop' },
    });
  }
  return edits;
}

export function planAdopt(wb: WorkbookSnapshot): Edit[] {
  const edits: Edit[] = [
    { id: 'helper', kind: 'ensureSheet', sheet: HELPER, visibility: 'veryHidden' },
  ];
  const helper = wb.sheets.find((s) => s.name === HELPER);
  let line = helper ? helper.values.length : 0;
  for (const l of layouts(wb)) {
    for (const r of l.rows) {
      const e = expected(l, r).score;
      const st = l.sheet.values[r][l.cols.score];
      if (e === null || (typeof st === 'number' && Math.abs(st - e) < 0.005)) continue;
      const cell = cellA1(r, l.cols.score);
      line++;
      edits.push({
        id: `adopt:${line}:a`,
        kind: 'setValue',
        sheet: HELPER,
        cell: `A${line}`,
        value: l.sheet.name,
        onlyIfEmpty: false,
      });
      edits.push({
        id: `adopt:${line}:b`,
        kind: 'setValue',
        sheet: HELPER,
        cell: `B${line}`,
        value: cell,
        onlyIfEmpty: false,
      });
      edits.push({
        id: `adopt:${line}:c`,
        kind: 'setValue',
        sheet: HELPER,
        cell: `C${line}`,
        value: typeof st === 'number' || typeof st === 'string' ? st : null,
        onlyIfEmpty: false,
      });
      edits.push({
        id: `adopt:${l.sheet.name}!${cell}`,
        kind: 'setValue',
        sheet: l.sheet.name,
        cell,
        value: e,
        onlyIfEmpty: false,
      });
    }
  }
  return edits;
}

export function planRemove(wb: WorkbookSnapshot): Edit[] {
  const edits: Edit[] = [];
  for (const l of layouts(wb)) {
    const s = l.sheet.name;
    const hc = columnLetters(l.helper);
    const sc = columnLetters(l.cols.score);
    const range = `${sc}${l.rows[0] + 1}:${sc}${l.rows[l.rows.length - 1] + 1}`;
    edits.push({
      id: `${s}:rm:hdr`,
      kind: 'setValue',
      sheet: s,
      cell: `${hc}${l.header + 1}`,
      value: null,
      onlyIfEmpty: false,
    });
    for (const r of l.rows) {
      edits.push({
        id: `${s}:rm:${r + 1}`,
        kind: 'setValue',
        sheet: s,
        cell: `${hc}${r + 1}`,
        value: null,
        onlyIfEmpty: false,
      });
      edits.push({
        id: `${s}:rm:fill:${r + 1}`,
        kind: 'fill',
        sheet: s,
        range: `${sc}${r + 1}`,
        fill: null,
      });
    }
    edits.push({
      id: `${s}:rm:cf`,
      kind: 'removeConditionalFormats',
      sheet: s,
      range,
      requires: 'ExcelApi1.6',
      formulas: [
        `=AND(ISNUMBER(${hc}${l.rows[0] + 1}),ROUND(${sc}${l.rows[0] + 1},2)<>ROUND(${hc}${l.rows[0] + 1},2))`,
      ],
    });
    edits.push({
      id: `${s}:rm:dv`,
      kind: 'removeValidation',
      sheet: s,
      range,
      requires: 'ExcelApi1.8',
    });
  }
  const helper = wb.sheets.find((s) => s.name === HELPER);
  if (helper) {
    helper.values.forEach((row, i) => {
      const sheet = text(row[0]);
      const cell = text(row[1]);
      if (sheet && cell) {
        const v = row[2];
        edits.push({
          id: `restore:${i}`,
          kind: 'setValue',
          sheet,
          cell,
          value: typeof v === 'number' || typeof v === 'string' ? v : null,
          onlyIfEmpty: false,
        });
      }
    });
    edits.push({ id: 'helper:delete', kind: 'deleteSheet', sheet: HELPER });
  }
  return edits;
}

export function planReasons(wb: WorkbookSnapshot, answers: ReasonAnswer[]): Edit[] {
  const edits: Edit[] = [];
  for (const a of answers) {
    const l = layouts(wb).find((x) => x.sheet.name === a.sheet && x.rows.includes(a.row - 1));
    if (!l || l.cols.reason < 0) continue;
    const parts = [
      a.ticks.length > 0 ? `【${a.ticks.join('、')}】` : '',
      a.reason ? `原因：${a.reason}` : '',
      a.improvement ? `改进措施：${a.improvement}` : '',
    ].filter(Boolean);
    edits.push({
      id: `reason:${a.sheet}!${a.row}`,
      kind: 'setValue',
      sheet: a.sheet,
      cell: cellA1(a.row - 1, l.cols.reason),
      value: parts.join('\n'),
      onlyIfEmpty: true,
    });
  }
  return edits;
}

const PHRASES: Record<string, [string, string]> = {
  经费保障: ['资金下达较晚，部分采购未能按期实施', '加快资金拨付进度，提前做好采购准备'],
  制度保障: ['相关管理制度不够完善，执行标准不统一', '修订完善管理办法，明确各环节责任'],
  人员保障: ['专业人员不足，实施力量薄弱', '充实专业力量，加强业务培训'],
  硬件条件保障: ['设备设施条件不足，影响实施进度', '改善设备设施条件，保障项目实施'],
  其他: ['受外部客观因素影响', '加强统筹协调，及时调整实施计划'],
};

export function suggestReasonText(
  categories: string[],
  shortfall: number,
): { reason: string; improvement: string } {
  const picked = categories.length > 0 ? categories : ['其他'];
  const degree = shortfall >= 0.3 ? '差距较大' : shortfall > 0 ? '略有差距' : '';
  return {
    reason: `${degree ? `与年度目标${degree}，主要原因是` : ''}${picked.map((c) => PHRASES[c]?.[0] ?? c).join('；')}。`,
    improvement: `下一步将${picked.map((c) => PHRASES[c]?.[1] ?? c).join('；')}，确保完成年度目标。`,
  };
}

export function listProfiles(): { id: string; label: string }[] {
  return [
    { id: 'national', label: '全国项目支出（财预〔2020〕10号）' },
    { id: 'fushun', label: '抚顺部门整体（2021）' },
    { id: 'jinshui', label: '金水区部门整体（2021）' },
  ];
}
