/**
 * Formulas the plan needs beyond the rules module's compilers, composed from the same building
 * blocks (src/rules/formula/expr.ts and literal.ts) and proven equal to the JavaScript rules in
 * HyperFormula by test/plan/formulas.test.ts:
 *
 * - input links: a helper cell that reads a form cell as the rules read it (× 100 for a
 *   percent-formatted value, a 完成程度 of 100 meaning 100% …);
 * - the completion degree of a row whose actual is a completion (completionParts);
 * - qualitative rows that only give a band of the weight (score and status);
 * - rubric rows (score capped at the weight, and their status);
 * - the table total when every part is known, and the grade with the stated total as fallback.
 *
 * Only IF, AND, OR, NOT, MIN, MAX, ROUND, ABS, ISNUMBER, ISBLANK, IFERROR, SUM and SUMPRODUCT.
 */
import { resolveProfile, type ProfileInput } from '../profiles';
import { DIFF_DECIMALS, DIFF_GUARD, type RowStatus, type StatusLabels } from '../verdict';
import {
  all,
  BLANK,
  clampExpr,
  formula,
  guardedRound,
  numberGuards,
  operandExpr,
  rateRound,
  scoreRound,
} from './expr';
import { gradeFormula, totalFormula } from './grade';
import { reasonPresentExpr } from './indicator';
import { FormulaError, numberLiteral, parseRef, stringLiteral, type Operand } from './literal';

/** How a helper cell reads a form cell. */
export type LinkTransform =
  /** The value as is. */
  | { kind: 'plain' }
  /** value × factor, rounded to the rate precision (a 0.742 shown as 74.2% read as 74.2). */
  | { kind: 'scale'; factor: number }
  /** A 完成程度 typed without a percent format: 100 means 100%, 0.5 means 50% (completionOf). */
  | { kind: 'percentPoints' };

/** `=IF(ISNUMBER(ref), <ref read as the rules read it>, "")`. */
export function linkFormula(ref: string, transform: LinkTransform): string {
  parseRef(ref);
  let body: string;
  switch (transform.kind) {
    case 'plain':
      body = ref;
      break;
    case 'scale':
      body = transform.factor === 1 ? ref : operandExpr({ ref, factor: transform.factor });
      break;
    case 'percentPoints':
      body = `IF(${ref}>1,${rateRound(`${ref}/100`)},${ref})`;
      break;
  }
  return formula(`IF(ISNUMBER(${ref}),${body},${BLANK})`);
}

/** The completion degree in [0, 1] of a row scored from a completion (score.ts fromCompletion). */
export function completionOnlyFormula(c: Operand): string {
  const C = rateRound(operandExpr(c));
  const g = all(numberGuards([c]));
  const body = clampExpr(C, '0', '1');
  return formula(g === null ? body : `IF(${g},${body},${BLANK})`);
}

/** A share of the weight, rounded as a score: `roundScore(fraction × W)`; W itself for 1. */
function shareOf(fraction: number, W: string, decimals: number): string {
  if (fraction === 1) return W;
  if (fraction === 0) return '0';
  return scoreRound(`${numberLiteral(fraction)}*${W}`, decimals);
}

export interface RangeOperands {
  weight: Operand;
  /** The 得分 cell; omit when the form has no score column. */
  stated?: Operand;
  /** The band as shares of the weight: [lo × W, hi × W] (hi = 1 means the weight itself). */
  lo: number;
  hi: number;
  profile?: ProfileInput;
}

/**
 * Score of a qualitative row known only to lie in a band: the stated score clamped into the band,
 * or the band's top when there is no stated number (audit/indicator.ts, `verdict.range`).
 */
export function rangeScoreFormula(o: RangeOperands): string {
  const { decimals } = resolveProfile(o.profile);
  const W = operandExpr(o.weight);
  const min = shareOf(o.lo, W, decimals);
  const max = shareOf(o.hi, W, decimals);
  let body = max;
  if (o.stated !== undefined) {
    const S = operandExpr(o.stated);
    const clamped = `MIN(${max},MAX(${min},${S}))`;
    const sg = all(numberGuards([o.stated]));
    body = sg === null ? clamped : `IF(${sg},${clamped},${max})`;
  }
  const g = all(numberGuards([o.weight]));
  body = `IF(${W}<0,${BLANK},${body})`;
  return formula(g === null ? body : `IF(${g},${body},${BLANK})`);
}

