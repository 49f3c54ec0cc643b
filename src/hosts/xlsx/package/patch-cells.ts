/**
 * The patcher's cell edits: values and formulas written into a worksheet's cells, and fills. A
 * cell keeps the attributes it had (vm, ph …) and its style, derived anew only where the edit
 * asks for another number format or fill.
 */
import { colName } from '../../../snapshot/a1';
import type { SimpleEdit } from '../../../plan/edits';
import { parseA1, parseArea, slideFormula, withoutEquals } from './formula';
import { isDateFormat } from './styles';
import type { StylesDoc } from './styles-doc';
import type { WorksheetDoc } from './worksheet';
import type { NativeCell } from './native-restore';
import {
  attributes,
  decodeXml,
  encodeOoxmlEscapes,
  escapeText,
  nextTag,
  prefixed,
  rawAttrIn,
  type Tag,
} from './xml';

/** What cell edits need of the workbook: its styles, its date system, and a note of formulas. */
export interface CellContext {
  /** The styles part, opened (or added) on first use. */
  stylesDoc(): StylesDoc;
  /** The styles part when it is open already, else null. */
  readonly openStyles: StylesDoc | null;
  readonly date1904: boolean;
  /** A formula was written (the workbook then recalculates on load). */
  formulasChanged: boolean;
  /** A formula was replaced (the calculation chain then goes). */
  formulasDropped: boolean;
  /** The recorded original of a cell (rich text runs, a date type), checked; null: the value. */
  nativeCell(native: string, value: string | number | null): NativeCell | null;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A date text as the snapshot shows it, back to a serial number (1900 or 1904 system). */
function dateSerial(text: string, date1904: boolean): number | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (Number.isNaN(ms)) return null;
  return ms / 86400000 + (date1904 ? 24107 : 25569);
}

function numberText(n: number): string {
  return String(n);
}

function styleOf(cellXml: string | null): number {
  if (cellXml === null) return 0;
  const s = rawAttrIn(cellXml.slice(0, (nextTag(cellXml, 0) as Tag).end), 's');
  return s === null ? 0 : Number(s);
}

function innerOf(cellXml: string): string {
  const t = nextTag(cellXml, 0) as Tag;
  if (t.selfClosing) return '';
  return cellXml.slice(t.end, cellXml.lastIndexOf('</'));
}

/**
 * A cell's start tag in one canonical order (r, s, t, then what else it had: vm, ph …), so
 * that writing the same cell twice gives the same text.
 */
function cellOpen(old: string | null, a1: string, style: number, type: string | null): string {
  let rest: [string, string][] = [];
  if (old !== null) {
    const t = nextTag(old, 0) as Tag;
    rest = attributes(old, t).filter(([k]) => k !== 'r' && k !== 's' && k !== 't' && k !== 'cm');
  }
  let open = `<c r="${a1}"`;
  if (style !== 0) open += ` s="${style}"`;
  if (type !== null) open += ` t="${type}"`;
  for (const [k, v] of rest) open += ` ${k}="${v}"`;
  return open + '>';
}

/** Writes a cell, or removes its element when it would be empty with the style it inherits. */
function putCell(
  doc: WorksheetDoc,
  row: number,
  col: number,
  open: string,
  body: string,
  style: number,
): void {
  if (
    body === '' &&
    style === doc.defaultStyle(row, col) &&
    /^<c r="[A-Z]+\d+"(\s+s="\d+")?>$/.test(open)
  ) {
    doc.setCell(row, col, null);
    return;
  }
  doc.setCell(row, col, body === '' ? open.replace(/>$/, '/>') : `${open}${body}</c>`);
}

