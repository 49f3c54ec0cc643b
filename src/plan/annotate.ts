/**
 * The annotate plan (一键写入 / 一键重算) and the adopt plan (采用系统得分): model + findings →
 * edits, as plain data that every host applies in order.
 *
 * Helper cells live on the form's own sheet, right of everything on it, after one blank gap
 * column, under headers that start with the marker 【自评助手】:
 *
 *   系统得分 | 检查状态 | 完成情况 | 完成程度 | 指标值（识别） | 完成值（识别）
 *
 * Indicator rows get the rule's score, the row status (完成 / 未完成 / 得分有误 / 缺少原因 /
 * 待补充), the progress status (the same without the score check, so that a row scored wrongly
 * still shows a missing reason) and the completion degree as formulas over
 * the form's live cells (weights, stated scores, actuals, reasons) and over the two 识别 cells,
 * which hold what the rules read out of text (`30次以上` → ≥ 30) as constants, or live links when
 * the form cell is a number. The budget line gets the execution rate and score, the total row
 * the expected total, the grade row the grade. The print area is set to the form so that the
 * helper columns do not print. The form itself changes only where it was empty (完成程度) or
 * when the user adopts the computed scores.
 *
 * Everything written is listed in the registry on the very hidden sheet 【_自评助手】, with the
 * original content; planning again first undoes the previous writing (in the same plan), so
 * applying the plan twice gives the same workbook.
 */
import { auditTable } from '../audit';
import { colLetter } from '../audit/table';
import type { Lang } from '../messages/reasons';
import { planLang, planTexts, type PlanTexts } from '../messages/plan';
import type { CellRef } from '../model/cell';
import type { FormTable, Indicator } from '../model/table';
import { recognizeWorkbook } from '../recognize';
import type { IndicatorReport, TableReport } from '../report/types';
import {
  D,
  getProfile,
  parseNumber,
  statusOf,
  formula as F,
  type Decimal,
  type Profile,
  type RowStatus,
} from '../rules';
import { statusLabel } from '../messages/reasons';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { isCellError } from '../snapshot/types';
import type { Edit, SetFormulaEdit, SetValueEdit, SimpleEdit } from './edits';
import {
  BLANK_FORMULA,
  completionOnlyFormula,
  fixedStatusFormula,
  gradeWithFallbackFormula,
  judgedScoreFormula,
  knownTotalFormula,
  linkFormula,
  rangeScoreFormula,
  rangeStatusFormula,
  rubricScoreFormula,
  rubricStatusFormula,
  rubricProgressFormula,
  scoreValidationFormula,
  reasonValidationFormula,
} from './formulas';
import {
  cellContent,
  encodeRegistry,
  HELPER_SHEET,
  normaliseFormula,
  parseAddress,
  readRegistry,
  REGISTRY_TITLE,
  REGISTRY_VERSION,
  restoreWorkbook,
  usedHeight,
  usedWidth,
  type CellEntry,
  type Entry,
  type Registry,
} from './registry';
import {
  reasonCells,
  rowModel,
  valueOperand,
  type RowModel,
  type Source,
  type ValueOperand,
} from './rows';

export interface PlanOptions {
  /** A profile id; by default chosen per table from the form, as the audit does. */
  profile?: string;
  /** Language of statuses, prompts and notices ('zh-CN' by default; 'en…' for English). */
  lang?: string;
}

export interface PlanNotice {
  level: 'info' | 'warning';
  sheet: string | null;
  text: string;
}

export interface PlanResult {
  edits: Edit[];
  notices: PlanNotice[];
}

/** Indicator rows planned per workbook at most; larger sheets are left alone with a notice. */
export const MAX_PLANNED_ROWS = 10000;
/** Helper columns: score, status, progress, completion, target, actual. */
const HELPER_COLUMNS = 6;
const MAX_COLUMNS = 16384;

const COLOURS = {
  header: '#DDEBF7',
  short: { fill: '#FFEB9C', font: '#9C5700' },
  wrong: { fill: '#FFC7CE', font: '#9C0006' },
  reason: { fill: '#F8CBAD', font: '#C00000' },
};
const FORMAT = { score: '0.00', percent: '0.00%', text: '@' };
const HELPER_WIDTH = 21;

// --- analysis --------------------------------------------------------------------------------

interface Analysed {
  table: FormTable;
  report: TableReport;
  profile: Profile;
  sheet: SheetSnapshot;
}

function analyse(wb: WorkbookSnapshot, opts: PlanOptions, lang: Lang): Analysed[] {
  const recognized = recognizeWorkbook(wb);
  const out: Analysed[] = [];
  recognized.sheets.forEach((s, i) => {
    const sheet =
      wb.sheets[i]?.name === s.name ? wb.sheets[i] : wb.sheets.find((x) => x.name === s.name);
    if (!sheet) return;
    for (const table of s.tables) {
      const report = auditTable(table, sheet, { profile: opts.profile ?? null, lang });
      out.push({ table, report, profile: getProfile(report.profile ?? opts.profile), sheet });
    }
  });
  return out;
}

function plannable(t: FormTable): boolean {
  return t.kind !== 'basic-data' && t.indicators.length > 0;
}

function rowStatus(r: IndicatorReport): RowStatus {
  return statusOf(r);
}

/** The row's status without the stated-score check (the 完成情况 column). */
export function progressStatus(r: IndicatorReport): RowStatus {
  if (r.missingReason) return 'missingReason';
  if (r.short) return 'short';
  return r.expectedScore === null ? 'needsInput' : 'done';
}

// --- small helpers ---------------------------------------------------------------------------

const A1 = (col: number, row: number): string => `${colLetter(col)}${row}`;

function toOperand(v: ValueOperand): F.Operand {
  return v.kind === 'ref' ? v.ref : v.value;
}

