/**
 * Reading a cell as a number, for recognition's own decisions only (is this column numeric? what
 * weight does this rubric cell give a level?). The model keeps raw values; the rules module does
 * the real parsing of targets and values.
 */
import type { CellValue } from '../snapshot/types';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A number from a cell: numbers as they are; text with half- or full-width digits, thousands
 * separators and surrounding spaces; `95%` → 0.95. Anything else → null.
 */
export function cellNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  let s = v.normalize('NFKC').replace(/[\s\u3000\u00a0,]+/g, '');
  if (s === '') return null;
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  if (!NUMBER.test(s)) return null;
  const n = Number(s) * scale;
  return Number.isFinite(n) ? n : null;
}

/** True when the cell reads as a number (see `cellNumber`). */
export function isNumeric(v: CellValue): boolean {
  return cellNumber(v) !== null;
}
