/**
 * A read-only, Excel-like grid of one sheet: column letters, row numbers, merged cells, fills,
 * number formats, the selection outlined and scrolled into view. Host-free: the caller says what
 * each cell shows. The demo page draws the in-memory Excel host with it; the offline page draws a
 * sheet snapshot (./SnapshotGrid.tsx).
 */
import * as React from 'react';
import { cellA1, columnLetters } from '../snapshot/a1';
import type { CellRange } from '../snapshot/types';

export interface GridCell {
  text: string;
  /** Right-aligned, as Excel aligns numbers. */
  numeric: boolean;
  fill?: string | null;
  color?: string;
  /** Hover text (formula, note). */
  title?: string;
  /** A red corner mark, as Excel shows notes. */
  note?: boolean;
}

export interface SheetGridProps {
  name: string;
  rows: number;
  cols: number;
  merges: readonly CellRange[];
  hiddenRows: ReadonlySet<number>;
  hiddenColumns: ReadonlySet<number>;
  /** Column width in pixels. */
  width: (c: number) => number;
  cell: (r: number, c: number) => GridCell;
  selection: CellRange | null;
  /** Cells to mark besides the selection (e.g. every finding's cell). */
  marked?: ReadonlySet<string>;
  /** Background of selected cells (none: the cell's own fill). */
  selectionFill?: string;
  /** Bold first row (the demo's title row). */
  boldFirstRow?: boolean;
  onCellClick?: (a1: string) => void;
}

/** A value as Excel would show it with its number format (percentages, two decimals). */
export function displayValue(v: unknown, format: string | null | undefined): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (format && format.includes('%')) {
      const d = /0\.(0+)%/.exec(format)?.[1].length ?? 0;
      return `${(v * 100).toFixed(d)}%`;
    }
    if (format && /0\.00/.test(format)) return v.toFixed(2);
    return String(Math.round(v * 100) / 100);
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object' && 'error' in v && typeof v.error === 'string') return v.error;
  return '';
}

const key = (r: number, c: number): string => `${r},${c}`;

const S = {
  table: { borderCollapse: 'collapse', fontSize: 12, tableLayout: 'fixed' } as React.CSSProperties,
  th: {
    background: '#f3f2f1',
    border: '1px solid #e1dfdd',
    color: '#605e5c',
    fontWeight: 400,
    padding: '1px 4px',
    position: 'sticky',
    top: 0,
  } as React.CSSProperties,
  rowHead: {
    background: '#f3f2f1',
    border: '1px solid #e1dfdd',
    color: '#605e5c',
    textAlign: 'center',
    width: 32,
  } as React.CSSProperties,
  td: {
    border: '1px solid #e1dfdd',
    padding: '2px 4px',
    verticalAlign: 'middle',
    whiteSpace: 'pre-wrap',
    overflow: 'hidden',
    wordBreak: 'break-all',
  } as React.CSSProperties,
};

export function SheetGrid(p: SheetGridProps): React.ReactElement {
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of p.merges) {
    spans.set(key(m.top, m.left), {
      rowSpan: m.bottom - m.top + 1,
      colSpan: m.right - m.left + 1,
    });
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(key(r, c));
    }
  }
  const sel = p.selection;
  const anchor = sel ? cellA1(sel.top, sel.left) : null;
  // as Excel does, the grid scrolls to the selected cell
  React.useEffect(() => {
    if (!anchor) return;
    document
      .querySelector(`[data-sheet="${CSS.escape(p.name)}"] [data-addr="${anchor}"]`)
      ?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [anchor, p.name]);
  let total = 32;
  for (let c = 0; c < p.cols; c++) if (!p.hiddenColumns.has(c)) total += p.width(c);
  return (
    // the sum of the column widths: a fixed-layout table would otherwise squeeze them to fit
    <table style={{ ...S.table, width: total }} data-sheet={p.name}>
      <colgroup>
        <col style={{ width: 32 }} />
        {Array.from({ length: p.cols }, (_, c) =>
          p.hiddenColumns.has(c) ? null : <col key={c} style={{ width: p.width(c) }} />,
        )}
      </colgroup>
      <thead>
        <tr>
          <th style={S.th} />
          {Array.from({ length: p.cols }, (_, c) =>
            p.hiddenColumns.has(c) ? null : (
              <th key={c} style={S.th}>
                {columnLetters(c)}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: p.rows }, (_, r) =>
          p.hiddenRows.has(r) ? null : (
            <tr key={r}>
              <td style={S.rowHead}>{r + 1}</td>
              {Array.from({ length: p.cols }, (_, c) => {
                if (covered.has(key(r, c)) || p.hiddenColumns.has(c)) return null;
                const a1 = cellA1(r, c);
                const v = p.cell(r, c);
                const selected =
                  sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
                const marked = !selected && p.marked?.has(a1);
                const span = spans.get(key(r, c));
                return (
                  <td
                    key={c}
                    {...span}
                    data-addr={a1}
                    data-selected={selected ? 'true' : undefined}
                    title={v.title || undefined}
                    onClick={p.onCellClick ? () => p.onCellClick?.(a1) : undefined}
                    style={{
                      ...S.td,
                      background:
                        (selected && p.selectionFill ? p.selectionFill : v.fill) ?? undefined,
                      color: v.color,
                      textAlign: v.numeric ? 'right' : span ? 'center' : 'left',
                      outline: selected
                        ? '2px solid #107c41'
                        : marked
                          ? '1px dashed #c50f1f'
                          : undefined,
                      outlineOffset: selected ? -2 : -1,
                      fontWeight: p.boldFirstRow && r === 0 ? 600 : undefined,
                    }}
                  >
                    {v.text}
                    {v.note ? <span style={{ color: '#c50f1f' }}> ◤</span> : null}
                  </td>
                );
              })}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
