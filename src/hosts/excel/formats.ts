/**
 * Number formats the read could not see: Excel's used range (values only) leaves out empty cells
 * beside the form, where the plan writes its helper cells, so the planner recorded their format
 * as unknown. Their formats are loaded in the same request, before anything is written; when one
 * of them is the user's own (a Text column, say), the registry is corrected in one more round
 * trip, so that undo gives it back.
 */
import type { SimpleEdit } from '../../plan/edits';
import type { SheetSnapshot } from '../../snapshot/types';
import { cellA1, parseA1, rangeA1 } from '../../snapshot/a1';
import { OP_OVERHEAD, type Op } from './batch';
import type { Sheets } from './ops';

export interface UnseenFormats {
  /** The operation that loads them (first in the request), or null when all were seen. */
  op: Op | null;
  /** After the sync: the formats by `Sheet!A1`. */
  read(): Map<string, string>;
}

export function unseenFormats(
  snapshot: readonly SheetSnapshot[],
  sheets: Sheets,
  edits: readonly SimpleEdit[],
): UnseenFormats {
  const bySheet = new Map(snapshot.map((s) => [s.name.toLowerCase(), s]));
  const cols = new Map<string, Map<number, Set<number>>>();
  for (const e of edits) {
    if (e.kind !== 'setFormula' && e.kind !== 'setValue') continue;
    const s = bySheet.get(e.sheet.toLowerCase());
    const rect = parseA1(e.cell);
    if (!s || !rect || sheets.has(e.sheet)) continue;
    if (s.numberFormats?.[rect.top]?.[rect.left] != null) continue;
    const byCol = cols.get(s.name) ?? new Map<number, Set<number>>();
    byCol.set(rect.left, (byCol.get(rect.left) ?? new Set<number>()).add(rect.top));
    cols.set(s.name, byCol);
  }
  const loads: { sheet: string; top: number; col: number; range: Excel.Range }[] = [];
  if (cols.size === 0) return { op: null, read: () => new Map() };
  const op: Op = {
    bytes: OP_OVERHEAD,
    ids: [],
    sheet: [...cols.keys()][0],
    run: () => {
      for (const [sheet, byCol] of cols) {
        for (const [col, rowSet] of byCol) {
          const rows = [...rowSet].sort((a, b) => a - b);
          let start = 0;
          for (let i = 1; i <= rows.length; i++) {
            if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
            const top = rows[start];
            const bottom = rows[i - 1];
            const range = sheets
              .get(sheet)
              .getRange(rangeA1({ top, bottom, left: col, right: col }))
              .load('numberFormat');
            loads.push({ sheet, top, col, range });
            start = i;
          }
        }
      }
    },
  };
  return {
    op,
    read: () => {
      const out = new Map<string, string>();
      for (const l of loads) {
        l.range.numberFormat.forEach((row: unknown[], i) => {
          const f = row[0];
          if (typeof f === 'string') out.set(`${l.sheet}!${cellA1(l.top + i, l.col)}`, f);
        });
      }
      return out;
    },
  };
}
