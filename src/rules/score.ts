/**
 * Scoring an indicator: completion degree and score for forward (≥ >), reverse (≤ <) and
 * equality (=) targets, completion-percentage actuals, and qualitative targets.
 *
 * Completion degree (完成程度) is the share of the weight earned, in [0, 1]:
 * - met → 1 (full weight);
 * - forward, missed: actual ÷ target;
 * - reverse, missed: target ÷ actual ('ratio') or 1 − (actual − target) ÷ target ('deviation');
 * - equality, missed: 1 − |actual − target| ÷ |target|;
 * - a missed target ≤ 0 scores 0 (there is no meaningful proportion).
 * Every proportion is rounded to RATE_DECIMALS (guarded) and clamped to [0, 1]; the score is
 * completion × weight, rounded to the profile's decimals (guarded) — the same steps as the
 * compiled formulas (formula/indicator.ts). Qualitative targets are scored in score-qualitative.ts,
 * and the shared completion step is in completion.ts.
 */
import { msg, type Message } from './codes';
import { clamp, D, ONE, roundRate, ZERO, type Decimal } from './decimal';
import { fail, resolveNum, type NumInput } from './number';
import { resolveProfile, type Profile, type ProfileInput } from './profiles';
import { judgeByKeywords } from './qualitative';
import { fromCompletion, scoreOf, type ScoreResult } from './completion';
import { scoreQualitative } from './score-qualitative';
import { OPERATOR_SIGN } from './operators';
import { isPercentUnit } from './units';
import {
  directionOf,
  type Actual,
  type ActualResult,
  type Direction,
  type Operator,
  type ParseFailure,
  type QuantitativeTarget,
  type Target,
  type TargetResult,
  type Unit,
} from './types';

export interface ScoreInput {
  target: TargetResult | Target;
  actual: ActualResult | Actual;
  /** The 分值 (weight) of the row. */
  weight: NumInput;
  /**
   * A stated completion degree as a fraction (0.7 for 70%), e.g. from a 完成程度 column; used for
   * qualitative rows whose actual text does not give one.
   */
  completion?: NumInput;
  profile?: ProfileInput;
}

function isFailure(x: TargetResult | Target | ActualResult | Actual): x is ParseFailure {
  return 'ok' in x && x.ok === false;
}

/** Units a profile declares synonyms of (场 and 场次), compared by their text or base. */
export function sameBySynonym(a: Unit, b: Unit, profile: Profile): boolean {
  if (!a.factor.eq(b.factor)) return false;
  return profile.unitSynonyms.some(
    (g) => (g.includes(a.text) || g.includes(a.base)) && (g.includes(b.text) || g.includes(b.base)),
  );
}

/** Comparison of actual with target for an operator. */
export function meets(op: Operator, actual: Decimal, target: Decimal): boolean {
  switch (op) {
    case '>=':
      return actual.greaterThanOrEqualTo(target);
    case '>':
      return actual.greaterThan(target);
    case '<=':
      return actual.lessThanOrEqualTo(target);
    case '<':
      return actual.lessThan(target);
    case '=':
      return actual.eq(target);
  }
}

/**
 * Completion degree in [0, 1] of a quantitative target, for an operator (null: only actual =
 * target can be judged, otherwise null is returned).
 */
export function completionDegree(
  operator: Operator | null,
  actual: Decimal,
  target: Decimal,
  reverseFormula: Profile['reverseFormula'] = 'ratio',
): Decimal | null {
  if (operator === null) return actual.eq(target) ? ONE : null;
  if (meets(operator, actual, target)) return ONE;
  const dir = directionOf(operator);
  if (dir === 'equality') {
    if (target.isZero()) return ZERO;
    return clamp(roundRate(ONE.minus(actual.minus(target).abs().div(target.abs()))), ZERO, ONE);
  }
  if (target.lessThanOrEqualTo(0)) return ZERO;
  if (dir === 'forward') return clamp(roundRate(actual.div(target)), ZERO, ONE);
  if (reverseFormula === 'ratio') return clamp(roundRate(target.div(actual)), ZERO, ONE);
  return clamp(roundRate(new D(2).minus(actual.div(target))), ZERO, ONE);
}

/** The uncapped degree for reports. */
function degreeOf(
  dir: Direction,
  actual: Decimal,
  target: Decimal,
  reverseFormula: Profile['reverseFormula'],
): Decimal | null {
  if (dir === 'forward') return target.greaterThan(0) ? roundRate(actual.div(target)) : null;
  if (dir === 'reverse') {
    if (reverseFormula === 'ratio')
      return actual.greaterThan(0) ? roundRate(target.div(actual)) : null;
    return target.greaterThan(0) ? roundRate(new D(2).minus(actual.div(target))) : null;
  }
  return target.isZero()
    ? null
    : roundRate(ONE.minus(actual.minus(target).abs().div(target.abs())));
}

