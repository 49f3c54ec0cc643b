/**
 * Admission: the one step between a plan and a host that decides, edit by edit, what is applied,
 * substituted by its fallback or skipped — from the host's capabilities and the facts the host
 * gathered about the sheets (which exist, which are protected, what the target cells hold, where
 * the user's own data validation is). Pure: hosts gather facts, call `admit`, and translate the
 * admitted edits into their API; the only outcome a host may change afterwards is to `failed`,
 * when its API call fails.
 *
 * The rules, in the order they are checked:
 *
 * 1. Sheets. `ensureSheet` is always admitted, unless the sheet does not exist and the workbook's
 *    structure is protected: then nothing of the plan is admitted (every edit is skipped with
 *    `workbookProtected`), since the add-in's registry could not be written and the writing could
 *    not be undone. `deleteSheet` of a sheet that does not exist is `applied` (nothing to do).
 *    Any other edit on a sheet that does not exist (nor is created earlier in the plan) `failed`;
 *    on a protected sheet it is `skipped: protected` as a whole (its fallback is not tried).
 * 2. Capabilities. An edit needs its `requires` and what its kind needs on every host
 *    (`KIND_REQUIRES`: validation ExcelApi 1.8, conditional formats 1.6, print area 1.9, notes
 *    1.10). Missing: with a non-empty `fallback`, the fallback edits go through these same rules
 *    and the edit is `substituted` by their ids; without one it is `skipped: missingCapability`.
 * 3. The user's typed content (`onlyIfEmpty`). A cell that is not blank (blank: nothing, or only
 *    spaces) is never written. If it already holds exactly what the edit writes — the same
 *    formula (compared without spaces, `$` and case outside strings) or the same constant — the
 *    edit is `applied` and nothing is sent: the cell is as the plan wants it, and nothing of the
 *    user's is touched (its number format stays). Otherwise it is `skipped: cellNotEmpty`. Facts
 *    are the state before the plan; a write admitted earlier in the plan counts for later edits.
 *    A `fill` of exactly such a cell (a helper header's colour) is skipped with it: the add-in
 *    colours only cells it writes, so that the user's cell keeps its own fill.
 * 4. The user's own data validation. Data validation that the workbook already had on cells the
 *    plan would validate is left alone: `dataValidation` (and `removeValidation`) on a range that
 *    carries validation which is not the add-in's is `skipped: userValidation`, so that neither
 *    writing nor undoing can lose it. The add-in's own validation is known from its registry
 *    (ranges it validated) or from its prompt titles (see `validationFact`). The registry the plan
 *    writes is corrected accordingly: ranges skipped here are taken out of its `dv` entries, so
 *    that undo and later recalculations never treat the user's validation as the add-in's. So
 *    are ranges whose validation is not written at all (a protected sheet, an Excel without
 *    ExcelApi 1.8, which cannot see the validation there either), unless the registry lists them
 *    already: validation the add-in wrote earlier stays its own, to be replaced or undone later.
 * 5. Undo is all or nothing for the registry. Deleting the helper sheet (with the registry) is
 *    admitted only when no other edit of the plan was skipped for a protected sheet; otherwise
 *    it is `skipped: incomplete`, so that what could not be restored now can be restored by
 *    running undo again.
 * 6. The user's own fills. Static fills that stand in for conditional formats (a fallback, on an
 *    Excel without them) colour or clear only cells whose fill is none or one of the add-in's
 *    colours: a cell the user (or the template) coloured keeps its colour through write and
 *    undo. The edit is applied to the other cells (`skipped: userFill` when none is left).
 * 7. Formulas compute. A formula written into a cell formatted as Text (`@`) stays text in Excel;
 *    a `setFormula` whose cell would be Text — its own number format, or the cell's, or a format
 *    the host could not see (an empty cell outside the range it read) — is admitted with the
 *    number format `General`. The registry keeps the original format (`recordFormats` fills in
 *    those the planner could not see), so undo puts `@` back.
 */
import { OUR_VALIDATION_TITLES } from '../messages/validation-titles';
import type { CellValue } from '../snapshot/types';
import type { ApplyOutcome, Capability, Edit, SimpleEdit } from './edits';
import { isBlankCell, normaliseFormula } from '../snapshot/cells';
import { HELPER_SHEET } from './registry';
import { COLOURS } from './writer';
import { parseA1, rangeA1 } from '../snapshot/a1';

/** What a cell holds at apply time. */
export interface CellFact {
  value: CellValue;
  formula: string | null;
  /** Its number format, when the host knows it (`@` is Text). */
  numberFormat?: string | null;
}

/** Data validation on a range: none, the add-in's own, or the user's (or the template's). */
export type ValidationFact = 'none' | 'own' | 'user';

