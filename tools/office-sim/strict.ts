/**
 * Rules where real Excel refuses or transforms what the add-in asks, kept apart so that each is
 * one function the object model calls (issue 9):
 *
 * - a very hidden worksheet cannot be deleted (InvalidOperation); it must be made visible or
 *   (visibly) hidden first — the operations queued before it in the batch stay applied;
 * - with the workbook's structure protected, no sheet can be added, deleted, hidden or shown;
 * - a formula written (by `values` or `formulas`) into a cell formatted as Text (`@`) is stored as
 *   text, as Excel does for typed input;
 * - `DataValidation.type` of a range whose cells validate differently is `Inconsistent`, of a
 *   range whose cells are only partly validated `MixedCriteria`.
 */
import type { CellRange } from '../../src/snapshot/types';
import { contains, intersects } from '../../src/snapshot/a1';
import { SimOfficeError } from './api';
import { cellKey, type Raw, type SimSheet, type SimValidation, type SimWorkbook } from './workbook';

export function assertStructureUnprotected(doc: SimWorkbook): void {
  if (doc.structureProtected) {
    throw new SimOfficeError(
      'InvalidOperation',
      'The workbook is protected. To change its structure, unprotect the workbook.',
    );
  }
}

export function assertDeletable(doc: SimWorkbook, sheet: SimSheet): void {
  assertStructureUnprotected(doc);
  if (sheet.visibility === 'VeryHidden') {
    throw new SimOfficeError(
      'InvalidOperation',
      'This operation is not permitted for the current object: a very hidden worksheet cannot be deleted.',
    );
  }
}

/** What a write of `v` into the cell stores: a formula into a Text cell stays text. */
export function typedInput(sheet: SimSheet, r: number, c: number, v: Raw | null): Raw | null {
  if (typeof v === 'string' && v.startsWith('=') && sheet.numberFormats.get(cellKey(r, c)) === '@')
    return `'${v}`;
  return v;
}

/** The validation Office.js reports for a range: the rule of its cells, or None / mixed. */
export function validationOf(
  sheet: SimSheet,
  rect: CellRange,
): { type: string; validation: SimValidation | undefined } {
  const hits = sheet.validations.filter((v) => v.areas.some((a) => intersects(a, rect)));
  if (hits.length === 0) return { type: 'None', validation: undefined };
  const first = hits[0];
  const kind = Object.keys(first.rule)[0] ?? 'custom';
  const type = kind[0].toUpperCase() + kind.slice(1);
  if (hits.length > 1) return { type: 'Inconsistent', validation: first };
  const covered = first.areas.filter((a) => intersects(a, rect));
  let cells = 0;
  for (const a of covered) {
    const top = Math.max(a.top, rect.top);
    const bottom = Math.min(a.bottom, rect.bottom);
    const left = Math.max(a.left, rect.left);
    const right = Math.min(a.right, rect.right);
    cells += (bottom - top + 1) * (right - left + 1);
  }
  const all = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  const whole = cells === all || covered.some((a) => contains(a, rect));
  return { type: whole ? type : 'MixedCriteria', validation: first };
}
