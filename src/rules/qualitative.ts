/**
 * Qualitative indicators: levels (良好以上), and judging an actual text against a target text.
 */
import type { AssumptionCode } from './codes';
import { D, type Decimal } from './decimal';
import {
  ACHIEVED_WORDS,
  BASICALLY_WORDS,
  LEVEL_SCALES,
  NEGATION_MARKS,
  NOT_ACHIEVED_WORDS,
  PARTLY_WORDS,
} from './glossary';
import { normalize } from './text';
import type { Level, QualitativeBand, QualitativeTarget } from './types';

/** A whole text that is a level word, optionally followed by 以上 (良好以上 → grade 3 or above). */
export function parseLevel(text: string): Level | null {
  let t = normalize(text);
  let orAbove = false;
  for (const suffix of ['及以上', '或以上', '以上']) {
    if (t.endsWith(suffix)) {
      t = t.slice(0, -suffix.length);
      orAbove = true;
      break;
    }
  }
  for (const [scale, words] of Object.entries(LEVEL_SCALES)) {
    const hit = words.find(([w]) => w === t);
    if (hit) return { scale, rank: hit[1], orAbove };
  }
  return null;
}

export interface Judgement {
  band: QualitativeBand;
  /** Fully achieved: the full weight is due. Otherwise only the band's range is known. */
  full: boolean;
  code: AssumptionCode;
}

function containsAny(t: string, words: readonly string[]): string | null {
  return words.find((w) => (w.length === 1 ? t === w : t.includes(w))) ?? null;
}

/** Judges an actual text by keywords alone (完成, 基本完成, 部分完成, 未完成 …). */
export function judgeByKeywords(actualText: string): Judgement | null {
  const a = normalize(actualText);
  if (a === '') return null;
  if (containsAny(a, NOT_ACHIEVED_WORDS)) {
    return { band: 'notAchieved', full: false, code: 'qualitativeKeyword' };
  }
  if (containsAny(a, PARTLY_WORDS))
    return { band: 'partly', full: false, code: 'qualitativeKeyword' };
  if (containsAny(a, BASICALLY_WORDS)) {
    return { band: 'achieved', full: false, code: 'qualitativeKeyword' };
  }
  if (containsAny(a, ACHIEVED_WORDS) && !NEGATION_MARKS.some((n) => a.includes(n))) {
    return { band: 'achieved', full: true, code: 'qualitativeKeyword' };
  }
  return null;
}

/**
 * Judges an actual text against a qualitative target: the same text, a level at or above the
 * target's, a keyword (完成 / 基本完成 / 部分完成 / 未完成), or a text containing the target's.
 * Returns null when the text does not say.
 */
export function judgeQualitative(target: QualitativeTarget, actualText: string): Judgement | null {
  const t = normalize(target.text);
  const a = normalize(actualText);
  if (a === '') return null;
  if (a === t) return { band: 'achieved', full: true, code: 'qualitativeMatched' };

  const tl = target.level;
  const al = parseLevel(actualText);
  if (tl && al && tl.scale === al.scale) {
    if (al.rank >= tl.rank) return { band: 'achieved', full: true, code: 'qualitativeLevel' };
    if (al.rank <= 1) return { band: 'notAchieved', full: false, code: 'qualitativeLevel' };
    if (a.startsWith('基本')) return { band: 'achieved', full: false, code: 'qualitativeLevel' };
    return { band: 'partly', full: false, code: 'qualitativeLevel' };
  }

  const byWords = judgeByKeywords(actualText);
  if (byWords) return byWords;

  if (t.length >= 2 && a.includes(t) && !NEGATION_MARKS.some((n) => a.replace(t, '').includes(n))) {
    return { band: 'achieved', full: true, code: 'qualitativeContainsTarget' };
  }
  return null;
}

/** The share of the weight each band allows, e.g. achieved 80–100%. */
export interface BandLimits {
  achieved: { min: number; max: number };
  partly: { min: number; max: number };
  notAchieved: { min: number; max: number };
}

/** The band a completion degree falls in: ≥ achieved.min, ≥ partly.min, else not achieved. */
export function bandOf(completion: Decimal, limits: BandLimits): QualitativeBand {
  if (completion.greaterThanOrEqualTo(new D(limits.achieved.min))) return 'achieved';
  if (completion.greaterThanOrEqualTo(new D(limits.partly.min))) return 'partly';
  return 'notAchieved';
}
