/**
 * Where the helper columns go: for each sheet with a form to write into, six columns right of
 * everything on it after one blank gap column — or a notice saying why the sheet is left alone
 * (protected, too large, no free columns).
 */
import type { PlanTexts } from '../messages/plan';
import type { CellRef } from '../model/cell';
import { groupBy } from '../snapshot/group';
import { isCellError, type WorkbookSnapshot } from '../snapshot/types';
import type { PlanNotice, PlanTable } from './input';
import { usedWidth, type CellEntry } from './registry';

/** Indicator rows planned per workbook at most; larger sheets are left alone with a notice. */
export const MAX_PLANNED_ROWS = 10000;
/** Helper columns: score, status, progress, completion, target, actual. */
const HELPER_COLUMNS = 6;
const MAX_COLUMNS = 16384;

/** 1-based columns of one sheet's helper cells. */
export interface Layout {
  score: number;
  status: number;
  /** 完成情况: the status without the stated-score check. */
  progress: number;
  completion: number;
  target: number;
  actual: number;
  /** Last column of the form (the print area's right edge). */
  formRight: number;
}

export interface SheetLayouts {
  /** Sheets to write into, in workbook order of their first table. */
  layouts: Map<string, Layout>;
  /** The tables of each sheet to write into. */
  bySheet: Map<string, PlanTable[]>;
}

/** Tables the plan writes into: forms with indicator rows. */
export function plannable(t: PlanTable): boolean {
  return t.table.kind !== 'basic-data' && t.table.indicators.length > 0;
}

export function planLayouts(
  tables: readonly PlanTable[],
  base: WorkbookSnapshot,
  texts: PlanTexts,
  notices: PlanNotice[],
): SheetLayouts {
  const layouts = new Map<string, Layout>();
  const bySheet = new Map<string, PlanTable[]>();
  for (const a of tables) {
    if (!plannable(a)) continue;
    const list = bySheet.get(a.table.sheet) ?? [];
    list.push(a);
    bySheet.set(a.table.sheet, list);
  }
  let plannedRows = 0;
  for (const [name, list] of bySheet) {
    const sheet = list[0].sheet;
    if (sheet.protected) {
      notices.push({ level: 'warning', sheet: name, text: texts.notices.protectedSheet(name) });
      continue;
    }
    const rows = list.reduce((n, a) => n + a.table.indicators.length, 0);
    if (plannedRows + rows > MAX_PLANNED_ROWS) {
      notices.push({
        level: 'warning',
        sheet: name,
        text: texts.notices.tooLarge(name, rows, MAX_PLANNED_ROWS),
      });
      continue;
    }
    const width = usedWidth(sheet);
    const first = width + 2;
    if (first + HELPER_COLUMNS - 1 > MAX_COLUMNS) {
      notices.push({ level: 'warning', sheet: name, text: texts.notices.noRoom(name) });
      continue;
    }
    plannedRows += rows;
    layouts.set(name, {
      score: first,
      status: first + 1,
      progress: first + 2,
      completion: first + 3,
      target: first + 4,
      actual: first + 5,
      formRight: Math.max(width, 1),
    });
    noteErrors(name, list, texts, notices);
  }
  for (const sheet of base.sheets) {
    if (sheet.protected && !bySheet.has(sheet.name)) {
      notices.push({
        level: 'info',
        sheet: sheet.name,
        text: texts.notices.protectedOther(sheet.name),
      });
    }
  }
  return { layouts, bySheet };
}

function noteErrors(
  name: string,
  list: readonly PlanTable[],
  texts: PlanTexts,
  notices: PlanNotice[],
): void {
  const cells: string[] = [];
  const look = (c: CellRef | null | undefined) => {
    if (c && isCellError(c.value)) cells.push(c.address);
  };
  for (const a of list) {
    for (const ind of a.table.indicators) {
      [
        ind.target,
        ind.operator,
        ind.unit,
        ind.actual,
        ind.completion,
        ind.weight,
        ind.score,
      ].forEach(look);
    }
    const b = a.table.budget;
    if (b) [b.initial, b.adjusted, b.executed, b.rate, b.weight, b.score].forEach(look);
    look(a.table.total?.stated);
  }
  if (cells.length === 0) return;
  const shown = cells.slice(0, 5);
  notices.push({
    level: 'warning',
    sheet: name,
    text: texts.notices.errorCells(name, shown, cells.length - shown.length),
  });
}

/** Cells the add-in wrote that the user has changed since: kept, and said so. */
export function noteUserChanges(
  theirs: readonly CellEntry[],
  texts: PlanTexts,
  notices: PlanNotice[],
): void {
  for (const [s, entries] of groupBy(theirs, (e) => e.s)) {
    const cells = entries.map((e) => e.a);
    const shown = cells.slice(0, 5);
    notices.push({
      level: 'info',
      sheet: s,
      text: texts.notices.userChanged(s, shown, cells.length - shown.length),
    });
  }
}
