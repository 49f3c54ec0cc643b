/**
 * What an indicator row is scored from: the one decision the audit (verdicts) and the plan
 * (formulas) must take alike.
 *
 * - `target`: the row's own target against its actual (the usual case);
 * - `completion`: no target value, but a 完成程度 figure (Fushun: 指标得分 = 完成程度 × 分值);
 * - `statement`: no target value, but a qualitative statement in 完成程度 / 全年完成值, taken as
 *   the qualitative target it restates;
 * - `none`: no target and nothing to fall back on (the target's parse failure says why).
 */
import type { CellRef } from '../model/cell';
import type { Indicator } from '../model/table';
import {
  parseActual,
  parseNumber,
  parseTarget,
  type ActualResult,
  type NumberOk,
  type NumberResult,
  type TargetResult,
} from '../rules';
import { displayOf } from './context';

export type RowBasis =
  | { kind: 'target'; target: TargetResult; actual: ActualResult; completion?: NumberResult }
  | { kind: 'completion'; completion: NumberOk; cell: CellRef }
  | {
      kind: 'statement';
      target: TargetResult;
      actual: ActualResult;
      completion?: NumberResult;
      text: string;
      cell: CellRef;
    }
  | { kind: 'none'; target: TargetResult; actual: ActualResult };

/** The 完成程度 cell as a fraction: 1 shown as 100%, or 100 typed without a percent sign. */
export function completionOf(cell: CellRef | null): NumberResult | undefined {
  if (!cell || cell.value === null) return undefined;
  const r = parseNumber(cell.value, cell.numberFormat);
  if (!r.ok) return undefined;
  if (!r.percent && r.value.greaterThan(1)) return { ...r, value: r.value.div(100) };
  return r;
}

export function rowBasis(ind: Indicator): RowBasis {
  const target = parseTarget({
    target: ind.target?.value ?? null,
    operator: ind.operator?.value,
    unit: ind.unit?.value,
    numberFormat: ind.target?.numberFormat ?? null,
  });
  const actual = parseActual({
    actual: ind.actual?.value ?? null,
    unit: ind.unit?.value,
    numberFormat: ind.actual?.numberFormat ?? null,
  });
  const completion = completionOf(ind.completion);
  if (target.ok || target.reason !== 'empty') return { kind: 'target', target, actual, completion };
  if (completion && completion.ok && ind.completion) {
    return { kind: 'completion', completion, cell: ind.completion };
  }
  const statement = ind.completion ?? ind.actual;
  const text = statement ? displayOf(statement) : null;
  if (statement && typeof statement.value === 'string' && text !== null) {
    const stated = parseTarget({ target: statement.value });
    if (stated.ok && stated.kind === 'qualitative') {
      return { kind: 'statement', target: stated, actual, completion, text, cell: statement };
    }
  }
  return { kind: 'none', target, actual };
}