function decimalNumber(d: Decimal | null): number | string {
  return d === null ? '' : d.toNumber();
}

function isEmptyCell(sheet: SheetSnapshot, a1: string): boolean {
  const c = cellContent(sheet, a1);
  if (c.formula) return false;
  return (
    c.value === null || (typeof c.value === 'string' && c.value.replace(/[\s\u3000]/g, '') === '')
  );
}

/** Runs of consecutive rows: [first, last] pairs. */
function runs(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/** A number format that shows the operator and unit around a number: `"≥"General"次"`. */
function sourceFormat(operator: string | null, unit: string | null): string {
  const sign: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };
  const clean = (s: string) => s.replace(/["\\]/g, '');
  const pre = operator ? `"${sign[operator] ?? ''}"` : '';
  const post = unit ? `"${clean(unit)}"` : '';
  return pre || post ? `${pre}General${post}` : 'General';
}

function showNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return new D(n).toDecimalPlaces(2).toString();
}

// --- the sheet writer ------------------------------------------------------------------------

interface WriteOptions {
  role: CellEntry['role'];
  numberFormat?: string;
  fill?: string;
  purpose?: string;
}

/** Collects the edits and registry entries of one sheet, one cell at most once. */
class SheetWriter {
  readonly cells: (SetFormulaEdit | SetValueEdit)[] = [];
  readonly fills: SimpleEdit[] = [];
  readonly entries: Entry[] = [];
  readonly claimed = new Set<string>();

  constructor(
    readonly name: string,
    /** The sheet as it was before the add-in wrote. */
    readonly base: SheetSnapshot,
    /** Addresses the registry says are the add-in's (written before, unchanged since). */
    readonly ours: ReadonlySet<string>,
  ) {}

  free(a1: string): boolean {
    return !this.claimed.has(a1);
  }

  private entry(a1: string, written: string, o: WriteOptions): void {
    const orig = cellContent(this.base, a1);
    this.entries.push({
      t: 'cell',
      s: this.name,
      a: a1,
      role: o.role,
      v: orig.value,
      f: orig.formula,
      nf: orig.numberFormat,
      w: written,
      ...(o.fill ? { fill: true } : {}),
    });
    if (o.fill) {
      this.fills.push({
        id: `${this.name}!${a1}#fill`,
        kind: 'fill',
        sheet: this.name,
        range: a1,
        fill: o.fill,
      });
    }
  }

  formula(a1: string, formula: string, result: string | number | null, o: WriteOptions): boolean {
    if (this.claimed.has(a1)) return false;
    this.claimed.add(a1);
    this.cells.push({
      id: `${this.name}!${a1}#${o.role}`,
      kind: 'setFormula',
      sheet: this.name,
      cell: a1,
      formula,
      ...(o.numberFormat ? { numberFormat: o.numberFormat } : {}),
      onlyIfEmpty: o.role === 'adopt' ? false : !this.ours.has(a1),
      result,
      ...(o.purpose ? { purpose: o.purpose } : {}),
    });
    this.entry(a1, formula, o);
    return true;
  }

  value(a1: string, value: string | number | null, o: WriteOptions): boolean {
    if (this.claimed.has(a1)) return false;
    this.claimed.add(a1);
    this.cells.push({
      id: `${this.name}!${a1}#${o.role}`,
      kind: 'setValue',
      sheet: this.name,
      cell: a1,
      value,
      ...(o.numberFormat ? { numberFormat: o.numberFormat } : {}),
      onlyIfEmpty: !this.ours.has(a1),
      ...(o.purpose ? { purpose: o.purpose } : {}),
    });
    this.entry(a1, JSON.stringify(value), o);
    return true;
  }
}

// --- one table -------------------------------------------------------------------------------

interface Layout {
  score: number;
  status: number;
  /** 完成情况: the status without the stated-score check. */
  progress: number;
  completion: number;
  target: number;
  actual: number;
  /** Last column of the form (the print area's right edge). */
  formRight: number;
}

interface TableContext {
  w: SheetWriter;
  layout: Layout;
  a: Analysed;
  /** The same table audited in the state after the plan (adopted scores), for cached results. */
  after: TableReport;
  lang: Lang;
  texts: PlanTexts;
  edits: Edit[];
  dvRanges: string[];
  /** Stated score cells that will reference the computed score (采用系统得分). */
  adopted: ReadonlySet<string>;
}

function writeSource(
  ctx: TableContext,
  a1: string,
  s: Source,
  numberFormat: string,
  purpose: string,
): void {
  if (s.kind === 'link') {
    ctx.w.formula(a1, linkFormula(s.ref, s.transform), decimalNumber(s.value), {
      role: 'helper',
      numberFormat,
      purpose,
    });
  } else {
    ctx.w.value(a1, s.value.toNumber(), { role: 'helper', numberFormat, purpose });
  }
}

/** Writes one indicator row's helper cells; returns its score and status cells. */
function planRow(
  ctx: TableContext,
  ind: Indicator,
  model: RowModel,
  after: IndicatorReport,
): { score: string; status: string; progress: string } | null {
  const { w, layout, a, lang } = ctx;
  const profile = a.profile;
  const r = ind.row;
  const score = A1(layout.score, r);
  const status = A1(layout.status, r);
  const progress = A1(layout.progress, r);
  const target = A1(layout.target, r);
  const actual = A1(layout.actual, r);
  if (!w.free(score) || !w.free(status)) return null;
  const formCompletion = ind.completion && isEmptyCell(w.base, ind.completion.address);
  const completion =
    formCompletion && ind.completion ? ind.completion.address : A1(layout.completion, r);
  const completionRole: CellEntry['role'] = formCompletion ? 'form' : 'helper';

  const W = ind.weight ? toOperand(valueOperand(ind.weight)) : null;
  const S = ind.score ? toOperand(valueOperand(ind.score)) : undefined;
  const reasons = reasonCells(ind, a.table)?.map((c) => c.address);
  const statusResult = statusLabel(rowStatus(after), lang);
  const progressResult = statusLabel(progressStatus(after), lang);
  const scoreResult = after.expectedScore ?? '';
  const completionResult = after.completion ?? '';

  let scoreF: string;
  let statusF: string;
  let progressF: string;
  let completionF: string | null = null;
  switch (model.kind) {
    case 'quantitative': {
      writeSource(ctx, target, model.target, sourceFormat(model.operator, model.unit), '指标值');
      writeSource(ctx, actual, model.actual, sourceFormat(null, model.unit), '完成值');
      const q = { actual, target, operator: model.operator, profile };
      completionF = F.completionFormula(q);
      scoreF = F.indicatorScoreFormula({ ...q, weight: W ?? 0 });
      statusF = F.statusFormula({
        kind: 'quantitative',
        ...q,
        weight: W ?? 0,
        stated: S,
        reasons,
        lang,
      });
      progressF = F.statusFormula({ kind: 'quantitative', ...q, weight: W ?? 0, reasons, lang });
      break;
    }
    case 'completion': {
      writeSource(ctx, actual, model.completion, FORMAT.percent, '完成值');
      completionF = completionOnlyFormula(actual);
      scoreF = F.completionScoreFormula({ completion: actual, weight: W ?? 0, profile });
      statusF = F.statusFormula({
        kind: 'completion',
        completion: actual,
        weight: W ?? 0,
        stated: S,
        reasons,
        profile,
        lang,
      });
      progressF = F.statusFormula({
        kind: 'completion',
        completion: actual,
        weight: W ?? 0,
        reasons,
        profile,
        lang,
      });
      break;
    }
    case 'range': {
      w.value(actual, model.label, {
        role: 'helper',
        numberFormat: FORMAT.text,
        purpose: '完成档次',
      });
      const o = { weight: W ?? 0, stated: S, lo: model.lo, hi: model.hi, profile };
      scoreF = rangeScoreFormula(o);
      statusF = rangeStatusFormula({ ...o, met: model.met, reasons, lang });
      progressF = rangeStatusFormula({ ...o, stated: undefined, met: model.met, reasons, lang });
      break;
    }
    case 'rubricComputed':
      scoreF = rubricScoreFormula({
        weight: W ?? 0,
        // An adopted stated score references this cell: no guard on it, or it would be circular.
        stated: ind.score && ctx.adopted.has(ind.score.address) ? undefined : (S ?? 0),
        points: model.points,
        profile,
      });
      statusF = rubricStatusFormula({
        weight: W ?? 0,
        stated: S ?? 0,
        expected: score,
        judged: false,
        profile,
        lang,
      });
      progressF = rubricProgressFormula({ weight: W ?? 0, expected: score, lang });
      break;
    case 'rubricJudged':
      scoreF = judgedScoreFormula({ weight: W ?? 0, stated: S ?? 0 });
      statusF = rubricStatusFormula({
        weight: W ?? 0,
        stated: S ?? 0,
        expected: score,
        judged: true,
        profile,
        lang,
      });
      progressF = rubricProgressFormula({ weight: W ?? 0, expected: score, lang });
      break;
    case 'fixed':
      scoreF = BLANK_FORMULA;
      statusF = fixedStatusFormula('needsInput', lang);
      progressF = statusF;
      break;
  }
  w.formula(score, scoreF, scoreResult, {
    role: 'helper',
    numberFormat: FORMAT.score,
    purpose: '系统得分',
  });
  w.formula(status, statusF, statusResult, { role: 'helper', purpose: '检查状态' });
  w.formula(progress, progressF, progressResult, { role: 'helper', purpose: '完成情况' });
  if (completionF !== null && w.free(completion)) {
    w.formula(completion, completionF, completionResult, {
      role: completionRole,
      numberFormat: FORMAT.percent,
      purpose: '完成程度',
    });
  }
  return { score, status, progress };
}

/** The budget line: execution rate and score beside the stated ones. */
function planBudget(
  ctx: TableContext,
  scoreCells: string[],
): { rate: string | null; score: string | null } {
  const { w, layout, a } = ctx;
  const line = a.table.budget;
  const rep = ctx.after.budget;
  if (!line || !rep) return { rate: null, score: null };
  const operand = (cell: CellRef | null, parsed: number | null | undefined): F.Operand | null => {
    if (cell && typeof cell.value === 'number') return cell.address;
    if (parsed !== null && parsed !== undefined) return parsed;
    return cell ? cell.address : null;
  };
  const adjusted = line.adjusted ? operand(line.adjusted, rep.adjusted) : null;
  const initial = operand(line.initial, rep.initial) ?? adjusted;
  const executed = operand(line.executed, rep.executed);
  if (initial === null || executed === null) return { rate: null, score: null };
  const o = { initial, executed, ...(adjusted !== null ? { adjusted } : {}) };
  const r = line.row;
  const rateCell = A1(layout.completion, r);
  const scoreCell = A1(layout.score, r);
  let rate: string | null = null;
  let score: string | null = null;
  if (
    w.formula(rateCell, F.budgetRateFormula(o), rep.rate ?? '', {
      role: 'helper',
      numberFormat: FORMAT.percent,
      purpose: '预算执行率',
    })
  ) {
    rate = rateCell;
  }
  const scored = line.weight !== null || line.score !== null;
  if (scored) {
    const weight: F.Operand =
      line.weight && typeof line.weight.value === 'number'
        ? line.weight.address
        : (rep.weight ?? a.profile.budgetWeight);
    if (
      w.formula(
        scoreCell,
        F.budgetScoreFormula({ ...o, weight, profile: a.profile }),
        rep.expectedScore ?? '',
        { role: 'helper', numberFormat: FORMAT.score, purpose: '预算执行得分' },
      )
    ) {
      score = scoreCell;
      scoreCells.push(scoreCell);
    }
  }
  if (rate || score) {
    w.value(A1(layout.status, r), ctx.texts.labels.budget, { role: 'helper' });
  }
  return { rate, score };
}

/** Score cells as ranges of contiguous rows plus single cells. */
function scoreRefs(col: number, rows: readonly number[], extra: readonly string[]): string[] {
  const refs = runs(rows).map(([a, b]) => (a === b ? A1(col, a) : `${A1(col, a)}:${A1(col, b)}`));
  return [...refs, ...extra];
}

function planTotals(
  ctx: TableContext,
  rowCells: { row: number }[],
  budgetScore: string | null,
): { total: string | null; grade: string | null } {
  const { w, layout, a, after } = ctx;
  const t = a.table;
  let total: string | null = null;
  let grade: string | null = null;
  if (t.total && after.total && rowCells.length > 0) {
    const cell = A1(layout.score, t.total.row);
    const scores = scoreRefs(
      layout.score,
      rowCells.map((x) => x.row),
      budgetScore ? [budgetScore] : [],
    );
    const count = rowCells.length + (budgetScore ? 1 : 0);
    if (
      w.formula(
        cell,
        knownTotalFormula({ scores, count, profile: a.profile }),
        after.total.expected ?? '',
        {
          role: 'helper',
          numberFormat: FORMAT.score,
          purpose: '总分（按规则）',
        },
      )
    ) {
      total = cell;
    }
  }
  if (t.grade && after.grade && total) {
    const gradeRow = t.grade.stated.row;
    const cell = A1(layout.status, gradeRow);
    const stated = t.total?.stated ?? null;
    let fallback: F.Operand | null = null;
    if (stated && typeof stated.value === 'number') fallback = stated.address;
    else if (stated) {
      const p = parseNumber(stated.value, stated.numberFormat);
      if (p.ok) fallback = p.value;
    }
    if (fallback === null && after.total) fallback = after.total.sumOfStated;
    if (
      w.formula(
        cell,
        gradeWithFallbackFormula({ expected: total, fallback, profile: a.profile }),
        after.grade.expected ?? '',
        { role: 'helper', purpose: '评价等级（按规则）' },
      )
    ) {
      grade = cell;
    }
  }
  if (t.total && total) {
    const label = A1(layout.status, t.total.row);
    if (w.free(label)) w.value(label, ctx.texts.labels.total, { role: 'helper' });
  }
  return { total, grade };
}

/**
 * Whole-row highlights: red for a row scored wrongly, amber for a row that falls short, and the
 * reason cells of a row missing its reason. Added in order of precedence (the reason cells first,
 * amber last) with matching priorities, since LibreOffice goes by the order and Excel by the
 * priority. A host without conditional formats gets static fills instead (on the last edit).
 */
function planHighlights(
  ctx: TableContext,
  rows: { row: number; status: RowStatus; progress: RowStatus }[],
): void {
  const { layout, a, edits, w, lang } = ctx;
  if (rows.length === 0) return;
  const t = a.table;
  const first = rows[0].row;
  const last = rows[rows.length - 1].row;
  const left = t.range.left;
  const right = layout.actual;
  const range = `${A1(left, first)}:${A1(right, last)}`;
  const st = `$${colLetter(layout.status)}${first}`;
  const pg = `$${colLetter(layout.progress)}${first}`;
  const lit = (s: RowStatus) => F.stringLiteral(statusLabel(s, lang));
  const amberF = `=OR(${pg}=${lit('short')},${pg}=${lit('missingReason')})`;
  const redF = `=${st}=${lit('wrong')}`;
  const id = `${w.name}!R${t.headerRow}`;
  const isShort = (x: RowStatus) => x === 'short' || x === 'missingReason';
  const fills: SimpleEdit[] = rows.map((x) => ({
    id: `${id}#fill-${x.row}`,
    kind: 'fill' as const,
    sheet: w.name,
    range: `${A1(left, x.row)}:${A1(right, x.row)}`,
    fill:
      x.status === 'wrong' ? COLOURS.wrong.fill : isShort(x.progress) ? COLOURS.short.fill : null,
  }));
  const reasonCols = [
    ...t.columns.reasonTicks.map((x) => x.col),
    ...(t.columns.reasonText ? [t.columns.reasonText] : []),
    ...(t.columns.improvement ? [t.columns.improvement] : []),
  ];
  if (reasonCols.length > 0) {
    const lo = Math.min(...reasonCols);
    const hi = Math.max(...reasonCols);
    const rr = `${A1(lo, first)}:${A1(hi, last)}`;
    const reasonF = `=${pg}=${lit('missingReason')}`;
    edits.push({
      id: `${id}#cf-reason`,
      kind: 'conditionalFormat',
      sheet: w.name,
      range: rr,
      formula: reasonF,
      fill: COLOURS.reason.fill,
      fontColor: COLOURS.reason.font,
      bold: true,
      priority: 1,
      requires: 'ExcelApi1.6',
      purpose: '缺少未完成原因的单元格',
      fallback: [],
    });
    w.entries.push({ t: 'cf', s: w.name, r: rr, f: [reasonF] });
    for (const x of rows) {
      if (x.progress !== 'missingReason') continue;
      fills.push({
        id: `${id}#fill-reason-${x.row}`,
        kind: 'fill',
        sheet: w.name,
        range: `${A1(lo, x.row)}:${A1(hi, x.row)}`,
        fill: COLOURS.reason.fill,
      });
    }
  }
  edits.push({
    id: `${id}#cf-wrong`,
    kind: 'conditionalFormat',
    sheet: w.name,
    range,
    formula: redF,
    fill: COLOURS.wrong.fill,
    fontColor: COLOURS.wrong.font,
    priority: 2,
    requires: 'ExcelApi1.6',
    purpose: '得分有误的行（红色）',
    fallback: [],
  });
  edits.push({
    id: `${id}#cf-short`,
    kind: 'conditionalFormat',
    sheet: w.name,
    range,
    formula: amberF,
    fill: COLOURS.short.fill,
    fontColor: COLOURS.short.font,
    priority: 3,
    requires: 'ExcelApi1.6',
    purpose: '未完成的行（琥珀色）',
    fallback: fills,
  });
  w.entries.push({ t: 'cf', s: w.name, r: range, f: [redF, amberF] });
}

/** Data validation with Chinese prompts on the form's input cells. */
function planValidation(
  ctx: TableContext,
  rows: { ind: Indicator; model: RowModel; status: string }[],
): void {
  const { a, edits, w, texts, dvRanges } = ctx;
  const t = a.table;
  const add = (
    range: string,
    rule: Extract<SimpleEdit, { kind: 'dataValidation' }>['rule'],
    msg: { title: string; message: string; errorTitle: string; error: string },
    style: 'stop' | 'warning',
    ignoreBlanks: boolean,
    tag: string,
  ): void => {
    edits.push({
      id: `${w.name}!${range}#dv-${tag}`,
      kind: 'dataValidation',
      sheet: w.name,
      range,
      rule,
      ignoreBlanks,
      prompt: { title: msg.title, message: msg.message },
      error: { title: msg.errorTitle, message: msg.error, style },
      requires: 'ExcelApi1.8',
    });
    dvRanges.push(range);
  };
  const indRows = rows.map((x) => x.ind.row);
  if (t.columns.operator) {
    const col = t.columns.operator;
    for (const [r0, r1] of runs(indRows)) {
      const range = r0 === r1 ? A1(col, r0) : `${A1(col, r0)}:${A1(col, r1)}`;
      add(
        range,
        { type: 'list', values: ['≥', '≤', '=', '>', '<'] },
        texts.validation.operator,
        'stop',
        true,
        'op',
      );
    }
  }
  for (const tick of t.columns.reasonTicks) {
    for (const [r0, r1] of runs(indRows)) {
      const range = r0 === r1 ? A1(tick.col, r0) : `${A1(tick.col, r0)}:${A1(tick.col, r1)}`;
      add(range, { type: 'list', values: ['√'] }, texts.validation.tick, 'stop', true, 'tick');
    }
  }
  for (const { ind, model, status } of rows) {
    if (ind.score && ind.weight) {
      const S = ind.score.address;
      const W = toOperand(valueOperand(ind.weight));
      const weight = parseNumber(ind.weight.value, ind.weight.numberFormat);
      const wText = weight.ok ? showNumber(weight.value.toNumber()) : '分值';
      if (model.kind === 'range' && weight.ok) {
        const min = weight.value.times(model.lo).toDecimalPlaces(2).toNumber();
        const max = weight.value.times(model.hi).toDecimalPlaces(2).toNumber();
        add(
          S,
          {
            type: 'custom',
            formula: scoreValidationFormula({
              cell: S,
              weight: W,
              lo: model.lo,
              hi: model.hi,
              profile: a.profile,
            }),
          },
          texts.validation.band(showNumber(min), showNumber(max)),
          'warning',
          true,
          'band',
        );
      } else {
        add(
          S,
          { type: 'custom', formula: scoreValidationFormula({ cell: S, weight: W }) },
          texts.validation.score(wText),
          'stop',
          true,
          'score',
        );
      }
    }
    const reasonCell = ind.reasonText ?? (ind.reasonTicks.length === 0 ? ind.improvement : null);
    if (reasonCell) {
      add(
        reasonCell.address,
        {
          type: 'custom',
          formula: reasonValidationFormula({ cell: reasonCell.address, status, lang: ctx.lang }),
        },
        texts.validation.reason,
        'warning',
        false,
        'reason',
      );
    }
  }
}

// --- adoption --------------------------------------------------------------------------------

interface Adoption {
  sheet: string;
  /** The stated cell to replace. */
  cell: string;
  /** The computed cell it will reference. */
  source: string;
  value: number | string;
}

/** Rows whose score formula does not read the stated score (so it can be referenced by it). */
function adoptable(model: RowModel): boolean {
  return (
    model.kind === 'quantitative' || model.kind === 'completion' || model.kind === 'rubricComputed'
  );
}

function differs(stated: number | null, expected: number, tolerance: number): boolean {
  return stated === null || new D(stated).minus(expected).abs().greaterThan(tolerance);
}

// --- the plan --------------------------------------------------------------------------------

interface SheetPlan {
  writer: SheetWriter;
  edits: Edit[];
  layout: Layout;
}

function rowMap<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((x) => [key(x), x]));
}

