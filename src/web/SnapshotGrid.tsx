/**
 * A sheet snapshot (what the xlsx host read) in the shared grid: the values as the form shows
 * them, merged cells, the cells with findings outlined and the chosen finding's cell selected.
 */
import * as React from 'react';
import { parseA1 } from '../snapshot/a1';
import type { FileReport } from '../report/types';
import type { SheetSnapshot } from '../snapshot/types';
import { collectFindings } from '../runtime/findings';
import { displayValue, SheetGrid } from './SheetGrid';

/** Column width in pixels from the longest text in the column (CJK characters count double). */
function widths(sheet: SheetSnapshot, cols: number): number[] {
  const w = new Array<number>(cols).fill(0);
  for (const row of sheet.values) {
    for (let c = 0; c < Math.min(row.length, cols); c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const text = typeof v === 'object' ? v.error : String(v);
      let n = 0;
      for (const ch of text.split('\n')[0]) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      w[c] = Math.max(w[c], n);
    }
  }
  return w.map((n) => Math.min(220, Math.max(44, n * 7 + 10)));
}

export function SnapshotGrid({
  sheet,
  cell,
  report,
}: {
  sheet: SheetSnapshot;
  cell: string | null;
  report: FileReport | null;
}): React.ReactElement {
  const rows = sheet.values.length;
  const cols = sheet.values.reduce((n, r) => Math.max(n, r.length), 0);
  const colWidths = React.useMemo(() => widths(sheet, cols), [sheet, cols]);
  const hiddenRows = React.useMemo(() => new Set(sheet.hiddenRows), [sheet]);
  const hiddenColumns = React.useMemo(() => new Set(sheet.hiddenColumns), [sheet]);
  const marked = React.useMemo(() => {
    const set = new Set<string>();
    for (const i of collectFindings(report).items)
      if (i.sheet === sheet.name && i.cell) set.add(i.cell.replace(/\$/g, ''));
    return set;
  }, [report, sheet.name]);
  const selection = cell ? parseA1(cell.replace(/^.*!/, '')) : null;
  return (
    <SheetGrid
      name={sheet.name}
      rows={rows}
      cols={cols}
      merges={sheet.merges ?? []}
      hiddenRows={hiddenRows}
      hiddenColumns={hiddenColumns}
      width={(c) => colWidths[c] ?? 44}
      selection={selection}
      selectionFill="#FFF4CE"
      marked={marked}
      cell={(r, c) => {
        const v = sheet.values[r]?.[c] ?? null;
        const formula = sheet.formulas?.[r]?.[c] ?? null;
        return {
          text: displayValue(v, sheet.numberFormats?.[r]?.[c]),
          numeric: typeof v === 'number',
          color: formula ? '#0b5394' : undefined,
          title: formula ?? undefined,
        };
      }}
    />
  );
}