function shortBranch(reasons: readonly string[], label: (s: RowStatus) => string): string {
  if (reasons.length === 0) return label('short');
  return `IF(OR(${reasons.map(reasonPresentExpr).join(',')}),${label('short')},${label('missingReason')})`;
}

/**
 * Status of a band row (verdict.ts with `score.range`): wrong when the stated score is negative,
 * above the weight, or outside the band by more than the tolerance; short unless the band is
 * met (known when planning).
 */
export function rangeStatusFormula(
  o: RangeOperands & { met: boolean; reasons?: readonly string[]; labels: StatusLabels },
): string {
  const profile = resolveProfile(o.profile);
  const label = (s: RowStatus): string => stringLiteral(o.labels[s]);
  const W = operandExpr(o.weight);
  let body = o.met ? label('done') : shortBranch(o.reasons ?? [], label);
  const guards = numberGuards(o.stated === undefined ? [o.weight] : [o.weight, o.stated]);
  if (o.stated !== undefined) {
    const S = operandExpr(o.stated);
    const min = shareOf(o.lo, W, profile.decimals);
    const max = shareOf(o.hi, W, profile.decimals);
    const tol = numberLiteral(profile.tolerance);
    const below = guardedRound(`${min}-${S}`, DIFF_DECIMALS, DIFF_GUARD);
    const above = guardedRound(`${S}-${max}`, DIFF_DECIMALS, DIFF_GUARD);
    body = `IF(OR(${S}<0,${S}>${W},${below}>${tol},${above}>${tol}),${label('wrong')},${body})`;
  }
  body = `IF(${W}<0,${label('needsInput')},${body})`;
  const g = all(guards);
  return formula(g === null ? body : `IF(${g},${body},${label('needsInput')})`);
}

/** Strips the `=` of a compiled formula to use it inside another. */
export function bodyOf(f: string): string {
  if (!f.startsWith('=')) throw new FormulaError(`not a formula: ${f}`);
  return f.slice(1);
}

/**
 * Score of a rubric row computed by a rule (audit/rubric.ts): the rule's points capped at the
 * weight and rounded; "" unless weight and stated score are numbers (the audit then reports none).
 * `points` is a compiled rubric formula (formula/rubric.ts).
 */
export function rubricScoreFormula(o: {
  weight: Operand;
  /** Omit when the stated score itself references this formula (采用系统得分). */
  stated?: Operand;
  points: string;
  profile?: ProfileInput;
}): string {
  const { decimals } = resolveProfile(o.profile);
  const W = operandExpr(o.weight);
  const body = `IFERROR(${scoreRound(`MIN(${W},${bodyOf(o.points)})`, decimals)},${BLANK})`;
  const g = all(numberGuards(o.stated === undefined ? [o.weight] : [o.weight, o.stated]));
  return formula(g === null ? body : `IF(${g},${body},${BLANK})`);
}

/** Score of a rubric row judged against written criteria: the stated score within [0, weight]. */
export function judgedScoreFormula(o: { weight: Operand; stated: Operand }): string {
  const W = operandExpr(o.weight);
  const S = operandExpr(o.stated);
  const body = `MIN(${W},MAX(0,${S}))`;
  const g = all(numberGuards([o.weight, o.stated]));
  return formula(g === null ? body : `IF(${g},${body},${BLANK})`);
}

/**
 * Status of a rubric row: 待补充 unless weight and stated score are numbers; 得分有误 when a
 * computed row's stated score differs from `expected` by more than the tolerance, or a judged
 * row's lies outside [0, weight]; 未完成 when the expected score is below the weight.
 */
export function rubricStatusFormula(o: {
  weight: Operand;
  stated: Operand;
  /** The cell holding the row's score (rubricScoreFormula / judgedScoreFormula). */
  expected: string;
  judged: boolean;
  profile?: ProfileInput;
  labels: StatusLabels;
}): string {
  const profile = resolveProfile(o.profile);
  const label = (s: RowStatus): string => stringLiteral(o.labels[s]);
  parseRef(o.expected);
  const W = operandExpr(o.weight);
  const S = operandExpr(o.stated);
  const E = o.expected;
  const wrong = o.judged
    ? `OR(${S}>${W},${S}<0)`
    : `${guardedRound(`ABS(${S}-${E})`, DIFF_DECIMALS, DIFF_GUARD)}>${numberLiteral(profile.tolerance)}`;
  const body = `IF(${wrong},${label('wrong')},IF(${E}<${W},${label('short')},${label('done')}))`;
  const g = all([...numberGuards([o.weight, o.stated]), `ISNUMBER(${E})`]);
  return formula(g === null ? body : `IF(${g},${body},${label('needsInput')})`);
}