/**
 * Plans annotation (and adoption when `adopt` is set) of a workbook snapshot: the edits to apply
 * in order, and notices for the user. Never throws on bad input: problems become notices.
 */
export function planAnnotateDetailed(
  wb: WorkbookSnapshot,
  opts: PlanOptions & { adopt?: boolean } = {},
): PlanResult {
  const lang = planLang(opts.lang);
  const texts = planTexts(lang);
  const notices: PlanNotice[] = [];
  const read = readRegistry(wb);
  if (read.kind === 'foreign') {
    return {
      edits: [],
      notices: [
        { level: 'warning', sheet: HELPER_SHEET, text: texts.notices.foreignHelper(HELPER_SHEET) },
      ],
    };
  }
  const registry: Registry | null = read.kind === 'ok' ? read.registry : null;
  const restored = restoreWorkbook(wb, registry, 'restore');
  const base = restored.workbook;
  const oursBySheet = new Map<string, Set<string>>();
  for (const e of restored.ours) {
    const set = oursBySheet.get(e.s) ?? new Set<string>();
    set.add(e.a);
    oursBySheet.set(e.s, set);
  }
  noteUserChanges(restored.theirs, texts, notices);

  const analysed = analyse(base, opts, lang);
  const models = new Map<string, RowModel>();
  const key = (sheet: string, row: number) => `${sheet}\u0001${row}`;
  for (const a of analysed) {
    if (!plannable(a.table)) continue;
    for (const ind of a.table.indicators)
      models.set(key(a.table.sheet, ind.row), rowModel(ind, a.table, a.profile));
  }

  // Which sheets are planned, and where their helper columns go.
  const layouts = new Map<string, Layout>();
  let plannedRows = 0;
  const bySheet = new Map<string, Analysed[]>();
  for (const a of analysed) {
    if (!plannable(a.table)) continue;
    const list = bySheet.get(a.table.sheet) ?? [];
    list.push(a);
    bySheet.set(a.table.sheet, list);
  }
  for (const [name, list] of bySheet) {
    const sheet = list[0].sheet;
    if (sheet.protected) {
      notices.push({ level: 'warning', sheet: name, text: texts.notices.protectedSheet(name) });
      continue;
    }
    const rows = list.reduce((n, a) => n + a.table.indicators.length, 0);
    if (plannedRows + rows > MAX_PLANNED_ROWS) {
      notices.push({
        level: 'warning',
        sheet: name,
        text: texts.notices.tooLarge(name, rows, MAX_PLANNED_ROWS),
      });
      continue;
    }
    const width = usedWidth(sheet);
    const first = width + 2;
    if (first + HELPER_COLUMNS - 1 > MAX_COLUMNS) {
      notices.push({ level: 'warning', sheet: name, text: texts.notices.noRoom(name) });
      continue;
    }
    plannedRows += rows;
    layouts.set(name, {
      score: first,
      status: first + 1,
      progress: first + 2,
      completion: first + 3,
      target: first + 4,
      actual: first + 5,
      formRight: Math.max(width, 1),
    });
    noteErrors(name, list, texts, notices);
  }
  for (const sheet of base.sheets) {
    if (sheet.protected && !bySheet.has(sheet.name)) {
      notices.push({
        level: 'info',
        sheet: sheet.name,
        text: texts.notices.protectedSheet(sheet.name),
      });
    }
  }

  // Adoption: previously adopted cells stay adopted; `adopt` adds rows scored wrongly or blank.
  const previouslyAdopted = new Set(
    restored.ours.filter((e) => e.role === 'adopt').map((e) => `${e.s}!${e.a}`),
  );
  const adoptions: Adoption[] = [];
  for (const a of analysed) {
    const layout = layouts.get(a.table.sheet);
    if (!layout || !plannable(a.table)) continue;
    const sheet = a.table.sheet;
    const tol = a.profile.tolerance;
    const consider = (
      cell: CellRef | null,
      source: string,
      expected: number | null,
      stated: number | null,
      eligible: boolean,
    ) => {
      if (!cell || expected === null || !eligible) return;
      if (isCellError(cell.value) && !cell.formula) return;
      const was = previouslyAdopted.has(`${sheet}!${cell.address}`);
      if (was || (opts.adopt && differs(stated, expected, tol))) {
        adoptions.push({ sheet, cell: cell.address, source, value: expected });
      }
    };
    a.table.indicators.forEach((ind, i) => {
      const rep = a.report.indicators[i];
      const model = models.get(key(sheet, ind.row));
      if (!model) return;
      consider(
        ind.score,
        A1(layout.score, ind.row),
        rep.expectedScore,
        rep.statedScore,
        adoptable(model),
      );
    });
    const b = a.table.budget;
    if (b && a.report.budget && (b.weight !== null || b.score !== null)) {
      consider(
        b.score,
        A1(layout.score, b.row),
        a.report.budget.expectedScore,
        a.report.budget.statedScore,
        true,
      );
    }
    if (a.table.total && a.report.total && !a.table.total.stated.formula) {
      consider(
        a.table.total.stated,
        A1(layout.score, a.table.total.row),
        a.report.total.expected,
        a.report.total.stated,
        true,
      );
    }
  }

  // The state after the plan, audited again for the cached results of the formulas.
  let after = analysed;
  if (adoptions.length > 0) {
    const adopted = withValues(base, adoptions);
    after = analyse(adopted, opts, lang);
  }
  const afterByTable = rowMap(after, (x) => x.table.id);

  // Per sheet: cells, highlights, validation, layout, print area.
  const sheetPlans: SheetPlan[] = [];
  const entries: Entry[] = [];
  for (const [name, layout] of layouts) {
    const list = bySheet.get(name) ?? [];
    const sheet = list[0].sheet;
    const writer = new SheetWriter(name, sheet, oursBySheet.get(name) ?? new Set());
    const edits: Edit[] = [];
    const dvRanges: string[] = [];
    for (const a of list) {
      const afterTable = afterByTable.get(a.table.id)?.report ?? a.report;
      const ctx: TableContext = {
        adopted: new Set(adoptions.filter((x) => x.sheet === name).map((x) => x.cell)),
        w: writer,
        layout,
        a,
        after: afterTable,
        lang,
        texts,
        edits,
        dvRanges,
      };
      const afterRows = new Map(afterTable.indicators.map((r) => [r.row, r]));
      // Headers.
      const headers: [number, string][] = [
        [layout.score, texts.headers.score],
        [layout.status, texts.headers.status],
        [layout.progress, texts.headers.progress],
        [layout.completion, texts.headers.completion],
        [layout.target, texts.headers.target],
        [layout.actual, texts.headers.actual],
      ];
      for (const [col, text] of headers) {
        writer.value(A1(col, a.table.headerRow), text, { role: 'helper', fill: COLOURS.header });
      }
      const planned: {
        row: number;
        status: RowStatus;
        progress: RowStatus;
        ind: Indicator;
        model: RowModel;
        statusCell: string;
      }[] = [];
      a.table.indicators.forEach((ind, i) => {
        const model = models.get(key(name, ind.row)) ?? { kind: 'fixed' as const };
        const rep = afterRows.get(ind.row) ?? a.report.indicators[i];
        const cells = planRow(ctx, ind, model, rep);
        if (!cells) return;
        writer.entries.push({
          t: 'row',
          s: name,
          row: ind.row,
          score: cells.score,
          status: cells.status,
          progress: cells.progress,
        });
        planned.push({
          row: ind.row,
          status: rowStatus(rep),
          progress: progressStatus(rep),
          ind,
          model,
          statusCell: cells.progress,
        });
      });
      const budget = planBudget(ctx, []);
      if (budget.rate || budget.score) {
        writer.entries.push({
          t: 'budget',
          s: name,
          row: a.table.budget?.row ?? 0,
          rate: budget.rate,
          score: budget.score,
        });
      }
      const totals = planTotals(ctx, planned, budget.score);
      if (totals.total && a.table.total)
        writer.entries.push({ t: 'total', s: name, row: a.table.total.row, cell: totals.total });
      if (totals.grade && a.table.grade)
        writer.entries.push({
          t: 'grade',
          s: name,
          row: a.table.grade.stated.row,
          cell: totals.grade,
        });
      planHighlights(ctx, planned);
      planValidation(
        ctx,
        planned.map((p) => ({ ind: p.ind, model: p.model, status: p.statusCell })),
      );
    }
    // Adopted scores: the stated cell references the computed one.
    for (const ad of adoptions.filter((x) => x.sheet === name)) {
      writer.formula(ad.cell, `=${ad.source}`, ad.value, {
        role: 'adopt',
        purpose: '采用系统得分',
      });
    }
    if (dvRanges.length > 0) writer.entries.push({ t: 'dv', s: name, r: dvRanges });
    const cols = `${colLetter(layout.score)}:${colLetter(layout.actual)}`;
    edits.push({
      id: `${name}#cols`,
      kind: 'column',
      sheet: name,
      columns: cols,
      width: HELPER_WIDTH,
    });
    writer.entries.push({ t: 'cols', s: name, c: cols });
    if (typeof sheet.printArea !== 'string') {
      const area = `A1:${A1(layout.formRight, Math.max(usedHeight(sheet), 1))}`;
      edits.push({
        id: `${name}#print`,
        kind: 'printArea',
        sheet: name,
        range: area,
        requires: 'ExcelApi1.9',
      });
      writer.entries.push({ t: 'pa', s: name, o: sheet.printArea === undefined ? '?' : null });
    }
    sheetPlans.push({ writer, edits, layout });
    entries.push(...writer.entries);
  }

  if (sheetPlans.length === 0 && !registry) {
    if (notices.length === 0)
      notices.push({ level: 'info', sheet: null, text: texts.notices.noTables });
    return { edits: [], notices };
  }
  if (adoptions.length > 0 && opts.adopt) {
    notices.push({ level: 'info', sheet: null, text: texts.notices.adopted(adoptions.length) });
  }

  // Undo the previous writing that is not written again, then write afresh.
  const rewritten = new Set(
    sheetPlans.flatMap((p) => p.writer.cells.map((c) => `${c.sheet}!${c.cell}`)),
  );
  const undo = registry
    ? removalEdits(registry, restored.ours, rewritten, new Set(layouts.keys()))
    : { cells: [], rules: [], layout: [] };
  const edits: Edit[] = [];
  edits.push({
    id: 'helper#sheet',
    kind: 'ensureSheet',
    sheet: HELPER_SHEET,
    visibility: 'veryHidden',
  });
  edits.push(...undo.cells, ...undo.rules);
  for (const p of sheetPlans) edits.push(...p.writer.cells);
  for (const p of sheetPlans) edits.push(...p.writer.fills);
  for (const p of sheetPlans) edits.push(...p.edits);
  edits.push(...undo.layout);
  edits.push(...registryEdits(entries, registry?.chunks ?? 0));
  return { edits, notices };
}

