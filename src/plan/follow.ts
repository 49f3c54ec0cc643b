/**
 * The registry follows the rows. It names cells by address, and a user who inserts or deletes
 * rows after 写入 moves the add-in's cells (Excel, WPS and LibreOffice shift them, with their
 * formulas, validations and conditional formats). Each indicator row the registry lists carries
 * the text of the cell that names it (`n`: 三级指标); where that text no longer stands in its
 * row, the rows are found again and every entry of the sheet is moved with them:
 *
 * - An indicator row is found by its name: a name that the registry and the column each hold once
 *   is matched directly; a repeated name between the nearest matched rows above and below it, in
 *   order. A name found nowhere (the row was deleted, or the name retyped while other rows moved)
 *   drops that row's entries: nothing is restored into a row the add-in cannot be sure of.
 * - Any other cell the add-in wrote (a helper header, a total, a budget line) moves as the
 *   nearest matched row above or below it moved, whichever leaves what was written there (a
 *   formula for a formula, the very constant for a constant), else stays.
 * - A validated or conditionally formatted range keeps its first and last rows on the rows they
 *   moved to (growing or shrinking as the engine made it; a row inserted right below its last
 *   row is taken in, as the engine gives it the validation of the row above), and a conditional
 *   format's formulas follow the rows.
 *
 * Registries written before rows carried their name are left as they are.
 */
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { cellA1, parseA1, rangeA1 } from '../snapshot/a1';
import type { CellEntry, Entry } from './registry';

type RowEntry = Extract<Entry, { t: 'row' }>;

/** The raw text at a 0-based cell, or null for anything that is not text. */
function textAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const v = sheet.values[row]?.[col];
  return typeof v === 'string' ? v : null;
}

/** 1-based row of an A1 address, or null. */
function rowOf(a1: string): number | null {
  const p = parseA1(a1);
  return p && p.top === p.bottom ? p.top + 1 : null;
}

function moveA1(a1: string, delta: number): string {
  const p = parseA1(a1);
  return p ? cellA1(p.top + delta, p.left) : a1;
}

/**
 * Where each listed indicator row (1-based) stands now: its new row, or null when it cannot be
 * found. Empty when every row still holds its name.
 */
function locateRows(sheet: SheetSnapshot, rows: readonly RowEntry[]): Map<number, number | null> {
  const named = rows.filter((e) => e.n !== undefined);
  const found = new Map<number, number | null>();
  const col = (e: RowEntry): number => parseA1(`${e.n!.c}1`)?.left ?? -1;
  if (named.every((e) => textAt(sheet, e.row - 1, col(e)) === e.n!.v)) return found;

  // where each text stands in each column used (1-based rows, in order)
  const where = new Map<string, number[]>();
  const key = (c: number, text: string): string => `${c}\u0001${text}`;
  for (const c of new Set(named.map(col))) {
    for (let r = 0; r < sheet.values.length; r++) {
      const t = textAt(sheet, r, c);
      if (t === null) continue;
      const list = where.get(key(c, t));
      if (list) list.push(r + 1);
      else where.set(key(c, t), [r + 1]);
    }
  }
  const listed = new Map<string, number>();
  for (const e of named)
    listed.set(key(col(e), e.n!.v), (listed.get(key(col(e), e.n!.v)) ?? 0) + 1);

  const ordered = [...named].sort((a, b) => a.row - b.row);
  const to: (number | null | undefined)[] = ordered.map((e) => {
    const k = key(col(e), e.n!.v);
    const at = where.get(k) ?? [];
    if (at.length === 0) return null;
    return listed.get(k) === 1 && at.length === 1 ? at[0] : undefined;
  });
  // repeated names: in order, between the matched rows around them
  let floor = 0;
  for (let i = 0; i < ordered.length; i++) {
    if (to[i] !== undefined) {
      if (to[i] !== null) floor = to[i]!;
      continue;
    }
    let ceiling = Infinity;
    for (let j = i + 1; j < ordered.length; j++) {
      if (typeof to[j] === 'number') {
        ceiling = to[j]!;
        break;
      }
    }
    const at = where.get(key(col(ordered[i]), ordered[i].n!.v)) ?? [];
    const next = at.find((r) => r > floor && r < ceiling);
    to[i] = next ?? null;
    if (next !== undefined) floor = next;
  }
  // a name not found (retyped or emptied) where the rows around it moved alike (or on one side
  // only): the row moved with them
  const claimed = new Set(to.filter((r): r is number => typeof r === 'number'));
  const lost = to.map((r) => r === null);
  ordered.forEach((e, i) => {
    if (!lost[i]) return;
    const near = (step: 1 | -1): number | undefined => {
      for (let j = i + step; j >= 0 && j < ordered.length; j += step) {
        if (!lost[j] && typeof to[j] === 'number') return to[j]! - ordered[j].row;
      }
      return undefined;
    };
    const above = near(-1);
    const below = near(1);
    const d =
      above !== undefined && below !== undefined && above !== below ? undefined : (above ?? below);
    if (d === undefined || claimed.has(e.row + d)) return;
    to[i] = e.row + d;
    claimed.add(e.row + d);
  });
  // nothing moved (a row emptied or renamed in place): the registry stands as it is
  if (ordered.every((e, i) => to[i] === e.row)) return found;
  ordered.forEach((e, i) => found.set(e.row, to[i] ?? null));
  return found;
}

