/**
 * Compilers for indicator rows: completion degree, score, capping and the row status. Each
 * mirrors score.ts / verdict.ts step for step (see the README paragraph on scoring).
 */
import { REASON_FILLERS } from '../glossary';
import { resolveProfile, type ProfileInput } from '../profiles';
import { DIFF_DECIMALS, DIFF_GUARD, type RowStatus, type StatusLabels } from '../verdict';
import type { Operator } from '../types';
import {
  all,
  BLANK,
  clampExpr,
  formula,
  guardedRound,
  iff,
  numberGuards,
  operandExpr,
  rateRound,
  scoreRound,
  whenNumbers,
} from './expr';
import {
  FormulaError,
  literalValue,
  numberLiteral,
  parseRef,
  stringLiteral,
  type Operand,
} from './literal';

export interface QuantitativeOperands {
  actual: Operand;
  target: Operand;
  /** The target's operator; null when it has none (only actual = target can then be judged). */
  operator: Operator | null;
  profile?: ProfileInput;
}

interface Parts {
  guards: string[];
  /** When the rule applies at all (null: always). */
  applies: string | null;
  met: string;
  /** Completion degree in [0, 1]. */
  completion: string;
}

function quantitativeParts(o: QuantitativeOperands): Parts {
  const profile = resolveProfile(o.profile);
  const A = operandExpr(o.actual);
  const T = operandExpr(o.target);
  const guards = numberGuards([o.actual, o.target]);
  if (o.operator === null) return { guards, applies: `${A}=${T}`, met: 'TRUE', completion: '1' };
  const met = `${A}${o.operator}${T}`;
  const tLit = literalValue(o.target);
  let proportion: string;
  let zeroWhen = `${T}<=0`;
  switch (o.operator) {
    case '>=':
    case '>':
      proportion = `${A}/${T}`;
      break;
    case '<=':
    case '<':
      proportion = profile.reverseFormula === 'ratio' ? `${T}/${A}` : `2-${A}/${T}`;
      break;
    case '=':
      proportion = `1-ABS(${A}-${T})/ABS(${T})`;
      zeroWhen = `${T}=0`;
      break;
  }
  const eq = o.operator === '=';
  // With a literal target, decide the "target ≤ 0 (or = 0) scores 0" branch now.
  const zero = tLit === null ? null : eq ? tLit.isZero() : tLit.lessThanOrEqualTo(0);
  const proportional = clampExpr(rateRound(proportion), '0', '1');
  const missed = zero === null ? `IF(${zeroWhen},0,${proportional})` : zero ? '0' : proportional;
  const completion = `IF(${met},1,${missed})`;
  return { guards, applies: null, met, completion };
}

function completionParts(c: Operand): Parts {
  const C = rateRound(operandExpr(c));
  return {
    guards: numberGuards([c]),
    applies: null,
    met: `${C}>=1`,
    completion: clampExpr(C, '0', '1'),
  };
}

/** Completion degree in [0, 1] of a quantitative row; "" when an input is not a number. */
export function completionFormula(o: QuantitativeOperands): string {
  const p = quantitativeParts(o);
  return formula(iff(all(p.guards), iff(p.applies, p.completion, BLANK), BLANK));
}

function scoreBody(p: Parts, weight: Operand, decimals: number): string {
  const W = operandExpr(weight);
  const guards = [...p.guards, ...numberGuards([weight])];
  const score = scoreRound(`${p.completion}*${W}`, decimals);
  return iff(
    all([...new Set(guards)]),
    `IF(${W}<0,${BLANK},${iff(p.applies, score, BLANK)})`,
    BLANK,
  );
}

/** Score of a quantitative row: completion × weight, rounded; "" when it cannot be computed. */
export function indicatorScoreFormula(o: QuantitativeOperands & { weight: Operand }): string {
  return formula(scoreBody(quantitativeParts(o), o.weight, resolveProfile(o.profile).decimals));
}

/**
 * Score of a row whose actual is a completion degree (100% against "30次以上"), or of a
 * qualitative row with a stated completion: min(max(completion, 0), 1) × weight.
 */
export function completionScoreFormula(o: {
  completion: Operand;
  weight: Operand;
  profile?: ProfileInput;
}): string {
  return formula(
    scoreBody(completionParts(o.completion), o.weight, resolveProfile(o.profile).decimals),
  );
}

/** A score capped at its weight and never negative: MAX(0, MIN(score, weight)). */
export function capFormula(o: { score: Operand; weight: Operand }): string {
  const S = operandExpr(o.score);
  const W = operandExpr(o.weight);
  return whenNumbers([o.score, o.weight], `MAX(0,MIN(${S},${W}))`);
}

/** "This reason cell is filled in", exactly as cell.reasonPresent decides. */
export function reasonPresentExpr(ref: string): string {
  const { range } = parseRef(ref);
  if (range) throw new FormulaError(`reason cells must be single cells: ${ref}`);
  const notFiller = REASON_FILLERS.map((f) => `${ref}<>${stringLiteral(f)}`).join(',');
  return `IFERROR(IF(ISBLANK(${ref}),FALSE,IF(ISNUMBER(${ref}),${ref}<>0,AND(${ref}<>FALSE,${notFiller}))),FALSE)`;
}

interface StatusCommon {
  weight: Operand;
  /** The 得分 cell; omit when the form has no score column. */
  stated?: Operand;
  /** Reason cells (text and ticks); omit or [] when the form has none. */
  reasons?: readonly string[];
  profile?: ProfileInput;
  /** The words the status cell shows (messages' statusLabels). */
  labels: StatusLabels;
}

export type StatusOperands =
  | ({ kind: 'quantitative' } & QuantitativeOperands & StatusCommon)
  | ({ kind: 'completion'; completion: Operand } & StatusCommon);

/**
 * The row status, one of 完成 / 未完成 / 得分有误 / 缺少原因 / 待补充 (statusLabel), in the order
 * of verdict.statusOf: needs input, wrong, missing reason, short, done.
 */
export function statusFormula(o: StatusOperands): string {
  const profile = resolveProfile(o.profile);
  const label = (s: RowStatus): string => stringLiteral(o.labels[s]);
  const p = o.kind === 'quantitative' ? quantitativeParts(o) : completionParts(o.completion);
  const W = operandExpr(o.weight);
  const guards = [
    ...new Set([
      ...p.guards,
      ...numberGuards(o.stated === undefined ? [o.weight] : [o.weight, o.stated]),
    ]),
  ];

  const reasons = o.reasons ?? [];
  const shortBranch =
    reasons.length === 0
      ? label('short')
      : `IF(OR(${reasons.map(reasonPresentExpr).join(',')}),${label('short')},${label('missingReason')})`;
  let body = `IF(${p.met},${label('done')},${shortBranch})`;
  if (o.stated !== undefined) {
    const S = operandExpr(o.stated);
    const expected = scoreRound(`${p.completion}*${W}`, profile.decimals);
    const diff = guardedRound(`ABS(${S}-${expected})`, DIFF_DECIMALS, DIFF_GUARD);
    body = `IF(OR(${S}<0,${S}>${W},${diff}>${numberLiteral(profile.tolerance)}),${label('wrong')},${body})`;
  }
  if (p.applies !== null) body = `IF(${p.applies},${body},${label('needsInput')})`;
  body = `IF(${W}<0,${label('needsInput')},${body})`;
  const g = all(guards);
  return formula(g === null ? body : `IF(${g},${body},${label('needsInput')})`);
}