export interface SheetFacts {
  protected: boolean;
  /** The content of one cell (`B7`), as read before the plan is applied. */
  cell(a1: string): CellFact;
  /** Whether `range` (as in the edit) carries data validation, and whose. */
  validation(range: string): ValidationFact;
  /**
   * The static fill of each cell of `range` (`#RRGGBB`, null for none), row by row; asked only
   * for the static fills that stand in for conditional formats. Absent: the host cannot tell.
   */
  fills?(range: string): (string | null)[][] | undefined;
}

export interface AdmissionFacts {
  /** The sheet by name (case-insensitive, as Excel's names are), or undefined if it is absent. */
  sheet(name: string): SheetFacts | undefined;
  /** Workbook structure protected: no sheet can be added or deleted. */
  structureProtected?: boolean;
}

export interface Admission {
  /** The edits to apply, in plan order, fallbacks in place of the edits they replace. */
  edits: SimpleEdit[];
  /** One outcome per plan edit and per fallback edit tried, in plan order. */
  outcomes: ApplyOutcome[];
}

/** What each kind of edit needs on every host, besides its own `requires`. */
export const KIND_REQUIRES: Partial<Record<SimpleEdit['kind'], Capability>> = {
  dataValidation: 'ExcelApi1.8',
  removeValidation: 'ExcelApi1.8',
  conditionalFormat: 'ExcelApi1.6',
  removeConditionalFormats: 'ExcelApi1.6',
  printArea: 'ExcelApi1.9',
  note: 'ExcelApi1.10',
  column: 'ExcelApi1.2',
};

/** Whether the cell already holds exactly what the write would put there. */
export function holdsAlready(c: CellFact, e: SimpleEdit): boolean {
  if (e.kind === 'setFormula') {
    return c.formula !== null && normaliseFormula(c.formula) === normaliseFormula(e.formula);
  }
  if (e.kind === 'setValue') return c.formula === null && e.value !== null && c.value === e.value;
  return false;
}

/**
 * Classifies the validation a host found on a range: `found` are the prompt titles of the
 * validation in it (an empty title for validation without a prompt), `registered` whether the
 * add-in's registry lists the range. A prompt the add-in does not write → the user's, also on a
 * listed range (the user replaced the add-in's rule there); otherwise listed, or found → own;
 * nothing → none. Hosts that do not look at listed ranges (Excel) find nothing there.
 */
export function validationFact(found: readonly string[], registered: boolean): ValidationFact {
  if (found.some((t) => !OUR_VALIDATION_TITLES.has(t))) return 'user';
  return registered || found.length > 0 ? 'own' : 'none';
}

/** A registry chunk: a JSON array in column A of the helper sheet, below the title. */
const CHUNK_CELL = /^A([2-9]|[1-9]\d+)$/;

/**
 * Rewrites the entries of the registry chunks the plan writes (setValue edits of the helper
 * sheet's column A, below the title, holding JSON arrays); `fix` returns the entry, a changed
 * copy, or null to drop it. Edits whose entries do not change are returned as they are.
 */
function rewriteRegistry(
  edits: SimpleEdit[],
  fix: (entry: Record<string, unknown>) => Record<string, unknown> | null,
): SimpleEdit[] {
  return edits.map((e) => {
    if (e.kind !== 'setValue' || e.sheet !== HELPER_SHEET || typeof e.value !== 'string') return e;
    if (!CHUNK_CELL.test(e.cell) || !e.value.startsWith('[')) return e;
    let entries: unknown;
    try {
      entries = JSON.parse(e.value);
    } catch {
      return e;
    }
    if (!Array.isArray(entries)) return e;
    let changed = false;
    const kept = entries.flatMap((x: unknown) => {
      if (typeof x !== 'object' || x === null) return [x];
      const y = fix(x as Record<string, unknown>);
      if (y !== x) changed = true;
      return y === null ? [] : [y];
    });
    return changed ? { ...e, value: JSON.stringify(kept) } : e;
  });
}

/** Takes skipped validation ranges out of the registry's `dv` entries. */
function pruneRegistry(edits: SimpleEdit[], skipped: ReadonlySet<string>): SimpleEdit[] {
  if (skipped.size === 0) return edits;
  return rewriteRegistry(edits, (o) => {
    if (o.t !== 'dv' || typeof o.s !== 'string' || !Array.isArray(o.r)) return o;
    const r = o.r.filter((a) => !skipped.has(`${String(o.s)}!${String(a)}`));
    if (r.length === o.r.length) return o;
    return r.length > 0 ? { ...o, r } : null;
  });
}

