/**
 * The budget line: execution rate computed vs stated, and its score (min(rate, 100%) × 分值).
 */
import type { BudgetLine } from '../model/table';
import type { BudgetReport } from '../report/types';
import { budgetExecution, D, type Decimal } from '../rules';
import {
  at,
  auditMessage,
  num,
  numberOf,
  ruleMessage,
  show,
  showRate,
  type AuditContext,
} from './context';

export interface AuditedBudget {
  report: BudgetReport;
  /** Whether the budget line's score belongs in the table's total (it has its own 分值). */
  scored: boolean;
  stated: Decimal | null;
  expected: Decimal | null;
  weight: Decimal | null;
}

/** A stated rate as a fraction: 143.91% → 1.4391; a bare 74.21 is read as percent points. */
function statedRateOf(line: BudgetLine): Decimal | null {
  const r = numberOf(line.rate);
  if (r === null) return null;
  const cell = line.rate;
  const percent =
    cell !== null &&
    (typeof cell.value === 'string'
      ? /[%％]/.test(cell.value)
      : (cell.numberFormat ?? '').includes('%'));
  return !percent && r.greaterThan(3) ? r.div(100) : r;
}

/**
 * A stated rate agrees with the computed one when the computed rate, rounded to the precision the
 * form states it with (74.21% → 4 decimals of the fraction), is the same number.
 */
export function sameRate(stated: Decimal, computed: Decimal): boolean {
  const dp = Math.max(2, Math.min(stated.decimalPlaces(), 6));
  return computed.toDecimalPlaces(dp, D.ROUND_HALF_UP).equals(stated.toDecimalPlaces(dp));
}

/** An amount, also when written inside its label (`资金总额：2677.71`). */
function amountOf(cell: BudgetLine['initial']): Decimal | null {
  const n = numberOf(cell);
  if (n !== null || !cell || typeof cell.value !== 'string') return n;
  const m = /[:：]\s*([0-9０-９.,，]+)\s*(万元)?\s*$/.exec(cell.value.trim());
  return m ? numberOf({ ...cell, value: m[1] }) : null;
}

export function auditBudget(line: BudgetLine, ctx: AuditContext): AuditedBudget {
  const initial = amountOf(line.initial);
  const adjusted = numberOf(line.adjusted);
  const executed = numberOf(line.executed);
  const weight = numberOf(line.weight);
  const stated = numberOf(line.score);
  const statedRate = statedRateOf(line);
  const scored = line.weight !== null || line.score !== null;
  const messages: string[] = [];
  const result = budgetExecution({
    initial,
    adjusted: adjusted ?? undefined,
    executed,
    weight: weight ?? undefined,
    profile: ctx.profile,
  });
  let wrong = false;
  let rate: Decimal | null = null;
  let expected: Decimal | null = null;
  let planned: Decimal | null = adjusted ?? initial;
  let base: 'adjusted' | 'initial' | null = null;
  if (!result.ok) {
    const reason = result.messages.map((m) => ruleMessage(ctx, m)).join('；');
    messages.push(
      at(
        line.executed?.address ?? line.initial?.address,
        auditMessage(ctx, 'budgetNeedsInput', { reason }),
      ),
    );
  } else {
    rate = result.rate;
    base = result.base;
    planned = result.baseValue;
    expected = scored ? result.score : null;
    if (base === 'initial' && line.adjusted !== null && adjusted === null) {
      messages.push(
        at(
          line.adjusted.address,
          auditMessage(ctx, 'adjustedBudgetBlank', { initial: show(initial, 4) }),
        ),
      );
    }
    if (statedRate !== null && !sameRate(statedRate, rate)) {
      wrong = true;
      const wrongBase =
        base === 'adjusted' &&
        initial !== null &&
        executed !== null &&
        !initial.isZero() &&
        !initial.equals(result.baseValue) &&
        sameRate(statedRate, executed.div(initial));
      messages.push(
        at(
          line.rate?.address,
          wrongBase
            ? auditMessage(ctx, 'budgetRateWrongBase', {
                stated: showRate(statedRate),
                initial: show(initial, 4),
                adjusted: show(adjusted, 4),
              })
            : auditMessage(ctx, 'budgetRateWrong', {
                stated: showRate(statedRate),
                executed: show(executed, 4),
                baseKind: base,
                base: show(result.baseValue, 4),
                expected: showRate(rate),
              }),
        ),
      );
    }
    if (
      scored &&
      stated !== null &&
      expected !== null &&
      stated.minus(expected).abs().greaterThan(ctx.profile.tolerance)
    ) {
      wrong = true;
      messages.push(
        at(
          line.score?.address,
          auditMessage(ctx, 'budgetScoreWrong', {
            stated: show(stated),
            weight: show(result.weight),
            expected: show(expected),
          }),
        ),
      );
    }
    if (scored && result.capped) {
      messages.push(
        at(
          line.score?.address ?? line.rate?.address,
          auditMessage(ctx, 'budgetCapped', { rate: showRate(rate) }),
        ),
      );
    }
  }
  return {
    report: {
      row: line.row,
      planned: num(planned),
      executed: num(executed),
      rate: num(rate),
      statedRate: num(statedRate),
      weight: num(weight ?? (scored && result.ok ? result.weight : null)),
      statedScore: num(stated),
      expectedScore: num(expected),
      wrong,
      initial: num(initial),
      adjusted: num(adjusted),
      base,
      messages,
      scoreCell: line.score?.address ?? null,
      rateCell: line.rate?.address ?? null,
    },
    scored,
    stated,
    expected,
    weight: weight ?? (scored && result.ok ? result.weight : null),
  };
}
