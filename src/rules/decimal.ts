/**
 * Exact decimal arithmetic for the rules, and the rounding that spreadsheets and the rules share.
 *
 * Every number inside the rules is a decimal.js `Decimal` made by the private constructor `D`
 * (40 significant digits, ties away from zero), so no binary floating-point error reaches a score.
 *
 * Rounding contract (see also README "how scoring works"):
 * - `roundTo(x, d)` is Excel's ROUND: ties away from zero, on the number as Excel sees it (a
 *   JavaScript number is first reduced to 15 significant digits, as Excel stores typed values).
 * - Scores and rates are rounded with a *guard* step, in JavaScript and in every compiled formula
 *   alike: `ROUND(ROUND(x*10^d, g), 0)/10^d`. The inner ROUND to `g` guard decimals absorbs the
 *   binary error of the spreadsheet's intermediate (e.g. 1.005*100 = 100.49999999999999), so that
 *   Excel, WPS, LibreOffice and HyperFormula (whose ROUND is a plain Math.round) give the same
 *   result, and JavaScript reproduces it exactly in decimal arithmetic.
 */
import Decimal from 'decimal.js';

export { Decimal };

/** The rules' Decimal constructor: 40 significant digits, ties away from zero. */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40 });

/** Anything numeric the rules accept at their boundary. */
export type NumLike = Decimal | number;

/** Decimal places of scores unless a profile says otherwise. */
export const DEFAULT_DECIMALS = 2;
/** Rates and completion degrees are carried to this many decimal places (0.7420940171). */
export const RATE_DECIMALS = 10;
/** Guard decimals used when rounding scores (see module comment). */
export const SCORE_GUARD = 6;
/** Guard decimals used when rounding rates to RATE_DECIMALS. */
export const RATE_GUARD = 3;

/**
 * A JavaScript number as a spreadsheet sees it: 15 significant digits. Returns null for NaN and
 * infinities.
 */
export function fromNumber(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  if (n === 0) return new D(0);
  return new D(n.toPrecision(15));
}

/** Converts a Decimal (of any decimal.js constructor) or a number into a rules Decimal. */
export function toDecimal(x: NumLike): Decimal | null {
  if (typeof x === 'number') return fromNumber(x);
  if (!x.isFinite()) return null;
  return new D(x.toString());
}

/** Converts for reports and spreadsheets: the nearest JavaScript number. */
export function toNumber(x: Decimal): number;
export function toNumber(x: Decimal | null | undefined): number | null;
export function toNumber(x: Decimal | null | undefined): number | null {
  if (x == null) return null;
  let n = asNumbers.get(x);
  if (n === undefined) {
    n = x.toNumber();
    asNumbers.set(x, n);
  }
  return n;
}

/**
 * Decimals as numbers, remembered per instance: the audit's memos hand out the same Decimal for
 * the same cell contents, and decimal.js converts through a string.
 */
const asNumbers = new WeakMap<Decimal, number>();

/** Sums are exact in units of 10^-SUM_PLACES while they stay below 2^53 (9.0e15). */
const SUM_PLACES = 6;
const SUM_SCALE = 10 ** SUM_PLACES;
const SUM_LIMIT = 9e15;

/** x in units of 10^-SUM_PLACES when that is an exact integer below 1e15, else null. Cached. */
const scaled = new WeakMap<Decimal, number | null>();
function scaledOf(x: Decimal): number | null {
  let s = scaled.get(x);
  if (s === undefined) {
    s = null;
    if (x.isFinite() && x.decimalPlaces() <= SUM_PLACES && x.abs().lessThan(1e9)) {
      // ≤ 15 significant digits: the nearest double times the scale rounds to the exact integer.
      s = Math.round(toNumber(x) * SUM_SCALE);
    }
    scaled.set(x, s);
  }
  return s;
}

/**
 * The exact sum of decimals. Scores, weights and amounts have few decimal places, so they are
 * added as scaled integers (exact below 2^53) and one Decimal is made at the end; anything else
 * is added in decimal.js.
 */
export function sumOf(xs: readonly Decimal[]): Decimal {
  let total = 0;
  for (const x of xs) {
    const s = scaledOf(x);
    if (s === null || Math.abs(total + s) > SUM_LIMIT) {
      return xs.reduce((a: Decimal, b) => a.plus(b), new D(0));
    }
    total += s;
  }
  return new D(total).div(SUM_SCALE);
}

/** 10^n for the few n the rules round to; Decimals are immutable, so one each is enough. */
const powers = new Map<number, Decimal>();
function tenTo(n: number): Decimal {
  let p = powers.get(n);
  if (p === undefined) {
    p = new D(10).pow(n);
    powers.set(n, p);
  }
  return p;
}

/** Half away from zero at `decimals` places, on the exact decimal value. */
function halfAway(x: Decimal, decimals: number): Decimal {
  return new D(x).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * Excel's ROUND(value, decimals): ties away from zero. A number is first reduced to the 15
 * significant digits Excel works with, so roundTo(1.005, 2) is 1.01 as in Excel. Negative
 * `decimals` round to tens, hundreds… as ROUND does.
 */
export function roundTo(value: NumLike, decimals: number): Decimal {
  const x = toDecimal(value) ?? new D(0);
  if (decimals >= 0) return halfAway(x, decimals);
  const p = tenTo(-decimals);
  return halfAway(x.div(p), 0).times(p);
}

/** The guarded rounding every compiled formula uses: ROUND(ROUND(x*10^d, guard), 0) / 10^d. */
export function roundGuarded(
  value: NumLike,
  decimals: number,
  guard: number = SCORE_GUARD,
): Decimal {
  const x = toDecimal(value) ?? new D(0);
  const p = tenTo(decimals);
  return halfAway(halfAway(x.times(p), guard), 0).div(p);
}

/** Rounds a score to the profile's decimals with the score guard. */
export function roundScore(value: NumLike, decimals: number): Decimal {
  return roundGuarded(value, decimals, SCORE_GUARD);
}

/** Rounds a rate or completion degree to RATE_DECIMALS with the rate guard. */
export function roundRate(value: NumLike): Decimal {
  return roundGuarded(value, RATE_DECIMALS, RATE_GUARD);
}

export function dmin(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function dmax(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/** Clamps into [lo, hi]. */
export function clamp(x: Decimal, lo: Decimal, hi: Decimal): Decimal {
  return dmin(dmax(x, lo), hi);
}

export const ZERO = new D(0);
export const ONE = new D(1);
