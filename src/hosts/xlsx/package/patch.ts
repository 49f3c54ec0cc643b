/**
 * The package patcher: applies an edit plan to an .xlsx package and gives back new bytes in which
 * only the parts the plan touches differ — the worksheets it writes into (cells, validations,
 * conditional formats, column widths), `styles.xml` (styles appended, none renumbered) and, for
 * the helper sheet, the workbook, its relationships and the content types. Every other part is
 * copied byte for byte, and every element or attribute the patcher does not know is kept.
 *
 * Bytes in, bytes out; no Node-only API (the offline web page uses the same path).
 */
import type { ApplyOutcome, Capability, Edit, SimpleEdit } from '../../../plan/edits';
import { admit, validationFact, type AdmissionFacts, type SheetFacts } from '../../../plan/admit';
import { HELPER_SHEET, readRegistry } from '../../../plan/registry';
import type { WorkbookSnapshot } from '../../../snapshot/types';
import { areasIntersect, sqrefAreas } from './areas';
import { parseA1 } from './formula';
import { Package } from './package';
import { fill, writeCell } from './patch-cells';
import { addConditionalFormat, columns, removeConditionalFormats } from './patch-formats';
import { addValidation, removeValidation, validationsOf } from './patch-validations';
import { WorkbookEdit, type CalcMark } from './patch-workbook';
import { snapshotOfPackage as readPackageSnapshot } from './read';
import { WorksheetDoc } from './worksheet';
import { rawAttrIn } from './xml';
import { writeZip, type OutPart } from './zip';

/** What the package host can write: everything the plan uses. */
export const PACKAGE_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'ExcelApi1.1',
  'ExcelApi1.2', // column widths: the patcher writes <cols>
  'ExcelApi1.4',
  'ExcelApi1.6',
  'ExcelApi1.7',
  'ExcelApi1.8',
  'ExcelApi1.9',
  'ExcelApi1.13',
]);

export interface PatchResult {
  bytes: Uint8Array;
  outcomes: ApplyOutcome[];
  /** Parts written anew, added or removed (the rest are copied byte for byte). */
  changed: string[];
  added: string[];
  removed: string[];
}

function isProtected(doc: WorksheetDoc): boolean {
  const p = doc.top('sheetProtection')[0];
  if (!p) return false;
  const v = rawAttrIn(p.text, 'sheet');
  return v === '1' || v === 'true';
}

class Patcher {
  private readonly book: WorkbookEdit;
  private readonly sheets = new Map<string, WorksheetDoc>();
  /** The plan deleted the add-in's helper sheet (撤销写入). */
  private helperDeleted = false;

  constructor(private readonly pkg: Package) {
    this.book = new WorkbookEdit(pkg);
  }

