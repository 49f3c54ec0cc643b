/**
 * How each indicator row is scored in the sheet: the same decisions the audit takes
 * (audit/indicator.ts, audit/rubric.ts), expressed as a row model whose inputs are either live
 * references to the form's cells or constants the rules read out of text (`30次以上`, `满意`),
 * which formulas cannot parse and which 一键重算 refreshes.
 *
 * Models:
 * - quantitative: target and actual numbers with an operator (formula/indicator.ts compilers);
 * - completion: a completion degree (100% against `30次以上`, a 完成程度 column, a judged text);
 * - range: a qualitative row known only to lie in a band of the weight;
 * - rubricComputed / rubricJudged: Longhua's rubric rows;
 * - fixed: the rules cannot score the row from its cells (the audit says 待补充).
 */
import type { CellRef } from '../model/cell';
import type { FormTable, Indicator } from '../model/table';
import { rowBasis } from './basis';
import { displayOf } from './context';
import { parseEvidence, rateOf, ruleFor } from './rubric';
import {
  D,
  judgeByKeywords,
  keyTasks,
  LONGHUA_RUBRIC,
  parseNumber,
  procurement,
  quarterlyExecution,
  satisfaction,
  scoreIndicator,
  timeliness,
  formula as F,
  type Decimal,
  type Operator,
  type Profile,
  type NumberResult,
  type Rubric,
  type TargetResult,
  type ActualResult,
} from '../rules';
import { isPercentUnit } from '../rules/units';
import { isPercentFormat } from '../rules/text';
import { clamp, ONE, roundRate, ZERO } from '../rules/decimal';
import { isCellError } from '../snapshot/types';
import type { LinkTransform } from '../rules/formula/sheet';

/** Where a model input comes from. */
export type Source =
  /** A live reference to a form cell, read as the rules read it. */
  | { kind: 'link'; ref: string; transform: LinkTransform; value: Decimal | null }
  /** A value the rules read out of text (refreshed by 一键重算). */
  | { kind: 'constant'; value: Decimal };

export type RowModel =
  | {
      kind: 'quantitative';
      target: Source;
      actual: Source;
      operator: Operator | null;
      /** Unit text of the comparison (for display), e.g. `次`, `%`. */
      unit: string | null;
    }
  | { kind: 'completion'; completion: Source }
  | {
      kind: 'range';
      lo: number;
      hi: number;
      met: boolean;
      /** What the band is, for display (`80%–100%`, `≥95%`). */
      label: string;
    }
  | { kind: 'rubricComputed'; points: string }
  | { kind: 'rubricJudged' }
  | { kind: 'fixed' };

/** A weight or stated score as a formula operand: live when a number, constant when text. */
export type ValueOperand = { kind: 'ref'; ref: string } | { kind: 'literal'; value: Decimal };

export function valueOperand(cell: CellRef): ValueOperand {
  if (typeof cell.value === 'number') return { kind: 'ref', ref: cell.address };
  const p = parseNumber(cell.value, cell.numberFormat);
  return p.ok ? { kind: 'literal', value: p.value } : { kind: 'ref', ref: cell.address };
}

function scaleOf(cell: CellRef, unitFactor: Decimal): number {
  const pct = isPercentFormat(cell.numberFormat) ? 100 : 1;
  return new D(pct).times(unitFactor).toNumber();
}

function link(cell: CellRef, factor: number, value: Decimal): Source {
  return { kind: 'link', ref: cell.address, transform: { kind: 'scale', factor }, value };
}

/** A number the rules read from `cell` (× factor): live when the cell is a number. */
function sourceOf(cell: CellRef | null, value: Decimal, unitFactor: Decimal): Source {
  if (cell && typeof cell.value === 'number') return link(cell, scaleOf(cell, unitFactor), value);
  return { kind: 'constant', value };
}

function completionSource(cell: CellRef, parsed: NumberResult & { ok: true }): Source {
  if (typeof cell.value !== 'number') return { kind: 'constant', value: parsed.value };
  const transform: LinkTransform = isPercentFormat(cell.numberFormat)
    ? { kind: 'plain' }
    : { kind: 'percentPoints' };
  return { kind: 'link', ref: cell.address, transform, value: parsed.value };
}

function pct(x: number): string {
  return `${new D(x).times(100).toDecimalPlaces(2).toString()}%`;
}

