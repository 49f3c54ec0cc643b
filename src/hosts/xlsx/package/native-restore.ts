/**
 * Undo's side of the package's native cell encoding (see `native.ts`): the cell to write back for
 * what the registry recorded, after checking it.
 */
import { unprefixed } from './native';
import { dateText } from '../../../snapshot/cells';
import { serialToDate } from './sheet';
import { stringItemText } from './styles';
import { nextTag } from './xml';

/** Elements a string item body may hold (CT_Rst, CT_RElt, CT_RPrElt, CT_PhoneticRun …). */
const RUN_ELEMENTS: ReadonlySet<string> = new Set([
  'r',
  'rPr',
  't',
  'rPh',
  'phoneticPr',
  'rFont',
  'charset',
  'family',
  'b',
  'i',
  'strike',
  'outline',
  'shadow',
  'condense',
  'extend',
  'color',
  'sz',
  'u',
  'vertAlign',
  'scheme',
]);

/** Whether a body holds only known elements, well nested, and no markup but tags. */
function safeBody(body: string): boolean {
  if (/<[!?]/.test(body)) return false;
  const open: string[] = [];
  let i = 0;
  for (;;) {
    const lt = body.indexOf('<', i);
    if (lt < 0) break;
    const t = nextTag(body, lt);
    if (!t || t.start !== lt || t.qname !== t.name || !RUN_ELEMENTS.has(t.name)) return false;
    if (t.closing) {
      if (open.pop() !== t.name) return false;
    } else if (!t.selfClosing) open.push(t.name);
    i = t.end;
  }
  return open.length === 0;
}

export interface NativeCell {
  /** The cell's `t` attribute. */
  type: 's' | 'inlineStr' | 'd' | 'b' | null;
  /** The cell's body, unprefixed (`<v>…</v>` or `<is>…</is>`). */
  body: string;
}

/**
 * The cell to write back for a recorded native encoding, or null when it is not one this package
 * host wrote, is damaged, or no longer matches the recorded value (the plain value is written).
 * `sharedItem(i)`: the body of shared string i as it stands now (unprefixed), for reusing it.
 */
export function nativeCell(
  native: string,
  value: string | number | null,
  date1904: boolean,
  sharedItem: (i: number) => string | null,
): NativeCell | null {
  const colon = native.indexOf(':');
  const kind = native.slice(0, colon);
  const data = native.slice(colon + 1);
  if (kind === 'runs') {
    const c2 = data.indexOf(':');
    if (c2 < 0 || typeof value !== 'string') return null;
    const index = data.slice(0, c2);
    const body = data.slice(c2 + 1);
    if (!safeBody(body) || stringItemText(body, 0, body.length) !== value) return null;
    if (/^\d+$/.test(index) && sharedItem(Number(index)) === body) {
      return { type: 's', body: `<v>${index}</v>` };
    }
    return { type: 'inlineStr', body: `<is>${body}</is>` };
  }
  if (kind === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(data)) return null;
    const d = new Date(data.endsWith('Z') || data.length <= 10 ? data : data + 'Z');
    if (dateText(d) !== value) return null;
    return { type: 'd', body: `<v>${data}</v>` };
  }
  if (kind === 'bool') {
    const on = data === '1' || data === 'true';
    if (!/^(0|1|true|false)$/.test(data) || value !== (on ? 'TRUE' : 'FALSE')) return null;
    return { type: 'b', body: `<v>${data}</v>` };
  }
  if (kind === 'serial') {
    const n = Number(data);
    if (data === '' || !Number.isFinite(n) || dateText(serialToDate(n, date1904)) !== value) {
      return null;
    }
    return { type: null, body: `<v>${data}</v>` };
  }
  return null;
}

/** Every string item body of a shared strings part that is not one plain `<t>`, by index. */
export function richItems(xml: string | null): (i: number) => string | null {
  let items: (string | null)[] | null = null;
  return (i) => {
    if (items === null) {
      items = [];
      if (xml) {
        const re = /<(\w+:)?si\b[^>]*?(\/>|>([\s\S]*?)<\/(\w+:)?si>)/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(xml))) items.push(m[3] === undefined ? null : unprefixed(m[3]));
      }
    }
    return items[i] ?? null;
  };
}
