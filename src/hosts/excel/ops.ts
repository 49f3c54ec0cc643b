/**
 * Admitted edits → queued Office.js operations, in phases: sheets, removals, cells, formats,
 * layout, notes, and sheet deletions last (so that undo deletes the helper sheet, and with it the
 * registry, only after everything else was restored).
 *
 * Re-applying a plan is idempotent: conditional formats whose formula the plan (re)writes or
 * removes are deleted first, using the inventory from the read in the same request context.
 */
import type {
  ColumnEdit,
  ConditionalFormatEdit,
  DataValidationEdit,
  RemoveValidationEdit,
  SimpleEdit,
} from '../../plan/edits';
import { normaliseFormula } from '../../snapshot/cells';
import { quoteSheet } from '../../snapshot/a1';
import { groupBy } from '../../snapshot/group';
import { OP_OVERHEAD, type Op } from './batch';
import { jsonBytes } from './payload';
import { cellOps, cellWrite, holds, lastWrites, type CellWrite } from './cells';
import type { ExcelReadState } from './read';
import { mergeRemovals, mergeValidations, setValidation } from './validation';

/** A single grouped write is split when it would be larger than this share of the budget. */
const OP_SHARE = 4;

const VISIBILITY: Record<string, Excel.SheetVisibility> = {
  visible: 'Visible' as Excel.SheetVisibility,
  hidden: 'Hidden' as Excel.SheetVisibility,
  veryHidden: 'VeryHidden' as Excel.SheetVisibility,
};

/** Column width in the plan is in characters (as in .xlsx); Office.js wants points. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Worksheets by name: created in this request, read before, or looked up. */
export class Sheets {
  private readonly created = new Map<string, Excel.Worksheet>();
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly state: ExcelReadState,
  ) {}

  get(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    const inv =
      this.state.sheets.get(name) ??
      [...this.state.sheets.entries()].find(([n]) => n.toLowerCase() === key)?.[1];
    return (
      this.created.get(key) ?? inv?.worksheet ?? this.context.workbook.worksheets.getItem(name)
    );
  }

  add(name: string): Excel.Worksheet {
    const ws = this.context.workbook.worksheets.add(name);
    this.created.set(name.toLowerCase(), ws);
    return ws;
  }

  has(name: string): boolean {
    return this.created.has(name.toLowerCase());
  }

  /** The visibility read before, by name (case-insensitive). */
  visibility(name: string): string | undefined {
    const key = name.toLowerCase();
    return [...this.state.visibility.entries()].find(([n]) => n.toLowerCase() === key)?.[1];
  }
}

export interface Phases {
  /** In order; each phase's operations run after those of the phases before. */
  ops: Op[];
  /** Admitted edits the host could not turn into an operation (a bad address). */
  failed: { id: string; detail: string }[];
}

/** Turns admitted edits into operations, in phases. */
export function operations(
  context: Excel.RequestContext,
  state: ExcelReadState,
  sheets: Sheets,
  edits: readonly SimpleEdit[],
  budget: number,
): Phases {
  const SHEETS: Op[] = [];
  const REMOVALS: Op[] = [];
  const FORMATS: Op[] = [];
  const LAYOUT: Op[] = [];
  const NOTES: Op[] = [];
  const DELETES: Op[] = [];
  const failed: Phases['failed'] = [];
  const cellWrites: { sheet: string; write: CellWrite }[] = [];
  const purge = new Map<string, Set<string>>();
  const addPurge = (sheet: string, formula: string): void => {
    const set = purge.get(sheet) ?? new Set<string>();
    set.add(normaliseFormula(formula));
    purge.set(sheet, set);
  };
  const conditional: ConditionalFormatEdit[] = [];
  const validations: DataValidationEdit[] = [];
  const removals: RemoveValidationEdit[] = [];
  const op = (e: SimpleEdit, run: () => void): Op => ({
    bytes: OP_OVERHEAD + jsonBytes(e),
    ids: [e.id],
    sheet: e.sheet,
    run,
  });

  for (const e of edits) {
    switch (e.kind) {
      case 'ensureSheet':
        SHEETS.push({
          ...op(e, () => ensureSheet(state, sheets, e.sheet, VISIBILITY[e.visibility])),
          adds: !state.snapshot.sheets.some((s) => s.name.toLowerCase() === e.sheet.toLowerCase()),
        });
        break;
      case 'deleteSheet':
        DELETES.push(op(e, () => deleteSheet(sheets, e.sheet)));
        break;
      case 'setFormula':
      case 'setValue': {
        const w = cellWrite(e);
        if (!w) {
          failed.push({ id: e.id, detail: `bad address ${e.cell}` });
          break;
        }
        cellWrites.push({ sheet: e.sheet, write: w });
        break;
      }
      case 'dataValidation':
        validations.push(e);
        break;
      case 'removeValidation':
        removals.push(e);
        break;
      case 'conditionalFormat':
        addPurge(e.sheet, e.formula);
        conditional.push(e);
        break;
      case 'removeConditionalFormats':
        for (const f of e.formulas) addPurge(e.sheet, f);
        break;
      case 'fill':
        FORMATS.push(
          op(e, () => {
            const fill = sheets.get(e.sheet).getRange(e.range).format.fill;
            if (e.fill) fill.color = e.fill;
            else fill.clear();
          }),
        );
        break;
      case 'column':
        LAYOUT.push(op(e, () => columnLayout(sheets.get(e.sheet), e)));
        break;
      case 'printArea':
        LAYOUT.push(
          op(e, () => {
            if (e.range) sheets.get(e.sheet).pageLayout.setPrintArea(e.range);
            else {
              const name = state.sheets.get(e.sheet)?.printArea;
              if (name && !name.isNullObject) name.delete();
            }
          }),
        );
        break;
      case 'note': {
        const existing = state.comments?.items.some((c) => c.content === e.text) ?? false;
        if (existing) break;
        NOTES.push(
          op(e, () => context.workbook.comments.add(`${quoteSheet(e.sheet)}!${e.cell}`, e.text)),
        );
        break;
      }
    }
  }

  REMOVALS.push(...removalOps(sheets, removals), ...purgeOps(state, purge));
  FORMATS.push(...conditionalOps(sheets, conditional), ...validationOps(sheets, validations));
  const CELLS: Op[] = [];
  const snapshot = new Map(state.snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  for (const [sheet, list] of groupBy(cellWrites, (c) => c.sheet)) {
    // the last write to a cell wins, as it would in order; then what the cell already holds is
    // left alone (on a sheet the plan creates, everything is written)
    const current = sheets.has(sheet) ? undefined : snapshot.get(sheet.toLowerCase());
    const final = lastWrites(list.map((c) => c.write));
    const changed = current ? final.filter((w) => !holds(current, w)) : final;
    CELLS.push(...cellOps(sheet, changed, budget / OP_SHARE, (n) => sheets.get(n)));
  }
  return {
    ops: [...SHEETS, ...REMOVALS, ...CELLS, ...FORMATS, ...LAYOUT, ...NOTES, ...DELETES],
    failed,
  };
}

function ensureSheet(
  state: ExcelReadState,
  sheets: Sheets,
  name: string,
  visibility: Excel.SheetVisibility,
): void {
  const had = state.snapshot.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!had && !sheets.has(name)) {
    // a new sheet is visible: visibility is set (ExcelApi 1.2) only to hide it
    const ws = sheets.add(name);
    if (visibility !== VISIBILITY.visible) ws.visibility = visibility;
  } else if (sheets.visibility(name) !== visibility) sheets.get(name).visibility = visibility;
}

