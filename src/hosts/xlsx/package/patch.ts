/**
 * The package patcher: applies an edit plan to an .xlsx package and gives back new bytes in which
 * only the parts the plan touches differ — the worksheets it writes into (cells, validations,
 * conditional formats, column widths), `styles.xml` (styles appended, none renumbered) and, for
 * the helper sheet, the workbook, its relationships and the content types. Every other part is
 * copied byte for byte, and every element or attribute the patcher does not know is kept.
 *
 * Bytes in, bytes out; no Node-only API (the offline web page uses the same path).
 */
import type {
  ApplyOutcome,
  Capability,
  Edit,
  SimpleEdit,
  ValidationRule,
} from '../../../plan/edits';
import { planTexts } from '../../../messages/plan';
import { admit, validationFact, type AdmissionFacts, type SheetFacts } from '../../../plan/admit';
import { readRegistry } from '../../../plan/registry';
import type { WorkbookSnapshot } from '../../../snapshot/types';
import { colNumber, parseA1, parseArea, quoteSheet } from './formula';
import { snapshotOfPackage as readPackageSnapshot } from './read';
import {
  Package,
  REL_TYPE,
  relsPath,
  readWorkbookInfo,
  relOfType,
  type WorkbookInfo,
} from './package';
import { nativeCell, richItems, type NativeCell } from './native-restore';
import { isDateFormat, readSharedStrings } from './styles';
import { MINIMAL_STYLES, StylesDoc } from './styles-doc';
import {
  areasInside,
  areasIntersect,
  parseCols,
  sqrefAreas,
  writeCols,
  WorksheetDoc,
  type ColEntry,
} from './worksheet';
import {
  attributes,
  children,
  decodeXml,
  encodeOoxmlEscapes,
  escapeAttr,
  escapeText,
  nextTag,
  rawAttrIn,
  rootTag,
  setAttr,
  type Tag,
} from './xml';
import { writeZip, type OutPart } from './zip';

/** What the package host can write: everything the plan uses. */
export const PACKAGE_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'ExcelApi1.1',
  'ExcelApi1.4',
  'ExcelApi1.6',
  'ExcelApi1.7',
  'ExcelApi1.8',
  'ExcelApi1.9',
  'ExcelApi1.13',
]);

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Titles of the validations the plan writes, in every language: how ours are told apart. */
const OUR_VALIDATION_TITLES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const lang of ['zh-CN', 'en'] as const) {
    const v = planTexts(lang).validation;
    for (const m of [v.operator, v.score('1'), v.band('0', '1'), v.tick, v.reason]) {
      s.add(m.title);
      s.add(m.errorTitle);
    }
  }
  return s;
})();

function withoutEquals(f: string): string {
  return f.startsWith('=') ? f.slice(1) : f;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A date text as the snapshot shows it, back to a serial number (1900 or 1904 system). */
function dateSerial(text: string, date1904: boolean): number | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (Number.isNaN(ms)) return null;
  return ms / 86400000 + (date1904 ? 24107 : 25569);
}

function numberText(n: number): string {
  return String(n);
}

export interface PatchResult {
  bytes: Uint8Array;
  outcomes: ApplyOutcome[];
  /** Parts written anew, added or removed (the rest are copied byte for byte). */
  changed: string[];
  added: string[];
  removed: string[];
}

class Patcher {
  private readonly info: WorkbookInfo;
  private wbXml: string;
  private wbChanged = false;
  private wbRels: string;
  private wbRelsChanged = false;
  private ct: string;
  private ctChanged = false;
  private readonly sheets = new Map<string, WorksheetDoc>();
  private readonly newParts = new Map<string, string>();
  private readonly removed = new Set<string>();
  private styles: StylesDoc | null = null;
  private stylesPart: string | null = null;
  private strings: string[] | null = null;
  private sharedItem: ((i: number) => string | null) | null = null;
  private formulasChanged = false;
  private formulasDropped = false;

