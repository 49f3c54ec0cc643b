/**
 * Longhua's rubric (共性指标体系框架, seed 003): each rule as a function over numbers. Rates are
 * fractions (0.95 for 95%). Tier tables are data (profiles.LONGHUA_RUBRIC), shared with the
 * formula compiler (formula/rubric.ts).
 */
import type { Message } from './codes';
import { clamp, D, ONE, roundRate, roundScore, ZERO, type Decimal } from './decimal';
import { fail, resolveNum, type NumInput } from './number';
import {
  LONGHUA_RUBRIC,
  resolveProfile,
  type ProfileInput,
  type Rubric,
  type TieredRule,
} from './profiles';
import { meets } from './score';
import type { ParseFailure } from './types';

export interface RubricOk {
  ok: true;
  /** The rate the rule looked at (to RATE_DECIMALS), when it has one. */
  rate: Decimal | null;
  score: Decimal;
  messages: Message[];
}

export type RubricResult = RubricOk | ParseFailure;

export interface RubricOptions {
  /** Defaults to the profile's rubric, else Longhua's. */
  rubric?: Rubric;
  profile?: ProfileInput;
}

function setup(o: RubricOptions): { rubric: Rubric; decimals: number } {
  const profile = resolveProfile(o.profile ?? 'longhua');
  return { rubric: o.rubric ?? profile.rubric ?? LONGHUA_RUBRIC, decimals: profile.decimals };
}

/** The first tier whose comparison holds for the rate, else `otherwise`. */
export function tierPoints(rule: TieredRule, rate: Decimal): Decimal {
  for (const t of rule.tiers) {
    if (meets(t.op, rate, new D(t.bound))) return new D(t.points);
  }
  return new D(rule.otherwise);
}

function ratio(
  num: NumInput,
  den: NumInput,
): { ok: true; num: Decimal; den: Decimal; rate: Decimal } | ParseFailure {
  const n = resolveNum(num, 'missingValue');
  if (!n.ok) return n;
  const d = resolveNum(den, 'missingValue');
  if (!d.ok) return d;
  if (d.value.lessThanOrEqualTo(0)) return fail('zeroDenominator', d.value.toString());
  return { ok: true, num: n.value, den: d.value, rate: roundRate(n.value.div(d.value)) };
}

function tiered(rule: TieredRule, num: NumInput, den: NumInput): RubricResult {
  const r = ratio(num, den);
  if (!r.ok) return r;
  return { ok: true, rate: r.rate, score: tierPoints(rule, r.rate), messages: [] };
}

/** 政府采购执行率: actual ÷ plan × 2, and 0 when the actual exceeds the plan. */
export function procurement(
  input: { actual: NumInput; plan: NumInput } & RubricOptions,
): RubricResult {
  const { rubric, decimals } = setup(input);
  const r = ratio(input.actual, input.plan);
  if (!r.ok) return r;
  const over = rubric.procurement.zeroIfOverPlan && r.num.greaterThan(r.den);
  const score = over
    ? ZERO
    : roundScore(clamp(r.rate, ZERO, ONE).times(rubric.procurement.points), decimals);
  return { ok: true, rate: r.rate, score, messages: [] };
}

/** 固定资产利用率 = in use ÷ total: ≥90% 1, ≥75% 0.7, ≥60% 0.4, else 0. */
export function fixedAssets(
  input: { inUse: NumInput; total: NumInput } & RubricOptions,
): RubricResult {
  return tiered(setup(input).rubric.fixedAssets, input.inUse, input.total);
}

/** 财政供养人员控制率 = on staff ÷ establishment: ≤100% 1, else 0. */
export function staffControl(
  input: { onStaff: NumInput; establishment: NumInput } & RubricOptions,
): RubricResult {
  return tiered(setup(input).rubric.staffControl, input.onStaff, input.establishment);
}

/** 编外人员控制率 = contract ÷ (on staff + contract): <5% 1, 5–10% 0.5, >10% 0. */
export function contractStaff(
  input: { contract: NumInput; onStaff: NumInput } & RubricOptions,
): RubricResult {
  const c = resolveNum(input.contract, 'missingValue');
  if (!c.ok) return c;
  const s = resolveNum(input.onStaff, 'missingValue');
  if (!s.ok) return s;
  return tiered(setup(input).rubric.contractStaff, c.value, c.value.plus(s.value));
}

/** “三公”经费 or 日常公用经费控制率 = actual ÷ budget: <90% 3, 90–100% 2, >100% 0. */
export function expenseControl(
  input: { actual: NumInput; budget: NumInput } & RubricOptions,
): RubricResult {
  return tiered(setup(input).rubric.expenseControl, input.actual, input.budget);
}

/**
 * 预算执行率 by quarter: each quarter's cumulative progress ÷ 25/50/75/100% × 1 (each in [0, 1])
 * plus the average of the four progress figures × 2 (the average in [0, 1]).
 */
export function quarterlyExecution(
  input: { progress: readonly [NumInput, NumInput, NumInput, NumInput] } & RubricOptions,
): RubricResult {
  const { rubric, decimals } = setup(input);
  const q: Decimal[] = [];
  for (const p of input.progress) {
    const r = resolveNum(p, 'missingValue');
    if (!r.ok) return r;
    q.push(r.value);
  }
  const cfg = rubric.quarterly;
  let sum = ZERO;
  q.forEach((v, i) => {
    const part = clamp(roundRate(v.div(new D(cfg.schedule[i]))), ZERO, ONE);
    sum = sum.plus(part.times(cfg.pointsPerQuarter));
  });
  const avg = roundRate(q[0].plus(q[1]).plus(q[2]).plus(q[3]).div(4));
  sum = sum.plus(clamp(avg, ZERO, ONE).times(cfg.averagePoints));
  return { ok: true, rate: avg, score: roundScore(sum, decimals), messages: [] };
}

/** 项目完成及时性 = completed ÷ planned × 6 (at most 6). */
export function timeliness(
  input: { completed: NumInput; planned: NumInput } & RubricOptions,
): RubricResult {
  const { rubric, decimals } = setup(input);
  const r = ratio(input.completed, input.planned);
  if (!r.ok) return r;
  const score = roundScore(clamp(r.rate, ZERO, ONE).times(rubric.timeliness.points), decimals);
  return { ok: true, rate: r.rate, score, messages: [] };
}

/** 公众或服务对象满意度 (a fraction): ≥95% 6, ≥90% 4, ≥80% 2, else 1. */
export function satisfaction(input: { rate: NumInput } & RubricOptions): RubricResult {
  const r = resolveNum(input.rate, 'missingValue');
  if (!r.ok) return r;
  const rate = roundRate(r.value);
  return {
    ok: true,
    rate,
    score: tierPoints(setup(input).rubric.satisfaction, rate),
    messages: [],
  };
}

/** 重点工作完成情况: 8 − 4 per key task not done, at least 0. The count must be a whole number ≥ 0. */
export function keyTasks(input: { notDone: NumInput } & RubricOptions): RubricResult {
  const { rubric } = setup(input);
  const n = resolveNum(input.notDone, 'missingValue');
  if (!n.ok) return n;
  if (n.value.isNegative() && !n.value.isZero()) return fail('invalidCount', n.value.toString());
  if (!n.value.isInteger()) return fail('invalidCount', n.value.toString());
  const score = D.max(
    ZERO,
    new D(rubric.keyTasks.points).minus(n.value.times(rubric.keyTasks.penaltyPerTask)),
  );
  return { ok: true, rate: null, score, messages: [] };
}
