/**
 * Compilers for the table total (capped at totalCap, never negative) and the grade (nested IFs).
 */
import { resolveProfile, type ProfileInput } from '../profiles';
import { BLANK, formula, numberGuards, operandExpr, rateRound, scoreRound } from './expr';
import { numberLiteral, parseRef, stringLiteral, type Operand } from './literal';

/** The grade of a total, per the profile's bands (min inclusive); "" when the total is not a number. */
export function gradeFormula(o: { total: Operand; profile?: ProfileInput }): string {
  const profile = resolveProfile(o.profile);
  const T = rateRound(operandExpr(o.total));
  let body = stringLiteral(profile.grades.below);
  for (let i = profile.grades.bands.length - 1; i >= 0; i--) {
    const b = profile.grades.bands[i];
    body = `IF(${T}>=${numberLiteral(b.min)},${stringLiteral(b.label)},${body})`;
  }
  const guards = numberGuards([o.total]);
  return formula(guards.length === 0 ? body : `IF(${guards[0]},${body},${BLANK})`);
}

/**
 * The total of a table: SUM over the score cells or ranges (SUM skips text and blanks), capped
 * at the profile's totalCap and never negative, rounded; "" when a cell holds an error.
 */
export function totalFormula(o: { scores: readonly string[]; profile?: ProfileInput }): string {
  const profile = resolveProfile(o.profile);
  if (o.scores.length === 0) return formula('0');
  for (const r of o.scores) parseRef(r);
  const sum = `SUM(${o.scores.join(',')})`;
  const capped = `MAX(0,MIN(${sum},${numberLiteral(profile.totalCap)}))`;
  return formula(`IFERROR(${scoreRound(capped, profile.decimals)},${BLANK})`);
}
