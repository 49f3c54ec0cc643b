/**
 * Expression helpers shared by the compilers. Every helper returns a parenthesised expression
 * (no leading `=`), so results compose without precedence surprises.
 */
import { RATE_DECIMALS, RATE_GUARD, SCORE_GUARD } from '../decimal';
import { numberLiteral, parseRef, refOf, type Operand } from './literal';

/** The expression for an operand: the reference, a literal, or ROUND-to-rate of ref × factor. */
export function operandExpr(o: Operand): string {
  if (typeof o === 'string') {
    parseRef(o);
    return o;
  }
  if (typeof o === 'object' && 'ref' in o) {
    parseRef(o.ref);
    return rateRound(`${o.ref}*${numberLiteral(o.factor)}`);
  }
  return numberLiteral(o);
}

/** ISNUMBER guards for the references among the operands (each once). */
export function numberGuards(operands: readonly Operand[]): string[] {
  const refs = [...new Set(operands.map(refOf).filter((r): r is string => r !== null))];
  return refs.map((r) => `ISNUMBER(${r})`);
}

/** AND of conditions; a single condition as is; TRUE-free when there are none (returns null). */
export function all(conds: readonly string[]): string | null {
  if (conds.length === 0) return null;
  if (conds.length === 1) return conds[0];
  return `AND(${conds.join(',')})`;
}

/** IF(cond, then, else), or `then` when cond is null (always true). */
export function iff(cond: string | null, then: string, otherwise: string): string {
  return cond === null ? then : `IF(${cond},${then},${otherwise})`;
}

function pow10(d: number): string {
  return numberLiteral(10 ** d);
}

/** Guarded rounding: ROUND(ROUND(x*10^d, guard), 0)/10^d — see decimal.ts. */
export function guardedRound(e: string, decimals: number, guard: number): string {
  if (decimals === 0) return `ROUND(ROUND(${e},${guard}),0)`;
  const p = pow10(decimals);
  return `(ROUND(ROUND((${e})*${p},${guard}),0)/${p})`;
}

/** A score rounded to `decimals` (guarded). */
export function scoreRound(e: string, decimals: number): string {
  return guardedRound(e, decimals, SCORE_GUARD);
}

/** A rate rounded to RATE_DECIMALS (guarded). */
export function rateRound(e: string): string {
  return guardedRound(e, RATE_DECIMALS, RATE_GUARD);
}

/** MIN(MAX(e, lo), hi) */
export function clampExpr(e: string, lo: string, hi: string): string {
  return `MIN(MAX(${e},${lo}),${hi})`;
}

/** Prefixes the `=`. */
export function formula(body: string): string {
  return `=${body}`;
}

/** The empty-text result of a formula that cannot compute. */
export const BLANK = '""';

/** The formula `body` when every operand is a number, else "" (a blank, not an error). */
export function whenNumbers(operands: readonly Operand[], body: string): string {
  return formula(iff(all(numberGuards(operands)), body, BLANK));
}
