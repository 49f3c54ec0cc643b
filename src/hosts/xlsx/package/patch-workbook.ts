/**
 * The patcher's workbook-level parts: the workbook part (its sheets, print areas, calculation
 * settings), its relationships, the content types and the styles part. Worksheets added are kept
 * as new parts, worksheets deleted as removed parts; `writeTexts` gives what changed.
 */
import { quoteSheet } from './formula';
import {
  Package,
  REL_TYPE,
  relsPath,
  readWorkbookInfo,
  relOfType,
  type WorkbookInfo,
} from './package';
import type { CellContext } from './patch-cells';
import { nativeCell, richItems, type NativeCell } from './native-restore';
import { MINIMAL_STYLES, StylesDoc } from './styles-doc';
import {
  children,
  decodeXml,
  escapeAttr,
  escapeText,
  rawAttrIn,
  rootTag,
  setAttr,
  type Tag,
} from './xml';
import {
  addOverride,
  addRelationship,
  dropEmptyChild,
  insertWorkbookChild,
  relationshipsPrefix,
  removeRelationship,
  workbookPrefixed,
} from './workbook-xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How the add-in asked for a full recalculation on load (see `calcToSet`). */
export type CalcMark = 'attr' | 'element';

const CALC_PR = /<(\w+:)?calcPr\b[^>]*>/;
const FULL_CALC = /\sfullCalcOnLoad\s*=\s*["'](1|true)["']/;

export class WorkbookEdit implements CellContext {
  readonly info: WorkbookInfo;
  /** Parts the plan adds (new worksheets), by name. */
  readonly newParts = new Map<string, string>();
  /** Entries of the package that go. */
  readonly removed = new Set<string>();
  formulasChanged = false;
  formulasDropped = false;
  private wbXml: string;
  private wbChanged = false;
  private wbRels: string;
  private wbRelsChanged = false;
  private ct: string;
  private ctChanged = false;
  private styles: StylesDoc | null = null;
  private stylesPart: string | null = null;
  private sharedItem: ((i: number) => string | null) | null = null;

  constructor(private readonly pkg: Package) {
    this.info = readWorkbookInfo(pkg);
    this.wbXml = pkg.text(this.info.part) ?? '';
    this.wbRels = pkg.text(relsPath(this.info.part)) ?? '';
    this.ct = pkg.text('[Content_Types].xml') ?? '';
  }

  get date1904(): boolean {
    return this.info.date1904;
  }

  get openStyles(): StylesDoc | null {
    return this.styles;
  }

  nativeCell(native: string, value: string | number | null): NativeCell | null {
    if (!this.sharedItem) {
      const rel = relOfType(this.pkg.rels(this.info.part), REL_TYPE.sharedStrings);
      this.sharedItem = richItems(rel?.part ? this.pkg.text(rel.part) : null);
    }
    return nativeCell(native, value, this.info.date1904, this.sharedItem);
  }

  stylesDoc(): StylesDoc {
    if (this.styles) return this.styles;
    const rel = relOfType(this.pkg.rels(this.info.part), REL_TYPE.styles);
    const xml = rel?.part ? this.pkg.text(rel.part) : null;
    if (rel?.part && xml) {
      this.stylesPart = this.pkg.entry(rel.part)?.name ?? rel.part;
      this.styles = new StylesDoc(xml);
    } else {
      // A package without a styles part (some generators): add one.
      const dir = this.info.part.slice(0, this.info.part.lastIndexOf('/') + 1);
      this.stylesPart = `${dir}styles.xml`;
      this.styles = new StylesDoc(MINIMAL_STYLES);
      this.styles.changed = true;
      this.addRel(REL_TYPE.styles, 'styles.xml');
      this.addContentType(this.stylesPart, STYLES_CT);
    }
    return this.styles;
  }

  sheetRef(name: string) {
    return this.info.sheets.find((s) => s.name === name && s.kind === 'worksheet');
  }

  private sheetIndex(name: string): number {
    return this.info.sheets.findIndex((s) => s.name === name);
  }

  /** Whether the workbook's structure is protected (`lockStructure`). */
  structureProtected(): boolean {
    const wbRoot = rootTag(this.wbXml);
    const protection = wbRoot
      ? children(this.wbXml, wbRoot).find((c) => c.tag.name === 'workbookProtection')
      : undefined;
    const lock = protection
      ? rawAttrIn(this.wbXml.slice(protection.tag.start, protection.tag.end), 'lockStructure')
      : null;
    return lock === '1' || lock === 'true';
  }

  printArea(sheet: string, range: string | null): void {
    const idx = this.sheetIndex(sheet);
    if (idx < 0) return;
    const value = range
      ? `${quoteSheet(sheet)}!${range
          .replace(/\$/g, '')
          .split(':')
          .map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
          .join(':')}`
      : null;
    const root = rootTag(this.wbXml) as Tag;
    const dn = children(this.wbXml, root).find((c) => c.tag.name === 'definedNames');
    if (dn) {
      for (const d of children(this.wbXml, dn.tag)) {
        const open = this.wbXml.slice(d.tag.start, d.tag.end);
        const name = decodeXml(rawAttrIn(open, 'name') ?? '');
        const local = rawAttrIn(open, 'localSheetId');
        if (name.toLowerCase() !== '_xlnm.print_area' || Number(local) !== idx || local === null)
          continue;
        const text =
          value === null
            ? ''
            : `${d.tag.selfClosing ? open.slice(0, -2) + '>' : open}${escapeText(value)}</${d.tag.qname}>`;
        this.wbXml = this.wbXml.slice(0, d.tag.start) + text + this.wbXml.slice(d.end);
        if (value === null) this.wbXml = dropEmptyChild(this.wbXml, 'definedNames');
        this.wbChanged = true;
        return;
      }
    }
    if (value === null) return;
    const el = `<definedName name="_xlnm.Print_Area" localSheetId="${idx}">${escapeText(value)}</definedName>`;
    if (dn && !dn.tag.selfClosing) {
      const close = dn.end - (dn.tag.qname.length + 3);
      this.wbXml =
        this.wbXml.slice(0, close) + workbookPrefixed(this.wbXml, el) + this.wbXml.slice(close);
    } else if (dn) {
      const open = this.wbXml.slice(dn.tag.start, dn.tag.end - 2) + '>';
      this.wbXml =
        this.wbXml.slice(0, dn.tag.start) +
        open +
        workbookPrefixed(this.wbXml, el) +
        `</${dn.tag.qname}>` +
        this.wbXml.slice(dn.end);
    } else {
      this.wbXml = insertWorkbookChild(
        this.wbXml,
        'definedNames',
        `<definedNames>${el}</definedNames>`,
      );
    }
    this.wbChanged = true;
  }

  private addRel(typeSuffix: string, target: string): string {
    const { rels, id } = addRelationship(this.wbRels, typeSuffix, target);
    this.wbRels = rels;
    this.wbRelsChanged = true;
    return id;
  }

  private addContentType(part: string, type: string): void {
    this.ct = addOverride(this.ct, part, type);
    this.ctChanged = true;
  }

  /** Shows or hides a worksheet, adding it (empty) when the workbook has none of that name. */
  ensureSheet(name: string, visibility: 'visible' | 'hidden' | 'veryHidden'): void {
    const ref = this.sheetRef(name);
    if (ref) {
      const state = visibility === 'visible' ? null : visibility;
      const root = rootTag(this.wbXml) as Tag;
      const sheets = children(this.wbXml, root).find((c) => c.tag.name === 'sheets');
      for (const s of sheets ? children(this.wbXml, sheets.tag) : []) {
        const open = this.wbXml.slice(s.tag.start, s.tag.end);
        if (decodeXml(rawAttrIn(open, 'name') ?? '') !== name) continue;
        const next = setAttr(open, 'state', state);
        if (next !== open) {
          this.wbXml = this.wbXml.slice(0, s.tag.start) + next + this.wbXml.slice(s.tag.end);
          this.wbChanged = true;
        }
      }
      ref.state = visibility;
      return;
    }
    const dir = this.info.part.slice(0, this.info.part.lastIndexOf('/') + 1);
    let k = this.info.sheets.length + 1;
    while (
      this.pkg.has(`${dir}worksheets/sheet${k}.xml`) ||
      this.newParts.has(`${dir}worksheets/sheet${k}.xml`)
    )
      k++;
    const part = `${dir}worksheets/sheet${k}.xml`;
    const rid = this.addRel(REL_TYPE.worksheet, `worksheets/sheet${k}.xml`);
    this.addContentType(part, WORKSHEET_CT);
    const declared = relationshipsPrefix(this.wbXml);
    this.wbXml = declared.xml;
    const ids = this.info.sheets.map((s) => Number(s.sheetId)).filter((n) => Number.isFinite(n));
    const sheetId = Math.max(0, ...ids) + 1;
    const state = visibility === 'visible' ? '' : ` state="${visibility}"`;
    const el = workbookPrefixed(
      this.wbXml,
      `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state} ${declared.prefix}:id="${rid}"/>`,
    );
    const root = rootTag(this.wbXml) as Tag;
    const sheets = children(this.wbXml, root).find((c) => c.tag.name === 'sheets');
    if (sheets && !sheets.tag.selfClosing) {
      const close = sheets.end - (sheets.tag.qname.length + 3);
      this.wbXml = this.wbXml.slice(0, close) + el + this.wbXml.slice(close);
    } else {
      this.wbXml = insertWorkbookChild(this.wbXml, 'sheets', `<sheets>${el}</sheets>`);
    }
    this.wbChanged = true;
    this.newParts.set(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>`,
    );
    this.info.sheets.push({
      name,
      sheetId: String(sheetId),
      relId: rid,
      part,
      kind: 'worksheet',
      state: visibility,
    });
  }

  /** Removes a sheet: its element, its local names, its relationship, content type and parts. */
  deleteSheet(name: string): void {
    const idx = this.sheetIndex(name);
    if (idx < 0) return;
    const ref = this.info.sheets[idx];
    // the <sheet> element
    const root = rootTag(this.wbXml) as Tag;
    const sheets = children(this.wbXml, root).find((c) => c.tag.name === 'sheets');
    const el = sheets ? children(this.wbXml, sheets.tag)[idx] : undefined;
    if (el) this.wbXml = this.wbXml.slice(0, el.tag.start) + this.wbXml.slice(el.end);
    // sheet-local names: the sheet's go, later sheets' indexes move down
    const dn = children(this.wbXml, rootTag(this.wbXml) as Tag).find(
      (c) => c.tag.name === 'definedNames',
    );
    if (dn) {
      const list = children(this.wbXml, dn.tag).reverse();
      for (const d of list) {
        const open = this.wbXml.slice(d.tag.start, d.tag.end);
        const local = rawAttrIn(open, 'localSheetId');
        if (local === null) continue;
        const n = Number(local);
        if (n === idx) this.wbXml = this.wbXml.slice(0, d.tag.start) + this.wbXml.slice(d.end);
        else if (n > idx) {
          this.wbXml =
            this.wbXml.slice(0, d.tag.start) +
            setAttr(open, 'localSheetId', String(n - 1)) +
            this.wbXml.slice(d.tag.end);
        }
      }
      this.wbXml = dropEmptyChild(this.wbXml, 'definedNames');
    }
    // the active tab and first visible tab
    const bv = /<(\w+:)?workbookView\b[^>]*>/.exec(this.wbXml);
    if (bv) {
      let open = bv[0];
      for (const a of ['activeTab', 'firstSheet']) {
        const v = rawAttrIn(open, a);
        if (v !== null && Number(v) >= idx && Number(v) > 0)
          open = setAttr(open, a, String(Number(v) - 1));
      }
      this.wbXml = this.wbXml.slice(0, bv.index) + open + this.wbXml.slice(bv.index + bv[0].length);
    }
    this.wbChanged = true;
    // relationship, content type, the part and its own relationships
    this.wbRels = removeRelationship(this.wbRels, ref.relId);
    this.wbRelsChanged = true;
    if (ref.part) {
      this.ct = this.ct.replace(
        new RegExp(`<(\\w+:)?Override\\b[^>]*PartName="/${escapeRe(ref.part)}"[^>]*/>`, 'i'),
        '',
      );
      this.ctChanged = true;
      if (this.newParts.has(ref.part)) this.newParts.delete(ref.part);
      else this.removed.add(ref.part);
      const rels = relsPath(ref.part);
      if (this.pkg.has(rels)) this.removed.add(this.pkg.entry(rels)?.name ?? rels);
    }
    this.info.sheets.splice(idx, 1);
  }

  /**
   * How writing formulas will ask for a full recalculation on load: by adding `fullCalcOnLoad` to
   * the workbook's `calcPr` (`attr`), by inserting a `calcPr` (`element`), or not at all (no
   * formula written, or the workbook asks for it already).
   */
  calcToSet(): CalcMark | null {
    if (!this.formulasChanged) return null;
    const calc = CALC_PR.exec(this.wbXml);
    if (calc && FULL_CALC.test(calc[0])) return null;
    return calc ? 'attr' : 'element';
  }

  private replaceCalc(calc: RegExpExecArray, text: string): void {
    this.wbXml =
      this.wbXml.slice(0, calc.index) + text + this.wbXml.slice(calc.index + calc[0].length);
    this.wbChanged = true;
  }

  /**
   * Adds the workbook's own parts that changed to `texts`, after settling the calculation: a full
   * recalculation on load when formulas were written, and no calculation chain when one was
   * replaced (a chain naming a cell that no longer holds a formula makes Excel repair the file).
   * `undoCalc`: the add-in's registry is being removed and records that the add-in asked for the
   * recalculation; the request is taken back (formulas restored now keep their cached results).
   */
  writeTexts(texts: Map<string, string>, undoCalc: CalcMark | null = null): void {
    const set = this.calcToSet();
    const calc = CALC_PR.exec(this.wbXml);
    if (set === 'attr' && calc) {
      this.replaceCalc(calc, setAttr(calc[0], 'fullCalcOnLoad', '1'));
    } else if (set === 'element') {
      this.wbXml = insertWorkbookChild(this.wbXml, 'calcPr', '<calcPr fullCalcOnLoad="1"/>');
      this.wbChanged = true;
    } else if (undoCalc && calc && FULL_CALC.test(calc[0])) {
      const without = setAttr(calc[0], 'fullCalcOnLoad', null);
      // the element the add-in inserted goes when it says nothing else
      const empty = undoCalc === 'element' && /^<(\w+:)?calcPr\s*\/>$/.test(without);
      this.replaceCalc(calc, empty ? '' : without);
    }
    if (this.formulasDropped) {
      const chain = relOfType(this.pkg.rels(this.info.part), REL_TYPE.calcChain);
      if (chain?.part && this.pkg.has(chain.part)) {
        this.removed.add(this.pkg.entry(chain.part)?.name ?? chain.part);
        this.wbRels = removeRelationship(this.wbRels, chain.id);
        this.wbRelsChanged = true;
        this.ct = this.ct.replace(/<(\w+:)?Override\b[^>]*calcChain[^>]*\/>/i, '');
        this.ctChanged = true;
      }
    }
    if (this.wbChanged) texts.set(this.info.part, this.wbXml);
    if (this.wbRelsChanged) texts.set(relsPath(this.info.part), this.wbRels);
    if (this.ctChanged) texts.set('[Content_Types].xml', this.ct);
    if (this.styles?.changed && this.stylesPart) texts.set(this.stylesPart, this.styles.toString());
  }
}