/** How far each row of a sheet moved, from the rows located. */
class RowMap {
  private readonly to: Map<number, number | null>;
  /** Located rows that were found, in order: [old row, new row]. */
  private readonly found: [number, number][];

  constructor(located: Map<number, number | null>) {
    this.to = located;
    this.found = [...located]
      .filter((x): x is [number, number] => x[1] !== null)
      .sort((a, b) => a[0] - b[0]);
  }

  /** The located row itself: its new row, null when lost, undefined when not an anchor. */
  anchor(row: number): number | null | undefined {
    return this.to.get(row);
  }

  /** Where a row went, as far as this map can tell (a lost row stays). */
  rowTo(row: number): number {
    const a = this.anchor(row);
    if (a === null) return row;
    return a !== undefined ? a : row + this.deltas(row)[0];
  }

  /**
   * The rows inserted right below a located row, before the located row that followed it: the
   * last of them (the engine gives an inserted row the validation of the row above), or the
   * row's own new row when none were; null when the row is not a located row found.
   */
  through(row: number): number | null {
    const to = this.to.get(row);
    if (to === undefined || to === null) return null;
    const next = this.to.get(row + 1);
    return next !== undefined && next !== null && next > to + 1 ? next - 1 : to;
  }

  /** The moves of the nearest found rows above and below `row`, nearest first, then none. */
  deltas(row: number): number[] {
    // the last found row at or above `row` (binary search)
    let lo = 0;
    let hi = this.found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.found[mid][0] <= row) lo = mid + 1;
      else hi = mid;
    }
    const above = lo > 0 ? this.found[lo - 1][1] - this.found[lo - 1][0] : undefined;
    const below = lo < this.found.length ? this.found[lo][1] - this.found[lo][0] : undefined;
    const out: number[] = [];
    for (const d of [above, below, 0]) if (d !== undefined && !out.includes(d)) out.push(d);
    return out;
  }

  /**
   * Where a range's edge row goes: a located row to its row; a lost one to the nearest located
   * row inside the range (searching `inward`); any other row as the nearest located row moved.
   */
  edge(row: number, inward: 1 | -1, limit: number): number | null {
    const a = this.anchor(row);
    if (a === undefined) return row + this.deltas(row)[0];
    if (a !== null) return a;
    for (let r = row + inward; inward > 0 ? r <= limit : r >= limit; r += inward) {
      const b = this.anchor(r);
      if (b !== undefined && b !== null) return b;
      if (b === undefined) return r + this.deltas(r)[0];
    }
    return null;
  }
}

/** Whether the cell holds what the entry wrote: a formula for a formula, else the constant. */
function holdsWritten(sheet: SheetSnapshot, a1: string, e: CellEntry): boolean {
  const p = parseA1(a1);
  if (!p) return false;
  const formula = sheet.formulas?.[p.top]?.[p.left] ?? null;
  if (e.w.startsWith('=')) return formula !== null;
  if (formula !== null) return false;
  try {
    return (
      JSON.stringify(sheet.values[p.top]?.[p.left] ?? null) === JSON.stringify(JSON.parse(e.w))
    );
  } catch {
    return false;
  }
}

/** An A1 reference on the formula's own sheet (not after `!`, not part of a name). */
const REF = /(^|[^!\w.$])(\$?[A-Za-z]{1,3}\$?)(\d+)(?![\w(!])/g;

/**
 * A formula with the rows of its A1 references (outside strings) moved by `to`; references to
 * other sheets stay.
 */
function shiftFormula(f: string, to: (row: number) => number): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (m, before: string, col: string, row: string) => {
            const r = to(Number(row));
            return r === Number(row) ? m : `${before}${col}${r}`;
          }),
    )
    .join('"');
}