/** A constant status, for rows the rules cannot score from the cells (refreshed by 一键重算). */
export function fixedStatusFormula(status: RowStatus, labels: StatusLabels): string {
  return formula(stringLiteral(labels[status]));
}

/** The empty-text result, for a score that cannot be computed. */
export const BLANK_FORMULA = formula(BLANK);

/**
 * The expected total of a table: totalFormula over the score cells, but "" unless all `count`
 * of them hold numbers (the audit reports no expected total while a row cannot be scored).
 * `scores` are single cells or ranges of contiguous score cells.
 */
export function knownTotalFormula(o: {
  scores: readonly string[];
  count: number;
  profile?: ProfileInput;
}): string {
  if (o.scores.length === 0) return formula(BLANK);
  const total = bodyOf(totalFormula({ scores: o.scores, profile: o.profile }));
  const known = o.scores.map((r) => `SUMPRODUCT(ISNUMBER(${r})*1)`).join('+');
  return formula(`IF(${known}=${numberLiteral(o.count)},${total},${BLANK})`);
}

/**
 * The grade of the expected total, or of the fallback (the stated total, or the sum of the
 * stated scores) while the expected total is unknown — as audit/table.ts decides it.
 */
export function gradeWithFallbackFormula(o: {
  expected: string;
  fallback: Operand | null;
  profile?: ProfileInput;
}): string {
  parseRef(o.expected);
  const main = bodyOf(gradeFormula({ total: o.expected, profile: o.profile }));
  const other =
    o.fallback === null ? BLANK : bodyOf(gradeFormula({ total: o.fallback, profile: o.profile }));
  return formula(`IF(ISNUMBER(${o.expected}),${main},${other})`);
}

/**
 * Data validation of a stated score (relative to its own cell): a number from 0 to the weight,
 * and, for a band row, within the band give or take the tolerance.
 */
export function scoreValidationFormula(o: {
  cell: string;
  weight: Operand;
  lo?: number;
  hi?: number;
  profile?: ProfileInput;
}): string {
  parseRef(o.cell);
  const S = o.cell;
  const W = operandExpr(o.weight);
  const conds = [`ISNUMBER(${S})`, `${S}>=0`, `${S}<=${W}`];
  if (o.lo !== undefined && o.hi !== undefined) {
    const profile = resolveProfile(o.profile);
    const tol = numberLiteral(profile.tolerance);
    const min = shareOf(o.lo, W, profile.decimals);
    const max = shareOf(o.hi, W, profile.decimals);
    conds.push(`${guardedRound(`${min}-${S}`, DIFF_DECIMALS, DIFF_GUARD)}<=${tol}`);
    conds.push(`${guardedRound(`${S}-${max}`, DIFF_DECIMALS, DIFF_GUARD)}<=${tol}`);
  }
  return formula(`AND(${conds.join(',')})`);
}

/**
 * Data validation of a reason cell (relative to its own cell): when the row's status says it
 * falls short, the reason must be filled in as reasonPresent decides (not blank, "无", "/" …).
 */
export function reasonValidationFormula(o: {
  cell: string;
  status: string;
  labels: StatusLabels;
}): string {
  parseRef(o.cell);
  const { a1 } = parseRef(o.status);
  const st = `$${a1.replace(/^\$/, '')}`;
  const lit = (s: RowStatus) => stringLiteral(o.labels[s]);
  return formula(
    `IF(OR(${st}=${lit('short')},${st}=${lit('missingReason')}),${reasonPresentExpr(o.cell)},TRUE)`,
  );
}

/**
 * The 完成情况 of a rubric row: 未完成 when its score is below the weight, 完成 otherwise, 待补充
 * while either is not a number (rubric rows have no reason cells).
 */
export function rubricProgressFormula(o: {
  weight: Operand;
  expected: string;
  labels: StatusLabels;
}): string {
  const label = (s: RowStatus): string => stringLiteral(o.labels[s]);
  parseRef(o.expected);
  const W = operandExpr(o.weight);
  const E = o.expected;
  const body = `IF(${E}<${W},${label('short')},${label('done')})`;
  const g = all([...numberGuards([o.weight]), `ISNUMBER(${E})`]);
  return formula(g === null ? body : `IF(${g},${body},${label('needsInput')})`);
}