  constructor(private readonly pkg: Package) {
    this.info = readWorkbookInfo(pkg);
    this.wbXml = pkg.text(this.info.part) ?? '';
    this.wbRels = pkg.text(relsPath(this.info.part)) ?? '';
    this.ct = pkg.text('[Content_Types].xml') ?? '';
  }

  // --- facts ---------------------------------------------------------------------------------

  private sheetRef(name: string) {
    return this.info.sheets.find((s) => s.name === name && s.kind === 'worksheet');
  }

  private doc(name: string): WorksheetDoc | null {
    const have = this.sheets.get(name);
    if (have) return have;
    const ref = this.sheetRef(name);
    if (!ref?.part) return null;
    const xml = this.newParts.get(ref.part) ?? this.pkg.text(ref.part) ?? '';
    const doc = new WorksheetDoc(xml);
    this.sheets.set(name, doc);
    return doc;
  }

  private sharedStrings(): string[] {
    if (this.strings) return this.strings;
    const rel = relOfType(this.pkg.rels(this.info.part), REL_TYPE.sharedStrings);
    this.strings = readSharedStrings(rel?.part ? this.pkg.text(rel.part) : null);
    return this.strings;
  }

  private stylesDoc(): StylesDoc {
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

  /** The facts admission needs, from the package as it is before the plan (and its snapshot). */
  facts(snapshot: WorkbookSnapshot): AdmissionFacts {
    const registered = new Set<string>();
    const read = readRegistry(snapshot);
    if (read.kind === 'ok') {
      for (const e of read.registry.entries) {
        if (e.t === 'dv') for (const r of e.r) registered.add(`${e.s}!${r}`);
      }
    }
    const wbRoot = rootTag(this.wbXml);
    const protection = wbRoot
      ? children(this.wbXml, wbRoot).find((c) => c.tag.name === 'workbookProtection')
      : undefined;
    const lock = protection
      ? rawAttrIn(this.wbXml.slice(protection.tag.start, protection.tag.end), 'lockStructure')
      : null;
    const made = new Map<string, SheetFacts>();
    return {
      structureProtected: lock === '1' || lock === 'true',
      sheet: (name) => {
        const ref = this.info.sheets.find(
          (s) => s.kind === 'worksheet' && s.name.toLowerCase() === name.toLowerCase(),
        );
        if (!ref) return undefined;
        const have = made.get(ref.name);
        if (have) return have;
        const doc = this.doc(ref.name);
        const sheet = snapshot.sheets.find((s) => s.name === ref.name);
        const protectedNow = doc !== null && this.isProtected(doc);
        const validations = doc ? this.validationsOf(doc) : [];
        const facts: SheetFacts = {
          protected: protectedNow,
          cell: (a1) => {
            const p = parseA1(a1);
            if (!p || !sheet) return { value: null, formula: null };
            return {
              value: sheet.values[p.row - 1]?.[p.col - 1] ?? null,
              formula: sheet.formulas?.[p.row - 1]?.[p.col - 1] ?? null,
              numberFormat: sheet.numberFormats?.[p.row - 1]?.[p.col - 1] ?? null,
            };
          },
          validation: (range) => {
            const target = sqrefAreas(range);
            const found = validations
              .filter((v) => areasIntersect(v.areas, target))
              .map((v) => v.title);
            return validationFact(found, registered.has(`${ref.name}!${range}`));
          },
        };
        made.set(ref.name, facts);
        return facts;
      },
    };
  }

  /** Every data validation of a sheet (also x14 ones), with its cells and prompt title. */
  private validationsOf(
    doc: WorksheetDoc,
  ): { areas: ReturnType<typeof sqrefAreas>; title: string }[] {
    const out: { areas: ReturnType<typeof sqrefAreas>; title: string }[] = [];
    for (const dvs of doc.top('dataValidations')) {
      const root = rootTag(dvs.text) as Tag;
      for (const dv of children(dvs.text, root)) {
        const open = dvs.text.slice(dv.tag.start, dv.tag.end);
        out.push({
          areas: sqrefAreas(decodeXml(rawAttrIn(open, 'sqref') ?? '')),
          title: decodeXml(rawAttrIn(open, 'promptTitle') ?? ''),
        });
      }
    }
    for (const ext of doc.top('extLst')) {
      const re = /<(\w+:)?dataValidation\b([^>]*)>[\s\S]*?<(\w+:)?sqref>([^<]*)<\/(\w+:)?sqref>/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ext.text))) {
        out.push({
          areas: sqrefAreas(m[4]),
          title: decodeXml(rawAttrIn(m[2], 'promptTitle') ?? ''),
        });
      }
    }
    return out;
  }

  private isProtected(doc: WorksheetDoc): boolean {
    const p = doc.top('sheetProtection')[0];
    if (!p) return false;
    const v = rawAttrIn(p.text, 'sheet');
    return v === '1' || v === 'true';
  }

  private isOurValidation(text: string): boolean {
    const open = text.slice(0, (nextTag(text, 0) as Tag).end);
    const pt = rawAttrIn(open, 'promptTitle');
    const et = rawAttrIn(open, 'errorTitle');
    return (
      (pt !== null && OUR_VALIDATION_TITLES.has(decodeXml(pt))) ||
      (et !== null && OUR_VALIDATION_TITLES.has(decodeXml(et)))
    );
  }

  // --- edits ---------------------------------------------------------------------------------

  apply(edit: SimpleEdit): ApplyOutcome {
    if (edit.kind === 'ensureSheet') return this.ensureSheet(edit.sheet, edit.visibility, edit.id);
    if (edit.kind === 'deleteSheet') return this.deleteSheet(edit.sheet, edit.id);
    const doc = this.doc(edit.sheet);
    if (!doc) return { id: edit.id, status: 'failed', detail: `no sheet ${edit.sheet}` };
    switch (edit.kind) {
      case 'setFormula':
      case 'setValue':
        this.writeCell(doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'dataValidation':
        this.addValidation(doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'removeValidation':
        this.removeValidation(doc, edit.range);
        return { id: edit.id, status: 'applied' };
      case 'conditionalFormat':
        this.addConditionalFormat(doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'removeConditionalFormats':
        this.removeConditionalFormats(doc, edit.range, edit.formulas);
        return { id: edit.id, status: 'applied' };
      case 'fill':
        this.fill(doc, edit.range, edit.fill);
        return { id: edit.id, status: 'applied' };
      case 'column':
        this.columns(doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'printArea':
        this.printArea(edit.sheet, edit.range);
        return { id: edit.id, status: 'applied' };
      case 'note':
        return { id: edit.id, status: 'skipped', reason: 'missingCapability' };
    }
  }

  private styleOf(cellXml: string | null): number {
    if (cellXml === null) return 0;
    const s = rawAttrIn(cellXml.slice(0, (nextTag(cellXml, 0) as Tag).end), 's');
    return s === null ? 0 : Number(s);
  }

  /**
   * A cell's start tag in one canonical order (r, s, t, then what else it had: vm, ph …), so
   * that writing the same cell twice gives the same text.
   */
  private cellOpen(old: string | null, a1: string, style: number, type: string | null): string {
    let rest: [string, string][] = [];
    if (old !== null) {
      const t = nextTag(old, 0) as Tag;
      rest = attributes(old, t).filter(([k]) => k !== 'r' && k !== 's' && k !== 't' && k !== 'cm');
    }
    let open = `<c r="${a1}"`;
    if (style !== 0) open += ` s="${style}"`;
    if (type !== null) open += ` t="${type}"`;
    for (const [k, v] of rest) open += ` ${k}="${v}"`;
    return open + '>';
  }

  /** Writes a cell, or removes its element when it would be empty with the style it inherits. */
  private putCell(
    doc: WorksheetDoc,
    row: number,
    col: number,
    open: string,
    body: string,
    style: number,
  ): void {
    if (
      body === '' &&
      style === doc.defaultStyle(row, col) &&
      /^<c r="[A-Z]+\d+"(\s+s="\d+")?>$/.test(open)
    ) {
      doc.setCell(row, col, null);
      return;
    }
    doc.setCell(row, col, body === '' ? open.replace(/>$/, '/>') : `${open}${body}</c>`);
  }

  private writeCell(
    doc: WorksheetDoc,
    edit: Extract<SimpleEdit, { kind: 'setFormula' | 'setValue' }>,
  ): void {
    const p = parseA1(edit.cell);
    if (!p) return;
    const a1 = edit.cell.replace(/\$/g, '');
    const old = doc.cell(p.row, p.col);
    const hadFormula = old !== null && /<(\w+:)?f[\s>/]/.test(old);
    let style = old === null ? doc.defaultStyle(p.row, p.col) : this.styleOf(old);
    if (edit.numberFormat !== undefined) {
      const styles = this.stylesDoc();
      if (styles.formatOf(style) !== edit.numberFormat) {
        style = styles.derive(style, { numberFormat: edit.numberFormat });
      }
    }
    const format = edit.numberFormat ?? (this.styles ? this.styles.formatOf(style) : null);
    let body = '';
    let type: string | null = null;
    if (edit.kind === 'setFormula') {
      this.formulasChanged = true;
      const f = `<f>${escapeText(encodeOoxmlEscapes(withoutEquals(edit.formula)))}</f>`;
      const r = edit.result;
      if (typeof r === 'number' && Number.isFinite(r)) body = `${f}<v>${numberText(r)}</v>`;
      else if (typeof r === 'boolean') {
        type = 'b';
        body = `${f}<v>${r ? 1 : 0}</v>`;
      } else if (typeof r === 'string') {
        type = 'str';
        body = `${f}<v>${escapeText(encodeOoxmlEscapes(r))}</v>`;
      } else body = f;
    } else {
      if (hadFormula) this.formulasDropped = true;
      const v = edit.value;
      const nat = edit.native === undefined ? null : this.nativeCell(edit.native, v);
      if (nat) {
        type = nat.type;
        body = prefixedFor(doc, nat.body);
      } else if (typeof v === 'number' && Number.isFinite(v)) body = `<v>${numberText(v)}</v>`;
      else if (typeof v === 'string' && v !== '') {
        const serial = isDateFormat(format) ? dateSerial(v, this.info.date1904) : null;
        if (serial !== null) body = `<v>${numberText(serial)}</v>`;
        else {
          type = 'inlineStr';
          body = `<is><t xml:space="preserve">${escapeText(encodeOoxmlEscapes(v))}</t></is>`;
        }
      }
    }
    if (hadFormula && edit.kind === 'setFormula') this.formulasDropped = true;
    this.putCell(doc, p.row, p.col, this.cellOpen(old, a1, style, type), body, style);
  }

  /** The recorded original of a cell (rich text runs, a date type), checked; null: the value. */
  private nativeCell(native: string, value: string | number | null): NativeCell | null {
    if (!this.sharedItem) {
      const rel = relOfType(this.pkg.rels(this.info.part), REL_TYPE.sharedStrings);
      this.sharedItem = richItems(rel?.part ? this.pkg.text(rel.part) : null);
    }
    return nativeCell(native, value, this.info.date1904, this.sharedItem);
  }

  private fill(doc: WorksheetDoc, range: string, fill: string | null): void {
    const area = parseArea(range.replace(/\$/g, ''));
    if (!area) return;
    const styles = this.stylesDoc();
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const old = doc.cell(r, c);
        const a1 = `${colLettersOf(c)}${r}`;
        const base = old === null ? doc.defaultStyle(r, c) : this.styleOf(old);
        const style = styles.derive(base, { fill });
        const type =
          old === null ? null : rawAttrIn(old.slice(0, (nextTag(old, 0) as Tag).end), 't');
        const inner = old === null ? '' : innerOf(old);
        this.putCell(doc, r, c, this.cellOpen(old, a1, style, type), inner, style);
      }
    }
  }

  private validationXml(edit: Extract<SimpleEdit, { kind: 'dataValidation' }>): string {
    const rule: ValidationRule = edit.rule;
    const a: string[] = [`type="${rule.type}"`];
    if (rule.type === 'decimal') a.push('operator="between"');
    if (edit.ignoreBlanks) a.push('allowBlank="1"');
    if (edit.prompt) a.push('showInputMessage="1"');
    if (edit.error) {
      a.push('showErrorMessage="1"');
      if (edit.error.style !== 'stop') a.push(`errorStyle="${edit.error.style}"`);
      a.push(
        `errorTitle="${escapeAttr(edit.error.title)}"`,
        `error="${escapeAttr(edit.error.message)}"`,
      );
    }
    if (edit.prompt) {
      a.push(
        `promptTitle="${escapeAttr(edit.prompt.title)}"`,
        `prompt="${escapeAttr(edit.prompt.message)}"`,
      );
    }
    a.push(`sqref="${edit.range.replace(/\$/g, '')}"`);
    let formulas: string;
    if (rule.type === 'list') {
      formulas = `<formula1>${escapeText(`"${rule.values.join(',')}"`)}</formula1>`;
    } else if (rule.type === 'decimal') {
      const b = (x: number | string) =>
        escapeText(typeof x === 'number' ? String(x) : withoutEquals(x));
      formulas = `<formula1>${b(rule.min)}</formula1><formula2>${b(rule.max)}</formula2>`;
    } else {
      formulas = `<formula1>${escapeText(withoutEquals(rule.formula))}</formula1>`;
    }
    return `<dataValidation ${a.join(' ')}>${formulas}</dataValidation>`;
  }

  private addValidation(
    doc: WorksheetDoc,
    edit: Extract<SimpleEdit, { kind: 'dataValidation' }>,
  ): void {
    // Ours on the same cells is replaced (a second --fix writes the same validation once).
    this.removeValidation(doc, edit.range, true);
    const xml = this.validationXml(edit);
    const have = doc.top('dataValidations')[0];
    if (have) this.rewriteList(doc, have, (items) => [...items, xml]);
    else
      doc.insertTopLevel('dataValidations', `<dataValidations count="1">${xml}</dataValidations>`);
  }

  /** Rewrites the children of a counted list element (dataValidations), dropping it when empty. */
  private rewriteList(
    doc: WorksheetDoc,
    el: { tag: Tag; end: number; text: string },
    fn: (items: string[]) => string[],
  ): void {
    const root = rootTag(el.text) as Tag;
    const items = children(el.text, root).map((c) => el.text.slice(c.tag.start, c.end));
    const next = fn(items);
    if (next.length === items.length && next.every((x, i) => x === items[i])) return;
    if (next.length === 0) {
      doc.replaceRange(el.tag.start, el.end, '');
      return;
    }
    let open = el.text.slice(0, root.end);
    if (root.selfClosing) open = open.slice(0, -2) + '>';
    open = setAttr(open, 'count', String(next.length));
    const prefix = doc.prefix ? `${doc.prefix}:` : '';
    const added = next.map((x) =>
      items.includes(x) || prefix === ''
        ? x
        : x.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`),
    );
    doc.replaceRange(el.tag.start, el.end, `${open}${added.join('')}</${root.qname}>`);
  }

  private removeValidation(doc: WorksheetDoc, range: string, exact = false): void {
    const target = sqrefAreas(range);
    const have = doc.top('dataValidations')[0];
    if (!have) return;
    this.rewriteList(doc, have, (items) =>
      items.filter((x) => {
        if (!this.isOurValidation(x)) return true;
        const areas = sqrefAreas(decodeXml(rawAttrIn(x, 'sqref') ?? ''));
        return exact ? !areasIntersect(areas, target) : !areasInside(areas, target);
      }),
    );
  }

  private addConditionalFormat(
    doc: WorksheetDoc,
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
    const dxf = this.stylesDoc().dxf(edit);
    const stop = edit.stopIfTrue ? ' stopIfTrue="1"' : '';
    doc.insertTopLevel(
      'conditionalFormatting',
      `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxf}" priority="${edit.priority}"${stop}><formula>${formula}</formula></cfRule></conditionalFormatting>`,
    );
  }

  private removeConditionalFormats(
    doc: WorksheetDoc,
    range: string,
    formulas: readonly string[],
  ): void {
    const sqref = range.replace(/\$/g, '');
    const ours = new Set(formulas.map((f) => normaliseFormula(withoutEquals(f))));
    // From the last so that offsets stay valid.
    const list = doc.top('conditionalFormatting').reverse();
    for (const cf of list) {
      if (decodeXml(rawAttrIn(cf.text, 'sqref') ?? '').replace(/\$/g, '') !== sqref) continue;
      const root = rootTag(cf.text) as Tag;
      const rules = children(cf.text, root);
      const keep = rules.filter((r) => {
        const m = /<(\w+:)?formula>([\s\S]*?)<\/(\w+:)?formula>/.exec(
          cf.text.slice(r.tag.start, r.end),
        );
        const all = cf.text.slice(r.tag.start, r.end).match(/<(\w+:)?formula>/g) ?? [];
        return !(m && all.length === 1 && ours.has(normaliseFormula(decodeXml(m[2]))));
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

  private columns(doc: WorksheetDoc, edit: Extract<SimpleEdit, { kind: 'column' }>): void {
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
      if (t.attrs.length > 0) out.push(t);
    }
    out.sort((a, b) => a.min - b.min);
    // Excel needs a width on every column entry.
    for (const e of out)
      if (!e.attrs.some(([k]) => k === 'width')) e.attrs.unshift(['width', '9.140625']);
    const text = out.length === 0 ? '' : writeCols(out);
    if (have) doc.replaceRange(have.tag.start, have.end, text === '' ? '' : prefixedFor(doc, text));
    else if (text !== '') doc.insertTopLevel('cols', text);
  }

  // --- workbook-level ------------------------------------------------------------------------

  private sheetIndex(name: string): number {
    return this.info.sheets.findIndex((s) => s.name === name);
  }

  private printArea(sheet: string, range: string | null): void {
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
        if (value === null) this.dropEmpty('definedNames');
        this.wbChanged = true;
        return;
      }
    }
    if (value === null) return;
    const el = `<definedName name="_xlnm.Print_Area" localSheetId="${idx}">${escapeText(value)}</definedName>`;
    if (dn && !dn.tag.selfClosing) {
      const close = dn.end - (dn.tag.qname.length + 3);
      this.wbXml = this.wbXml.slice(0, close) + this.wbPrefixed(el) + this.wbXml.slice(close);
    } else if (dn) {
      const open = this.wbXml.slice(dn.tag.start, dn.tag.end - 2) + '>';
      this.wbXml =
        this.wbXml.slice(0, dn.tag.start) +
        open +
        this.wbPrefixed(el) +
        `</${dn.tag.qname}>` +
        this.wbXml.slice(dn.end);
    } else {
      this.insertWorkbookChild('definedNames', `<definedNames>${el}</definedNames>`);
    }
    this.wbChanged = true;
  }

  private dropEmpty(name: string): void {
    const root = rootTag(this.wbXml) as Tag;
    const el = children(this.wbXml, root).find((c) => c.tag.name === name);
    if (el && children(this.wbXml, el.tag).length === 0) {
      this.wbXml = this.wbXml.slice(0, el.tag.start) + this.wbXml.slice(el.end);
    }
  }

  private wbPrefixed(fragment: string): string {
    const root = rootTag(this.wbXml) as Tag;
    const colon = root.qname.indexOf(':');
    if (colon < 0) return fragment;
    const p = root.qname.slice(0, colon + 1);
    return fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${p}$2`);
  }

  private insertWorkbookChild(name: string, fragment: string): void {
    const order = [
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
    const root = rootTag(this.wbXml) as Tag;
    const rank = order.indexOf(name);
    const next = children(this.wbXml, root).find((c) => order.indexOf(c.tag.name) > rank);
    const at = next ? next.tag.start : this.wbXml.lastIndexOf(`</${root.qname}`);
    this.wbXml = this.wbXml.slice(0, at) + this.wbPrefixed(fragment) + this.wbXml.slice(at);
  }

  private relPrefix(): string {
    const root = rootTag(this.wbXml) as Tag;
    for (const [k, v] of attributes(this.wbXml, root)) {
      if (k.startsWith('xmlns:') && v.endsWith('/officeDocument/2006/relationships'))
        return k.slice(6);
    }
    const open = this.wbXml.slice(root.start, root.end);
    this.wbXml =
      this.wbXml.slice(0, root.start) +
      setAttr(
        open,
        'xmlns:r',
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      ) +
      this.wbXml.slice(root.end);
    return 'r';
  }

  private addRel(typeSuffix: string, target: string): string {
    const existing = this.wbRels.match(/Type="([^"]*)\/officeDocument\/2006\/relationships\//);
    const base = existing
      ? `${existing[1]}/officeDocument/2006/relationships`
      : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const ids = new Set([...this.wbRels.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    if (this.wbRels === '') {
      this.wbRels =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    }
    const close = this.wbRels.lastIndexOf('</');
    this.wbRels =
      this.wbRels.slice(0, close) +
      `<Relationship Id="${id}" Type="${base}${typeSuffix}" Target="${escapeAttr(target)}"/>` +
      this.wbRels.slice(close);
    this.wbRelsChanged = true;
    return id;
  }

  private addContentType(part: string, type: string): void {
    const close = this.ct.lastIndexOf('</');
    this.ct =
      this.ct.slice(0, close) +
      `<Override PartName="/${part}" ContentType="${type}"/>` +
      this.ct.slice(close);
    this.ctChanged = true;
  }

  private ensureSheet(
    name: string,
    visibility: 'visible' | 'hidden' | 'veryHidden',
    id: string,
  ): ApplyOutcome {
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
      return { id, status: 'applied' };
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
    const prefix = this.relPrefix();
    const ids = this.info.sheets.map((s) => Number(s.sheetId)).filter((n) => Number.isFinite(n));
    const sheetId = Math.max(0, ...ids) + 1;
    const state = visibility === 'visible' ? '' : ` state="${visibility}"`;
    const el = this.wbPrefixed(
      `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state} ${prefix}:id="${rid}"/>`,
    );
    const root = rootTag(this.wbXml) as Tag;
    const sheets = children(this.wbXml, root).find((c) => c.tag.name === 'sheets');
    if (sheets && !sheets.tag.selfClosing) {
      const close = sheets.end - (sheets.tag.qname.length + 3);
      this.wbXml = this.wbXml.slice(0, close) + el + this.wbXml.slice(close);
    } else {
      this.insertWorkbookChild('sheets', `<sheets>${el}</sheets>`);
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
    return { id, status: 'applied' };
  }

  private deleteSheet(name: string, id: string): ApplyOutcome {
    const idx = this.sheetIndex(name);
    if (idx < 0) return { id, status: 'applied' };
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
      this.dropEmpty('definedNames');
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
    this.wbRels = this.wbRels.replace(
      new RegExp(`<(\\w+:)?Relationship\\b[^>]*\\bId="${ref.relId}"[^>]*/>`),
      '',
    );
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
    this.sheets.delete(name);
    this.info.sheets.splice(idx, 1);
    return { id, status: 'applied' };
  }

  // --- output --------------------------------------------------------------------------------

  finish(): PatchResult {
    const enc = new TextEncoder();
    const texts = new Map<string, string>();
    for (const [name, doc] of this.sheets) {
      const ref = this.sheetRef(name);
      if (!ref?.part) continue;
      if (doc.changed || this.newParts.has(ref.part)) texts.set(ref.part, doc.toString());
    }
    for (const [part, xml] of this.newParts) if (!texts.has(part)) texts.set(part, xml);
    if (this.formulasChanged && !/fullCalcOnLoad="(1|true)"/.test(this.wbXml)) {
      const calc = /<(\w+:)?calcPr\b[^>]*>/.exec(this.wbXml);
      if (calc) {
        this.wbXml =
          this.wbXml.slice(0, calc.index) +
          setAttr(calc[0], 'fullCalcOnLoad', '1') +
          this.wbXml.slice(calc.index + calc[0].length);
      } else this.insertWorkbookChild('calcPr', '<calcPr fullCalcOnLoad="1"/>');
      this.wbChanged = true;
    }
    // A calculation chain naming a cell that no longer holds a formula makes Excel repair the file.
    if (this.formulasDropped) {
      const chain = relOfType(this.pkg.rels(this.info.part), REL_TYPE.calcChain);
      if (chain?.part && this.pkg.has(chain.part)) {
        this.removed.add(this.pkg.entry(chain.part)?.name ?? chain.part);
        this.wbRels = this.wbRels.replace(
          new RegExp(`<(\\w+:)?Relationship\\b[^>]*\\bId="${chain.id}"[^>]*/>`),
          '',
        );
        this.wbRelsChanged = true;
        this.ct = this.ct.replace(/<(\w+:)?Override\b[^>]*calcChain[^>]*\/>/i, '');
        this.ctChanged = true;
      }
    }
    if (this.wbChanged) texts.set(this.info.part, this.wbXml);
    if (this.wbRelsChanged) texts.set(relsPath(this.info.part), this.wbRels);
    if (this.ctChanged) texts.set('[Content_Types].xml', this.ct);
    if (this.styles?.changed && this.stylesPart) texts.set(this.stylesPart, this.styles.toString());

    const parts: OutPart[] = [];
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const e of this.pkg.entries) {
      if (this.removed.has(e.name)) continue;
      seen.add(e.name);
      const t = texts.get(e.name);
      if (t === undefined) parts.push({ kind: 'copy', entry: e });
      else {
        changed.push(e.name);
        parts.push({ kind: 'new', name: e.name, content: enc.encode(t), like: e });
      }
    }
    const added: string[] = [];
    for (const [name, t] of texts) {
      if (seen.has(name)) continue;
      added.push(name);
      parts.push({ kind: 'new', name, content: enc.encode(t) });
    }
    return { bytes: writeZip(parts), outcomes: [], changed, added, removed: [...this.removed] };
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function innerOf(cellXml: string): string {
  const t = nextTag(cellXml, 0) as Tag;
  if (t.selfClosing) return '';
  return cellXml.slice(t.end, cellXml.lastIndexOf('</'));
}

function colLettersOf(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function prefixedFor(doc: WorksheetDoc, fragment: string): string {
  if (!doc.prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${doc.prefix}:$2`);
}

/** Formula text for comparison: no spaces outside strings, upper case, no `$`. */
function normaliseFormula(f: string): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 0 ? part.replace(/\s+/g, '').replace(/\$/g, '').toUpperCase() : part,
    )
    .join('"');
}

/**
 * Applies `edits` in order to the package and returns its new bytes with an outcome per edit.
 * Never throws for an edit: a failing edit is reported as failed and the others still apply.
 */
export function patchPackage(
  pkg: Package,
  edits: readonly Edit[],
  capabilities: ReadonlySet<Capability> = PACKAGE_CAPABILITIES,
  snapshot: WorkbookSnapshot = readPackageSnapshot(pkg),
): PatchResult {
  const patcher = new Patcher(pkg);
  const admission = admit(edits, capabilities, patcher.facts(snapshot));
  const outcomes = new Map(admission.outcomes.map((o) => [o.id, o]));
  for (const edit of admission.edits) {
    let o: ApplyOutcome;
    try {
      o = patcher.apply(edit);
    } catch (e) {
      o = { id: edit.id, status: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
    if (o.status === 'failed') outcomes.set(o.id, o);
  }
  const result = patcher.finish();
  return { ...result, outcomes: [...outcomes.values()] };
}

export { Package };
