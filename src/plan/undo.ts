/**
 * Taking back what the add-in wrote, from its registry: original contents back, its conditional
 * formats and validations off, and print areas and column widths back on sheets no longer
 * annotated.
 */
import type { CellValue } from '../snapshot/types';
import type { Edit, SetFormulaEdit, SetValueEdit } from './edits';
import type { CellEntry, Registry } from './registry';

/** The edit that restores a registry cell's original content. */
export function restoreEdit(e: CellEntry, id: string): SetFormulaEdit | SetValueEdit {
  const nf = e.nf ?? 'General';
  if (e.f) {
    return {
      id,
      kind: 'setFormula',
      sheet: e.s,
      cell: e.a,
      formula: e.f.startsWith('=') ? e.f : `=${e.f}`,
      numberFormat: nf,
      onlyIfEmpty: false,
      result: cachedOf(e.v),
    };
  }
  const v = e.v;
  const value =
    v === null || typeof v === 'string' || typeof v === 'number'
      ? v
      : typeof v === 'boolean'
        ? String(v).toUpperCase()
        : null;
  return {
    id,
    kind: 'setValue',
    sheet: e.s,
    cell: e.a,
    value,
    numberFormat: nf,
    onlyIfEmpty: false,
    ...(e.x !== undefined ? { native: e.x } : {}),
  };
}

function cachedOf(v: CellValue): string | number | boolean | null {
  if (v === null || typeof v !== 'object') return v;
  return null;
}

export interface RemovalEdits {
  cells: Edit[];
  rules: Edit[];
  layout: Edit[];
}

/** What a new writing puts back, so that undoing it first would be work for nothing. */
export interface Rewritten {
  /** Cells (`Sheet!A1`) written again: their original content is not restored. */
  cells: ReadonlySet<string>;
  /** Sheets annotated again: their print area and column widths are not reset. */
  sheets: ReadonlySet<string>;
  /**
   * Ranges (`Sheet!A1:B2`, the sheet in lower case) validated again: writing a validation
   * replaces the add-in's own on the same cells in both hosts, so they are not cleared first.
   */
  validations: ReadonlySet<string>;
}

const NOTHING: Rewritten = { cells: new Set(), sheets: new Set(), validations: new Set() };

/** The key of a validated range in `Rewritten.validations`. */
export function validationKey(sheet: string, range: string): string {
  return `${sheet.toLowerCase()}!${range}`;
}

/**
 * Edits undoing a registry: original contents back, the add-in's conditional formats and
 * validations off, and print areas and column widths back — except what `again` writes anew.
 */
export function removalEdits(
  registry: Registry,
  ours: readonly CellEntry[],
  again: Rewritten = NOTHING,
): RemovalEdits {
  const { cells: keep, sheets: sheetsKept } = again;
  const cells: Edit[] = [];
  const rules: Edit[] = [];
  const layout: Edit[] = [];
  for (const e of ours) {
    if (keep.has(`${e.s}!${e.a}`)) continue;
    cells.push(restoreEdit(e, `${e.s}!${e.a}#restore`));
    if (e.fill) {
      layout.push({ id: `${e.s}!${e.a}#unfill`, kind: 'fill', sheet: e.s, range: e.a, fill: null });
    }
  }
  registry.entries.forEach((e, i) => {
    switch (e.t) {
      case 'cf':
        rules.push({
          id: `${e.s}!${e.r}#uncf${i}`,
          kind: 'removeConditionalFormats',
          sheet: e.s,
          range: e.r,
          formulas: e.f,
          requires: 'ExcelApi1.6',
          fallback: [
            { id: `${e.s}!${e.r}#unfill${i}`, kind: 'fill', sheet: e.s, range: e.r, fill: null },
          ],
        });
        break;
      case 'dv':
        e.r.forEach((r, j) => {
          if (again.validations.has(validationKey(e.s, r))) return;
          rules.push({
            id: `${e.s}!${r}#undv${i}-${j}`,
            kind: 'removeValidation',
            sheet: e.s,
            range: r,
            requires: 'ExcelApi1.8',
          });
        });
        break;
      case 'pa':
        if (!sheetsKept.has(e.s)) {
          layout.push({
            id: `${e.s}#unprint`,
            kind: 'printArea',
            sheet: e.s,
            range: e.o === '?' ? null : e.o,
            requires: 'ExcelApi1.9',
          });
        }
        break;
      case 'cols':
        if (!sheetsKept.has(e.s)) {
          layout.push({
            id: `${e.s}#uncols`,
            kind: 'column',
            sheet: e.s,
            columns: e.c,
            resetWidth: true,
          });
        }
        break;
      default:
        break;
    }
  });
  return { cells, rules, layout };
}