/**
 * Excel refuses to delete a very hidden sheet (InvalidOperation): it is made (visibly) hidden
 * first, in the same request.
 */
function deleteSheet(sheets: Sheets, name: string): void {
  const ws = sheets.get(name);
  if (sheets.visibility(name) === VISIBILITY.veryHidden) ws.visibility = VISIBILITY.hidden;
  ws.delete();
}

function columnLayout(ws: Excel.Worksheet, e: ColumnEdit): void {
  const r = ws.getRange(e.columns.includes(':') ? e.columns : `${e.columns}:${e.columns}`);
  if (e.resetWidth) r.format.useStandardWidth = true;
  else if (e.width !== undefined) r.format.columnWidth = charsToPoints(e.width);
  if (e.hidden !== undefined) r.columnHidden = e.hidden;
}

/** The add-in's validations cleared, adjacent cells in one range. */
function removalOps(sheets: Sheets, removals: readonly RemoveValidationEdit[]): Op[] {
  return mergeRemovals(removals).map((g) => ({
    bytes: OP_OVERHEAD + jsonBytes(g),
    ids: g.ids,
    sheet: g.sheet,
    run: () => sheets.get(g.sheet).getRange(g.range).dataValidation.clear(),
  }));
}

/** Conditional formats: ours (same formula) deleted before they are added again or removed. */
function purgeOps(state: ExcelReadState, purge: Map<string, Set<string>>): Op[] {
  const ops: Op[] = [];
  for (const [sheet, formulas] of purge) {
    const inv = state.sheets.get(sheet)?.conditionalFormats;
    if (!inv) continue;
    const doomed = inv.items.filter((cf) => {
      const custom = cf.customOrNullObject;
      return !custom.isNullObject && formulas.has(normaliseFormula(custom.rule.formula));
    });
    if (doomed.length > 0) {
      ops.push({
        bytes: OP_OVERHEAD * doomed.length,
        ids: [],
        sheet,
        run: () => doomed.forEach((cf) => cf.delete()),
      });
    }
  }
  return ops;
}

/**
 * Conditional formats added highest priority number first, so that the lowest ends on top (Excel
 * puts each new rule above the others).
 */
function conditionalOps(sheets: Sheets, conditional: ConditionalFormatEdit[]): Op[] {
  return conditional
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.priority - a.e.priority || a.i - b.i)
    .map(({ e }) => ({
      bytes: OP_OVERHEAD + jsonBytes(e),
      ids: [e.id],
      sheet: e.sheet,
      run: () => {
        const cf = sheets
          .get(e.sheet)
          .getRange(e.range)
          .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
        cf.custom.rule.formula = e.formula;
        if (e.fill) cf.custom.format.fill.color = e.fill;
        if (e.fontColor) cf.custom.format.font.color = e.fontColor;
        if (e.bold !== undefined) cf.custom.format.font.bold = e.bold;
        if (e.stopIfTrue !== undefined) cf.stopIfTrue = e.stopIfTrue;
      },
    }));
}

function validationOps(sheets: Sheets, validations: DataValidationEdit[]): Op[] {
  return mergeValidations(validations).map((group) => ({
    bytes: OP_OVERHEAD + jsonBytes(group.edit) + group.ids.length * 8,
    ids: group.ids,
    sheet: group.edit.sheet,
    run: () =>
      setValidation(sheets.get(group.edit.sheet).getRange(group.range).dataValidation, group.edit),
  }));
}
