/**
 * Reads a worksheet part into the host-neutral snapshot: values and types, formulas (shared ones
 * moved to each cell), number formats, merges, hidden rows and columns, protection.
 *
 * One pass over the text; merges are collected in a list (linear, whatever their number); rows
 * without any value keep no arrays, so a sheet of a million formatted empty rows costs little.
 */
import { colName } from '../../../snapshot/a1';
import { dateText } from '../../../snapshot/cells';
import type { CellRange, CellValue, SheetSnapshot } from '../../../snapshot/types';
import { colNumber, slideFormula } from './formula';
import type { CellStyles } from './styles';
import { stringItemText } from './styles';
import { nativeBoolean, nativeDate, nativeRuns, nativeSerial, richBody } from './native';
import { decodeXml, nextTag, rawAttrIn, type Tag } from './xml';

export interface SheetContext {
  strings: readonly string[];
  /** Bodies of the shared strings in several formats (rich text), by index. */
  rich?: ReadonlyMap<number, string>;
  styles: CellStyles;
  date1904: boolean;
}

export function serialToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - (date1904 ? 24107 : 25569)) * 86400000));
}

function decodeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attrsText(xml: string, t: Tag): string {
  return xml.slice(t.start + 1 + t.qname.length, t.end);
}

function flag(v: string | null): boolean {
  return v === '1' || v === 'true';
}

/** The text between a start tag and the next `</`. */
function innerText(xml: string, t: Tag): string {
  if (t.selfClosing) return '';
  const close = xml.indexOf('</', t.end);
  return xml.slice(t.end, close < 0 ? xml.length : close);
}

