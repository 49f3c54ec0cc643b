/**
 * Table totals (capped at the profile's totalCap, 100) and grade bands.
 */
import { msg, type Message } from './codes';
import {
  clamp,
  D,
  roundRate,
  roundScore,
  toDecimal,
  ZERO,
  type Decimal,
  type NumLike,
} from './decimal';
import { fail, resolveNum, type NumInput } from './number';
import { resolveProfile, type ProfileInput } from './profiles';
import { isCellError, type CellValue } from '../snapshot/types';
import type { ParseFailure } from './types';

export interface GradeOk {
  ok: true;
  label: string;
  /** Index into profile.grades.bands, or bands.length for `below`. */
  index: number;
}

export type GradeResult = GradeOk | ParseFailure;

/** The grade of a total: the first band whose min the total reaches (min inclusive). */
export function gradeFor(total: NumInput, profile?: ProfileInput): GradeResult {
  const p = resolveProfile(profile);
  const t = resolveNum(total, 'missingValue');
  if (!t.ok) return t;
  const v = roundRate(t.value);
  const bands = p.grades.bands;
  for (let i = 0; i < bands.length; i++) {
    if (v.greaterThanOrEqualTo(new D(bands[i].min)))
      return { ok: true, label: bands[i].label, index: i };
  }
  return { ok: true, label: p.grades.below, index: bands.length };
}

export interface TotalOk {
  ok: true;
  /** Sum of the numeric scores, within [0, totalCap], rounded to the profile's decimals. */
  total: Decimal;
  /** The sum before capping. */
  sum: Decimal;
  capped: boolean;
  messages: Message[];
}

export type TotalResult = TotalOk | ParseFailure;

/**
 * Total of a table: the sum of the numeric cells (text, blanks and booleans are skipped, as SUM
 * skips them), capped at the profile's totalCap and never negative. A cell error makes the total
 * unknown.
 */
export function totalScore(
  values: readonly (CellValue | NumLike)[],
  profile?: ProfileInput,
): TotalResult {
  const p = resolveProfile(profile);
  let sum = ZERO;
  for (const v of values) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'object' && isCellError(v as CellValue)) {
      return fail('cellError', (v as { error: string }).error, {
        value: (v as { error: string }).error,
      });
    }
    const d = toDecimal(v as NumLike);
    if (d) sum = sum.plus(d);
  }
  const cap = new D(p.totalCap);
  const capped = sum.greaterThan(cap);
  const total = roundScore(clamp(sum, ZERO, cap), p.decimals);
  return {
    ok: true,
    total,
    sum,
    capped,
    messages: capped ? [msg('totalCapped', { sum: sum.toString(), cap: p.totalCap })] : [],
  };
}