/** A copy of the workbook with adopted cells holding their computed values. */
function withValues(wb: WorkbookSnapshot, adoptions: readonly Adoption[]): WorkbookSnapshot {
  const bySheet = new Map<string, Adoption[]>();
  for (const a of adoptions) bySheet.set(a.sheet, [...(bySheet.get(a.sheet) ?? []), a]);
  return {
    sheets: wb.sheets.map((s) => {
      const list = bySheet.get(s.name);
      if (!list) return s;
      const values = s.values.map((r) => (r ? r.slice() : []));
      const formulas = s.formulas?.map((r) => (r ? r.slice() : []));
      for (const a of list) {
        const p = parseAddress(a.cell);
        if (!p) continue;
        while (values.length <= p.row) values.push([]);
        while (values[p.row].length <= p.col) values[p.row].push(null);
        values[p.row][p.col] = a.value;
        if (formulas) {
          while (formulas.length <= p.row) formulas.push([]);
          while (formulas[p.row].length <= p.col) formulas[p.row].push(null);
          formulas[p.row][p.col] = `=${a.source}`;
        }
      }
      return { ...s, values, formulas };
    }),
  };
}

/** Edits that restore a registry cell's original content. */
export function restoreEdit(e: CellEntry, id: string): SetFormulaEdit | SetValueEdit {
  const nf = e.nf ?? 'General';
  if (e.f) {
    return {
      id,
      kind: 'setFormula',
      sheet: e.s,
      cell: e.a,
      formula: e.f.startsWith('=') ? e.f : `=${e.f}`,
      numberFormat: nf,
      onlyIfEmpty: false,
      result: cachedOf(e.v),
    };
  }
  const v = e.v;
  const value =
    v === null || typeof v === 'string' || typeof v === 'number'
      ? v
      : typeof v === 'boolean'
        ? String(v).toUpperCase()
        : null;
  return {
    id,
    kind: 'setValue',
    sheet: e.s,
    cell: e.a,
    value,
    numberFormat: nf,
    onlyIfEmpty: false,
  };
}

