/**
 * Text edits of the workbook part, its relationships part and the content types, string in and
 * string out: a child of the workbook inserted where the schema puts it (with the root's prefix),
 * an emptied child dropped, the relationships namespace, relationships and part overrides.
 */
import { attributes, children, escapeAttr, prefixed, rootTag, setAttr, type Tag } from './xml';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The order of the workbook's children (ECMA-376 CT_Workbook). */
const ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** A fragment written without a prefix, given the prefix of the workbook's root element. */
export function workbookPrefixed(wbXml: string, fragment: string): string {
  const root = rootTag(wbXml) as Tag;
  const colon = root.qname.indexOf(':');
  if (colon < 0) return fragment;
  return prefixed(fragment, root.qname.slice(0, colon));
}

/** Inserts a child of the workbook element (written without a prefix) where the schema puts it. */
export function insertWorkbookChild(wbXml: string, name: string, fragment: string): string {
  const root = rootTag(wbXml) as Tag;
  const rank = ORDER.indexOf(name);
  const next = children(wbXml, root).find((c) => ORDER.indexOf(c.tag.name) > rank);
  const at = next ? next.tag.start : wbXml.lastIndexOf(`</${root.qname}`);
  return wbXml.slice(0, at) + workbookPrefixed(wbXml, fragment) + wbXml.slice(at);
}

/** Removes the workbook's child `name` when it has no children left. */
export function dropEmptyChild(wbXml: string, name: string): string {
  const root = rootTag(wbXml) as Tag;
  const el = children(wbXml, root).find((c) => c.tag.name === name);
  if (el && children(wbXml, el.tag).length === 0) {
    return wbXml.slice(0, el.tag.start) + wbXml.slice(el.end);
  }
  return wbXml;
}

/** The prefix the workbook gives the relationships namespace, declaring `r` when it has none. */
export function relationshipsPrefix(wbXml: string): { xml: string; prefix: string } {
  const root = rootTag(wbXml) as Tag;
  for (const [k, v] of attributes(wbXml, root)) {
    if (k.startsWith('xmlns:') && v.endsWith('/officeDocument/2006/relationships'))
      return { xml: wbXml, prefix: k.slice(6) };
  }
  const open = wbXml.slice(root.start, root.end);
  const xml =
    wbXml.slice(0, root.start) + setAttr(open, 'xmlns:r', RELS_NS) + wbXml.slice(root.end);
  return { xml, prefix: 'r' };
}

/** Adds a relationship of the type `typeSuffix` to a relationships part; gives its new id. */
export function addRelationship(
  rels: string,
  typeSuffix: string,
  target: string,
): { rels: string; id: string } {
  const existing = rels.match(/Type="([^"]*)\/officeDocument\/2006\/relationships\//);
  const base = existing ? `${existing[1]}/officeDocument/2006/relationships` : RELS_NS;
  const ids = new Set([...rels.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  if (rels === '') {
    rels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  }
  const close = rels.lastIndexOf('</');
  return {
    rels:
      rels.slice(0, close) +
      `<Relationship Id="${id}" Type="${base}${typeSuffix}" Target="${escapeAttr(target)}"/>` +
      rels.slice(close),
    id,
  };
}

export function removeRelationship(rels: string, id: string): string {
  return rels.replace(new RegExp(`<(\\w+:)?Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), '');
}

/** Adds a content type override for a part. */
export function addOverride(ct: string, part: string, type: string): string {
  const close = ct.lastIndexOf('</');
  return (
    ct.slice(0, close) + `<Override PartName="/${part}" ContentType="${type}"/>` + ct.slice(close)
  );
}
