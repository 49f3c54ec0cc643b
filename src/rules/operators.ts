/**
 * Operators: symbols (≥, ＜ …), words (以上, 不少于 …) and the 运算符号 column.
 */
import {
  OPERATOR_SYMBOLS,
  OPERATOR_WORDS_AFTER,
  OPERATOR_WORDS_BEFORE,
  QUALITATIVE_UNIT_WORDS,
} from './glossary';
import { normalize } from './text';
import type { CellValue, Operator } from './types';

/** Display form of an operator, as on the forms. */
export const OPERATOR_SIGN: Readonly<Record<Operator, string>> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

/** The operator symbol that `s` ends with, longest first. */
export function symbolAtEnd(s: string): { op: Operator; length: number } | null {
  for (const [sym, op] of OPERATOR_SYMBOLS) {
    if (s.endsWith(sym)) return { op, length: sym.length };
  }
  return null;
}

/** The operator symbol that `s` starts with, longest first. */
export function symbolAtStart(s: string): { op: Operator; length: number } | null {
  for (const [sym, op] of OPERATOR_SYMBOLS) {
    if (s.startsWith(sym)) return { op, length: sym.length };
  }
  return null;
}

export function wordBeforeAtEnd(s: string): { op: Operator; length: number } | null {
  for (const [w, op] of OPERATOR_WORDS_BEFORE) {
    if (s.endsWith(w)) return { op, length: w.length };
  }
  return null;
}

export function wordAfterAtStart(s: string): { op: Operator; length: number } | null {
  for (const [w, op] of OPERATOR_WORDS_AFTER) {
    if (s.startsWith(w)) return { op, length: w.length };
  }
  return null;
}

/**
 * Reads a 运算符号 cell. Returns the operator, null when the cell is empty, or 'unrecognized'
 * when it holds something else (e.g. the header hint “=”“≤”“≥”).
 */
export function parseOperatorCell(value: CellValue | undefined): Operator | null | 'unrecognized' {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return 'unrecognized';
  const t = normalize(value).replace(/["']/g, '');
  if (t === '') return null;
  // Sichuan's 指标性质 column says 定性 for a qualitative row: no operator, nothing wrong.
  if (QUALITATIVE_UNIT_WORDS.includes(t)) return null;
  for (const [sym, op] of OPERATOR_SYMBOLS) if (t === sym) return op;
  for (const [w, op] of OPERATOR_WORDS_BEFORE) if (t === w) return op;
  for (const [w, op] of OPERATOR_WORDS_AFTER) if (t === w) return op;
  return 'unrecognized';
}
