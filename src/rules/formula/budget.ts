/**
 * Compilers for the budget execution line: rate = executed ÷ (adjusted if a number, else
 * initial); score = min(max(rate, 0), 1) × weight. Mirrors budget.ts.
 */
import { resolveProfile, type ProfileInput } from '../profiles';
import {
  all,
  BLANK,
  clampExpr,
  formula,
  numberGuards,
  operandExpr,
  rateRound,
  scoreRound,
} from './expr';
import { refOf, type Operand } from './literal';

export interface BudgetOperands {
  /** 年初预算数 */
  initial: Operand;
  /** 全年预算数 / 调整预算数: used when it holds a number. Omit when the form has no such cell. */
  adjusted?: Operand;
  /** 全年执行数 */
  executed: Operand;
}

function parts(o: BudgetOperands): { guard: string | null; base: string; rate: string } {
  const I = operandExpr(o.initial);
  const E = operandExpr(o.executed);
  let base = I;
  const conds = numberGuards([o.executed]);
  if (o.adjusted !== undefined) {
    const A = operandExpr(o.adjusted);
    const adjRef = refOf(o.adjusted);
    if (adjRef === null) {
      base = A;
    } else {
      base = `IF(ISNUMBER(${adjRef}),${A},${I})`;
      const iRef = refOf(o.initial);
      conds.push(iRef === null ? 'TRUE' : `OR(ISNUMBER(${adjRef}),ISNUMBER(${iRef}))`);
    }
  } else {
    conds.push(...numberGuards([o.initial]));
  }
  const guard = all(conds.filter((c) => c !== 'TRUE'));
  return { guard, base, rate: rateRound(`${E}/${base}`) };
}

/** Execution rate (a fraction, 1.8105581261 for 181.06%); "" when it cannot be computed. */
export function budgetRateFormula(o: BudgetOperands): string {
  const p = parts(o);
  const body = `IF(${p.base}>0,${p.rate},${BLANK})`;
  return formula(p.guard === null ? body : `IF(${p.guard},${body},${BLANK})`);
}

/** Budget score: min(max(rate, 0), 1) × weight, rounded; "" when it cannot be computed. */
export function budgetScoreFormula(
  o: BudgetOperands & { weight: Operand; profile?: ProfileInput },
): string {
  const profile = resolveProfile(o.profile);
  const p = parts(o);
  const W = operandExpr(o.weight);
  const score = scoreRound(`${clampExpr(p.rate, '0', '1')}*${W}`, profile.decimals);
  const body = `IF(${p.base}>0,IF(${W}<0,${BLANK},${score}),${BLANK})`;
  const guard = all([...(p.guard ? [p.guard] : []), ...numberGuards([o.weight])]);
  return formula(guard === null ? body : `IF(${guard},${body},${BLANK})`);
}
