/**
 * 引导填写原因: the user's answers for rows that fall short, written into the form's own reason
 * cells — only cells that are empty. Tick columns (经费保障 …) get √; separate 原因说明 and 改进措施
 * columns get their parts; a single 偏差原因分析及改进措施 cell gets "原因：…；改进措施：…".
 *
 * What the user answers is their content: it is not listed in the registry, so 撤销写入 keeps it.
 */
import { categoryOf, combinedReason } from '../messages/suggestions';

export { combinedReason };
import type { CellRef } from '../model/cell';
import type { FormTable, Indicator } from '../model/table';
import { isBlankCell } from '../snapshot/cells';
import type { Edit } from './edits';

export interface ReasonAnswer {
  sheet: string;
  /** 1-based sheet row of the indicator. */
  row: number;
  /** Reason categories: ids ('funding' …) or the tick columns' labels ('经费保障' …). */
  ticks: string[];
  reason: string;
  improvement: string;
}

function rowEdits(ind: Indicator, sheet: string, a: ReasonAnswer, purpose: string): Edit[] {
  const edits: Edit[] = [];
  const write = (cell: CellRef | null, value: string, tag: string): void => {
    if (!cell || value.trim() === '' || !isBlankCell(cell)) return;
    edits.push({
      id: `${sheet}!${cell.address}#${tag}`,
      kind: 'setValue',
      sheet,
      cell: cell.address,
      value,
      onlyIfEmpty: true,
      purpose,
    });
  };
  const wanted = new Set(a.ticks.map(categoryOf).filter((c) => c !== null));
  for (const t of ind.reasonTicks) if (wanted.has(t.category)) write(t.cell, '√', 'tick');
  if (ind.reasonText && ind.improvement) {
    write(ind.reasonText, a.reason.trim(), 'reason');
    write(ind.improvement, a.improvement.trim(), 'improvement');
  } else {
    write(ind.reasonText ?? ind.improvement, combinedReason(a.reason, a.improvement), 'reason');
  }
  return edits;
}

/**
 * The edits writing the user's answers into the recognized tables' empty reason cells (`purpose`
 * is the text the hosts report the writing by).
 */
export function planReasons(
  tables: readonly { table: FormTable }[],
  answers: readonly ReasonAnswer[],
  purpose: string,
): Edit[] {
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const a of answers) {
    const ind = tables
      .filter((t) => t.table.sheet === a.sheet)
      .flatMap((t) => t.table.indicators)
      .find((i) => i.row === a.row);
    if (!ind) continue;
    for (const e of rowEdits(ind, a.sheet, a, purpose)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      edits.push(e);
    }
  }
  return edits;
}
