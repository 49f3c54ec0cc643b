/**
 * Number formats as Excel shows them, for the demo grid: sections (`pos;neg;zero;text`), quoted
 * literals (`"≥"General"%"` shows `≥95%` — a `%` inside quotes is text and does not multiply by
 * 100), backslash escapes, `General`, digit placeholders (`0`, `#`, `0.00`, `#,##0`), an unquoted
 * `%` (× 100), colours and conditions in brackets (ignored), `_x` (a space) and `*x` (ignored).
 */
type Token = { kind: 'lit'; text: string } | { kind: 'num'; spec: string } | { kind: 'general' };

function sections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function tokens(section: string): { list: Token[]; percent: boolean } {
  const list: Token[] = [];
  let percent = false;
  let num = '';
  const flush = (): void => {
    if (num) list.push({ kind: 'num', spec: num });
    num = '';
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      flush();
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      list.push({ kind: 'lit', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      flush();
      list.push({ kind: 'lit', text: section[i + 1] ?? '' });
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      flush();
      list.push({ kind: 'lit', text: ' ' });
      i++;
    } else if (ch === '*') {
      i++;
    } else if (/^general/i.test(section.slice(i))) {
      flush();
      list.push({ kind: 'general' });
      i += 6;
    } else if ('0#?.,'.includes(ch)) {
      num += ch;
    } else if (ch === '%') {
      flush();
      percent = true;
      list.push({ kind: 'lit', text: '%' });
    } else {
      flush();
      list.push({ kind: 'lit', text: ch });
    }
  }
  flush();
  return { list, percent };
}

function general(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}

function digits(v: number, spec: string): string {
  const [int, frac = ''] = spec.split('.');
  const decimals = (frac.match(/[0#?]/g) ?? []).length;
  const fixed = v.toFixed(decimals);
  let [ip, fp = ''] = fixed.split('.');
  // trailing optional digits (#) may be dropped
  const optional = (frac.match(/#+$/)?.[0] ?? '').length;
  for (let k = 0; k < optional && fp.endsWith('0'); k++) fp = fp.slice(0, -1);
  if (int.includes(',')) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (!/0/.test(int) && ip === '0' && fp) ip = '';
  return fp ? `${ip}.${fp}` : ip;
}

/** What Excel shows for `v` in a cell with `format`. */
export function formatValue(
  v: string | number | boolean | null | undefined,
  format: string | undefined,
): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v !== 'number') {
    const secs = format ? sections(format) : [];
    const text = secs[3] ?? secs.find((s) => s.includes('@'));
    if (!text) return String(v);
    return tokens(text)
      .list.map((t) => (t.kind === 'lit' ? t.text.replace('@', String(v)) : ''))
      .join('');
  }
  if (!format || /^general$/i.test(format)) return general(Math.round(v * 1e10) / 1e10);
  const secs = sections(format);
  let section = secs[0];
  let value = v;
  if (v < 0 && secs.length > 1) {
    section = secs[1];
    value = -v;
  } else if (v === 0 && secs.length > 2) section = secs[2];
  const { list, percent } = tokens(section);
  if (percent) value *= 100;
  let sawNumber = false;
  const out = list.map((t) => {
    if (t.kind === 'lit') return t.text;
    if (sawNumber) return '';
    sawNumber = true;
    return t.kind === 'general' ? general(value) : digits(value, t.spec);
  });
  if (!sawNumber && list.length === 0) out.push(general(value));
  return out.join('');
}
