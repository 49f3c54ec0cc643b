/**
 * 引导填写原因: the user's answers for rows that fall short, written into the form's own reason
 * cells — only cells that are empty. Tick columns (经费保障 …) get √; separate 原因说明 and 改进措施
 * columns get their parts; a single 偏差原因分析及改进措施 cell gets "原因：…；改进措施：…".
 *
 * What the user answers is their content: it is not listed in the registry, so 撤销写入 keeps it.
 */
import { categoryOf } from '../messages/suggestions';
import type { CellRef } from '../model/cell';
import type { Indicator } from '../model/table';
import { recognizeWorkbook } from '../recognize';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { Edit } from './edits';
import { readRegistry, restoreWorkbook } from './registry';

export interface ReasonAnswer {
  sheet: string;
  /** 1-based sheet row of the indicator. */
  row: number;
  /** Reason categories: ids ('funding' …) or the tick columns' labels ('经费保障' …). */
  ticks: string[];
  reason: string;
  improvement: string;
}

function empty(cell: CellRef): boolean {
  const v = cell.value;
  return (
    !cell.formula && (v === null || (typeof v === 'string' && v.replace(/[\s\u3000]/g, '') === ''))
  );
}

/** "原因：…；改进措施：…" (either part left out when blank). */
export function combinedReason(reason: string, improvement: string): string {
  const r = reason.trim().replace(/[。；;.]+$/, '');
  const i = improvement.trim().replace(/[。；;.]+$/, '');
  const parts = [r ? `原因：${r}` : '', i ? `改进措施：${i}` : ''].filter((p) => p !== '');
  return parts.length > 0 ? `${parts.join('；')}。` : '';
}

function rowEdits(ind: Indicator, sheet: string, a: ReasonAnswer): Edit[] {
  const edits: Edit[] = [];
  const write = (cell: CellRef | null, value: string, tag: string): void => {
    if (!cell || value.trim() === '' || !empty(cell)) return;
    edits.push({
      id: `${sheet}!${cell.address}#${tag}`,
      kind: 'setValue',
      sheet,
      cell: cell.address,
      value,
      onlyIfEmpty: true,
      purpose: '未完成原因',
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

export function planReasons(wb: WorkbookSnapshot, answers: readonly ReasonAnswer[]): Edit[] {
  const read = readRegistry(wb);
  const { workbook } = restoreWorkbook(wb, read.kind === 'ok' ? read.registry : null, 'keep');
  const recognized = recognizeWorkbook(workbook);
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const a of answers) {
    const sheet = recognized.sheets.find((s) => s.name === a.sheet);
    const ind = sheet?.tables.flatMap((t) => t.indicators).find((i) => i.row === a.row);
    if (!ind) continue;
    for (const e of rowEdits(ind, a.sheet, a)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      edits.push(e);
    }
  }
  return edits;
}
