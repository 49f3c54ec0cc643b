/**
 * Cost indicators against the form's own budget line: a 成本指标 such as `不超过134.3万元` that
 * takes full marks while the same form's 全年执行数 is above that amount (its 实际完成值 usually
 * just says `100%`). A reviewer at the finance bureau checks exactly this; the audit reports it as
 * a table finding and scores the row from the executed amount with the rules (reverse indicator).
 */
import { TOTAL_COST_NAME, UNIT_COST_NAME } from '../model/glossary';
import type { FormTable } from '../model/table';
import type { TableReport } from '../report/types';
import { D, parseActual, parseTarget, scoreIndicator, type Decimal } from '../rules';
import type { SheetSnapshot } from '../snapshot/types';
import { at, auditMessage, numberOf, show, type AuditContext } from './context';
import type { AuditedIndicator } from './indicator';

type Finding = NonNullable<TableReport['findings']>[number];

/** Whether the budget block above the indicators states its amounts in 万元. */
function budgetInWan(table: FormTable, sheet: SheetSnapshot | null): boolean {
  if (!sheet || !table.budget) return false;
  for (let r = table.block.top; r < table.headerRow; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v === 'string' && v.includes('万元')) return true;
    }
  }
  return false;
}

export function costFindings(
  table: FormTable,
  rows: readonly AuditedIndicator[],
  sheet: SheetSnapshot | null,
  ctx: AuditContext,
): Finding[] {
  if (table.kind === 'rubric' || table.kind === 'basic-data' || !table.budget) return [];
  const executed: Decimal | null = numberOf(table.budget.executed);
  if (executed === null || !budgetInWan(table, sheet)) return [];
  // The smaller of the initial and adjusted budget: a whole-cost limit is often the initial one.
  const budgets = [numberOf(table.budget.initial), numberOf(table.budget.adjusted)].filter(
    (d): d is Decimal => d !== null && d.greaterThan(0),
  );
  const planned: Decimal | null = budgets.length > 0 ? D.min(...budgets) : null;
  const out: Finding[] = [];
  table.indicators.forEach((ind, i) => {
    const row = rows[i];
    if (!ind.target || typeof ind.target.value !== 'string' || row.weight === null) return;
    if (!TOTAL_COST_NAME.test(ind.name) || UNIT_COST_NAME.test(ind.name)) return;
    if (row.stated === null || !row.stated.equals(row.weight)) return;
    const target = parseTarget({ target: ind.target.value });
    if (!target.ok || target.kind !== 'quantitative') return;
    if (target.operator !== '<=' && target.operator !== '<') return;
    if (
      !target.unit ||
      target.unit.base !== '元' ||
      target.messages.some((m) => m.code === 'perPeriodTarget')
    )
      return;
    const limitWan = target.value.times(target.unit.factor).div(10000);
    if (!executed.greaterThan(limitWan)) return;
    // The cost of one component (监控设备购置费用 ≤60万元 in a 150万元 project) is not the project's
    // cost: only a limit of at least the profile's share of the planned budget is comparable.
    if (planned === null || limitWan.lessThan(planned.times(ctx.profile.totalCostShare))) return;
    const actual = parseActual({ actual: `${executed.toString()}万元` });
    const scored = scoreIndicator({ target, actual, weight: row.weight, profile: ctx.profile });
    if (!scored.ok || scored.score === null) return;
    const cell = ind.score?.address ?? null;
    out.push({
      code: 'costOverTarget',
      cell,
      message: at(
        cell,
        auditMessage(ctx, 'costOverTarget', {
          name: ind.name,
          target: target.raw,
          executed: show(executed, 4),
          stated: show(row.stated),
          expected: show(scored.score),
        }),
      ),
    });
  });
  return out;
}