function cachedOf(v: CellValue): string | number | boolean | null {
  if (v === null || typeof v !== 'object') return v;
  return null;
}

/**
 * Edits undoing a registry: original contents back (except cells in `keep`), the add-in's
 * conditional formats and validations off, and — for sheets no longer annotated (not in
 * `sheetsKept`) — print areas and column widths back.
 */
export function removalEdits(
  registry: Registry,
  ours: readonly CellEntry[],
  keep: ReadonlySet<string>,
  sheetsKept: ReadonlySet<string>,
): { cells: Edit[]; rules: Edit[]; layout: Edit[] } {
  const cells: Edit[] = [];
  const rules: Edit[] = [];
  const layout: Edit[] = [];
  for (const e of ours) {
    if (keep.has(`${e.s}!${e.a}`)) continue;
    cells.push(restoreEdit(e, `${e.s}!${e.a}#restore`));
    if (e.fill) {
      layout.push({ id: `${e.s}!${e.a}#unfill`, kind: 'fill', sheet: e.s, range: e.a, fill: null });
    }
  }
  registry.entries.forEach((e, i) => {
    switch (e.t) {
      case 'cf':
        rules.push({
          id: `${e.s}!${e.r}#uncf${i}`,
          kind: 'removeConditionalFormats',
          sheet: e.s,
          range: e.r,
          formulas: e.f,
          requires: 'ExcelApi1.6',
          fallback: [
            { id: `${e.s}!${e.r}#unfill${i}`, kind: 'fill', sheet: e.s, range: e.r, fill: null },
          ],
        });
        break;
      case 'dv':
        e.r.forEach((r, j) =>
          rules.push({
            id: `${e.s}!${r}#undv${i}-${j}`,
            kind: 'removeValidation',
            sheet: e.s,
            range: r,
            requires: 'ExcelApi1.8',
          }),
        );
        break;
      case 'pa':
        if (!sheetsKept.has(e.s)) {
          layout.push({
            id: `${e.s}#unprint`,
            kind: 'printArea',
            sheet: e.s,
            range: e.o === '?' ? null : e.o,
            requires: 'ExcelApi1.9',
          });
        }
        break;
      case 'cols':
        if (!sheetsKept.has(e.s)) {
          layout.push({
            id: `${e.s}#uncols`,
            kind: 'column',
            sheet: e.s,
            columns: e.c,
            resetWidth: true,
          });
        }
        break;
      default:
        break;
    }
  });
  return { cells, rules, layout };
}

