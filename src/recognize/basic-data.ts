/**
 * The basic-data table (部门整体支出绩效评价基础数据表, Hengyang 附件2): staff numbers under
 * 财政供养人员情况 (编制数 / 实际在职人数 / 控制率) and spending lines under 经费控制情况 with one
 * column per period (`2021年决算数 | 2022年预算数 | 2022年决算数`).
 */
import {
  BASIC_DATA_LINES,
  PART_OF_PREFIX,
  PATTERNS,
  PROJECT_GROUP_WORD,
  type BasicDataLineRole,
} from '../model/glossary';
import type { BasicData } from '../model/table';
import { isBoundaryRow } from './body';
import type { Grid } from './grid';
import { isExpenseGroup, isPlaceholder, periodOf, staffTerm, TERM } from './terms';
import { termKey, valueText } from './text';
import { cleanLabel } from '../rules/text';
import { isBlankValue } from '../snapshot/cells';

/** What a row of the sheet offers to a basic-data table. */
export type BasicDataAnchor =
  | { kind: 'staff'; row: number; cols: { establishment?: number; actual?: number; rate?: number } }
  | {
      kind: 'expense';
      row: number;
      periods: {
        col: number;
        label: string;
        year: number | null;
        kind: 'budget' | 'final' | 'other';
      }[];
    };

interface KeyClass {
  s: ReturnType<typeof staffTerm>;
  expense: boolean;
  p: ReturnType<typeof periodOf>;
}
const classes = new Map<string, KeyClass>();

/** What a key means to a basic-data table; memoised, as every text cell of a sheet is asked. */
function classify(key: string): KeyClass {
  let hit = classes.get(key);
  if (!hit) {
    hit = { s: staffTerm(key), expense: isExpenseGroup(key), p: periodOf(key) };
    if (classes.size >= 50000) classes.clear();
    classes.set(key, hit);
  }
  return hit;
}

/** Whether row r is a staff header or a spending (period) header. */
export function basicDataAnchor(grid: Grid, r: number): BasicDataAnchor | null {
  if ((grid.rowFlags(r) & TERM.basic) === 0) return null;
  const n = grid.rowLength(r);
  const staff: { establishment?: number; actual?: number; rate?: number } = {};
  let group = false;
  let expenseGroup = false;
  const periods: Extract<BasicDataAnchor, { kind: 'expense' }>['periods'] = [];
  for (let c = 0; c < n; c++) {
    const k = grid.key(r, c);
    if (k === null) continue;
    const { s, expense, p } = classify(k);
    if (s === 'group') group = true;
    else if (s && staff[s] === undefined) staff[s] = c;
    if (expense) expenseGroup = true;
    if (p) periods.push({ col: c, label: cleanLabel(valueText(grid.raw(r, c))), ...p });
  }
  if (staff.establishment !== undefined && (staff.actual !== undefined || group)) {
    return { kind: 'staff', row: r, cols: staff };
  }
  if (periods.length >= 2 || (expenseGroup && periods.length >= 1)) {
    return { kind: 'expense', row: r, periods };
  }
  return null;
}

function lineRole(key: string): BasicDataLineRole | null {
  // A numbered `…专项…` line heads a group of projects (`1、业务工作专项(一个项目一行)`).
  if (PATTERNS.listNumbering.test(key) && key.includes(PROJECT_GROUP_WORD)) return 'projectGroup';
  for (const l of BASIC_DATA_LINES) {
    if (l.includes.some((w) => key.includes(termKey(w)))) return l.role;
  }
  return null;
}

/**
 * Reads a basic-data table from its first anchor row down to `limit` (exclusive). Returns the
 * data and the last row used (0-based).
 */
export function readBasicData(
  grid: Grid,
  first: BasicDataAnchor,
  limit: number,
  anchorAt: (r: number) => BasicDataAnchor | null,
): { data: BasicData; end: number; headerRow: number } {
  const data: BasicData = { staff: null, periods: [], lines: [] };
  let end = first.row;
  let expense: Extract<BasicDataAnchor, { kind: 'expense' }> | null = null;
  let r = first.row;
  if (first.kind === 'staff') {
    const cols = first.cols;
    let v = r + 1;
    while (v < limit && grid.rowBlank(v)) v++;
    if (v < limit && !anchorAt(v)) {
      const at = (c: number | undefined) => (c === undefined ? null : grid.refAt(v, c));
      data.staff = {
        row: v + 1,
        establishment: at(cols.establishment),
        actual: at(cols.actual),
        rate: at(cols.rate),
      };
      end = v;
      r = v + 1;
    } else r = first.row + 1;
    while (r < limit && grid.rowBlank(r)) r++;
    const next = r < limit ? anchorAt(r) : null;
    if (next && next.kind === 'expense') expense = next;
  } else expense = first;

  if (expense) {
    data.periods = expense.periods.map((p) => ({ ...p, col: p.col + 1 }));
    const firstPeriod = Math.min(...expense.periods.map((p) => p.col));
    let inProjects = false;
    end = Math.max(end, expense.row);
    for (r = expense.row + 1; r < limit; r++) {
      if (grid.rowBlank(r)) continue;
      if (isBoundaryRow(grid, r)) break;
      let label = '';
      for (let c = 0; c < firstPeriod; c++) {
        if (grid.rawBlank(r, c)) continue;
        label = cleanLabel(valueText(grid.raw(r, c)));
        break;
      }
      const cells = expense.periods.map((p) => grid.refAt(r, p.col));
      const empty = cells.every((c) => isBlankValue(c.value));
      const key = termKey(label);
      if (label === '' && empty) continue;
      if (isPlaceholder(key) && empty) continue;
      const matched = lineRole(key);
      let role: BasicDataLineRole;
      if (matched === 'projects' || matched === 'projectGroup') {
        role = matched;
        inProjects = true;
      } else if (inProjects && matched !== 'procurement' && matched !== 'measures') {
        role = 'project';
      } else {
        role = matched ?? 'other';
        inProjects = false;
      }
      data.lines.push({ row: r + 1, label, role, partOf: key.startsWith(PART_OF_PREFIX), cells });
      end = r;
    }
  }
  return { data, end, headerRow: first.row };
}
