/** Number formats of a styles part: the format code of every cell style (`s` index). */
import { richBody } from './native';
import { attr, children, decodeXml, findTag, rootTag } from './xml';

/** Excel's built-in number formats (the ids a styles part may use without declaring them). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Whether a format shows a date or time (as ExcelJS and Excel decide: a y/m/d/h/s outside quotes). */
export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  const f = fmt
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhsYMDHS]/.test(f.replace(/General/gi, ''));
}

export interface CellStyles {
  /** Format code per cell style index. */
  formats: string[];
  /** Whether each cell style shows a date. */
  dates: boolean[];
  /** Declared custom formats, id → code. */
  custom: Map<number, string>;
}

export function readStyles(xml: string | null): CellStyles {
  const custom = new Map<number, string>();
  const formats: string[] = [];
  const dates: boolean[] = [];
  if (!xml) return { formats, dates, custom };
  const root = rootTag(xml);
  if (!root) return { formats, dates, custom };
  for (const { tag } of children(xml, root)) {
    if (tag.name === 'numFmts') {
      for (const n of children(xml, tag)) {
        if (n.tag.name !== 'numFmt') continue;
        const id = Number(attr(xml, n.tag, 'numFmtId'));
        const code = attr(xml, n.tag, 'formatCode');
        if (Number.isFinite(id) && code !== null) custom.set(id, code);
      }
    } else if (tag.name === 'cellXfs') {
      for (const x of children(xml, tag)) {
        if (x.tag.name !== 'xf') continue;
        const id = Number(attr(xml, x.tag, 'numFmtId') ?? 0);
        const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
        formats.push(code);
        dates.push(isDateFormat(code));
      }
    }
  }
  return { formats, dates, custom };
}

/**
 * The shared strings, rich text flattened, phonetic runs left out, `_xHHHH_` decoded. `rich`, when
 * given, receives the body of every item that is not one plain `<t>` (its runs), by index.
 */
export function readSharedStrings(xml: string | null, rich?: Map<number, string>): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const root = rootTag(xml);
  if (!root) return out;
  let i = root.end;
  for (;;) {
    const si = findTag(xml, 'si', i);
    if (!si) break;
    if (si.selfClosing) {
      out.push('');
      i = si.end;
      continue;
    }
    const close = xml.indexOf(`</${si.qname}>`, si.end);
    const end = close < 0 ? xml.length : close;
    out.push(stringItemText(xml, si.end, end));
    if (rich) {
      const body = richBody(xml, si.end, end);
      if (body !== null) rich.set(out.length - 1, body);
    }
    i = end;
  }
  return out;
}

/** The text of an `<si>` or `<is>` body: every `<t>` outside `<rPh>`. */
export function stringItemText(doc: string, from: number, to: number): string {
  // Work on the item alone: searches must never run past it (linear in the part).
  const xml = doc.slice(from, to);
  const plain = /^<(\w+:)?t(\s[^>]*)?>([^<]*)<\/(\w+:)?t>$/.exec(xml);
  if (plain) return decodeOoxml(decodeXml(plain[3]));
  const body =
    xml.indexOf('rPh') < 0 ? xml : xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let text = '';
  let i = 0;
  for (;;) {
    const t = findTag(body, 't', i);
    if (!t) break;
    if (t.selfClosing) {
      i = t.end;
      continue;
    }
    const close = body.indexOf('</', t.end);
    const end = close < 0 ? body.length : close;
    text += body.slice(t.end, end);
    i = end;
  }
  return decodeOoxml(decodeXml(text));
}

function decodeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
