/**
 * parseNumber: a cell's content as a plain number (budget figures, weights, scores, rates).
 * Never throws; bad input returns { ok: false, reason }.
 */
import { msg, type Message } from './codes';
import { D, fromNumber, toDecimal, type Decimal, type NumLike } from './decimal';
import { isPercentFormat, isPlaceholder, normalize, rawText } from './text';
import { isCellError, type CellValue } from '../snapshot/types';
import type { ParseFailure } from './types';

export interface NumberOk {
  ok: true;
  /** The number as Excel means it: 0.95 for "95%" and for 0.95 shown as 95%. */
  value: Decimal;
  /** Written or formatted as a percentage. */
  percent: boolean;
  /** Came from text rather than a number cell. */
  fromText: boolean;
  raw: string;
  messages: Message[];
}

export type NumberResult = NumberOk | ParseFailure;

export function fail(
  reason: ParseFailure['reason'],
  raw: string,
  params?: ParseFailure['params'],
): ParseFailure {
  const p = params ?? (raw ? { value: raw } : undefined);
  return { ok: false, reason, params: p, raw, messages: [msg(reason, p)] };
}

/** The unit of a weight or score written after it (`15分`). */
const SCORE_UNIT = '分';

/** A plain number in normalised text: sign, digits, optional decimals, optional % or ‰. */
const PLAIN = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(%|‰)?$/;
/** Thousands separators: 1,234,567.89 */
const THOUSANDS = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?(%|‰)?$/;
/** Digits with doubled or repeated decimal points: 31..5, 1.2.3 */
export const MALFORMED = /\d\.{2,}\d|\d+\.\d+\.\d|\d\.{2,}$|^\.{2,}\d/;

/** Parses normalised text that should be exactly a number. */
export function parseNumericText(
  t: string,
): { value: Decimal; percent: boolean; permille: boolean } | 'malformed' | null {
  const s = t.replace(/^[¥$]/, '');
  let m = PLAIN.exec(s);
  if (!m) {
    const k = THOUSANDS.exec(s);
    if (k) m = PLAIN.exec(`${k[1]}${k[2].replace(/,/g, '')}${k[3] ?? ''}${k[4] ?? ''}`);
  }
  if (m) {
    let value = new D(`${m[1]}${m[2]}`);
    if (m[3] === '%') value = value.div(100);
    if (m[3] === '‰') value = value.div(1000);
    return { value, percent: m[3] === '%', permille: m[3] === '‰' };
  }
  if (MALFORMED.test(s)) return 'malformed';
  return null;
}

/**
 * A cell as a number. Numbers are taken at 15 significant digits (as Excel stores them); text is
 * read leniently (full-width digits, thousands separators, %); empty cells, placeholders (—, /),
 * typos (31..5), booleans and errors return a reason.
 */
export function parseNumber(value: CellValue, numberFormat?: string | null): NumberResult {
  const raw = rawText(value);
  if (value === null) return fail('empty', raw);
  if (isCellError(value)) return fail('cellError', raw, { value: value.error });
  if (typeof value === 'boolean') return fail('booleanValue', raw);
  if (typeof value === 'number') {
    const d = fromNumber(value);
    if (!d) return fail('notANumber', raw);
    const percent = isPercentFormat(numberFormat);
    return {
      ok: true,
      value: d,
      percent,
      fromText: false,
      raw,
      messages: percent ? [msg('percentFromFormat', { value: raw })] : [],
    };
  }
  const t = normalize(value);
  if (t === '') return fail('empty', raw);
  if (isPlaceholder(t)) return fail('placeholder', raw);
  let parsed = parseNumericText(t);
  // A weight or score typed with its unit: `15分`, `10 分` (normalised: no space).
  if (parsed === null && t.length > 1 && t.endsWith(SCORE_UNIT)) {
    const bare = parseNumericText(t.slice(0, -SCORE_UNIT.length));
    if (bare !== null && bare !== 'malformed' && !bare.percent && !bare.permille) parsed = bare;
  }
  if (parsed === 'malformed') return fail('malformedNumber', raw);
  if (parsed === null) return fail('notANumber', raw);
  return {
    ok: true,
    value: parsed.value,
    percent: parsed.percent,
    fromText: true,
    raw,
    messages: [msg('numberStoredAsText', { value: raw })],
  };
}

/**
 * The numeric view a spreadsheet formula has of a cell: a number, or nothing. Text (even "95"),
 * booleans, blanks and errors are not numbers to ISNUMBER, so the compiled formulas yield "" or
 * 待补充 for them; this is the JavaScript side of that contract.
 */
export function cellNumber(value: CellValue | undefined): Decimal | null {
  return typeof value === 'number' ? fromNumber(value) : null;
}

/** Numeric inputs the scoring functions accept: a Decimal, a number, a parse result or nothing. */
export type NumInput = NumLike | NumberResult | null | undefined;

/** Resolves a NumInput to a Decimal, or to the failure that explains why there is none. */
export function resolveNum(
  x: NumInput,
  missing: ParseFailure['reason'],
): { ok: true; value: Decimal } | ParseFailure {
  if (x === null || x === undefined) return fail(missing, '');
  if (typeof x === 'number' || !('ok' in x)) {
    const d = toDecimal(x);
    return d ? { ok: true, value: d } : fail('notANumber', String(x));
  }
  if (!x.ok) return x;
  return { ok: true, value: x.value };
}