export function writeCell(
  ctx: CellContext,
  doc: WorksheetDoc,
  edit: Extract<SimpleEdit, { kind: 'setFormula' | 'setValue' }>,
): void {
  const p = parseA1(edit.cell);
  if (!p) return;
  const a1 = edit.cell.replace(/\$/g, '');
  const old = doc.cell(p.row, p.col);
  const hadFormula = old !== null && /<(\w+:)?f[\s>/]/.test(old);
  let style = old === null ? doc.defaultStyle(p.row, p.col) : styleOf(old);
  if (edit.numberFormat !== undefined) {
    const styles = ctx.stylesDoc();
    if (styles.formatOf(style) !== edit.numberFormat) {
      style = styles.derive(style, { numberFormat: edit.numberFormat });
    }
  }
  const opened = ctx.openStyles;
  const format = edit.numberFormat ?? (opened ? opened.formatOf(style) : null);
  let body = '';
  let type: string | null = null;
  if (edit.kind === 'setFormula') {
    ctx.formulasChanged = true;
    const f = `<f>${escapeText(encodeOoxmlEscapes(withoutEquals(edit.formula)))}</f>`;
    const r = edit.result;
    if (typeof r === 'number' && Number.isFinite(r)) body = `${f}<v>${numberText(r)}</v>`;
    else if (typeof r === 'boolean') {
      type = 'b';
      body = `${f}<v>${r ? 1 : 0}</v>`;
    } else if (typeof r === 'string') {
      type = 'str';
      body = `${f}<v>${escapeText(encodeOoxmlEscapes(r))}</v>`;
    } else body = f;
  } else {
    if (hadFormula) ctx.formulasDropped = true;
    const v = edit.value;
    const nat = edit.native === undefined ? null : ctx.nativeCell(edit.native, v);
    if (nat) {
      type = nat.type;
      body = prefixed(nat.body, doc.prefix);
    } else if (typeof v === 'number' && Number.isFinite(v)) body = `<v>${numberText(v)}</v>`;
    else if (typeof v === 'string' && v !== '') {
      const serial = isDateFormat(format) ? dateSerial(v, ctx.date1904) : null;
      if (serial !== null) body = `<v>${numberText(serial)}</v>`;
      else {
        type = 'inlineStr';
        body = `<is><t xml:space="preserve">${escapeText(encodeOoxmlEscapes(v))}</t></is>`;
      }
    }
  }
  if (hadFormula && edit.kind === 'setFormula') ctx.formulasDropped = true;
  if (hadFormula && old !== null) unshareChildren(doc, p.row, p.col, old);
  putCell(doc, p.row, p.col, cellOpen(old, a1, style, type), body, style);
}

const FORMULA = /<((?:[\w.-]+:)?)f\b([^>]*?)(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?f>)/;

/**
 * Before a cell that holds the master of a shared formula is overwritten, the cells that share
 * it get the formula written out in full: without its master a shared formula has no text, and
 * a spreadsheet reads such a cell as broken (Excel repairs the file, openpyxl sees `=`).
 */
function unshareChildren(doc: WorksheetDoc, row: number, col: number, old: string): void {
  const m = FORMULA.exec(old);
  if (!m || rawAttrIn(m[2], 't') !== 'shared') return;
  const si = rawAttrIn(m[2], 'si');
  const ref = rawAttrIn(m[2], 'ref');
  const text = decodeXml(m[3] ?? '');
  if (si === null || ref === null || text === '') return;
  const area = parseArea(ref);
  if (!area) return;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (r === row && c === col) continue;
      const cell = doc.cell(r, c);
      const f = cell === null ? null : FORMULA.exec(cell);
      if (cell === null || !f || f.index === undefined) continue;
      if (rawAttrIn(f[2], 't') !== 'shared' || rawAttrIn(f[2], 'si') !== si) continue;
      if ((f[3] ?? '') !== '') continue; // the master of another block
      const own = escapeText(slideFormula(text, r - row, c - col));
      const full = `<${f[1]}f>${own}</${f[1]}f>`;
      doc.setCell(r, c, cell.slice(0, f.index) + full + cell.slice(f.index + f[0].length));
    }
  }
}

export function fill(
  ctx: CellContext,
  doc: WorksheetDoc,
  range: string,
  color: string | null,
): void {
  const area = parseArea(range.replace(/\$/g, ''));
  if (!area) return;
  const styles = ctx.stylesDoc();
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const old = doc.cell(r, c);
      const a1 = `${colName(c)}${r}`;
      const base = old === null ? doc.defaultStyle(r, c) : styleOf(old);
      const style = styles.derive(base, { fill: color });
      const type = old === null ? null : rawAttrIn(old.slice(0, (nextTag(old, 0) as Tag).end), 't');
      const inner = old === null ? '' : innerOf(old);
      putCell(doc, r, c, cellOpen(old, a1, style, type), inner, style);
    }
  }
}