/** The registry sheet's cells: title, version, note, and the entries in chunks. */
function registryEdits(entries: readonly Entry[], oldChunks: number): Edit[] {
  const chunks = encodeRegistry(entries);
  const edits: Edit[] = [];
  const set = (cell: string, value: string | number | null): void => {
    edits.push({
      id: `${HELPER_SHEET}!${cell}`,
      kind: 'setValue',
      sheet: HELPER_SHEET,
      cell,
      value,
      onlyIfEmpty: false,
    });
  };
  set('A1', REGISTRY_TITLE);
  set('B1', REGISTRY_VERSION);
  set('C1', '本表由绩效自评助手维护，记录写入的内容以便撤销，请勿修改。');
  chunks.forEach((c, i) => set(`A${i + 2}`, c));
  for (let i = chunks.length; i < oldChunks; i++) set(`A${i + 2}`, null);
  return edits;
}

function noteErrors(
  name: string,
  list: readonly Analysed[],
  texts: PlanTexts,
  notices: PlanNotice[],
): void {
  const cells: string[] = [];
  const look = (c: CellRef | null | undefined) => {
    if (c && isCellError(c.value)) cells.push(c.address);
  };
  for (const a of list) {
    for (const ind of a.table.indicators) {
      [
        ind.target,
        ind.operator,
        ind.unit,
        ind.actual,
        ind.completion,
        ind.weight,
        ind.score,
      ].forEach(look);
    }
    const b = a.table.budget;
    if (b) [b.initial, b.adjusted, b.executed, b.rate, b.weight, b.score].forEach(look);
    look(a.table.total?.stated);
  }
  if (cells.length === 0) return;
  const shown = cells.slice(0, 5);
  notices.push({
    level: 'warning',
    sheet: name,
    text: texts.notices.errorCells(name, shown, cells.length - shown.length),
  });
}

function noteUserChanges(
  theirs: readonly CellEntry[],
  texts: PlanTexts,
  notices: PlanNotice[],
): void {
  const bySheet = new Map<string, string[]>();
  for (const e of theirs) bySheet.set(e.s, [...(bySheet.get(e.s) ?? []), e.a]);
  for (const [s, cells] of bySheet) {
    const shown = cells.slice(0, 5);
    notices.push({
      level: 'info',
      sheet: s,
      text: texts.notices.userChanged(s, shown, cells.length - shown.length),
    });
  }
}

export { normaliseFormula };