  private doc(name: string): WorksheetDoc | null {
    const have = this.sheets.get(name);
    if (have) return have;
    const ref = this.book.sheetRef(name);
    if (!ref?.part) return null;
    const xml = this.book.newParts.get(ref.part) ?? this.pkg.text(ref.part) ?? '';
    const doc = new WorksheetDoc(xml);
    this.sheets.set(name, doc);
    return doc;
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
    const made = new Map<string, SheetFacts>();
    return {
      structureProtected: this.book.structureProtected(),
      sheet: (name) => {
        const ref = this.book.info.sheets.find(
          (s) => s.kind === 'worksheet' && s.name.toLowerCase() === name.toLowerCase(),
        );
        if (!ref) return undefined;
        const have = made.get(ref.name);
        if (have) return have;
        const doc = this.doc(ref.name);
        const sheet = snapshot.sheets.find((s) => s.name === ref.name);
        const protectedNow = doc !== null && isProtected(doc);
        const validations = doc ? validationsOf(doc) : [];
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

  apply(edit: SimpleEdit): ApplyOutcome {
    if (edit.kind === 'ensureSheet') {
      this.book.ensureSheet(edit.sheet, edit.visibility);
      return { id: edit.id, status: 'applied' };
    }
    if (edit.kind === 'deleteSheet') {
      if (edit.sheet === HELPER_SHEET) this.helperDeleted = true;
      this.book.deleteSheet(edit.sheet);
      this.sheets.delete(edit.sheet);
      return { id: edit.id, status: 'applied' };
    }
    const doc = this.doc(edit.sheet);
    if (!doc) return { id: edit.id, status: 'failed', detail: `no sheet ${edit.sheet}` };
    switch (edit.kind) {
      case 'setFormula':
      case 'setValue':
        writeCell(this.book, doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'dataValidation':
        addValidation(doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'removeValidation':
        removeValidation(doc, edit.range);
        return { id: edit.id, status: 'applied' };
      case 'conditionalFormat':
        addConditionalFormat(doc, () => this.book.stylesDoc(), edit);
        return { id: edit.id, status: 'applied' };
      case 'removeConditionalFormats':
        removeConditionalFormats(doc, edit.range, edit.formulas);
        return { id: edit.id, status: 'applied' };
      case 'fill':
        fill(this.book, doc, edit.range, edit.fill);
        return { id: edit.id, status: 'applied' };
      case 'column':
        columns(doc, edit);
        return { id: edit.id, status: 'applied' };
      case 'printArea':
        this.book.printArea(edit.sheet, edit.range);
        return { id: edit.id, status: 'applied' };
      case 'note':
        return { id: edit.id, status: 'skipped', reason: 'missingCapability' };
    }
  }

  /**
   * `calcMark`: what the registry's helper sheet says the add-in did to the workbook's
   * calculation settings (cell CALC_MARK_CELL), before this plan.
   */
  finish(calcMark: CalcMark | null): PatchResult {
    const enc = new TextEncoder();
    const texts = new Map<string, string>();
    // Asking for a full recalculation on load changes workbook.xml: the helper sheet records it
    // (once), so that 撤销写入 can take it back; removing the helper sheet takes it back.
    const helper = this.book.sheetRef(HELPER_SHEET) ? this.doc(HELPER_SHEET) : null;
    const set = this.book.calcToSet();
    if (helper && set && !calcMark) {
      writeCell(this.book, helper, {
        id: `${HELPER_SHEET}!${CALC_MARK_CELL}`,
        kind: 'setValue',
        sheet: HELPER_SHEET,
        cell: CALC_MARK_CELL,
        value: `${CALC_MARK}${set}`,
        onlyIfEmpty: false,
      });
    }
    const undoCalc = helper === null && this.helperDeleted ? calcMark : null;
    for (const [name, doc] of this.sheets) {
      const ref = this.book.sheetRef(name);
      if (!ref?.part) continue;
      if (doc.changed || this.book.newParts.has(ref.part)) texts.set(ref.part, doc.toString());
    }
    for (const [part, xml] of this.book.newParts) if (!texts.has(part)) texts.set(part, xml);
    this.book.writeTexts(texts, undoCalc);

    const removed = this.book.removed;
    const parts: OutPart[] = [];
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const e of this.pkg.entries) {
      if (removed.has(e.name)) continue;
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
    return { bytes: writeZip(parts), outcomes: [], changed, added, removed: [...removed] };
  }
}

/** The helper sheet's cell recording that the add-in asked for a full recalculation on load. */
const CALC_MARK_CELL = 'D1';
const CALC_MARK = 'fullCalcOnLoad:';

/** What the helper sheet records of the add-in's change to the calculation settings. */
function calcMarkOf(snapshot: WorkbookSnapshot): CalcMark | null {
  const v = snapshot.sheets.find((s) => s.name === HELPER_SHEET)?.values[0]?.[3];
  if (v === `${CALC_MARK}attr`) return 'attr';
  if (v === `${CALC_MARK}element`) return 'element';
  return null;
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
  const result = patcher.finish(calcMarkOf(snapshot));
  return { ...result, outcomes: [...outcomes.values()] };
}

export { Package };
