/** A worksheet's `<cols>` element: its `<col>` entries read and written back. */
import { attributes, children, decodeXml, rawAttrIn, rootTag } from './xml';

/** Parsed `<col>` entries of a `<cols>` element. */
export interface ColEntry {
  min: number;
  max: number;
  attrs: [string, string][];
}

export function parseCols(text: string): ColEntry[] {
  const root = rootTag(text);
  if (!root) return [];
  return children(text, root)
    .filter((c) => c.tag.name === 'col')
    .map((c) => {
      const attrs = attributes(text, c.tag).filter(([k]) => k !== 'min' && k !== 'max');
      const min = Number(decodeXml(rawAttrIn(text.slice(c.tag.start, c.tag.end), 'min') ?? '0'));
      const max = Number(
        decodeXml(rawAttrIn(text.slice(c.tag.start, c.tag.end), 'max') ?? String(min)),
      );
      return { min, max, attrs };
    });
}

export function writeCols(entries: readonly ColEntry[]): string {
  return (
    '<cols>' +
    entries
      .map(
        (e) =>
          `<col min="${e.min}" max="${e.max}"${e.attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}/>`,
      )
      .join('') +
    '</cols>'
  );
}
