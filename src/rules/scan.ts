/**
 * Scanning a target or actual text into its parts: prefix label, operator symbols and words,
 * number, unit, trailing words. Shared by parseTarget and parseActual.
 */
import { D, type Decimal } from './decimal';
import {
  APPROXIMATE_WORDS,
  DATE_PATTERNS,
  INCLUSIVE_MARKS,
  KNOWN_UNITS,
  OPERATOR_WORDS_AFTER,
  PERIOD_WORDS,
} from './glossary';
import { MALFORMED } from './number';
import { symbolAtEnd, symbolAtStart, wordAfterAtStart, wordBeforeAtEnd } from './operators';
import { matchUnitPrefix, plainUnit } from './units';
import type { Operator, Unit } from './types';

export type Scan =
  | { kind: 'none' }
  | { kind: 'malformed' }
  | { kind: 'date' }
  | { kind: 'many' }
  /** One number, but followed by words that are not a unit or operator (保障8小时工作时间). */
  | { kind: 'phrase' }
  | {
      kind: 'one';
      value: Decimal;
      unit: Unit | null;
      /** Operators written before the number (symbols or words such as 不少于). */
      before: Operator[];
      /** An operator symbol written right after the number (20≤). */
      symbolAfter: Operator | null;
      /** Operator words after the number and unit (以上, 以内). */
      wordsAfter: Operator[];
      prefix: string;
      period: string | null;
      approximate: boolean;
    };

const NUMBER_TOKEN = /\d+(?:\.+\d+)*\.*/g;
const CJK_OR_LETTER = /^[\p{Script=Han}A-Za-z]/u;

function startsWithAny(s: string, words: readonly string[]): string | null {
  return words.find((w) => s.startsWith(w)) ?? null;
}

const AFTER_WORDS = OPERATOR_WORDS_AFTER.map(([w]) => w);

/** Length of the run of letters or Han characters at the start of `s`, up to an operator word. */
function unitRun(s: string): number {
  let n = 0;
  while (
    n < s.length &&
    n < 5 &&
    CJK_OR_LETTER.test(s.slice(n)) &&
    !startsWithAny(s.slice(n), AFTER_WORDS) &&
    !startsWithAny(s.slice(n), APPROXIMATE_WORDS)
  ) {
    n++;
  }
  return n;
}

function isAfterWord(s: string): boolean {
  return !!startsWithAny(s, AFTER_WORDS) || !!startsWithAny(s, APPROXIMATE_WORDS);
}

/** Scans normalised text (see text.normalize). */
export function scanQuantity(text: string): Scan {
  // Thousands separators between digit groups: 1,234 → 1234
  const t = text.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  if (DATE_PATTERNS.some((p) => p.test(t))) return { kind: 'date' };
  const tokens = [...t.matchAll(NUMBER_TOKEN)];
  if (tokens.length === 0) return { kind: 'none' };
  if (tokens.some((m) => MALFORMED.test(m[0]) || (m[0].match(/\./g)?.length ?? 0) > 1)) {
    return { kind: 'malformed' };
  }
  if (tokens.length > 1) return { kind: 'many' };
  const m = tokens[0];
  const numText = m[0].replace(/\.$/, '');
  let before = t.slice(0, m.index);
  let after = t.slice((m.index ?? 0) + m[0].length);

  // Sign, when it directly precedes the number and follows nothing or an operator.
  let sign = '';
  const signMatch = /[-+−]$/.exec(before);
  if (signMatch) {
    const rest = before.slice(0, -1);
    if (rest === '' || symbolAtEnd(rest) || wordBeforeAtEnd(rest)) {
      sign = signMatch[0] === '+' ? '' : '-';
      before = rest;
    }
  }

  let approximate = false;
  const beforeOps: Operator[] = [];
  for (let i = 0; i < 4; i++) {
    const approx = APPROXIMATE_WORDS.find((w) => before.endsWith(w));
    if (approx) {
      approximate = true;
      before = before.slice(0, -approx.length);
      continue;
    }
    const sym = symbolAtEnd(before);
    if (sym) {
      beforeOps.push(sym.op);
      before = before.slice(0, -sym.length);
      continue;
    }
    const word = wordBeforeAtEnd(before);
    if (word) {
      beforeOps.push(word.op);
      before = before.slice(0, -word.length);
      continue;
    }
    break;
  }
  const prefix = before.replace(/[:：]$/, '');
  const period = PERIOD_WORDS.find((w) => prefix.includes(w)) ?? null;

  let symbolAfter: Operator | null = null;
  const symA = symbolAtStart(after);
  if (symA) {
    symbolAfter = symA.op;
    after = after.slice(symA.length);
  }

  let unit: Unit | null = null;
  const u = matchUnitPrefix(after);
  if (u) {
    unit = u.unit;
    after = after.slice(u.length);
  }
  // An unknown unit, or a known one with a noun (家企业): letters or Han characters up to an
  // operator word or the end, at most 4 long in all.
  const n = unitRun(after);
  const used = unit ? unit.text.length : 0;
  if (n > 0 && used + n <= 4 && (after.length === n || isAfterWord(after.slice(n)))) {
    unit = plainUnit((unit ? unit.text : '') + after.slice(0, n));
    after = after.slice(n);
  }
  // A compound unit: 元/人, 次/日, 万元/公里, 人次/年 — the unit per something.
  const per = unit ? /^[/／]([\p{Script=Han}A-Za-z]{1,3})/u.exec(after) : null;
  if (unit && per && (after.length === per[0].length || isAfterWord(after.slice(per[0].length)))) {
    // The divisor by its base when it is the same amount (日 and 天), else as written.
    const divisor = KNOWN_UNITS[per[1]];
    const perBase = divisor && divisor[1] === 1 ? divisor[0] : per[1];
    unit = {
      text: `${unit.text}/${per[1]}`,
      base: `${unit.base}/${perBase}`,
      factor: unit.factor,
    };
    after = after.slice(per[0].length);
  }
  if (!symbolAfter) {
    const sym2 = symbolAtStart(after);
    if (sym2) {
      symbolAfter = sym2.op;
      after = after.slice(sym2.length);
    }
  }
  const wordsAfter: Operator[] = [];
  for (let i = 0; i < 3; i++) {
    const w = wordAfterAtStart(after);
    if (w) {
      wordsAfter.push(w.op);
      after = after.slice(w.length);
      continue;
    }
    const inc = INCLUSIVE_MARKS.find((x) => after.startsWith(x));
    if (inc) {
      after = after.slice(inc.length);
      continue;
    }
    const approx = APPROXIMATE_WORDS.find((x) => after.startsWith(x));
    if (approx) {
      approximate = true;
      after = after.slice(approx.length);
      continue;
    }
    break;
  }
  if (after.replace(/[。.,，;；!！、)\]）]+/g, '') !== '') return { kind: 'phrase' };

  return {
    kind: 'one',
    value: new D(`${sign}${numText}`),
    unit,
    before: beforeOps,
    symbolAfter,
    wordsAfter,
    prefix,
    period,
    approximate,
  };
}