/** The entries of one sheet, moved with its rows. */
function followSheet(sheet: SheetSnapshot, entries: Entry[], map: RowMap): Entry[] {
  const moved = new Map<string, string | null>();
  /** Where the add-in's cell `a1` went (null: its row is lost). */
  const cellTo = (a1: string, e?: CellEntry): string | null => {
    const known = moved.get(a1);
    if (known !== undefined) return known;
    const row = rowOf(a1);
    let to: string | null = a1;
    if (row !== null) {
      const a = map.anchor(row);
      if (a === null) to = null;
      else if (a !== undefined) to = moveA1(a1, a - row);
      else if (e) {
        const d = map.deltas(row).find((x) => holdsWritten(sheet, moveA1(a1, x), e));
        to = d === undefined ? a1 : moveA1(a1, d);
      } else to = moveA1(a1, map.deltas(row)[0]);
    }
    moved.set(a1, to);
    return to;
  };
  const range = (r: string): string | null => {
    const p = parseA1(r);
    if (!p) return r;
    const top = map.edge(p.top + 1, 1, p.bottom + 1);
    const bottom = map.through(p.bottom + 1) ?? map.edge(p.bottom + 1, -1, p.top + 1);
    if (top === null || bottom === null || top > bottom) return null;
    const next: CellRange = { ...p, top: top - 1, bottom: bottom - 1 };
    return rangeA1(next);
  };

  /** A cell entry at its new address, its formulas moved as the engine moved them. */
  const moveCell = (e: CellEntry, a: string): CellEntry => {
    const rows = (f: string): string => shiftFormula(f, (r) => map.rowTo(r));
    return {
      ...e,
      a,
      w: e.w.startsWith('=') ? rows(e.w) : e.w,
      f: e.f === null ? null : rows(e.f),
    };
  };

  // cells first, so that a row, budget, total or grade entry follows its cell
  const next = new Map<Entry, Entry | null>();
  const landed = new Set<string>();
  for (const e of entries) {
    if (e.t !== 'cell') continue;
    const a = cellTo(e.a, e);
    next.set(e, a === null ? null : a === e.a ? e : moveCell(e, a));
    if (a !== null && a !== e.a) landed.add(a);
  }
  // a cell that stayed where another moved to is the other's now
  for (const [e, to] of next) {
    if (to !== null && to === e && landed.has((e as CellEntry).a)) next.set(e, null);
  }
  for (const e of entries) {
    if (e.t !== 'cell') next.set(e, followOther(e));
  }
  return entries.flatMap((e) => {
    const to = next.get(e);
    return to === undefined ? [e] : to === null ? [] : [to];
  });

  function followOther(e: Exclude<Entry, CellEntry>): Entry | null {
    switch (e.t) {
      case 'row': {
        const to = map.anchor(e.row);
        const row = to === undefined ? e.row : to;
        if (row === null) return null;
        const d = row - e.row;
        if (d === 0) return e;
        return {
          ...e,
          row,
          score: moveA1(e.score, d),
          status: moveA1(e.status, d),
          ...(e.progress !== undefined ? { progress: moveA1(e.progress, d) } : {}),
        };
      }
      case 'budget': {
        const rate = e.rate === null ? null : cellTo(e.rate);
        const score = e.score === null ? null : cellTo(e.score);
        const at = rate ?? score;
        return { ...e, row: at === null ? e.row : (rowOf(at) ?? e.row), rate, score };
      }
      case 'total':
      case 'grade': {
        const cell = cellTo(e.cell);
        return cell === null ? null : { ...e, row: rowOf(cell) ?? e.row, cell };
      }
      case 'dv': {
        const r = e.r.map(range).filter((x): x is string => x !== null);
        return r.length > 0 ? { ...e, r } : null;
      }
      case 'cf': {
        const r = range(e.r);
        if (r === null) return null;
        return r === e.r ? e : { ...e, r, f: e.f.map((f) => shiftFormula(f, (x) => map.rowTo(x))) };
      }
      default:
        return e;
    }
  }
}

/** The registry's entries with every sheet's entries moved to where its rows are now. */
export function followRows(wb: WorkbookSnapshot, entries: Entry[]): Entry[] {
  const bySheet = new Map<string, RowEntry[]>();
  for (const e of entries) {
    if (e.t !== 'row' || e.n === undefined) continue;
    const list = bySheet.get(e.s);
    if (list) list.push(e);
    else bySheet.set(e.s, [e]);
  }
  let out = entries;
  for (const [name, rows] of bySheet) {
    const sheet = wb.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const located = locateRows(sheet, rows);
    if (located.size === 0) continue;
    const map = new RowMap(located);
    const mine = out.filter((e) => e.s === name);
    out = [...out.filter((e) => e.s !== name), ...followSheet(sheet, mine, map)];
  }
  return out;
}
