/**
 * Text normalisation, the one home for every stage: `normalize` (the key text is matched by, in
 * recognition's glossary as in the rules' parsers), `cleanLabel` (a label as the model stores it),
 * full-width forms, whitespace, placeholders.
 */
import { PLACEHOLDERS } from './glossary';
import type { CellValue } from './types';

/** Whitespace as found in Word/Excel text, including U+3000 and no-break spaces. */
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+/g;

/**
 * Canonical text for matching: NFKC (full-width digits, ％ ＞ ＜ ＝ （ ） become ASCII), no
 * whitespace at all (Chinese cell text carries no meaning in spaces), and a few look-alikes.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(/[‐‑‒–]/g, '-')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
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

/** The text a user would see, trimmed (including full-width spaces) but otherwise as typed. */
export function displayText(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
}

/** The raw content of a cell as a string, for messages. */
export function rawText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}

const PLACEHOLDER_SET = new Set(PLACEHOLDERS.map((p) => normalize(p).toLowerCase()));

/** True for "nothing here" marks: —, /, 无, N/A … */
export function isPlaceholder(normalized: string): boolean {
  return PLACEHOLDER_SET.has(normalized.toLowerCase()) || /^[-—―_/\\.。…*×]+$/.test(normalized);
}

/**
 * True when a number format shows the value as a percentage ('0.00%', '0%'); literal text in
 * quotes, escaped characters and [colour] sections are ignored.
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return stripped.includes('%');
}
