/**
 * A small XML tokenizer for the parts of an .xlsx package: it walks tags by position in the text,
 * so a reader takes what it needs and a patcher splices new text between untouched slices.
 *
 * Tolerant on purpose: element and attribute names are matched by their local name, whatever
 * prefix the writer chose (`x:c`, `xdr:pic` or none); comments, processing instructions, CDATA
 * and DOCTYPE are skipped. No DTD is ever interpreted (no entity expansion).
 */

export interface Tag {
  /** Local name (`c` for `<x:c>`). */
  name: string;
  /** Qualified name as written. */
  qname: string;
  /** Offset of `<` and just past `>`. */
  start: number;
  end: number;
  /** `</name>` */
  closing: boolean;
  /** `<name/>` */
  selfClosing: boolean;
}

/** The next tag at or after `from`, or null. Skips comments, PIs, CDATA and declarations. */
export function nextTag(xml: string, from: number): Tag | null {
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return null;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) return null;
      i = e + 2;
      continue;
    }
    if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e < 0) return null;
        i = e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        if (e < 0) return null;
        i = e + 3;
      } else {
        const e = xml.indexOf('>', lt + 2);
        if (e < 0) return null;
        i = e + 1;
      }
      continue;
    }
    const closing = c === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let j = nameStart;
    while (j < xml.length) {
      const d = xml.charCodeAt(j);
      if (d === 0x20 || d === 0x3e || d === 0x2f || d === 0x09 || d === 0x0a || d === 0x0d) break;
      j++;
    }
    const qname = xml.slice(nameStart, j);
    const end = tagEnd(xml, j);
    if (end < 0) return null;
    const colon = qname.indexOf(':');
    return {
      name: colon < 0 ? qname : qname.slice(colon + 1),
      qname,
      start: lt,
      end,
      closing,
      selfClosing: !closing && xml.charCodeAt(end - 2) === 0x2f,
    };
  }
}

/** Offset just past the `>` that ends a tag, honouring quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i + 1;
  }
  return -1;
}

/** Offset just past the end of the element whose start tag is `open` (its `</name>`). */
export function elementEnd(xml: string, open: Tag): number {
  if (open.selfClosing) return open.end;
  let depth = 1;
  let i = open.end;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t) return xml.length;
    if (t.qname === open.qname) {
      if (t.closing) depth--;
      else if (!t.selfClosing) depth++;
      if (depth === 0) return t.end;
    }
    i = t.end;
  }
}

/** Start tags of the direct children of the element opened by `parent`. */
export function children(xml: string, parent: Tag): { tag: Tag; end: number }[] {
  const out: { tag: Tag; end: number }[] = [];
  if (parent.selfClosing) return out;
  let i = parent.end;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t || t.closing) return out;
    const end = elementEnd(xml, t);
    out.push({ tag: t, end });
    i = end;
  }
}

/** The first start tag with local name `name` at or after `from` (before `to`). */
export function findTag(xml: string, name: string, from = 0, to = xml.length): Tag | null {
  let i = from;
  for (;;) {
    const t = nextTag(xml, i);
    if (!t || t.start >= to) return null;
    if (!t.closing && t.name === name) return t;
    i = t.end;
  }
}

/** The root element's start tag. */
export function rootTag(xml: string): Tag | null {
  const t = nextTag(xml, 0);
  return t && !t.closing ? t : null;
}

/** An attribute's decoded value, matched by local name (`id` finds `r:id`); null if absent. */
export function attr(xml: string, tag: Tag, name: string): string | null {
  const raw = rawAttr(xml, tag, name);
  return raw === null ? null : decodeXml(raw);
}

export function rawAttr(xml: string, tag: Tag, name: string): string | null {
  const s = xml.slice(tag.start + 1 + tag.qname.length, tag.end);
  return rawAttrIn(s, name);
}

