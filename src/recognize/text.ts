/**
 * Text normalisation for recognition.
 *
 * - `termKey` turns a cell's text into the key the glossary is written in: the rules' one text
 *   normaliser (NFKC, no whitespace, look-alike dashes and quotes unified), memoised.
 * - `cleanLabel` (rules/text) tidies a label for the model without changing its characters.
 */
import { PATTERNS } from '../model/glossary';
import { cleanLabel, normalize } from '../rules/text';
import type { CellValue } from '../snapshot/types';

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50000;

/** The glossary key of a text (rules/text `normalize`). Memoised: forms repeat the same texts. */
export function termKey(text: string): string {
  const hit = keyCache.get(text);
  if (hit !== undefined) return hit;
  const key = normalize(text);
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

/** The text of a value as a user would read it (numbers in plain decimal, booleans as words). */
export function valueText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

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