function scoreQuantitative(
  t: QuantitativeTarget,
  a: Actual,
  weight: Decimal,
  profile: Profile,
  messages: Message[],
): ScoreResult {
  if (a.kind === 'text') {
    const j = judgeByKeywords(a.text);
    if (j && j.full && profile.textActual === 'doneIsFull') {
      messages.push(msg('actualTextAsCompletion', { value: a.text }));
      return fromCompletion('completion', ONE, weight, profile, messages, false);
    }
    return {
      ...fail('actualNotNumeric', a.text),
      messages: [...messages, msg('actualNotNumeric', { value: a.text })],
    };
  }
  const tu = t.unit;
  const au = a.unit;
  // "30次以上" against "100%": the actual is the completion degree.
  if (isPercentUnit(au) && tu && !isPercentUnit(tu)) {
    const c = a.value.times(au ? au.factor : 1).div(100);
    messages.push(
      msg('actualIsCompletion', {
        value: `${a.value.toString()}${au?.text ?? ''}`,
        target: `${t.value.toString()}${tu.text}`,
      }),
    );
    return fromCompletion('completion', c, weight, profile, messages, false);
  }
  if (isPercentUnit(au) && !tu) {
    messages.push(
      msg('unitAssumedFromActual', { value: t.value.toString(), unit: au?.text ?? '%' }),
    );
  }
  if (tu && au && tu.base !== au.base) {
    if (!sameBySynonym(tu, au, profile)) {
      const f = fail('unitMismatch', '', { target: tu.text, actual: au.text });
      return { ...f, messages: [...messages, ...f.messages] };
    }
    messages.push(msg('unitEquated', { target: tu.text, actual: au.text }));
  }
  if (tu && au && !tu.factor.eq(au.factor)) {
    messages.push(msg('unitScaled', { target: tu.text, actual: au.text }));
  }
  const tf = tu ? tu.factor : au ? au.factor : ONE;
  const af = au ? au.factor : tf;
  const T = t.value.times(tf);
  const A = a.value.times(af);

  let op = t.operator;
  if (op === null && !A.eq(T)) {
    if (profile.defaultOperator) {
      op = profile.defaultOperator;
      messages.push(msg('operatorAssumed', { sign: OPERATOR_SIGN[op] }));
    } else if (
      t.bare &&
      profile.bareTarget === 'sameEitherWay' &&
      A.lessThan(T) &&
      T.greaterThan(0)
    ) {
      // Below a bare target, ≥ gives actual ÷ target and = gives 1 − (target − actual) ÷ target:
      // the same completion. Only above it does the direction change the score.
      op = '>=';
      messages.push(
        msg('bareTargetAssumed', { target: `${t.value.toString()}${t.unit?.text ?? ''}` }),
      );
    } else {
      const f = fail('missingOperator', t.value.toString(), { target: t.value.toString() });
      return { ...f, messages: [...messages, ...f.messages] };
    }
  }
  const completion = completionDegree(op, A, T, profile.reverseFormula) ?? ONE;
  const met = op === null ? true : meets(op, A, T);
  const direction = op === null ? null : directionOf(op);
  if (!met && T.lessThanOrEqualTo(0) && direction !== 'equality') {
    messages.push(msg('nonPositiveTargetShort', { target: T.toString() }));
  }
  if (!met && A.eq(T)) messages.push(msg('strictOperatorAtTarget', { target: T.toString() }));
  return {
    ok: true,
    kind: 'quantitative',
    direction,
    met,
    short: !met,
    degree: direction === null ? ONE : degreeOf(direction, A, T, profile.reverseFormula),
    completion,
    score: scoreOf(completion, weight, profile),
    range: null,
    band: null,
    weight,
    messages,
  };
}

/**
 * Scores one indicator row: completion degree, score, met/short and, for qualitative rows whose
 * text gives only a band, the expected score range. Never throws.
 */
export function scoreIndicator(input: ScoreInput): ScoreResult {
  const profile = resolveProfile(input.profile);
  const target = input.target;
  const actual = input.actual;
  const messages: Message[] = [];
  if (isFailure(target)) {
    const f = fail('missingTarget', target.raw, { value: target.raw, why: target.reason });
    return { ...f, messages: [...target.messages, ...f.messages] };
  }
  if (isFailure(actual)) {
    const f = fail('missingActual', actual.raw, { value: actual.raw, why: actual.reason });
    return { ...f, messages: [...actual.messages, ...f.messages] };
  }
  if ('messages' in target && Array.isArray(target.messages)) messages.push(...target.messages);
  if ('messages' in actual && Array.isArray(actual.messages)) messages.push(...actual.messages);

  const w = resolveNum(input.weight, 'missingWeight');
  if (!w.ok) {
    const f =
      w.reason === 'missingWeight'
        ? w
        : fail('missingWeight', w.raw, { value: w.raw, why: w.reason });
    return { ...f, messages: [...messages, ...f.messages] };
  }
  if (w.value.isNegative() && !w.value.isZero()) {
    const f = fail('negativeWeight', w.value.toString());
    return { ...f, messages: [...messages, ...f.messages] };
  }
  const weight = w.value;

  if (target.kind === 'quantitative')
    return scoreQuantitative(target, actual, weight, profile, messages);

  let stated: Decimal | null = null;
  if (input.completion !== undefined && input.completion !== null) {
    const c = resolveNum(input.completion, 'missingValue');
    if (c.ok) stated = c.value;
  }
  return scoreQualitative(target, actual, weight, stated, profile, messages);
}
