/**
 * What stands around a form: its caption (title), the project or department name, a stated total
 * or grade written outside the table (Jinshui: `自评得分 95.92`, `自评结果 优`), and the kind of form
 * these announce.
 */
import type { CellRef } from '../model/cell';
import { PROJECT_BUDGET_HINTS } from '../model/glossary';
import type { Grade, TableKind, Total } from '../model/table';
import type { Grid } from './grid';
import type { ColumnIndex } from './headers';
import {
  budgetRole,
  headerTerms,
  isGradeLabel,
  isTitle,
  isTotalLabel,
  nameLabel,
  reportingUnit,
  titleKind,
  withoutRemarks,
  TERM,
} from './terms';
import { valueText } from './text';
import { cleanLabel } from '../rules/text';

/** The caption closest above the header, within rows [from, to). */
export function findTitle(
  grid: Grid,
  from: number,
  to: number,
): { text: string; key: string } | null {
  for (let r = to - 1; r >= from; r--) {
    if (grid.rowBlank(r)) continue;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      const k = grid.key(r, c);
      if (k !== null && isTitle(k)) return { text: cleanLabel(valueText(grid.raw(r, c))), key: k };
    }
  }
  return null;
}

export interface NameHit {
  kind: 'project' | 'department';
  name: string;
  cell: CellRef;
}

/** The first name label in rows [from, to) and the name written beside (or in) it. */
export function findName(grid: Grid, from: number, to: number): NameHit | null {
  for (let r = from; r < to; r++) {
    if (grid.rowBlank(r)) continue;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      const k = grid.key(r, c);
      if (k === null) continue;
      const raw = valueText(grid.raw(r, c));
      const hit = nameLabel(k, raw);
      if (!hit) continue;
      if (hit.inlineValue !== null) {
        return { kind: hit.kind, name: cleanLabel(hit.inlineValue), cell: grid.ref(r, c) };
      }
      const v = grid.nextFilled(r, c + 1);
      if (v === null) continue;
      const ref = grid.ref(r, v);
      const name = cleanLabel(valueText(ref.value));
      const key = grid.key(ref.row - 1, ref.col - 1);
      if (name === '' || (key !== null && (budgetRole(key) || headerTerms(key).length > 0))) {
        continue;
      }
      return { kind: hit.kind, name, cell: ref };
    }
  }
  return null;
}

/** The reporting unit (`填报单位：党政办公室（盖章）`), a department form's fallback name. */
export function findReportingUnit(grid: Grid, from: number, to: number): NameHit | null {
  for (let r = from; r < to; r++) {
    if (grid.rowBlank(r)) continue;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      const k = grid.key(r, c);
      if (k === null) continue;
      const hit = reportingUnit(k, valueText(grid.raw(r, c)));
      if (!hit) continue;
      if (hit.inlineValue !== null) {
        return { kind: 'department', name: hit.inlineValue, cell: grid.ref(r, c) };
      }
      const v = grid.nextFilled(r, c + 1);
      if (v === null) continue;
      const ref = grid.ref(r, v);
      const name = withoutRemarks(valueText(ref.value));
      if (name !== '') return { kind: 'department', name, cell: ref };
    }
  }
  return null;
}

/** A total stated outside the table (`自评得分 | 95.92`), within rows [from, to). */
export function findOutsideTotal(grid: Grid, from: number, to: number): Total | null {
  for (let r = from; r < to; r++) {
    if (grid.rowBlank(r)) continue;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      const k = grid.key(r, c);
      if (k === null || !isTotalLabel(k, true)) continue;
      const v = grid.nextFilled(r, c + 1);
      if (v === null) continue;
      return {
        row: r + 1,
        label: cleanLabel(valueText(grid.raw(r, c))),
        stated: grid.ref(r, v),
        weightSum: null,
      };
    }
  }
  return null;
}

/** A stated grade (`自评结果 | 优`) within rows [from, to). */
export function findGrade(grid: Grid, from: number, to: number): Grade | null {
  for (let r = from; r < to; r++) {
    if (grid.rowBlank(r) || (grid.rowFlags(r) & TERM.grade) === 0) continue;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      const k = grid.key(r, c);
      if (k === null || !isGradeLabel(k)) continue;
      const v = grid.nextFilled(r, c + 1);
      return {
        label: cleanLabel(valueText(grid.raw(r, c))),
        stated: v !== null ? grid.ref(r, v) : grid.refAt(r, c + 1),
      };
    }
  }
  return null;
}

/** The kind of an indicator table, from its columns, caption, name label and budget line. */
export function tableKind(
  cols: ColumnIndex,
  titleKey: string | null,
  nameKind: 'project' | 'department' | null,
  budgetLabel: string | null,
): TableKind {
  const r = cols.roles;
  if (r.level1Weight !== undefined || r.level2Weight !== undefined || r.criteria !== undefined) {
    return 'rubric';
  }
  const fromTitle = titleKey ? titleKind(titleKey) : null;
  if (fromTitle === 'project' || fromTitle === 'department') return fromTitle;
  if (nameKind) return nameKind;
  if (budgetLabel !== null && PROJECT_BUDGET_HINTS.some((w) => budgetLabel.includes(w))) {
    return 'project';
  }
  return 'department';
}
