/**
 * A score from a completion degree: the result type every scorer returns, and the one step they
 * share — completion (clamped to [0, 1]) × weight, rounded to the profile's decimals with the
 * guard (the same steps as the compiled formulas in formula/indicator.ts).
 */
import type { Message } from './codes';
import { clamp, ONE, roundRate, roundScore, ZERO, type Decimal } from './decimal';
import { fail, resolveNum, type NumInput } from './number';
import { resolveProfile, type Profile, type ProfileInput } from './profiles';
import { bandOf } from './qualitative';
import type { Direction, ParseFailure, QualitativeBand, ScoreRange } from './types';

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

/** Score = completion × weight, rounded to the profile's decimals. */
export function scoreOf(completion: Decimal, weight: Decimal, profile: Profile): Decimal {
  return roundScore(clamp(completion, ZERO, ONE).times(weight), profile.decimals);
}

export function fromCompletion(
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

export function percentText(x: Decimal): string {
  return `${x.times(100).toDecimalPlaces(2).toString()}%`;
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