export function readSheet(xml: string, name: string, ctx: SheetContext): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  const merges: CellRange[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const native: Record<string, string> = {};
  let hasNative = false;
  let isProtected = false;
  let row = 0;
  let col = 0;
  let i = 0;
  const { strings, styles, date1904, rich } = ctx;

  for (;;) {
    const t = nextTag(xml, i);
    if (!t) break;
    i = t.end;
    if (t.closing) continue;
    switch (t.name) {
      case 'row': {
        const a = attrsText(xml, t);
        const r = rawAttrIn(a, 'r');
        row = r !== null ? Number(r) : row + 1;
        col = 0;
        if (flag(rawAttrIn(a, 'hidden'))) hiddenRows.push(row - 1);
        break;
      }
      case 'c': {
        const a = attrsText(xml, t);
        const ref = rawAttrIn(a, 'r');
        if (ref !== null) {
          let k = 0;
          while (k < ref.length && ref.charCodeAt(k) > 0x39) k++;
          col = colNumber(ref.slice(0, k).replace(/\$/g, '').toUpperCase());
          const rr = Number(ref.slice(k).replace(/\$/g, ''));
          if (rr > 0) row = rr;
        } else col++;
        const type = rawAttrIn(a, 't');
        const s = rawAttrIn(a, 's');
        const style = s === null ? 0 : Number(s);
        let v: string | null = null;
        let f: string | null = null;
        let inline: string | null = null;
        let inlineRuns: string | null = null;
        if (!t.selfClosing) {
          const close = xml.indexOf(`</${t.qname}>`, t.end);
          const end = close < 0 ? xml.length : close;
          let j = t.end;
          // The usual body, `<v>…</v>` alone, without walking its tags.
          if (xml.startsWith('<v>', t.end)) {
            const ve = xml.indexOf('</v>', t.end + 3);
            if (ve >= 0 && ve + 4 === end) {
              v = decodeXml(xml.slice(t.end + 3, ve));
              j = end;
            }
          }
          for (;;) {
            const u = nextTag(xml, j);
            if (!u || u.start >= end) break;
            j = u.end;
            if (u.closing) continue;
            if (u.name === 'v') v = decodeXml(innerText(xml, u));
            else if (u.name === 'f') {
              const fa = attrsText(xml, u);
              const ft = rawAttrIn(fa, 't');
              const text = decodeXml(innerText(xml, u));
              const si = rawAttrIn(fa, 'si');
              if (ft === 'shared' && si !== null) {
                if (text !== '') {
                  shared.set(si, { formula: text, row, col });
                  f = text;
                } else {
                  const m = shared.get(si);
                  if (m) f = slideFormula(m.formula, row - m.row, col - m.col);
                }
              } else if (ft !== 'dataTable' && text !== '') f = text;
            } else if (u.name === 'is') {
              const isClose = xml.indexOf(`</${u.qname}>`, u.end);
              inline = stringItemText(xml, u.end, isClose < 0 ? end : isClose);
              inlineRuns = richBody(xml, u.end, isClose < 0 ? end : isClose);
              j = isClose < 0 ? end : isClose;
            }
          }
          i = close < 0 ? xml.length : close;
        }
        let value: CellValue = null;
        let nat: string | null = null;
        if (type === 'inlineStr') {
          value = inline ?? (v !== null ? decodeOoxml(v) : null);
          if (inlineRuns !== null) nat = nativeRuns(inlineRuns, null);
        } else if (v !== null) {
          switch (type) {
            case 's': {
              value = strings[Number(v)] ?? null;
              const runs = rich?.get(Number(v));
              if (runs !== undefined) nat = nativeRuns(runs, Number(v));
              break;
            }
            case 'str':
              // An empty formula result reads as blank, as ExcelJS read it.
              value = v === '' ? null : decodeOoxml(v);
              break;
            case 'b':
              value = v === '1' || v === 'true';
              nat = nativeBoolean(v);
              break;
            case 'e':
              value = { error: v };
              break;
            case 'd':
              value = dateText(new Date(v.endsWith('Z') || v.length <= 10 ? v : v + 'Z'));
              nat = nativeDate(v);
              break;
            default: {
              const n = Number(v);
              if (v === '' || !Number.isFinite(n)) value = v === '' ? null : v;
              else if (styles.dates[style]) {
                const text = dateText(serialToDate(n, date1904));
                value = text;
                nat = nativeSerial(v, n, text, date1904);
              } else value = n;
            }
          }
        }
        if (value === null && f === null) {
          // A cell with a style only: keep its format where the row already has content.
          const r0 = values[row - 1];
          if (r0 !== undefined && s !== null) {
            setAt(numberFormats[row - 1], col - 1, styles.formats[style] ?? 'General');
            setAt(r0, col - 1, null);
          }
          break;
        }
        let vr = values[row - 1];
        if (vr === undefined) {
          vr = values[row - 1] = [];
          numberFormats[row - 1] = [];
          formulas[row - 1] = [];
        }
        setAt(vr, col - 1, value);
        setAt(numberFormats[row - 1], col - 1, styles.formats[style] ?? 'General');
        if (f !== null) setAt(formulas[row - 1], col - 1, '=' + f);
        else if (nat !== null) {
          native[colName(col) + row] = nat;
          hasNative = true;
        }
        break;
      }
      case 'col': {
        const a = attrsText(xml, t);
        if (flag(rawAttrIn(a, 'hidden'))) {
          const min = Number(rawAttrIn(a, 'min'));
          const max = Math.min(Number(rawAttrIn(a, 'max') ?? min), 16384);
          for (let c = min; c <= max; c++) hiddenColumns.push(c - 1);
        }
        break;
      }
      case 'mergeCell': {
        const ref = rawAttrIn(attrsText(xml, t), 'ref');
        const m = ref && /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
        if (m) {
          const l = colNumber(m[1].toUpperCase()) - 1;
          const tp = Number(m[2]) - 1;
          const rgt = m[3] ? colNumber(m[3].toUpperCase()) - 1 : l;
          const btm = m[4] ? Number(m[4]) - 1 : tp;
          merges.push({
            top: Math.min(tp, btm),
            left: Math.min(l, rgt),
            bottom: Math.max(tp, btm),
            right: Math.max(l, rgt),
          });
        }
        break;
      }
      case 'sheetProtection':
        isProtected = flag(rawAttrIn(attrsText(xml, t), 'sheet'));
        break;
      case 'extLst':
      case 'drawing':
      case 'legacyDrawing': {
        // Nothing the snapshot needs lives below these.
        const close = xml.indexOf(`</${t.qname}>`, t.end);
        if (!t.selfClosing && close >= 0) i = close;
        break;
      }
      default:
        break;
    }
  }
  // Ragged arrays: fill holes so that every row is an array.
  for (let r = 0; r < values.length; r++) {
    if (values[r] === undefined) {
      values[r] = [];
      numberFormats[r] = [];
      formulas[r] = [];
    } else {
      fillHoles(values[r], null);
      fillHoles(numberFormats[r], 'General');
      fillHoles(formulas[r], null);
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    name,
    values,
    numberFormats,
    formulas,
    merges,
    hiddenRows,
    hiddenColumns,
    protected: isProtected,
    printArea: null,
    ...(hasNative ? { native } : {}),
  };
}

function setAt<T>(arr: T[] | undefined, i: number, v: T): void {
  if (!arr || i < 0) return;
  arr[i] = v;
}

function fillHoles<T>(arr: T[], v: T): void {
  for (let i = 0; i < arr.length; i++) if (!(i in arr)) arr[i] = v;
}
