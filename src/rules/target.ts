/**
 * parseTarget: a 年度指标值 cell (with the 运算符号 and 度量单位 cells when the form has them) as a
 * typed target: quantitative {operator, value, unit} or qualitative {text}. Never throws.
 */
import { msg, type Message } from './codes';
import { fromNumber } from './decimal';
import { fail } from './number';
import { OPERATOR_SIGN, parseOperatorCell } from './operators';
import { parseLevel } from './qualitative';
import { scanQuantity } from './scan';
import { displayText, isPercentFormat, isPlaceholder, normalize, rawText } from './text';
import { isCellError, type CellValue } from '../snapshot/types';
import { PERCENT_UNIT, parseUnitCell } from './units';
import type { Operator, TargetResult, Unit } from './types';

export interface TargetInput {
  /** The 年度指标值 cell. */
  target: CellValue;
  /** The 运算符号 cell, when the form has that column. */
  operator?: CellValue;
  /** The 度量单位 cell, when the form has that column. */
  unit?: CellValue;
  /** The number format of the target cell ('0%' makes 0.95 read as 95%). */
  numberFormat?: string | null;
}

/** Agrees a list of operators found in one text; null and a conflict flag when they disagree. */
function agree(ops: readonly Operator[]): { op: Operator | null; conflict: boolean } {
  const distinct = [...new Set(ops)];
  if (distinct.length === 0) return { op: null, conflict: false };
  if (distinct.length === 1) return { op: distinct[0], conflict: false };
  // ≥ with > (or ≤ with <) written twice is a style, not a conflict: keep the inclusive one.
  if (distinct.length === 2 && distinct.includes('>=') && distinct.includes('>')) {
    return { op: '>=', conflict: false };
  }
  if (distinct.length === 2 && distinct.includes('<=') && distinct.includes('<')) {
    return { op: '<=', conflict: false };
  }
  return { op: null, conflict: true };
}

function qualitative(raw: string, text: string, messages: Message[]): TargetResult {
  return { ok: true, kind: 'qualitative', text, level: parseLevel(text), raw, messages };
}

export function parseTarget(input: TargetInput): TargetResult {
  const { target } = input;
  const raw = rawText(target);
  const messages: Message[] = [];

  const opCell = parseOperatorCell(input.operator);
  if (opCell === 'unrecognized') {
    messages.push(msg('operatorCellUnrecognized', { value: rawText(input.operator ?? null) }));
  }
  const cellOp = opCell === 'unrecognized' ? null : opCell;
  const unitCell = parseUnitCell(input.unit);
  const cellUnit: Unit | null = unitCell === 'qualitative' ? null : unitCell;

  if (target === null) return fail('empty', raw);
  if (isCellError(target)) return fail('cellError', raw, { value: target.error });
  if (typeof target === 'boolean') return fail('booleanValue', raw);

  if (typeof target === 'number') {
    const value = fromNumber(target);
    if (!value) return fail('notANumber', raw);
    if (isPercentFormat(input.numberFormat)) {
      messages.push(msg('percentFromFormat', { value: raw }));
      return {
        ok: true,
        kind: 'quantitative',
        operator: cellOp,
        value: value.times(100),
        unit: PERCENT_UNIT,
        raw,
        messages,
      };
    }
    if (unitCell === 'qualitative') messages.push(msg('qualitativeUnitWithNumber', { value: raw }));
    return {
      ok: true,
      kind: 'quantitative',
      operator: cellOp,
      value,
      unit: cellUnit,
      raw,
      messages,
    };
  }

  const t = normalize(target);
  if (t === '') return fail('empty', raw);
  if (isPlaceholder(t)) return fail('placeholder', raw);
  const text = displayText(target);
  const scan = scanQuantity(t);
  switch (scan.kind) {
    case 'malformed':
      return fail('malformedNumber', raw);
    case 'none':
    case 'phrase':
      return qualitative(raw, text, messages);
    case 'date':
      messages.push(msg('dateTarget', { value: text }));
      return qualitative(raw, text, messages);
    case 'many':
      messages.push(msg('compoundTarget', { value: text }));
      return qualitative(raw, text, messages);
    case 'one':
      break;
  }

  // Operators in the text: before the number, words after it, and a symbol after it (20≤),
  // which forms use to mean "at most 20" (or "at least" for ≥): read as if written before.
  const inline = agree([...scan.before, ...scan.wordsAfter]);
  let op = inline.op;
  if (inline.conflict) messages.push(msg('operatorConflict', { value: text }));
  if (scan.symbolAfter) {
    if (op === null && !inline.conflict) {
      op = scan.symbolAfter;
      messages.push(
        msg('operatorReversed', {
          value: text,
          read: `${OPERATOR_SIGN[op]}${scan.value.toString()}`,
        }),
      );
    } else if (op !== null && agree([op, scan.symbolAfter]).conflict) {
      messages.push(msg('operatorConflict', { value: text }));
      op = null;
    }
  }
  if (op === null && !inline.conflict && cellOp) op = cellOp;
  else if (op !== null && cellOp && agree([op, cellOp]).conflict) {
    messages.push(
      msg('operatorCellConflict', {
        value: text,
        cell: OPERATOR_SIGN[cellOp],
        used: OPERATOR_SIGN[op],
      }),
    );
  }

  let unit = scan.unit;
  if (unit && cellUnit && unit.base !== cellUnit.base) {
    messages.push(msg('unitCellConflict', { value: text, cell: cellUnit.text, used: unit.text }));
  }
  if (!unit) unit = cellUnit;

  if (scan.period) messages.push(msg('perPeriodTarget', { value: text, period: scan.period }));
  if (scan.approximate) messages.push(msg('approximateValue', { value: text }));

  const bare = op === null && !inline.conflict && input.operator === undefined;
  return {
    ok: true,
    kind: 'quantitative',
    operator: op,
    value: scan.value,
    unit,
    raw,
    messages,
    ...(bare ? { bare: true } : {}),
  };
}
