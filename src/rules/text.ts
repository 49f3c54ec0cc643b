/**
 * Text normalisation for parsing cell content: full-width forms, whitespace, placeholders.
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
