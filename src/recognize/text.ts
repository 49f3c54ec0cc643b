/**
 * Text normalisation for recognition.
 *
 * - `termKey` turns a cell's text into the key the glossary is written in: Unicode NFKC (full-width
 *   letters, digits and brackets become half-width), then every whitespace character removed
 *   (spaces, line breaks, U+3000 ideographic spaces, no-break spaces).
 * - `cleanLabel` tidies a label for the model without changing its characters: line breaks and
 *   surrounding or CJK-adjacent spaces go, other runs of spaces become one space.
 */
import { PATTERNS } from '../model/glossary';
import type { CellValue } from '../snapshot/types';
import { isBlankValue } from '../snapshot/cells';

const WHITESPACE = /[\s\u3000\u00a0\u200b\ufeff]+/g;

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50000;

/** The glossary key of a text: NFKC, no whitespace. Memoised: forms repeat the same texts. */
export function termKey(text: string): string {
  const hit = keyCache.get(text);
  if (hit !== undefined) return hit;
  const key = text.normalize('NFKC').replace(WHITESPACE, '');
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

/** Drops bracketed remarks: `未完成原因(请在…)` → `未完成原因`, `评分依据(数据)` → `评分依据`. */
export function stripBrackets(key: string): string {
  if (!/[([【〔]/.test(key)) return key;
  let out = key;
  let prev = '';
  while (out !== prev) {
    prev = out;
    out = out.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g, '');
  }
  return out;
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2018-\\u201f';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])[ \\t\\u00a0\\u3000]+`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`[ \\t\\u00a0\\u3000]+([${CJK}])`, 'g');

const ANY_SPACE = /[\s\u3000\u00a0\u200b\ufeff]/;

/** A label as the model stores it: no line breaks, no surrounding or CJK-adjacent spaces. */
export function cleanLabel(text: string): string {
  if (!ANY_SPACE.test(text)) return text;
  return text
    .replace(/\s*[\r\n]+\s*/g, '')
    .replace(SPACE_AFTER_CJK, '$1')
    .replace(SPACE_BEFORE_CJK, '$1')
    .replace(/[ \t\u00a0\u3000\u200b\ufeff]+/g, ' ')
    .trim();
}

/** The text of a value as a user would read it (numbers in plain decimal, booleans as words). */
export function valueText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

export { isBlankValue };

const WEIGHT_IN_LABEL = PATTERNS.levelWeight;

/**
 * Splits a level label that carries its weight: `产出指标(40分)` → { label: `产出指标`, weight: 40 }.
 * `ambiguous` is set when the label mentions more than one weight (the weight is then null).
 */
export function splitLevelWeight(label: string): {
  label: string;
  weight: number | null;
  ambiguous: boolean;
} {
  if (!label.includes(PATTERNS.levelWeightMark)) return { label, weight: null, ambiguous: false };
  const matches = [...label.matchAll(WEIGHT_IN_LABEL)];
  if (matches.length === 0) return { label, weight: null, ambiguous: false };
  const stripped = cleanLabel(label.replace(WEIGHT_IN_LABEL, ''));
  if (matches.length > 1) return { label: stripped, weight: null, ambiguous: true };
  const weight = Number(matches[0][1].normalize('NFKC').replace('．', '.'));
  return { label: stripped, weight: Number.isFinite(weight) ? weight : null, ambiguous: false };
}
