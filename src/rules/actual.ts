/**
 * parseActual: a 实际完成值 cell as a number with an optional unit, or as text (已完成, 满意).
 * Never throws. Whether "100%" is a measured value or a completion degree is decided when the
 * row is scored, against the target (see score.ts).
 */
import { msg, type Message } from './codes';
import { fromNumber } from './decimal';
import { fail } from './number';
import { OPERATOR_SIGN } from './operators';
import { scanQuantity } from './scan';
import { displayText, isPercentFormat, isPlaceholder, normalize, rawText } from './text';
import { isCellError, type CellValue } from '../snapshot/types';
import { PERCENT_UNIT, parseUnitCell } from './units';
import type { ActualResult, Operator } from './types';

export interface ActualInput {
  /** The 实际完成值 cell. */
  actual: CellValue;
  /** The 度量单位 cell, when the form has that column (it applies to target and actual). */
  unit?: CellValue;
  /** The number format of the actual cell ('0%' makes 1 read as 100%). */
  numberFormat?: string | null;
}

export function parseActual(input: ActualInput): ActualResult {
  const { actual } = input;
  const raw = rawText(actual);
  const messages: Message[] = [];
  const unitCell = parseUnitCell(input.unit);
  const cellUnit = unitCell === 'qualitative' ? null : unitCell;

  if (actual === null) return fail('empty', raw);
  if (isCellError(actual)) return fail('cellError', raw, { value: actual.error });
  if (typeof actual === 'boolean') return fail('booleanValue', raw);

  if (typeof actual === 'number') {
    const value = fromNumber(actual);
    if (!value) return fail('notANumber', raw);
    if (isPercentFormat(input.numberFormat)) {
      messages.push(msg('percentFromFormat', { value: raw }));
      return {
        ok: true,
        kind: 'number',
        value: value.times(100),
        unit: PERCENT_UNIT,
        operator: null,
        raw,
        messages,
      };
    }
    return { ok: true, kind: 'number', value, unit: cellUnit, operator: null, raw, messages };
  }

  const t = normalize(actual);
  if (t === '') return fail('empty', raw);
  if (isPlaceholder(t)) return fail('placeholder', raw);
  const text = displayText(actual);
  const scan = scanQuantity(t);
  if (scan.kind === 'malformed') return fail('malformedNumber', raw);
  if (scan.kind !== 'one') return { ok: true, kind: 'text', text, raw, messages };

  const ops: Operator[] = [...scan.before, ...scan.wordsAfter];
  if (scan.symbolAfter) ops.push(scan.symbolAfter);
  const operator = ops.length > 0 ? ops[0] : null;
  if (operator) {
    messages.push(
      msg('actualHasOperator', {
        value: text,
        used: `${scan.value.toString()}`,
        sign: OPERATOR_SIGN[operator],
      }),
    );
  }
  if (scan.approximate) messages.push(msg('approximateValue', { value: text }));
  if (/^[+-]?\d+(\.\d+)?%?$/.test(t)) messages.push(msg('numberStoredAsText', { value: text }));
  return {
    ok: true,
    kind: 'number',
    value: scan.value,
    unit: scan.unit ?? cellUnit,
    operator,
    raw,
    messages,
  };
}
