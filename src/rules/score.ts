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
 * compiled formulas (formula/indicator.ts).
 */
import { msg, type Message } from './codes';
import { clamp, D, ONE, roundRate, roundScore, ZERO, type Decimal } from './decimal';
import { fail, resolveNum, type NumInput } from './number';
import { resolveProfile, type Profile, type ProfileInput } from './profiles';
import { bandOf, judgeByKeywords, judgeQualitative } from './qualitative';
import { OPERATOR_SIGN } from './operators';
import { isPercentUnit } from './units';
import {
  directionOf,
  type Actual,
  type ActualResult,
  type Direction,
  type Operator,
  type ParseFailure,
  type QualitativeBand,
  type QualitativeTarget,
  type QuantitativeTarget,
  type ScoreRange,
  type Target,
  type TargetResult,
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

export type ScoreKind = 'quantitative' | 'completion' | 'qualitative';

export interface ScoreOk {
  ok: true;
  kind: ScoreKind;
  /** Direction of a quantitative target (null when no operator was needed). */
  direction: Direction | null;
  met: boolean;
  short: boolean;
  /** Uncapped degree for reports (e.g. 1.46 when 219 of 150 were done); null if meaningless. */
  degree: Decimal | null;
  /** Completion degree in [0, 1] used for the score; null when only a band is known. */
  completion: Decimal | null;
  /** The rule's score, or null when only a range is known (qualitative text below full). */
  score: Decimal | null;
  /** The expected score range (qualitative bands), or null when the score is definite. */
  range: ScoreRange | null;
  band: QualitativeBand | null;
  weight: Decimal;
  messages: Message[];
}

export type ScoreResult = ScoreOk | (ParseFailure & { messages: Message[] });

function isFailure(x: TargetResult | Target | ActualResult | Actual): x is ParseFailure {
  return 'ok' in x && x.ok === false;
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

/** Score = completion × weight, rounded to the profile's decimals. */
export function scoreOf(completion: Decimal, weight: Decimal, profile: Profile): Decimal {
  return roundScore(clamp(completion, ZERO, ONE).times(weight), profile.decimals);
}

function fromCompletion(
  kind: ScoreKind,
  value: Decimal,
  weight: Decimal,
  profile: Profile,
  messages: Message[],
  withBand: boolean,
): ScoreOk {
  const raw = roundRate(value);
  const completion = clamp(raw, ZERO, ONE);
  const met = raw.greaterThanOrEqualTo(1);
  return {
    ok: true,
    kind,
    direction: null,
    met,
    short: !met,
    degree: raw,
    completion,
    score: scoreOf(completion, weight, profile),
    range: null,
    band: withBand ? bandOf(completion, profile.qualitativeBands) : null,
    weight,
    messages,
  };
}

function percentText(x: Decimal): string {
  return `${x.times(100).toDecimalPlaces(2).toString()}%`;
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
    if (j && j.full) {
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
    const f = fail('unitMismatch', '', { target: tu.text, actual: au.text });
    return { ...f, messages: [...messages, ...f.messages] };
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

function bandRange(band: QualitativeBand, weight: Decimal, profile: Profile): ScoreRange {
  const b = profile.qualitativeBands[band];
  return {
    min: roundScore(new D(b.min).times(weight), profile.decimals),
    max: roundScore(new D(b.max).times(weight), profile.decimals),
  };
}

function scoreQualitative(
  t: QualitativeTarget,
  a: Actual,
  weight: Decimal,
  stated: Decimal | null,
  profile: Profile,
  messages: Message[],
): ScoreResult {
  if (a.kind === 'number') {
    let c: Decimal | null = null;
    if (isPercentUnit(a.unit)) {
      c = a.value.times(a.unit ? a.unit.factor : 1).div(100);
      messages.push(
        msg('actualIsCompletion', {
          value: `${a.value.toString()}${a.unit?.text ?? ''}`,
          target: t.text,
        }),
      );
    } else if (!a.unit && a.value.greaterThanOrEqualTo(0) && a.value.lessThanOrEqualTo(100)) {
      c = a.value.lessThanOrEqualTo(1) ? a.value : a.value.div(100);
      messages.push(
        msg('bareNumberAsCompletion', { value: a.value.toString(), completion: percentText(c) }),
      );
    }
    if (c !== null && (a.operator === '>=' || a.operator === '>')) {
      // "95%以上" for 基本满意: a lower bound. In the achieved band it counts as met, and the
      // score may lie anywhere from c × weight to the full weight.
      const lower = clamp(roundRate(c), ZERO, ONE);
      const band = bandOf(lower, profile.qualitativeBands);
      const met = band === 'achieved';
      return {
        ok: true,
        kind: 'qualitative',
        direction: null,
        met,
        short: !met,
        degree: null,
        completion: null,
        score: lower.eq(ONE) ? scoreOf(ONE, weight, profile) : null,
        range: lower.eq(ONE) ? null : { min: scoreOf(lower, weight, profile), max: weight },
        band,
        weight,
        messages,
      };
    }
    if (c !== null) return fromCompletion('qualitative', c, weight, profile, messages, true);
    if (stated) return fromCompletion('qualitative', stated, weight, profile, messages, true);
    const f = fail('qualitativeUnclear', a.value.toString(), {
      value: a.value.toString(),
      target: t.text,
    });
    return { ...f, messages: [...messages, ...f.messages] };
  }
  const j = judgeQualitative(t, a.text);
  if (j) {
    messages.push(msg(j.code, { value: a.text, target: t.text }));
    if (j.full) return fromCompletion('qualitative', ONE, weight, profile, messages, true);
    if (stated) {
      const r = fromCompletion('qualitative', stated, weight, profile, messages, true);
      if (r.band !== j.band) {
        messages.push(
          msg('completionOutsideBand', { value: a.text, completion: percentText(stated) }),
        );
      }
      return r;
    }
    return {
      ok: true,
      kind: 'qualitative',
      direction: null,
      met: false,
      short: true,
      degree: null,
      completion: null,
      score: null,
      range: bandRange(j.band, weight, profile),
      band: j.band,
      weight,
      messages,
    };
  }
  if (stated) {
    messages.push(
      msg('qualitativeFromCompletion', { value: a.text, completion: percentText(stated) }),
    );
    return fromCompletion('qualitative', stated, weight, profile, messages, true);
  }
  const f = fail('qualitativeUnclear', a.text, { value: a.text, target: t.text });
  return { ...f, messages: [...messages, ...f.messages] };
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

/**
 * Score of a row whose actual is a completion degree (a fraction: 1 for 100%), e.g. a count
 * target with "100%" as actual, or a qualitative row with a stated completion.
 */
export function scoreCompletion(input: {
  completion: NumInput;
  weight: NumInput;
  profile?: ProfileInput;
  qualitative?: boolean;
}): ScoreResult {
  const profile = resolveProfile(input.profile);
  const c = resolveNum(input.completion, 'missingActual');
  if (!c.ok) return c;
  const w = resolveNum(input.weight, 'missingWeight');
  if (!w.ok) return w;
  if (w.value.isNegative() && !w.value.isZero()) return fail('negativeWeight', w.value.toString());
  return fromCompletion(
    input.qualitative ? 'qualitative' : 'completion',
    c.value,
    w.value,
    profile,
    [],
    !!input.qualitative,
  );
}

/** A score capped at its weight and never negative. */
export function capScore(score: Decimal, weight: Decimal): Decimal {
  return clamp(score, ZERO, weight.isNegative() ? ZERO : weight);
}
