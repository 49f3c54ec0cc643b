/**
 * Compilers for Longhua's rubric rules (see rubric.ts). Tier tables come from the same data.
 */
import { D } from '../decimal';
import {
  LONGHUA_RUBRIC,
  resolveProfile,
  type ProfileInput,
  type Rubric,
  type TieredRule,
} from '../profiles';
import { BLANK, clampExpr, operandExpr, rateRound, scoreRound, whenNumbers } from './expr';
import { numberLiteral, type Operand } from './literal';

interface Options {
  rubric?: Rubric;
  profile?: ProfileInput;
}

function setup(o: Options): { rubric: Rubric; decimals: number } {
  const profile = resolveProfile(o.profile ?? 'longhua');
  return { rubric: o.rubric ?? profile.rubric ?? LONGHUA_RUBRIC, decimals: profile.decimals };
}

/** Nested IFs over a tier table for a rate expression. */
export function tiersExpr(rule: TieredRule, rate: string): string {
  let body = numberLiteral(rule.otherwise);
  for (let i = rule.tiers.length - 1; i >= 0; i--) {
    const t = rule.tiers[i];
    body = `IF(${rate}${t.op}${numberLiteral(t.bound)},${numberLiteral(t.points)},${body})`;
  }
  return body;
}

function tiered(rule: TieredRule, num: Operand, den: Operand, denExpr?: string): string {
  const N = operandExpr(num);
  const Dn = denExpr ?? operandExpr(den);
  return whenNumbers(
    [num, den],
    `IF(${Dn}>0,${tiersExpr(rule, rateRound(`${N}/${Dn}`))},${BLANK})`,
  );
}

/** 政府采购执行率 × points; 0 when actual > plan. */
export function procurementFormula(o: { actual: Operand; plan: Operand } & Options): string {
  const { rubric, decimals } = setup(o);
  const A = operandExpr(o.actual);
  const P = operandExpr(o.plan);
  const score = scoreRound(
    `${clampExpr(rateRound(`${A}/${P}`), '0', '1')}*${numberLiteral(rubric.procurement.points)}`,
    decimals,
  );
  const body = rubric.procurement.zeroIfOverPlan ? `IF(${A}>${P},0,${score})` : score;
  return whenNumbers([o.actual, o.plan], `IF(${P}>0,${body},${BLANK})`);
}

export function fixedAssetsFormula(o: { inUse: Operand; total: Operand } & Options): string {
  return tiered(setup(o).rubric.fixedAssets, o.inUse, o.total);
}

export function staffControlFormula(
  o: { onStaff: Operand; establishment: Operand } & Options,
): string {
  return tiered(setup(o).rubric.staffControl, o.onStaff, o.establishment);
}

/** 编外人员控制率 = contract ÷ (on staff + contract). */
export function contractStaffFormula(o: { contract: Operand; onStaff: Operand } & Options): string {
  const C = operandExpr(o.contract);
  const S = operandExpr(o.onStaff);
  return tiered(setup(o).rubric.contractStaff, o.contract, o.onStaff, `(${C}+${S})`);
}

export function expenseControlFormula(o: { actual: Operand; budget: Operand } & Options): string {
  return tiered(setup(o).rubric.expenseControl, o.actual, o.budget);
}

/** Σ min(max(q_i ÷ schedule_i, 0), 1) × pointsPerQuarter + min(max(average, 0), 1) × averagePoints. */
export function quarterlyFormula(
  o: { progress: readonly [Operand, Operand, Operand, Operand] } & Options,
): string {
  const { rubric, decimals } = setup(o);
  const cfg = rubric.quarterly;
  const Q = o.progress.map(operandExpr);
  const terms = Q.map(
    (q, i) =>
      `${clampExpr(rateRound(`${q}/${numberLiteral(cfg.schedule[i])}`), '0', '1')}*${numberLiteral(cfg.pointsPerQuarter)}`,
  );
  const avg = rateRound(`(${Q.join('+')})/4`);
  terms.push(`${clampExpr(avg, '0', '1')}*${numberLiteral(cfg.averagePoints)}`);
  return whenNumbers([...o.progress], scoreRound(terms.join('+'), decimals));
}

export function timelinessFormula(o: { completed: Operand; planned: Operand } & Options): string {
  const { rubric, decimals } = setup(o);
  const C = operandExpr(o.completed);
  const P = operandExpr(o.planned);
  const score = scoreRound(
    `${clampExpr(rateRound(`${C}/${P}`), '0', '1')}*${numberLiteral(rubric.timeliness.points)}`,
    decimals,
  );
  return whenNumbers([o.completed, o.planned], `IF(${P}>0,${score},${BLANK})`);
}

export function satisfactionFormula(o: { rate: Operand } & Options): string {
  const R = operandExpr(o.rate);
  return whenNumbers([o.rate], tiersExpr(setup(o).rubric.satisfaction, rateRound(R)));
}

/** max(0, points − penalty × not done); "" unless the count is a whole number ≥ 0. */
export function keyTasksFormula(o: { notDone: Operand } & Options): string {
  const { rubric } = setup(o);
  const N = operandExpr(o.notDone);
  const pts = numberLiteral(rubric.keyTasks.points);
  const pen = numberLiteral(new D(rubric.keyTasks.penaltyPerTask));
  return whenNumbers(
    [o.notDone],
    `IF(OR(${N}<0,${N}<>ROUND(${N},0)),${BLANK},MAX(0,${pts}-${N}*${pen}))`,
  );
}
