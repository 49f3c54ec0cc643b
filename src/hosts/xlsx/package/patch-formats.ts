/**
 * The patcher's formatting of a worksheet beyond its cells: conditional formats (ours added once,
 * and removed by their formulas) and column widths and visibility in `<cols>`.
 */
import type { SimpleEdit } from '../../../plan/edits';
import { areasIntersect, sqrefAreas } from './areas';
import { parseCols, writeCols, type ColEntry } from './cols';
import { colNumber, normaliseFormula, withoutEquals } from './formula';
import type { StylesDoc } from './styles-doc';
import type { WorksheetDoc } from './worksheet';
import { children, decodeXml, escapeText, prefixed, rawAttrIn, rootTag, type Tag } from './xml';

export function addConditionalFormat(
  doc: WorksheetDoc,
  styles: () => StylesDoc,
  edit: Extract<SimpleEdit, { kind: 'conditionalFormat' }>,
): void {
  const formula = escapeText(withoutEquals(edit.formula));
  const sqref = edit.range.replace(/\$/g, '');
  // The same rule on the same range is not added twice.
  for (const cf of doc.top('conditionalFormatting')) {
    if (
      (rawAttrIn(cf.text, 'sqref') ?? '').replace(/\$/g, '') === sqref &&
      cf.text.includes(`<formula>${formula}</formula>`)
    ) {
      return;
    }
  }
  const dxf = styles().dxf(edit);
  const stop = edit.stopIfTrue ? ' stopIfTrue="1"' : '';
  doc.insertTopLevel(
    'conditionalFormatting',
    `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxf}" priority="${edit.priority}"${stop}><formula>${formula}</formula></cfRule></conditionalFormatting>`,
  );
}

/**
 * Removes the rules on `range` whose one formula is one of `formulas`. The range may have grown
 * or shrunk since (an engine that inserts a row right below it, or deletes its last row, moves
 * its end): a rule on cells meeting it counts, its formulas (relative to its first cell) say it
 * is ours.
 */
export function removeConditionalFormats(
  doc: WorksheetDoc,
  range: string,
  formulas: readonly string[],
): void {
  const target = sqrefAreas(range);
  const ours = new Set(formulas.map((f) => normaliseFormula(withoutEquals(f))));
  // LibreOffice writes a rule whose first row was deleted with #REF! for its references
  const refless = (f: string): string => f.replace(/#REF!|[A-Z]{1,3}\d+(?![\w(!])/g, '#');
  const broken = new Set([...ours].map(refless));
  const isOurs = (f: string): boolean =>
    ours.has(f) || (f.includes('#REF!') && broken.has(refless(f)));
  // From the last so that offsets stay valid.
  const list = doc.top('conditionalFormatting').reverse();
  for (const cf of list) {
    const areas = sqrefAreas(decodeXml(rawAttrIn(cf.text, 'sqref') ?? ''));
    if (!areasIntersect(areas, target)) continue;
    const root = rootTag(cf.text) as Tag;
    const rules = children(cf.text, root);
    const keep = rules.filter((r) => {
      const m = /<(\w+:)?formula>([\s\S]*?)<\/(\w+:)?formula>/.exec(
        cf.text.slice(r.tag.start, r.end),
      );
      const all = cf.text.slice(r.tag.start, r.end).match(/<(\w+:)?formula>/g) ?? [];
      return !(m && all.length === 1 && isOurs(normaliseFormula(decodeXml(m[2]))));
    });
    if (keep.length === rules.length) continue;
    const text =
      keep.length === 0
        ? ''
        : cf.text.slice(0, root.end) +
          keep.map((r) => cf.text.slice(r.tag.start, r.end)).join('') +
          `</${root.qname}>`;
    doc.replaceRange(cf.tag.start, cf.end, text);
  }
}

/** Column attributes at their default value, in the spellings files use. */
const DEFAULT_COL_ATTRS = new Map<string, string[]>([
  ['collapsed', ['false', '0']],
  ['hidden', ['false', '0']],
  ['outlineLevel', ['0']],
  ['style', ['0']],
  ['bestFit', ['false', '0']],
  ['phonetic', ['false', '0']],
]);

export function columns(doc: WorksheetDoc, edit: Extract<SimpleEdit, { kind: 'column' }>): void {
  const [from, to] = edit.columns.split(':');
  const first = colNumber(from);
  const last = colNumber(to ?? from);
  const have = doc.top('cols')[0];
  const entries: ColEntry[] = have ? parseCols(have.text) : [];
  const out: ColEntry[] = [];
  const touched: ColEntry[] = [];
  for (const e of entries) {
    if (e.max < first || e.min > last) {
      out.push(e);
      continue;
    }
    if (e.min < first) out.push({ ...e, max: first - 1 });
    if (e.max > last) out.push({ ...e, min: last + 1 });
    for (let c = Math.max(e.min, first); c <= Math.min(e.max, last); c++) {
      touched.push({ min: c, max: c, attrs: e.attrs.slice() });
    }
  }
  for (let c = first; c <= last; c++) {
    if (!touched.some((t) => t.min === c)) touched.push({ min: c, max: c, attrs: [] });
  }
  const set = (e: ColEntry, k: string, v: string | null) => {
    e.attrs = e.attrs.filter(([n]) => n !== k);
    if (v !== null) e.attrs.push([k, v]);
  };
  for (const t of touched) {
    if (edit.width !== undefined) {
      set(t, 'width', String(edit.width));
      set(t, 'customWidth', '1');
    }
    if (edit.resetWidth) {
      set(t, 'width', null);
      set(t, 'customWidth', null);
    }
    if (edit.hidden !== undefined) set(t, 'hidden', edit.hidden ? '1' : null);
    // back to the standard width, an entry that says only what every column is (as LibreOffice
    // writes for each column it saves) goes: the column is as it was before it had a width
    if (edit.resetWidth && t.attrs.every(([k, v]) => DEFAULT_COL_ATTRS.get(k)?.includes(v))) {
      t.attrs = [];
    }
    if (t.attrs.length > 0) out.push(t);
  }
  out.sort((a, b) => a.min - b.min);
  // Excel needs a width on every column entry.
  for (const e of out)
    if (!e.attrs.some(([k]) => k === 'width')) e.attrs.unshift(['width', '9.140625']);
  const text = out.length === 0 ? '' : writeCols(out);
  if (have)
    doc.replaceRange(have.tag.start, have.end, text === '' ? '' : prefixed(text, doc.prefix));
  else if (text !== '') doc.insertTopLevel('cols', text);
}
