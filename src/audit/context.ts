/** What every audit step shares: the profile, the language, and number/text helpers. */
import type { CellRef } from '../model/cell';
import type { Lang } from '../messages/reasons';
import { reasonText } from '../messages/reasons';
import { auditText, type AuditParams, type AuditTextCode } from '../messages/audit';
import {
  D,
  parseNumber,
  toNumber,
  type Decimal,
  type Message,
  type NumberResult,
  type Profile,
} from '../rules';
import { contentId, Memo, reserveIds } from './memo';
import type { CellValue, SheetSnapshot } from '../snapshot/types';
import { isCellError } from '../snapshot/types';

export interface AuditContext {
  profile: Profile;
  lang: Lang;
  /** The sheet the table was recognized on, for checks beyond the model (e.g. malformed numbers). */
  sheet: SheetSnapshot | null;
}

const numbers = new Memo<number, NumberResult>();

/** parseNumber, memoised on the raw value and format (the rules are pure). */
export function parseCell(value: CellValue, numberFormat: string | null): NumberResult {
  reserveIds(1);
  const id = contentId(value, numberFormat);
  return numbers.peek(id) ?? numbers.put(id, parseNumber(value, numberFormat));
}

/** A cell as a number (text numbers and percent formats read as Excel means them), or null. */
export function numberOf(cell: CellRef | null | undefined): Decimal | null {
  if (!cell) return null;
  const r = parseCell(cell.value, cell.numberFormat);
  return r.ok ? r.value : null;
}

export function num(d: Decimal | null | undefined): number | null {
  return d === null || d === undefined ? null : toNumber(d);
}

/** A score or amount for messages: at most `decimals` places, no trailing zeros. */
export function show(d: Decimal | null | undefined, decimals = 2): string {
  if (d === null || d === undefined) return '—';
  return d.toDecimalPlaces(decimals, D.ROUND_HALF_UP).toString();
}

/** A fraction as a percentage for messages (0.7421 → 74.21%). */
export function showRate(d: Decimal | null | undefined): string {
  if (d === null || d === undefined) return '—';
  return `${d.times(100).toDecimalPlaces(2, D.ROUND_HALF_UP).toString()}%`;
}

/** The cell's content as the user sees it, for the report's `target`/`actual` strings. */
export function displayOf(cell: CellRef | null | undefined): string | null {
  if (!cell || cell.value === null) return null;
  reserveIds(1);
  const id = contentId(cell.value, cell.numberFormat);
  const hit = displays.peek(id);
  return hit !== undefined ? hit : displays.put(id, display(cell.value, cell.numberFormat));
}

const displays = new Memo<number, string | null>();

function display(v: CellValue, numberFormat: string | null): string | null {
  if (v === null) return null;
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') {
    if (numberFormat && numberFormat.includes('%')) {
      return `${new D(v).times(100).toDecimalPlaces(4).toString()}%`;
    }
    return String(v);
  }
  const t = String(v).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return t === '' ? null : t;
}

/**
 * The formula of a cell that holds one but no computed result (files written by programs such
 * as openpyxl or pandas, never calculated in Excel), else null: its value is unknown, not blank.
 */
export function notComputed(cell: CellRef | null | undefined): string | null {
  return cell && cell.formula && cell.value === null ? cell.formula : null;
}

export function ruleMessage(ctx: AuditContext, m: Message): string {
  return reasonText(m.code, m.params, ctx.lang);
}

export function auditMessage<K extends AuditTextCode>(
  ctx: AuditContext,
  code: K,
  params: AuditParams[K],
): string {
  return auditText(code, params, ctx.lang);
}

/** Prefixes a message with the cell it is about: `G12：…`. */
export function at(address: string | null | undefined, text: string): string {
  return address ? `${address}：${text}` : text;
}
