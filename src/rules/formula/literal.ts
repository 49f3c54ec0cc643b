/**
 * Safe pieces of formula text: string and number literals, sheet names, cell references.
 * Every compiler builds its formulas from these, so no cell text ever reaches a formula unescaped.
 */
import { quoteSheet } from '../../snapshot/a1';
import { D, toDecimal, type Decimal, type NumLike } from '../decimal';

/** A programming error in a compiler call (an invalid reference or a non-finite literal). */
export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaError';
  }
}

/**
 * The one escaper for string literals: wraps in double quotes and doubles any `"` inside, as
 * Excel, WPS and LibreOffice read them.
 */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number literal in plain decimal notation (never 1E-7: not every engine parses exponents),
 * with a negative number in parentheses.
 */
export function numberLiteral(x: NumLike): string {
  const d = toDecimal(x);
  if (!d) throw new FormulaError(`not a finite number: ${String(x)}`);
  const s = new D(d).toFixed();
  return d.isNegative() && !d.isZero() ? `(${s})` : s.replace(/^-/, '');
}

const A1 = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;
const A1_RANGE = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}:\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;

/** A sheet name as it must appear before `!`: bare when plain ASCII, else in single quotes with `'` doubled. */
export function quoteSheetName(name: string): string {
  if (name === '') throw new FormulaError('empty sheet name');
  if (/[[\]:*?/\\]/.test(name)) throw new FormulaError(`invalid sheet name: ${name}`);
  return quoteSheet(name);
}

/** A reference to a cell (or range) in A1 notation, optionally on another sheet. */
export function cellRef(a1: string, sheet?: string): string {
  const a = a1.toUpperCase();
  if (!A1.test(a) && !A1_RANGE.test(a)) throw new FormulaError(`not an A1 reference: ${a1}`);
  return sheet === undefined ? a : `${quoteSheetName(sheet)}!${a}`;
}

/** Splits an optional sheet qualifier from a reference; validates both parts. */
export function parseRef(ref: string): { sheet: string | null; a1: string; range: boolean } {
  const bang = ref.lastIndexOf('!');
  const a1 = bang < 0 ? ref : ref.slice(bang + 1);
  if (!A1.test(a1) && !A1_RANGE.test(a1)) throw new FormulaError(`not an A1 reference: ${ref}`);
  if (bang < 0) return { sheet: null, a1, range: a1.includes(':') };
  const q = ref.slice(0, bang);
  let sheet: string;
  if (q.startsWith("'")) {
    if (!/^'(?:[^']|'')+'$/.test(q)) throw new FormulaError(`badly quoted sheet name: ${q}`);
    sheet = q.slice(1, -1).replace(/''/g, "'");
  } else {
    if (quoteSheet(q) !== q) {
      throw new FormulaError(`sheet name must be quoted: ${q}`);
    }
    sheet = q;
  }
  return { sheet, a1, range: a1.includes(':') };
}

/**
 * An operand of a compiled rule: a cell reference ('B5', "'Sheet 1'!B5"), a literal number, or
 * a reference with a factor (a percent-formatted 0.95 that the rule reads as 95 has factor 100).
 */
export type Operand = string | NumLike | { ref: string; factor: NumLike };

export function isRefOperand(o: Operand): o is string {
  return typeof o === 'string';
}

/** The reference inside an operand, if any (for ISNUMBER guards). */
export function refOf(o: Operand): string | null {
  if (typeof o === 'string') return o;
  if (typeof o === 'object' && 'ref' in o) return o.ref;
  return null;
}

export function literalValue(o: Operand): Decimal | null {
  if (typeof o === 'string') return null;
  if (typeof o === 'object' && 'ref' in o) return null;
  return toDecimal(o);
}
