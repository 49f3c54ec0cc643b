/**
 * Forms standing side by side on one sheet (two years or two projects compared): the column bands
 * each is read within, and the sheet cut down to one band.
 */
import type { ColumnRole } from '../model/glossary';
import type { SheetSnapshot } from '../snapshot/types';
import type { Grid } from './grid';
import { isAnchor, type HeaderBlock } from './headers';
import { headerTerms } from './terms';

const LEVEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['level1', 'level2', 'name']);

/** A form's header within one anchor row: its first level column and its last role column. */
interface HeaderSpan {
  start: number;
  end: number;
}

/**
 * The forms an anchor row heads, left to right: runs of role columns, a run ending at a role it
 * already has (another form's header, or another form's text on this row: `实际完成情况` of a
 * national form's 年度总体目标 row beside this header). Only runs that name enough roles to head a
 * form count.
 */
function headerSpans(grid: Grid, r: number): HeaderSpan[] {
  const spans: (HeaderSpan & { roles: Set<ColumnRole> })[] = [];
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    const cur = spans[spans.length - 1];
    if (grid.mergeOver(r, c) !== null) continue;
    const k = grid.key(r, c);
    if (k === null) continue;
    const roles: ColumnRole[] = [];
    for (const t of headerTerms(k)) if (t.kind === 'role') roles.push(t.role);
    if (roles.length === 0) continue;
    let span = cur;
    // A level column after stray roles (another form's text on this row) starts a form afresh.
    const level = roles.some((x) => LEVEL_ROLES.has(x));
    const strays = span !== undefined && ![...span.roles].some((x) => LEVEL_ROLES.has(x));
    if (!span || roles.some((x) => span.roles.has(x)) || (level && strays)) {
      span = { start: c, end: c, roles: new Set() };
      spans.push(span);
    }
    for (const x of roles) span.roles.add(x);
    span.end = c;
  }
  return spans.filter((x) => isAnchor(x.roles)).map(({ start, end }) => ({ start, end }));
}

/**
 * Column bands when forms stand side by side (two years or two projects compared, the same
 * template or another, header rows level or not): the header spans of all anchor rows, clustered
 * where their columns overlap. Forms stacked one under another share columns and make one
 * cluster; forms side by side make several. Each band runs from just after the last header
 * column of the band on its left (so a gap and the next form's lead column `绩效指标` go with
 * the next form). Null when the sheet has one band.
 */
export function sideBySideBands(
  grid: Grid,
  headers: readonly HeaderBlock[],
): { left: number; right: number }[] | null {
  const spans: HeaderSpan[] = [];
  // Every row of each header block: a form beside it may head a row lower (taken as a sub-row).
  for (const h of headers)
    for (let r = h.top; r <= h.bottom; r++) spans.push(...headerSpans(grid, r));
  if (spans.length < 2) return null;
  spans.sort((a, b) => a.start - b.start);
  const clusters: HeaderSpan[] = [];
  for (const x of spans) {
    const last = clusters[clusters.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else clusters.push({ ...x });
  }
  if (clusters.length < 2) return null;
  return clusters.map((c, i) => ({
    left: i === 0 ? 0 : clusters[i - 1].end + 1,
    right: i + 1 < clusters.length ? c.end : Math.max(grid.colCount - 1, c.end),
  }));
}

/** The snapshot with every cell outside columns [left, right] left empty (positions kept). */
export function windowOf(snapshot: SheetSnapshot, left: number, right: number): SheetSnapshot {
  const cut = <T>(rows: T[][] | undefined, empty: T): T[][] | undefined =>
    rows?.map((row) =>
      Array.isArray(row) ? row.slice(0, right + 1).map((v, c) => (c < left ? empty : v)) : row,
    );
  return {
    ...snapshot,
    values: cut(snapshot.values, null) ?? [],
    numberFormats: cut(snapshot.numberFormats, null),
    formulas: cut(snapshot.formulas, null),
    merges: snapshot.merges
      ? snapshot.merges.filter((m) => m.left >= left && m.right <= right)
      : null,
    hiddenColumns: snapshot.hiddenColumns.filter((c) => c >= left && c <= right),
  };
}
