/**
 * The package's own encoding of cells whose snapshot value alone would not give them back
 * (`SheetSnapshot.native`): text in several formats (rich text runs, from a shared string or an
 * inline string), a date-typed cell (`t="d"`), a logical value (`t="b"`), and a number shown as a date whose serial the
 * date text does not give back exactly (seconds' fractions).
 *
 * The registry records it with the cell's original content when the plan replaces the cell
 * (采用系统得分), and undo hands it back: the patcher then writes the very runs, type and number
 * again — the shared string the cell pointed to when the package still holds it unchanged, else
 * the same runs as an inline string. What is read back from a registry is checked first (known
 * elements only, well formed, the same text as the recorded value); anything else falls back to
 * the plain value.
 *
 *     runs:<shared index or empty>:<the string item's body: <r>…</r> runs, <rPh>, <phoneticPr>>
 *     date:<the t="d" value, ISO 8601>
 *     serial:<the number>
 *     bool:<the t="b" value, 0 or 1> (undo hands a logical value over as the text TRUE / FALSE)
 */

/** A string item (`<si>` or `<is>`) body that is not one plain `<t>`: its runs, unprefixed. */
export function richBody(doc: string, from: number, to: number): string | null {
  const xml = doc.slice(from, to);
  if (/^\s*<(\w+:)?t(\s[^>]*)?>[^<]*<\/(\w+:)?t>\s*$/.test(xml) || xml.trim() === '') return null;
  return unprefixed(xml);
}

/** Element names without their prefix (the body goes into a part that may spell them otherwise). */
export function unprefixed(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1');
}

export function nativeRuns(body: string, shared: number | null): string {
  return `runs:${shared ?? ''}:${body}`;
}

export function nativeDate(v: string): string {
  return `date:${v}`;
}

export function nativeBoolean(v: string): string {
  return `bool:${v}`;
}

/**
 * A number shown as a date (`text`, as the snapshot shows it): recorded only when the text does
 * not give the number back.
 */
export function nativeSerial(v: string, n: number, text: string, date1904: boolean): string | null {
  if (Number.isInteger(n)) return null;
  return serialOfText(text, date1904) === n ? null : `serial:${v}`;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function serialOfText(text: string, date1904: boolean): number | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return Number.isNaN(ms) ? null : ms / 86400000 + (date1904 ? 24107 : 25569);
}