/** The raw value of an attribute in the attribute text of a tag. */
export function rawAttrIn(s: string, name: string): string | null {
  // Fast path: `name="…"` preceded by white space or a prefix colon.
  const key = name + '=';
  let i = s.indexOf(key);
  while (i >= 0) {
    const before = i > 0 ? s.charCodeAt(i - 1) : 0x20;
    const q = s.charCodeAt(i + key.length);
    const boundary = before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d;
    const prefixed = before === 0x3a && !isXmlnsPrefix(s, i - 1);
    if ((boundary || prefixed) && (q === 0x22 || q === 0x27)) {
      if (!insideQuotes(s, i)) {
        const close = s.indexOf(String.fromCharCode(q), i + key.length + 1);
        if (close < 0) return null;
        return s.slice(i + key.length + 1, close);
      }
    }
    i = s.indexOf(key, i + 1);
  }
  if (s.indexOf(' =') < 0 && s.indexOf('= ') < 0 && s.indexOf('=\n') < 0) return null;
  return rawAttrSlow(s, name);
}

function isXmlnsPrefix(s: string, colon: number): boolean {
  return colon >= 5 && s.slice(colon - 5, colon) === 'xmlns';
}

/** Whether offset `at` lies inside a quoted attribute value. */
function insideQuotes(s: string, at: number): boolean {
  let quote = 0;
  for (let k = 0; k < at; k++) {
    const c = s.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
  }
  return quote !== 0;
}

function rawAttrSlow(s: string, name: string): string | null {
  let i = 0;
  for (;;) {
    const eq = s.indexOf('=', i);
    if (eq < 0) return null;
    let k = eq - 1;
    while (k >= 0 && /\s/.test(s[k])) k--;
    let b = k;
    while (b >= 0 && !/[\s"'<]/.test(s[b])) b--;
    const qn = s.slice(b + 1, k + 1);
    let q = eq + 1;
    while (q < s.length && /\s/.test(s[q])) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") return null;
    const close = s.indexOf(quote, q + 1);
    if (close < 0) return null;
    const colon = qn.indexOf(':');
    const local = colon < 0 ? qn : qn.slice(colon + 1);
    if (local === name && qn.slice(0, colon) !== 'xmlns') return s.slice(q + 1, close);
    i = close + 1;
  }
}

/** All attributes of a start tag, qualified name → raw value, in document order. */
export function attributes(xml: string, tag: Tag): [string, string][] {
  const s = xml.slice(tag.start + 1 + tag.qname.length, tag.end);
  const out: [string, string][] = [];
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push([m[1], m[3] ?? m[4] ?? '']);
  return out;
}

/** The text content between a start tag and its end (entities decoded; tags dropped). */
export function textOf(xml: string, open: Tag, end: number): string {
  if (open.selfClosing) return '';
  const inner = xml.slice(open.end, end - (open.qname.length + 3));
  return decodeXml(inner.indexOf('<') < 0 ? inner : inner.replace(/<[^>]*>/g, ''));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body] ?? all;
  });
}

/** Escapes text content. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

/** Spreadsheet text escapes: `_x0001_` for characters XML cannot carry. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function encodeOoxmlEscapes(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /_(x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (m, lit: string | undefined) =>
      lit ? `_x005F_${lit}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Replaces or adds an attribute in the start tag text `tagText` (`<c r="A1" s="3">`). */
export function setAttr(tagText: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name.replace(/[:]/g, '\\:')}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(tagText)) {
    return value === null
      ? tagText.replace(re, '')
      : tagText.replace(re, `$1${name}="${escapeAttr(value)}"`);
  }
  if (value === null) return tagText;
  const close = tagText.endsWith('/>') ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, close)} ${name}="${escapeAttr(value)}"${tagText.slice(close)}`;
}

/** Adds a namespace prefix to every element of a fragment written without one. */
export function prefixed(fragment: string, prefix: string): string {
  if (prefix === '') return fragment;
  return fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}
