/**
 * The budget block above a form's indicators: a header row naming 年初预算数 / 全年预算数 /
 * 全年执行数 / 执行率 / 分值 / 得分 (in any order, with synonyms), and below it the total budget
 * line (年度资金总额, 部门预算总额, 年度部门预算支出小计, 资金总额 …). When several lines qualify
 * the best-ranked label wins (spending before income, 年度资金总额 before 合计).
 */
import type { BudgetRole } from '../model/glossary';
import type { BudgetLine, RecognitionNote } from '../model/table';
import type { Grid } from './grid';
import { cellNumber } from './number';
import { budgetRole, budgetTotalRankOf, TERM } from './terms';
import { splitLevelWeight, valueText } from './text';
import { cleanLabel } from '../rules/text';

/** The first text of row r, when it comes before any number. */
function firstText(grid: Grid, r: number): string | null {
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    if (grid.rawBlank(r, c)) continue;
    const v = grid.raw(r, c);
    return typeof v === 'string' ? v : null;
  }
  return null;
}

type BudgetColumns = Partial<Record<BudgetRole, number>>;

/** The budget columns named in row r, or null when it is not a budget header. */
function budgetHeader(grid: Grid, r: number): BudgetColumns | null {
  if ((grid.rowFlags(r) & TERM.budget) === 0) return null;
  const cols: BudgetColumns = {};
  let count = 0;
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    const v = grid.raw(r, c);
    if (typeof v === 'number') return null;
    const k = grid.key(r, c);
    if (k === null) continue;
    const role = budgetRole(k);
    if (role && cols[role] === undefined) {
      cols[role] = c;
      count++;
    }
  }
  const money = cols.initial ?? cols.adjusted ?? cols.executed;
  return count >= 2 && money !== undefined ? cols : null;
}

/** The amounts of a budget line (the 分值 and 得分 stay on the total line). */
const AMOUNT_ROLES: readonly BudgetRole[] = ['initial', 'adjusted', 'executed', 'rate'];

/**
 * Anhui's 2022 forms leave 年度资金总额 at zero and put the figures in `其中：本年财政拨款`: when
 * the total line's amounts are all zero or blank and exactly one of the part lines below it has
 * amounts, that line's row; else null.
 */
function amountsFromPart(grid: Grid, r: number, to: number, cols: BudgetColumns): number | null {
  const amountCols = (['initial', 'adjusted', 'executed'] as const)
    .map((k) => cols[k])
    .filter((c): c is number => c !== undefined);
  const sum = (row: number): number | null => {
    let total = 0;
    for (const c of amountCols) {
      const n = cellNumber(grid.raw(row, c));
      if (n !== null) total += Math.abs(n);
      else if (!grid.rawBlank(row, c) && grid.mergeOver(row, c) === null) return null;
    }
    return total;
  };
  if (amountCols.length === 0 || sum(r) !== 0) return null;
  let found: number | null = null;
  for (let p = r + 1; p < to && p <= r + 6; p++) {
    if (grid.rowBlank(p)) break;
    const s = sum(p);
    if (s === null) break;
    if (s > 0) {
      if (found !== null) return null;
      found = p;
    }
  }
  return found;
}

export function findBudget(
  grid: Grid,
  from: number,
  to: number,
): { line: BudgetLine; notes: RecognitionNote[] } | null {
  let header: BudgetColumns | null = null;
  let headerRow = -1;
  let best: {
    r: number;
    c: number;
    rank: number;
    amountInLabel: boolean;
    cols: BudgetColumns;
    headerRow: number;
  } | null = null;
  for (let r = from; r < to; r++) {
    if (grid.rowBlank(r)) continue;
    const h = budgetHeader(grid, r);
    if (h) {
      header = h;
      headerRow = r;
      continue;
    }
    if (!header) continue;
    const taken = new Set(Object.values(header));
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      if (taken.has(c)) continue;
      const k = grid.key(r, c);
      if (k === null) continue;
      const hit = budgetTotalRankOf(k);
      if (hit && (!best || hit.rank < best.rank)) {
        best = { r, c, rank: hit.rank, amountInLabel: hit.amountInLabel, cols: header, headerRow };
      }
      if (hit) break;
    }
  }
  if (!best) return null;
  const { r, c, cols } = best;
  const notes: RecognitionNote[] = [];
  const part = amountsFromPart(grid, r, to, cols);
  const at = (role: BudgetRole) => {
    if (cols[role] === undefined) return null;
    const amountRow = part !== null && AMOUNT_ROLES.includes(role) ? part : r;
    return grid.refAt(amountRow, cols[role]);
  };
  if (part !== null) {
    notes.push({
      code: 'budget-from-part',
      detail: `the total line holds zeros; amounts read from ${cleanLabel(firstText(grid, part) ?? '')}`,
      rows: [part + 1],
    });
  }
  let initial = at('initial');
  if (best.amountInLabel && initial === null) {
    initial = grid.ref(r, c);
    notes.push({
      code: 'budget-amount-in-label',
      detail: `the budget amount is written in the label cell ${initial.address}`,
      rows: [r + 1],
    });
  }
  const lead = firstText(grid, best.headerRow);
  if (lead !== null && splitLevelWeight(lead).weight !== null) {
    notes.push({
      code: 'separate-budget-block',
      detail: `the budget is a weighted block of its own (${cleanLabel(lead)})`,
      rows: [best.headerRow + 1],
    });
  }
  return {
    line: {
      row: r + 1,
      label: cleanLabel(valueText(grid.raw(r, c))),
      initial,
      adjusted: at('adjusted'),
      executed: at('executed'),
      rate: at('rate'),
      weight: at('weight'),
      score: at('score'),
    },
    notes,
  };
}
