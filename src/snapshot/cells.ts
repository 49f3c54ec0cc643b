/**
 * Blankness: the one answer to "is this cell empty?" for every stage and host. A cell is blank
 * when it holds no formula and its value is nothing or text made only of white space (including
 * full-width and zero-width spaces). An error value is not blank.
 */
import type { CellValue } from './types';

const SPACE_ONLY = /^[\s\u200b]*$/;

/** True for null (or absent) and for text made only of white space. */
export function isBlankValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && SPACE_ONLY.test(v);
}

/** True when the cell holds no formula and a blank value. */
export function isBlankCell(c: { value: CellValue | undefined; formula?: string | null }): boolean {
  return !c.formula && isBlankValue(c.value);
}

/**
 * Formula text for comparison: with `=`, no spaces outside strings, upper case, no `$`, and
 * spelled as Excel spells it where other engines re-spell a formula when they save it:
 * LibreOffice writes the constants `TRUE` and `FALSE` as the functions `TRUE()` and `FALSE()`,
 * and files name newer functions with their `_xlfn.` / `_xlws.` prefix.
 */
export function normaliseFormula(f: string): string {
  const g = f.startsWith('=') ? f : `=${f}`;
  return g
    .split('"')
    .map((part, i) =>
      i % 2 === 0
        ? part
            .replace(/\s+/g, '')
            .replace(/\$/g, '')
            .toUpperCase()
            .replace(/\b(TRUE|FALSE)\(\)/g, '$1')
            .replace(/_XL(FN|WS)\./g, '')
        : part,
    )
    .join('"');
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/**
 * A date cell as a snapshot holds it, as the user sees it: yyyy-mm-dd, with the time only when
 * the cell has one (every host reads dates so).
 */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad2(h)}:${pad2(m)}${s === 0 ? '' : ':' + pad2(s)}`;
}