function fromTargetActual(
  target: TargetResult,
  actual: ActualResult,
  ind: Indicator,
  completion: NumberResult | undefined,
  profile: Profile,
): RowModel {
  if (!target.ok || !actual.ok) return { kind: 'fixed' };
  if (target.kind === 'quantitative') {
    if (actual.kind === 'text') {
      const j = judgeByKeywords(actual.text);
      return j && j.full
        ? { kind: 'completion', completion: { kind: 'constant', value: ONE } }
        : { kind: 'fixed' };
    }
    const tu = target.unit;
    const au = actual.unit;
    if (isPercentUnit(au) && tu && !isPercentUnit(tu)) {
      const factor = au ? au.factor : ONE;
      const c = actual.value.times(factor).div(100);
      return {
        kind: 'completion',
        completion: sourceOf(ind.actual, c, factor.div(100)),
      };
    }
    if (tu && au && tu.base !== au.base) return { kind: 'fixed' };
    const tf = tu ? tu.factor : au ? au.factor : ONE;
    const af = au ? au.factor : tf;
    const operator = target.operator ?? profile.defaultOperator;
    return {
      kind: 'quantitative',
      target: sourceOf(ind.target, target.value.times(tf), tf),
      actual: sourceOf(ind.actual, actual.value.times(af), af),
      operator,
      unit: (tu ?? au)?.base ?? null,
    };
  }
  // Qualitative: the rules judge text; the sheet gets the judgement as a constant.
  const r = scoreIndicator({ target, actual, weight: 1, completion, profile });
  if (!r.ok) return { kind: 'fixed' };
  if (r.range) {
    if (actual.kind === 'number' && (actual.operator === '>=' || actual.operator === '>')) {
      // score.ts scoreQualitative: "95%以上" is a lower bound c; the score lies in [c × W, W].
      const v = actual.value;
      const c = isPercentUnit(actual.unit)
        ? v.times(actual.unit ? actual.unit.factor : 1).div(100)
        : v.lessThanOrEqualTo(1)
          ? v
          : v.div(100);
      const lower = clamp(roundRate(c), ZERO, ONE).toNumber();
      return { kind: 'range', lo: lower, hi: 1, met: r.met, label: `≥${pct(lower)}` };
    }
    const b = r.band ? profile.qualitativeBands[r.band] : { min: 0, max: 1 };
    return {
      kind: 'range',
      lo: b.min,
      hi: b.max,
      met: r.met,
      label: `${pct(b.min)}–${pct(b.max)}`,
    };
  }
  const c = r.degree ?? r.completion ?? (r.met ? ONE : null);
  if (c === null) return { kind: 'fixed' };
  const live =
    ind.actual &&
    typeof ind.actual.value === 'number' &&
    actual.kind === 'number' &&
    actual.operator === null &&
    isPercentFormat(ind.actual.numberFormat);
  return {
    kind: 'completion',
    completion: live && ind.actual ? link(ind.actual, 1, c) : { kind: 'constant', value: c },
  };
}

/** The row model of an indicator of a project or department form (audit/indicator.ts judge()). */
export function indicatorModel(ind: Indicator, profile: Profile): RowModel {
  if (!ind.weight) return { kind: 'fixed' };
  const basis = rowBasis(ind);
  switch (basis.kind) {
    case 'completion':
      return { kind: 'completion', completion: completionSource(basis.cell, basis.completion) };
    case 'statement':
    case 'target':
      return fromTargetActual(basis.target, basis.actual, ind, basis.completion, profile);
    case 'none':
      return { kind: 'fixed' };
  }
}

// --- rubric rows ------------------------------------------------------------------------------

type Figure = NonNullable<ReturnType<typeof parseEvidence>>[number];

/** A JavaScript number at 15 significant digits, as a spreadsheet would hold it. */
function digits15(d: Decimal): Decimal {
  return new D(d.toPrecision(15));
}

/** The rate of a figure as a formula expression: a literal, or `(num/den)` for a ratio. */
function rateExpr(f: Figure): string | null {
  if (f.kind === 'rate') return F.numberLiteral(f.value);
  if (f.kind === 'ratio') {
    if (f.den.isZero()) return null;
    return `(${F.numberLiteral(f.num)}/${F.numberLiteral(f.den)})`;
  }
  return null;
}

/**
 * The points of a rubric rule computed from 评分依据 figures, as a formula over constants —
 * audit/rubric.ts compute(), rule by rule. Null when the audit cannot compute them either.
 */
