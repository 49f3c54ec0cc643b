/** Number formatting for the pane: one format everywhere (src/runtime/numbers.ts). */
export { formatScore, percent, scoreDecimals, withUnit } from '../runtime/numbers';

export function same(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return true;
  return Math.abs(a - b) < 0.005;
}
