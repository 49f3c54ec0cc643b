/**
 * 采用系统得分: which stated scores are replaced by a reference to the computed score. Previously
 * adopted cells stay adopted; with `adopt`, rows scored wrongly or left blank are added. The core
 * then audits the workbook with the adopted values (`withAdoptedValues`) for the formulas' cached
 * results.
 */
import type { RowModel } from '../audit';
import type { CellRef } from '../model/cell';
import { D } from '../rules';
import { a1 as A1, parseCell } from '../snapshot/a1';
import { groupBy } from '../snapshot/group';
import { isCellError, type WorkbookSnapshot } from '../snapshot/types';
import type { PlanAnalysis } from './input';
import { plannable, type SheetLayouts } from './layout';

export interface Adoption {
  sheet: string;
  /** The stated cell to replace. */
  cell: string;
  /** The computed cell it will reference. */
  source: string;
  value: number | string;
}

/** Rows whose score formula does not read the stated score (so it can be referenced by it). */
function adoptable(model: RowModel): boolean {
  return (
    model.kind === 'quantitative' || model.kind === 'completion' || model.kind === 'rubricComputed'
  );
}

function differs(stated: number | null, expected: number, tolerance: number): boolean {
  return stated === null || new D(stated).minus(expected).abs().greaterThan(tolerance);
}

export function chooseAdoptions(
  analysis: PlanAnalysis,
  { layouts }: SheetLayouts,
  adopt: boolean,
): Adoption[] {
  const previouslyAdopted = new Set(
    analysis.ours.filter((e) => e.role === 'adopt').map((e) => `${e.s}!${e.a}`),
  );
  const adoptions: Adoption[] = [];
  for (const a of analysis.tables) {
    const layout = layouts.get(a.table.sheet);
    if (!layout || !plannable(a)) continue;
    const sheet = a.table.sheet;
    const tol = a.profile.tolerance;
    const consider = (
      cell: CellRef | null,
      source: string,
      expected: number | null,
      stated: number | null,
      eligible: boolean,
    ) => {
      if (!cell || expected === null || !eligible) return;
      if (isCellError(cell.value) && !cell.formula) return;
      const was = previouslyAdopted.has(`${sheet}!${cell.address}`);
      if (was || (adopt && differs(stated, expected, tol))) {
        adoptions.push({ sheet, cell: cell.address, source, value: expected });
      }
    };
    a.table.indicators.forEach((ind, i) => {
      const rep = a.report.indicators[i];
      consider(
        ind.score,
        A1(layout.score, ind.row),
        rep.expectedScore,
        rep.statedScore,
        adoptable(a.models[i]),
      );
    });
    const b = a.table.budget;
    if (b && a.report.budget && (b.weight !== null || b.score !== null)) {
      consider(
        b.score,
        A1(layout.score, b.row),
        a.report.budget.expectedScore,
        a.report.budget.statedScore,
        true,
      );
    }
    if (a.table.total && a.report.total && !a.table.total.stated.formula) {
      consider(
        a.table.total.stated,
        A1(layout.score, a.table.total.row),
        a.report.total.expected,
        a.report.total.stated,
        true,
      );
    }
  }
  return adoptions;
}

/** A copy of the workbook with adopted cells holding their computed values. */
export function withAdoptedValues(
  wb: WorkbookSnapshot,
  adoptions: readonly Adoption[],
): WorkbookSnapshot {
  const bySheet = groupBy(adoptions, (a) => a.sheet);
  return {
    sheets: wb.sheets.map((s) => {
      const list = bySheet.get(s.name);
      if (!list) return s;
      const values = s.values.map((r) => (r ? r.slice() : []));
      const formulas = s.formulas?.map((r) => (r ? r.slice() : []));
      for (const a of list) {
        const p = parseCell(a.cell);
        if (!p) continue;
        while (values.length <= p.row) values.push([]);
        while (values[p.row].length <= p.col) values[p.row].push(null);
        values[p.row][p.col] = a.value;
        if (formulas) {
          while (formulas.length <= p.row) formulas.push([]);
          while (formulas[p.row].length <= p.col) formulas[p.row].push(null);
          formulas[p.row][p.col] = `=${a.source}`;
        }
      }
      return { ...s, values, formulas };
    }),
  };
}
