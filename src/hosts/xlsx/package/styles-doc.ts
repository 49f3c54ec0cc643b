/**
 * The styles part open for appending: cell styles, fills, number formats and differential formats
 * the plan needs are added at the end of their lists; no existing index changes. A style equal to
 * one already present (apart from the `apply…` flags) is reused, so writing and undoing returns
 * every cell to the style index it had.
 */
import { BUILTIN_FORMATS } from './styles';
import { attributes, children, escapeAttr, rootTag, setAttr, type Tag } from './xml';

const SECTION_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Section {
  items: string[];
  added: string[];
}

function keyOfXf(xf: string): string {
  const t = rootTag(xf) as Tag;
  const attrs = attributes(xf, t)
    .filter(([k]) => !k.startsWith('apply'))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const inner = t.selfClosing ? '' : xf.slice(t.end, xf.lastIndexOf('</'));
  return JSON.stringify([attrs, inner]);
}

export class StylesDoc {
  private xml: string;
  private readonly sections = new Map<string, Section>();
  private readonly xfKeys = new Map<string, number>();
  private readonly customFormats = new Map<number, string>();
  private readonly prefix: string;
  changed = false;

  constructor(xml: string) {
    this.xml = xml;
    const root = rootTag(xml) as Tag;
    const colon = root.qname.indexOf(':');
    this.prefix = colon > 0 ? root.qname.slice(0, colon) + ':' : '';
    for (const { tag } of children(xml, root)) {
      if (!SECTION_ORDER.includes(tag.name)) continue;
      this.sections.set(tag.name, {
        items: children(xml, tag).map((c) => xml.slice(c.tag.start, c.end)),
        added: [],
      });
    }
    for (const n of this.section('numFmts').items) {
      const t = rootTag(n) as Tag;
      const a = new Map(attributes(n, t));
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (Number.isFinite(id) && code !== undefined) this.customFormats.set(id, decode(code));
    }
    this.section('cellXfs').items.forEach((x, i) => {
      const k = keyOfXf(x);
      if (!this.xfKeys.has(k)) this.xfKeys.set(k, i);
    });
  }

  private section(name: string): Section {
    let s = this.sections.get(name);
    if (!s) {
      s = { items: [], added: [] };
      this.sections.set(name, s);
    }
    return s;
  }

  private el(fragment: string): string {
    return this.prefix === ''
      ? fragment
      : fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${this.prefix}$2`);
  }

  private append(section: string, item: string, dedupe: boolean): number {
    const s = this.section(section);
    if (dedupe) {
      const a = s.added.indexOf(item);
      if (a >= 0) return s.items.length + a;
      const o = s.items.indexOf(item);
      if (o >= 0) return o;
    }
    s.added.push(item);
    this.changed = true;
    return s.items.length + s.added.length - 1;
  }

  xfCount(): number {
    const s = this.section('cellXfs');
    return s.items.length + s.added.length;
  }

  private xf(i: number): string {
    const s = this.section('cellXfs');
    return (
      (i < s.items.length ? s.items[i] : s.added[i - s.items.length]) ??
      this.el('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>')
    );
  }

  /** The number format id of a format code, adding a custom format when needed. */
  formatId(code: string): number {
    for (const [id, c] of this.customFormats) if (c === code) return id;
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) {
      const n = Number(id);
      if (c === code && (n <= 22 || (n >= 37 && n <= 49))) return n;
    }
    let next = 164;
    for (const id of this.customFormats.keys()) next = Math.max(next, id + 1);
    this.customFormats.set(next, code);
    this.append(
      'numFmts',
      this.el(`<numFmt numFmtId="${next}" formatCode="${escapeAttr(code)}"/>`),
      false,
    );
    return next;
  }

  formatOf(styleIndex: number): string {
    const t = rootTag(this.xf(styleIndex)) as Tag;
    const id = Number(new Map(attributes(this.xf(styleIndex), t)).get('numFmtId') ?? 0);
    return this.customFormats.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  }

  /** A cell style like `base` but with the given number format and/or fill. */
  derive(base: number, change: { numberFormat?: string; fill?: string | null }): number {
    let xf = this.xf(base);
    const open = (rootTag(xf) as Tag).end;
    let tag = xf.slice(0, open);
    const rest = xf.slice(open);
    if (change.numberFormat !== undefined) {
      const id = this.formatId(change.numberFormat);
      tag = setAttr(tag, 'numFmtId', String(id));
      tag = setAttr(tag, 'applyNumberFormat', id === 0 ? null : '1');
    }
    if (change.fill !== undefined) {
      const fillId =
        change.fill === null
          ? 0
          : this.append(
              'fills',
              this.el(
                `<fill><patternFill patternType="solid"><fgColor rgb="FF${change.fill.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`,
              ),
              true,
            );
      tag = setAttr(tag, 'fillId', String(fillId));
      tag = setAttr(tag, 'applyFill', fillId === 0 ? null : '1');
    }
    xf = tag + rest;
    const key = keyOfXf(xf);
    const have = this.xfKeys.get(key);
    if (have !== undefined) return have;
    const i = this.append('cellXfs', xf, false);
    this.xfKeys.set(key, i);
    return i;
  }

  /** A differential format for a conditional format. */
  dxf(style: { fill?: string; fontColor?: string; bold?: boolean }): number {
    let font = '';
    if (style.bold || style.fontColor) {
      font = `<font>${style.bold ? '<b/>' : ''}${style.fontColor ? `<color rgb="FF${style.fontColor.slice(1).toUpperCase()}"/>` : ''}</font>`;
    }
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="FF${style.fill.slice(1).toUpperCase()}"/></patternFill></fill>`
      : '';
    return this.append('dxfs', this.el(`<dxf>${font}${fill}</dxf>`), true);
  }

  toString(): string {
    let xml = this.xml;
    for (const name of SECTION_ORDER) {
      const s = this.sections.get(name);
      if (!s || s.added.length === 0) continue;
      const root = rootTag(xml) as Tag;
      const kids = children(xml, root);
      const have = kids.find((k) => k.tag.name === name);
      const count = s.items.length + s.added.length;
      if (have) {
        let open = xml.slice(have.tag.start, have.tag.end);
        if (have.tag.selfClosing) open = open.slice(0, -2) + '>';
        open = setAttr(open, 'count', String(count));
        const inner = have.tag.selfClosing
          ? ''
          : xml.slice(have.tag.end, have.end - (have.tag.qname.length + 3));
        const text = `${open}${inner}${s.added.join('')}</${have.tag.qname}>`;
        xml = xml.slice(0, have.tag.start) + text + xml.slice(have.end);
      } else {
        const rank = SECTION_ORDER.indexOf(name);
        const next = kids.find((k) => SECTION_ORDER.indexOf(k.tag.name) > rank);
        const at = next ? next.tag.start : xml.lastIndexOf(`</${root.qname}`);
        const text =
          this.el(`<${name} count="${count}">`) + s.added.join('') + this.el(`</${name}>`);
        xml = xml.slice(0, at) + text + xml.slice(at);
      }
    }
    return xml;
  }
}

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, n: string) =>
    n === 'lt' ? '<' : n === 'gt' ? '>' : n === 'amp' ? '&' : n === 'quot' ? '"' : "'",
  );
}