export function rubricPointsFormula(
  key: NonNullable<ReturnType<typeof ruleFor>>,
  figs: readonly Figure[],
  profile: Profile,
): string | null {
  const rubric: Rubric = profile.rubric ?? LONGHUA_RUBRIC;
  const opts = { rubric, profile };
  const one = figs.length === 1 ? figs[0] : null;
  switch (key) {
    case 'procurement': {
      if (!one) return null;
      if (one.kind === 'ratio') {
        if (!procurement({ actual: one.num, plan: one.den, ...opts }).ok) return null;
        return F.procurementFormula({ actual: one.num, plan: one.den, ...opts });
      }
      const r = rateOf(one);
      if (r === null || !procurement({ actual: r, plan: 1, ...opts }).ok) return null;
      return F.procurementFormula({ actual: r, plan: 1, ...opts });
    }
    case 'fixedAssets':
    case 'staffControl':
    case 'contractStaff': {
      const e = one ? rateExpr(one) : null;
      return e === null ? null : `=${F.tiersExpr(rubric[key], e)}`;
    }
    case 'expenseControl': {
      if (figs.length < 1 || figs.length > 2) return null;
      const parts = figs.map(rateExpr);
      if (parts.some((p) => p === null)) return null;
      return `=${parts.map((p) => F.tiersExpr(rubric.expenseControl, p as string)).join('+')}`;
    }
    case 'quarterly': {
      if (figs.length !== 4) return null;
      const q = figs.map(rateOf);
      if (q.some((x) => x === null)) return null;
      const [a, b, c, d] = (q as Decimal[]).map(digits15);
      if (!quarterlyExecution({ progress: [a, b, c, d], ...opts }).ok) return null;
      return F.quarterlyFormula({ progress: [a, b, c, d], ...opts });
    }
    case 'timeliness': {
      if (!one) return null;
      if (one.kind === 'ratio') {
        if (!timeliness({ completed: one.num, planned: one.den, ...opts }).ok) return null;
        return F.timelinessFormula({ completed: one.num, planned: one.den, ...opts });
      }
      const r = rateOf(one);
      if (r === null || !timeliness({ completed: r, planned: 1, ...opts }).ok) return null;
      return F.timelinessFormula({ completed: r, planned: 1, ...opts });
    }
    case 'satisfaction': {
      const r = one ? rateOf(one) : null;
      if (r === null || !satisfaction({ rate: r, ...opts }).ok) return null;
      return F.satisfactionFormula({ rate: digits15(r), ...opts });
    }
    case 'keyTasks': {
      if (!one || one.kind !== 'count') return null;
      if (!keyTasks({ notDone: one.value, ...opts }).ok) return null;
      return F.keyTasksFormula({ notDone: one.value, ...opts });
    }
  }
}

/** The row model of a rubric row (audit/rubric.ts auditRubricRow). */
export function rubricModel(ind: Indicator, profile: Profile): RowModel {
  if (!ind.weight || !ind.score) return { kind: 'fixed' };
  const key = ruleFor(ind.name);
  if (key && ind.data !== null) {
    const text = displayOf(ind.data);
    if (text === null) return { kind: 'fixed' };
    const figs = parseEvidence(text);
    const points = figs ? rubricPointsFormula(key, figs, profile) : null;
    return points === null ? { kind: 'fixed' } : { kind: 'rubricComputed', points };
  }
  return { kind: 'rubricJudged' };
}

export function rowModel(ind: Indicator, table: FormTable, profile: Profile): RowModel {
  return table.kind === 'rubric' ? rubricModel(ind, profile) : indicatorModel(ind, profile);
}

/** The reason cells the status formula looks at (audit/indicator.ts: ticks, text, improvement). */
export function reasonCells(ind: Indicator, table: FormTable): CellRef[] | undefined {
  const hasColumns = ind.reasonTicks.length > 0 || table.columns.reasonText !== null;
  if (!hasColumns && !ind.improvement) return undefined;
  return [
    ...ind.reasonTicks.map((t) => t.cell),
    ...(ind.reasonText ? [ind.reasonText] : []),
    ...(ind.reasonText === null && ind.improvement ? [ind.improvement] : []),
  ];
}

/** True when a cell holds an error value (#DIV/0! …). */
export function isErrorCell(cell: CellRef | null): boolean {
  return !!cell && isCellError(cell.value);
}
