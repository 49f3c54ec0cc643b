/**
 * Reason cells: when a 未完成原因 text or tick counts as filled in.
 */
import { REASON_FILLERS } from './glossary';
import { isCellError, type CellValue } from '../snapshot/types';

/**
 * A reason cell is filled unless it is blank, an error, FALSE, the number 0, or exactly one of
 * the filler strings (REASON_FILLERS: "", " ", "\u3000", "/", "—", "无" …). The rule is exact, with no
 * trimming, because the compiled status formula applies it literally (formula/indicator.ts).
 */
export function reasonPresent(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'boolean') return value;
  if (isCellError(value)) return false;
  return !REASON_FILLERS.includes(value);
}

/** True when any reason cell is filled. */
export function anyReason(values: readonly CellValue[]): boolean {
  return values.some(reasonPresent);
}