/**
 * The registry chunks with the original number format of cells whose format the planner could
 * not see (`nf: null`; e.g. empty cells beside the form that Excel's used range leaves out),
 * once the host has read it: `formats` by `Sheet!A1`. Only chunk edits that change are returned,
 * so that undo gives such cells back their own format (a Text `@` column, say).
 */
export function recordFormats(
  edits: readonly SimpleEdit[],
  formats: ReadonlyMap<string, string>,
): SimpleEdit[] {
  const chunks = edits.filter((e) => e.sheet === HELPER_SHEET && e.kind === 'setValue');
  const fixed = rewriteRegistry(chunks, (o) => {
    if (o.t !== 'cell' || o.nf !== null) return o;
    const nf = formats.get(`${String(o.s)}!${String(o.a)}`);
    return nf === undefined || nf === COMPUTING_FORMAT ? o : { ...o, nf };
  });
  return fixed.filter((e, i) => e !== chunks[i]);
}

/** Decides, edit by edit, what a host applies. See the rules at the top of this file. */
export function admit(
  plan: readonly Edit[],
  capabilities: ReadonlySet<Capability>,
  facts: AdmissionFacts,
): Admission {
  const key = (s: string): string => s.toLowerCase();
  const created = new Set<string>();
  const deleted = new Set<string>();
  const written = new Map<string, CellFact>();
  /** Cells whose write was skipped for the user's content, by `sheet!A1` (lower-case sheet). */
  const kept = new Set<string>();
  const skippedValidation = new Set<string>();
  const edits: SimpleEdit[] = [];
  const outcomes: ApplyOutcome[] = [];

  const exists = (sheet: string): boolean =>
    !deleted.has(key(sheet)) && (created.has(key(sheet)) || facts.sheet(sheet) !== undefined);

  if (facts.structureProtected) {
    const adds = plan.some((e) => e.kind === 'ensureSheet' && !exists(e.sheet));
    const deletes = plan.some((e) => e.kind === 'deleteSheet' && exists(e.sheet));
    if (adds || deletes) {
      return {
        edits: [],
        outcomes: plan.map((e) => ({ id: e.id, status: 'skipped', reason: 'workbookProtected' })),
      };
    }
  }

  const supports = (e: SimpleEdit): boolean => {
    const inherent = KIND_REQUIRES[e.kind];
    if (inherent && !capabilities.has(inherent)) return false;
    // back to the standard width: ExcelApi 1.7 (useStandardWidth)
    if (e.kind === 'column' && e.resetWidth && !capabilities.has('ExcelApi1.7')) return false;
    return !e.requires || capabilities.has(e.requires);
  };

  /** The sheet rules: an outcome when the sheet decides, null when the edit goes on. */
  const bySheet = (e: SimpleEdit): ApplyOutcome | null => {
    if (e.kind === 'ensureSheet') return null;
    if (e.kind === 'deleteSheet') return exists(e.sheet) ? null : { id: e.id, status: 'applied' };
    if (!exists(e.sheet)) return { id: e.id, status: 'failed', detail: `no sheet ${e.sheet}` };
    const f = created.has(key(e.sheet)) ? undefined : facts.sheet(e.sheet);
    if (f?.protected) return { id: e.id, status: 'skipped', reason: 'protected' };
    return null;
  };

  /** The content rules, for an edit the host supports on a writable sheet. */
  const byContent = (e: SimpleEdit, fallback = false): ApplyOutcome => {
    const f = created.has(key(e.sheet)) ? undefined : facts.sheet(e.sheet);
    switch (e.kind) {
      case 'ensureSheet':
        created.add(key(e.sheet));
        deleted.delete(key(e.sheet));
        break;
      case 'deleteSheet':
        deleted.add(key(e.sheet));
        created.delete(key(e.sheet));
        break;
      case 'setFormula':
      case 'setValue': {
        const at = `${key(e.sheet)}!${e.cell.replace(/\$/g, '')}`;
        const now = written.get(at) ?? f?.cell(e.cell.replace(/\$/g, '')) ?? BLANK;
        if (e.onlyIfEmpty && !isBlankCell(now)) {
          if (holdsAlready(now, e)) return { id: e.id, status: 'applied' };
          kept.add(at);
          return { id: e.id, status: 'skipped', reason: 'cellNotEmpty' };
        }
        const format = e.numberFormat ?? now.numberFormat ?? null;
        written.set(at, {
          value: e.kind === 'setFormula' ? null : e.value,
          formula: e.kind === 'setFormula' ? e.formula : null,
          numberFormat: format,
        });
        if (e.kind === 'setFormula' && (format === TEXT_FORMAT || format === null)) {
          edits.push({ ...simple(e), numberFormat: COMPUTING_FORMAT } as SimpleEdit);
          written.set(at, { value: null, formula: e.formula, numberFormat: COMPUTING_FORMAT });
          return { id: e.id, status: 'applied' };
        }
        break;
      }
      case 'fill': {
        if (kept.has(`${key(e.sheet)}!${e.range.replace(/\$/g, '')}`)) {
          return { id: e.id, status: 'skipped', reason: 'cellNotEmpty' };
        }
        const parts = fallback ? ownFillRuns(e.range, f?.fills?.(e.range)) : null;
        if (parts === null) break;
        if (parts.length === 0) return { id: e.id, status: 'skipped', reason: 'userFill' };
        for (const range of parts) edits.push({ ...e, range });
        return { id: e.id, status: 'applied' };
      }
      case 'dataValidation':
      case 'removeValidation':
        if (f && f.validation(e.range) === 'user') {
          if (e.kind === 'dataValidation') skippedValidation.add(`${e.sheet}!${e.range}`);
          return { id: e.id, status: 'skipped', reason: 'userValidation' };
        }
        break;
      default:
        break;
    }
    edits.push(simple(e));
    return { id: e.id, status: 'applied' };
  };

  /**
   * A validation not written (protected sheet, missing capability) is not the add-in's: the
   * registry claims its range only when it lists it already (ours from an earlier writing).
   */
  const unwritten = (e: Edit): void => {
    if (e.kind !== 'dataValidation') return;
    if (created.has(key(e.sheet)) || facts.sheet(e.sheet)?.validation(e.range) !== 'own') {
      skippedValidation.add(`${e.sheet}!${e.range}`);
    }
  };

  for (const edit of plan) {
    const sheetOutcome = bySheet(edit);
    if (sheetOutcome) {
      outcomes.push(sheetOutcome);
      if (sheetOutcome.status !== 'applied') unwritten(edit);
      continue;
    }
    if (supports(edit)) {
      outcomes.push(byContent(edit));
      continue;
    }
    const fallback = edit.fallback ?? [];
    if (fallback.length === 0) {
      outcomes.push({ id: edit.id, status: 'skipped', reason: 'missingCapability' });
      unwritten(edit);
      continue;
    }
    for (const f of fallback) {
      const o = bySheet(f);
      if (o) outcomes.push(o);
      else if (!supports(f))
        outcomes.push({ id: f.id, status: 'skipped', reason: 'missingCapability' });
      else outcomes.push(byContent(f, true));
    }
    outcomes.push({ id: edit.id, status: 'substituted', by: fallback.map((f) => f.id) });
  }
  // a sheet that is gone (renamed or deleted by the user) cannot be restored later either
  const blocked = outcomes.some((o) => o.status === 'skipped' && o.reason === 'protected');
  const helper = edits.findIndex((x) => x.kind === 'deleteSheet' && x.sheet === HELPER_SHEET);
  if (blocked && helper >= 0) {
    const id = edits[helper].id;
    edits.splice(helper, 1);
    outcomes[outcomes.findIndex((o) => o.id === id)] = {
      id,
      status: 'skipped',
      reason: 'incomplete',
    };
  }
  return { edits: pruneRegistry(edits, skippedValidation), outcomes };
}

