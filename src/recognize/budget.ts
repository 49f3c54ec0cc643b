/**
 * The budget block above a form's indicators: a header row naming 年初预算数 / 全年预算数 /
 * 全年执行数 / 执行率 / 分值 / 得分 (in any order, with synonyms), and below it the total budget
 * line (年度资金总额, 部门预算总额, 年度部门预算支出小计, 资金总额 …). When several lines qualify
 * the best-ranked label wins (spending before income, 年度资金总额 before 合计).
 */
import type { BudgetRole } from '../model/glossary';
import type { BudgetLine, RecognitionNote } from '../model/table';
import type { Grid } from './grid';
import { budgetRole, budgetTotalRankOf } from './terms';
import { cleanLabel, valueText } from './text';

type BudgetColumns = Partial<Record<BudgetRole, number>>;

/** The budget columns named in row r, or null when it is not a budget header. */
function budgetHeader(grid: Grid, r: number): BudgetColumns | null {
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

export function findBudget(
  grid: Grid,
  from: number,
  to: number,
): { line: BudgetLine; notes: RecognitionNote[] } | null {
  let header: BudgetColumns | null = null;
  let best: {
    r: number;
    c: number;
    rank: number;
    amountInLabel: boolean;
    cols: BudgetColumns;
  } | null = null;
  for (let r = from; r < to; r++) {
    if (grid.rowBlank(r)) continue;
    const h = budgetHeader(grid, r);
    if (h) {
      header = h;
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
        best = { r, c, rank: hit.rank, amountInLabel: hit.amountInLabel, cols: header };
      }
      if (hit) break;
    }
  }
  if (!best) return null;
  const { r, c, cols } = best;
  const at = (role: BudgetRole) => (cols[role] !== undefined ? grid.refAt(r, cols[role]) : null);
  const notes: RecognitionNote[] = [];
  let initial = at('initial');
  if (best.amountInLabel && initial === null) {
    initial = grid.ref(r, c);
    notes.push({
      code: 'budget-amount-in-label',
      detail: `the budget amount is written in the label cell ${initial.address}`,
      rows: [r + 1],
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
