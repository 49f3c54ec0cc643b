/**
 * Units: 次, 件, 万元, %, 公里 … with the base they compare in and a scale factor (万 = 10⁴).
 */
import { D } from './decimal';
import { KNOWN_UNITS, QUALITATIVE_UNIT_WORDS, SCALE_PREFIXES } from './glossary';
import { normalize } from './text';
import type { CellValue, Unit } from './types';

const KNOWN_KEYS = Object.keys(KNOWN_UNITS).sort((a, b) => b.length - a.length);

function known(text: string, key: string, scale = 1): Unit {
  const [base, factor] = KNOWN_UNITS[key];
  return { text, base, factor: new D(factor).times(scale) };
}

export const PERCENT_UNIT: Unit = known('%', '%');

export function isPercentUnit(u: Unit | null | undefined): boolean {
  return !!u && u.base === '%';
}

/**
 * The longest unit at the start of `s` (already normalised): a known unit, a scale prefix with a
 * known unit (万元, 万次), a scale prefix alone (万), or null.
 */
export function matchUnitPrefix(s: string): { unit: Unit; length: number } | null {
  for (const [prefix, scale] of SCALE_PREFIXES) {
    if (!s.startsWith(prefix)) continue;
    const rest = s.slice(prefix.length);
    const key = KNOWN_KEYS.find((k) => rest.startsWith(k) && KNOWN_UNITS[k][0] !== '%');
    // 千米 and 千克 are units of their own, not 千 × 米.
    if (key && !KNOWN_KEYS.some((k) => s.startsWith(k) && k.length >= prefix.length + key.length)) {
      const text = prefix + key;
      return { unit: known(text, key, scale), length: text.length };
    }
  }
  const key = KNOWN_KEYS.find((k) => s.startsWith(k));
  if (key) return { unit: known(key, key), length: key.length };
  for (const [prefix, scale] of SCALE_PREFIXES) {
    if (s.startsWith(prefix)) {
      return { unit: { text: prefix, base: '', factor: new D(scale) }, length: prefix.length };
    }
  }
  return null;
}

/** An unknown unit is itself its base. */
export function plainUnit(text: string): Unit {
  return { text, base: text, factor: new D(1) };
}

/** Reads a 度量单位 cell: a unit, 'qualitative' for 定性指标, or null when empty. */
export function parseUnitCell(value: CellValue | undefined): Unit | 'qualitative' | null {
  if (value === null || value === undefined || typeof value !== 'string') return null;
  const t = normalize(value);
  if (t === '') return null;
  if (QUALITATIVE_UNIT_WORDS.includes(t)) return 'qualitative';
  const m = matchUnitPrefix(t);
  if (m && m.length === t.length) return m.unit;
  return plainUnit(t);
}

export function sameUnit(a: Unit, b: Unit): boolean {
  return a.base === b.base && a.factor.eq(b.factor);
}
