/**
 * An opened .xlsx package: its zip entries, the parts read so far (decoded once), and the
 * relationships that locate the workbook, its sheets, shared strings and styles.
 */
import { attr, children, findTag, rootTag } from './xml';
import {
  DEFAULT_LIMITS,
  ZipError,
  inflateEntry,
  readEntries,
  type ZipEntry,
  type ZipLimits,
} from './zip';

const decoder = new TextDecoder('utf-8');

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
  calcChain: '/calcChain',
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Target as written. */
  target: string;
  /** Part name the target resolves to (no leading `/`), or null for an external target. */
  part: string | null;
}

export class Package {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly lowerNames = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private inflated = 0;

  constructor(
    bytes: Uint8Array,
    readonly limits: ZipLimits = DEFAULT_LIMITS,
  ) {
    this.entries = readEntries(bytes);
    for (const e of this.entries) {
      this.byName.set(e.name, e);
      this.lowerNames.set(e.name.toLowerCase(), e.name);
    }
  }

  /** The entry of a part name (case-insensitively, as OPC part names are), or undefined. */
  entry(part: string): ZipEntry | undefined {
    const exact = this.byName.get(part);
    if (exact) return exact;
    const name = this.lowerNames.get(part.toLowerCase());
    return name === undefined ? undefined : this.byName.get(name);
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  bytes(part: string): Uint8Array | null {
    const e = this.entry(part);
    if (!e) return null;
    const budget = Math.min(this.limits.maxPartBytes, this.limits.maxTotalBytes - this.inflated);
    if (budget <= 0) throw new ZipError('tooLarge', 'the package inflates past the limit');
    const out = inflateEntry(e, budget);
    this.inflated += out.length;
    return out;
  }

  /** A part's text (UTF-8, BOM dropped), read once; null when the part does not exist. */
  text(part: string): string | null {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    const b = this.bytes(part);
    if (b === null) return null;
    let s = decodeText(b);
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.texts.set(part, s);
    return s;
  }

  /** Relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
  rels(part: string): Relationship[] {
    const xml = this.text(relsPath(part));
    if (xml === null) return [];
    return parseRels(xml, part);
  }
}

function decodeText(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return decoder.decode(b);
}

export function relsPath(part: string): string {
  if (part === '') return '_rels/.rels';
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string, source: string): Relationship[] {
  const root = rootTag(xml);
  if (!root) return [];
  const out: Relationship[] = [];
  for (const { tag } of children(xml, root)) {
    if (tag.name !== 'Relationship') continue;
    const id = attr(xml, tag, 'Id') ?? '';
    const type = attr(xml, tag, 'Type') ?? '';
    const target = attr(xml, tag, 'Target') ?? '';
    const external = (attr(xml, tag, 'TargetMode') ?? '').toLowerCase() === 'external';
    out.push({ id, type, target, part: external ? null : resolveTarget(source, target) });
  }
  return out;
}

/** Resolves a relationship target against its source part; absolute targets start at the root. */
export function resolveTarget(source: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep it as written
  }
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** Type ends with a suffix (transitional and strict namespaces both end the same way). */
export function relOfType(rels: readonly Relationship[], suffix: string): Relationship | undefined {
  return rels.find((r) => r.type.endsWith(suffix));
}

/** The workbook part's name, from the package relationships (or the usual place). */
export function workbookPart(pkg: Package): string | null {
  const rel = relOfType(pkg.rels(''), REL_TYPE.officeDocument);
  if (rel?.part && pkg.has(rel.part)) return pkg.entry(rel.part)?.name ?? rel.part;
  if (pkg.has('xl/workbook.xml')) return pkg.entry('xl/workbook.xml')?.name ?? null;
  return null;
}

export interface SheetRef {
  name: string;
  sheetId: string;
  relId: string;
  /** Part name of the worksheet, or null (a chartsheet, dialog sheet or a broken link). */
  part: string | null;
  kind: 'worksheet' | 'other';
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedName {
  name: string;
  localSheetId: number | null;
  value: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetRef[];
  definedNames: DefinedName[];
  date1904: boolean;
}

export function readWorkbookInfo(pkg: Package): WorkbookInfo {
  const part = workbookPart(pkg);
  if (!part) throw new ZipError('corrupt', 'no workbook part');
  const xml = pkg.text(part) ?? '';
  const rels = pkg.rels(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  const root = rootTag(xml);
  if (!root) throw new ZipError('corrupt', 'the workbook part is empty');
  for (const { tag, end } of children(xml, root)) {
    if (tag.name === 'workbookPr') {
      const v = attr(xml, tag, 'date1904');
      date1904 = v === '1' || v === 'true';
    } else if (tag.name === 'sheets') {
      for (const s of children(xml, tag)) {
        if (s.tag.name !== 'sheet') continue;
        const relId = attr(xml, s.tag, 'id') ?? '';
        const rel = byId.get(relId);
        const st = attr(xml, s.tag, 'state');
        sheets.push({
          name: attr(xml, s.tag, 'name') ?? '',
          sheetId: attr(xml, s.tag, 'sheetId') ?? '',
          relId,
          part: rel?.part ? (pkg.entry(rel.part)?.name ?? null) : null,
          kind: rel && rel.type.endsWith(REL_TYPE.worksheet) ? 'worksheet' : 'other',
          state: st === 'hidden' || st === 'veryHidden' ? st : 'visible',
        });
      }
    } else if (tag.name === 'definedNames') {
      for (const d of children(xml, tag)) {
        if (d.tag.name !== 'definedName') continue;
        const local = attr(xml, d.tag, 'localSheetId');
        const hidden = attr(xml, d.tag, 'hidden');
        definedNames.push({
          name: attr(xml, d.tag, 'name') ?? '',
          localSheetId: local === null ? null : Number(local),
          value: textOfElement(xml, d.tag, d.end),
          hidden: hidden === '1' || hidden === 'true',
        });
      }
    }
    void end;
  }
  return { part, sheets, definedNames, date1904 };
}

function textOfElement(
  xml: string,
  tag: { end: number; qname: string; selfClosing: boolean },
  end: number,
): string {
  if (tag.selfClosing) return '';
  return xml
    .slice(tag.end, end - (tag.qname.length + 3))
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|amp|quot|apos);/g,
      (_, n: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[n] ?? '',
    );
}

export { findTag };
