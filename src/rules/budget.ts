/**
 * Budget execution: rate = executed ÷ base, where the base is 全年预算数/调整预算数 when the form
 * has a figure there and 年初预算数 otherwise; score = min(rate, 100%) × weight, never negative.
 */
import { msg, type Message } from './codes';
import { clamp, ONE, roundRate, roundScore, ZERO, type Decimal } from './decimal';
import { fail, resolveNum, type NumInput } from './number';
import { resolveProfile, type ProfileInput } from './profiles';
import type { ParseFailure } from './types';

export interface BudgetInput {
  /** 年初预算数 */
  initial: NumInput;
  /** 全年预算数 / 调整预算数; null or undefined when the form has no figure there. */
  adjusted?: NumInput;
  /** 全年执行数 / 预算执行数 */
  executed: NumInput;
  /** 分值 of the budget line; the profile's budgetWeight when absent. */
  weight?: NumInput;
  profile?: ProfileInput;
}

export interface BudgetOk {
  ok: true;
  /** executed ÷ base, to RATE_DECIMALS (1.8105581261 for 181.06%). */
  rate: Decimal;
  base: 'adjusted' | 'initial';
  baseValue: Decimal;
  weight: Decimal;
  /** min(rate, 1) × weight, never negative, rounded to the profile's decimals. */
  score: Decimal;
  /** The rate was above 100% and the score was capped at the weight. */
  capped: boolean;
  messages: Message[];
}

export type BudgetResult = BudgetOk | ParseFailure;

export function budgetExecution(input: BudgetInput): BudgetResult {
  const profile = resolveProfile(input.profile);
  const messages: Message[] = [];
  const adjusted = resolveNum(input.adjusted, 'missingBudget');
  let base: BudgetOk['base'];
  let baseValue: Decimal;
  if (adjusted.ok) {
    base = 'adjusted';
    baseValue = adjusted.value;
  } else {
    const initial = resolveNum(input.initial, 'missingBudget');
    if (!initial.ok) return fail('missingBudget', '');
    base = 'initial';
    baseValue = initial.value;
    messages.push(msg('usedInitialBudget', { initial: baseValue.toString() }));
  }
  if (baseValue.lessThanOrEqualTo(0)) return fail('nonPositiveBudget', baseValue.toString());
  const executed = resolveNum(input.executed, 'missingExecuted');
  if (!executed.ok) return fail('missingExecuted', executed.raw);

  let weight: Decimal;
  if (input.weight === undefined || input.weight === null) {
    const w = resolveNum(profile.budgetWeight, 'missingWeight');
    if (!w.ok) return w;
    weight = w.value;
    messages.push(msg('budgetWeightFromProfile', { weight: weight.toString() }));
  } else {
    const w = resolveNum(input.weight, 'missingWeight');
    if (!w.ok) return fail('missingWeight', w.raw);
    weight = w.value;
  }
  if (weight.isNegative() && !weight.isZero()) return fail('negativeWeight', weight.toString());

  const rate = roundRate(executed.value.div(baseValue));
  const capped = rate.greaterThan(ONE);
  if (capped) {
    messages.push(
      msg('executionRateCapped', { rate: `${rate.times(100).toDecimalPlaces(2).toString()}%` }),
    );
  }
  if (executed.value.isNegative() && !executed.value.isZero()) {
    messages.push(msg('negativeExecution', { executed: executed.value.toString() }));
  }
  const score = roundScore(clamp(rate, ZERO, ONE).times(weight), profile.decimals);
  return { ok: true, rate, base, baseValue, weight, score, capped, messages };
}