const BLANK: CellFact = { value: null, formula: null };

/** Fills the add-in writes; white is what Excel reports for a cell without fill. */
const OWN_FILLS = new Set(
  [COLOURS.header, COLOURS.short.fill, COLOURS.wrong.fill, COLOURS.reason.fill, '#FFFFFF'].map(
    (c) => c.toUpperCase(),
  ),
);

/**
 * The runs (per row) of `range`'s cells that carry no fill of the user's; null when all of them
 * may be written (or the host cannot tell).
 */
function ownFillRuns(range: string, fills: (string | null)[][] | undefined): string[] | null {
  const rect = parseA1(range);
  if (!rect || !fills) return null;
  const free = (c: string | null | undefined): boolean => !c || OWN_FILLS.has(c.toUpperCase());
  if (fills.every((row) => row.every(free))) return null;
  const runs: string[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = fills[r - rect.top] ?? [];
    let start = -1;
    for (let c = rect.left; c <= rect.right + 1; c++) {
      const ok = c <= rect.right && free(row[c - rect.left]);
      if (ok && start < 0) start = c;
      if (!ok && start >= 0) {
        runs.push(rangeA1({ top: r, bottom: r, left: start, right: c - 1 }));
        start = -1;
      }
    }
  }
  return runs;
}
/** Excel's Text number format, and the format a formula written into such a cell is given. */
const TEXT_FORMAT = '@';
const COMPUTING_FORMAT = 'General';

/** An edit without its fallback list: what a host writes. */
function simple(edit: Edit | SimpleEdit): SimpleEdit {
  if (!('fallback' in edit)) return edit;
  const copy: Edit = { ...edit };
  delete copy.fallback;
  return copy;
}
