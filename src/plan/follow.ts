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
import { normaliseFormula } from '../snapshot/cells';
import type { CellEntry, Entry } from './registry';

type RowEntry = Extract<Entry, { t: 'row' }>;

/** The raw text at a 0-based cell, or null for anything that is not text. */
function textAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const v = sheet.values[row]?.[col];
  return typeof v === 'string' ? v : null;
}

/**
 * Whether a row whose name is gone can have moved by `d` to where its score cell would be `a1`.
 * Not when another formula stands there (the total row moved up into a deleted last row); for a
 * row that moved, not when a value does (the header above a deleted first row); for a row that
 * stayed, not when its score cell is empty but the row is not (the row below moved up into a
 * deleted last row). A row emptied or retyped in place stays.
 */
function scoreCanBe(sheet: SheetSnapshot, a1: string, e: CellEntry, d: number): boolean {
  const p = parseA1(a1);
  if (!p) return false;
  const formula = sheet.formulas?.[p.top]?.[p.left] ?? null;
  if (formula !== null) return holdsWritten(sheet, a1, e);
  const blank = (v: unknown): boolean => v === null || v === undefined || v === '';
  if (!blank(sheet.values[p.top]?.[p.left])) return d === 0;
  if (d !== 0) return true;
  return (sheet.values[p.top] ?? []).every(blank) && (sheet.formulas?.[p.top] ?? []).every(blank);
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
 * found; null for all when no name is found anywhere (the rows cannot be followed).
 */
function locateRows(
  sheet: SheetSnapshot,
  rows: readonly RowEntry[],
  written: ReadonlyMap<string, CellEntry>,
): Map<number, number | null> | null {
  const named = rows.filter((e) => e.n !== undefined);
  const found = new Map<number, number | null>();
  const col = (e: RowEntry): number => parseA1(`${e.n!.c}1`)?.left ?? -1;
  if (named.every((e) => textAt(sheet, e.row - 1, col(e)) === e.n!.v)) {
    for (const e of named) found.set(e.row, e.row);
    return found;
  }

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
  // repeated names: in order, between the matched rows around them — when the sheet holds as
  // many rows of that name there as the record does; else a row of that name was inserted or
  // deleted among them, which row cannot be told, and the rows are dropped rather than guessed
  // (an adopted score put back into its neighbour's row would be a wrong figure)
  const unique = [...to];
  const ambiguous = new Set<number>();
  const sameNameCounts = (i: number): [number, number] => {
    let lo = i - 1;
    while (lo >= 0 && typeof unique[lo] !== 'number') lo--;
    let hi = i + 1;
    while (hi < ordered.length && typeof unique[hi] !== 'number') hi++;
    const k = key(col(ordered[i]), ordered[i].n!.v);
    let listedHere = 0;
    for (let j = lo + 1; j < hi; j++) {
      if (key(col(ordered[j]), ordered[j].n!.v) === k) listedHere++;
    }
    const low = lo >= 0 ? (unique[lo] as number) : 0;
    const high = hi < ordered.length ? (unique[hi] as number) : Infinity;
    const onSheet = (where.get(k) ?? []).filter((r) => r > low && r < high).length;
    return [listedHere, onSheet];
  };
  let floor = 0;
  for (let i = 0; i < ordered.length; i++) {
    if (to[i] !== undefined) {
      if (to[i] !== null) floor = to[i]!;
      continue;
    }
    const [listedHere, onSheet] = sameNameCounts(i);
    if (listedHere !== onSheet) {
      to[i] = null;
      ambiguous.add(i);
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
  // no name found at all (the names' column moved, or the record is damaged): the rows cannot be
  // followed, and dropping every entry would leave all the add-in's cells behind
  if (!to.some((r) => typeof r === 'number')) return null;
  // a name not found (retyped or emptied) where the rows around it moved alike (or on one side
  // only): the row moved with them, unless its score cell there holds something else (a deleted
  // first or last row would otherwise take the header row or the total row below it)
  const claimed = new Set(to.filter((r): r is number => typeof r === 'number'));
  const lost = to.map((r) => r === null);
  ordered.forEach((e, i) => {
    if (!lost[i] || ambiguous.has(i)) return;
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
    const score = written.get(e.score);
    if (score && !scoreCanBe(sheet, moveA1(e.score, d), score, d)) return;
    to[i] = e.row + d;
    claimed.add(e.row + d);
  });
  // (when no indicator row moved, cells outside them may still have: followSheet looks)
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

  /** Whether every located row is where it was. */
  still(): boolean {
    for (const [from, to] of this.to) if (to !== from) return false;
    return true;
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

  /** The index in `found` of the first found row below `row` (binary search). */
  private after(row: number): number {
    let lo = 0;
    let hi = this.found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.found[mid][0] <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The moves of the nearest found rows above and below `row`, nearest first, then none. */
  deltas(row: number): number[] {
    const lo = this.after(row);
    const above = lo > 0 ? this.found[lo - 1][1] - this.found[lo - 1][0] : undefined;
    const below = lo < this.found.length ? this.found[lo][1] - this.found[lo][0] : undefined;
    const out: number[] = [];
    for (const d of [above, below, 0]) if (d !== undefined && !out.includes(d)) out.push(d);
    return out;
  }

  /**
   * The rows (new, 1-based, inclusive) between the found rows around `row`: where a cell outside
   * the indicator rows can have gone.
   */
  window(row: number, last: number): [number, number] {
    const lo = this.after(row);
    const from = lo > 0 ? this.found[lo - 1][1] + 1 : 1;
    const to = lo < this.found.length ? this.found[lo][1] - 1 : last;
    return [from, to];
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

/** A formula with the rows of its references left out: what stays when rows move. */
function shape(f: string): string {
  return normaliseFormula(f)
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([A-Z]{1,3})\d+(?![\w(!])/g, '$1#')))
    .join('"');
}

/**
 * Whether the cell holds what the entry wrote: the same formula but for the rows it names (rows
 * inserted or deleted move them), else the very constant.
 */
function holdsWritten(sheet: SheetSnapshot, a1: string, e: CellEntry): boolean {
  const p = parseA1(a1);
  if (!p) return false;
  const formula = sheet.formulas?.[p.top]?.[p.left] ?? null;
  if (e.w.startsWith('=')) return formula !== null && shape(formula) === shape(e.w);
  if (formula !== null) return false;
  try {
    return (
      JSON.stringify(sheet.values[p.top]?.[p.left] ?? null) === JSON.stringify(JSON.parse(e.w))
    );
  } catch {
    return false;
  }
}

/** A formula's tokens outside strings: a quoted sheet name, a word (name, number, reference), a sign. */
const TOKEN = /'(?:[^']|'')*'|[\w.$\u0080-\uffff]+|[\s\S]/g;
const A1_REF = /^(\$?[A-Za-z]{1,3}\$?)(\d+)$/;

/**
 * A formula with the rows of its A1 references on sheet `own` (outside strings) moved by `to`, as
 * the engine moves them; references to other sheets stay (a range's second half too), and a name
 * or sheet name that looks like a reference (`'FY2023'!A1`, `LOG10(`) is left alone.
 */
function shiftFormula(f: string, to: (row: number) => number, own: string): string {
  return f
    .split('"')
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const tokens = part.match(TOKEN) ?? [];
      let sheet: string | undefined;
      let out = '';
      tokens.forEach((t, k) => {
        const next = tokens[k + 1];
        if (next === '!') {
          sheet = t.startsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t;
          out += t;
          return;
        }
        const m = A1_REF.exec(t);
        if (m && next !== '(') {
          const row = Number(m[2]);
          const ownSheet = sheet === undefined || sheet.toLowerCase() === own.toLowerCase();
          const r = ownSheet ? to(row) : row;
          out += r === row ? t : `${m[1]}${r}`;
          if (next !== ':') sheet = undefined;
          return;
        }
        if (t !== '!' && t !== ':') sheet = undefined;
        out += t;
      });
      return out;
    })
    .join('"');
}

/** The row number an A1 address ends with (quick: no parsing of its column). */
function rowDigits(a1: string): number {
  let i = a1.length;
  while (i > 0 && a1.charCodeAt(i - 1) >= 48 && a1.charCodeAt(i - 1) <= 57) i--;
  return Number(a1.slice(i));
}

/** The entries of one sheet, moved with its rows. */
function followSheet(sheet: SheetSnapshot, entries: Entry[], map: RowMap): Entry[] {
  // no indicator row moved and every other cell holds what was written: nothing to follow
  if (
    map.still() &&
    entries.every(
      (e) =>
        e.t !== 'cell' || map.anchor(rowDigits(e.a)) !== undefined || holdsWritten(sheet, e.a, e),
    )
  )
    return entries;
  const moved = new Map<string, string | null>();
  /** Cells outside the indicator rows found holding what was written. */
  const sure = new Set<string>();
  const last = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  /** Where the add-in's cell `a1` went (null: its row is lost). */
  const cellTo = (a1: string, e?: CellEntry): string | null => {
    const known = moved.get(a1);
    if (known !== undefined) return known;
    const row = rowOf(a1);
    let to: string | null = a1;
    if (row !== null) {
      const a = map.anchor(row);
      if (a === null) to = null;
      else if (a !== undefined) to = a === row ? a1 : moveA1(a1, a - row);
      else if (e) {
        // as the rows around it moved, else the nearest row between them that holds it
        const ds = map.deltas(row);
        let d = ds.find((x) => holdsWritten(sheet, moveA1(a1, x), e));
        if (d === undefined) {
          const [from, until] = map.window(row, last);
          let best: number | undefined;
          for (let r = from; r <= until; r++) {
            const x = r - row;
            if (holdsWritten(sheet, moveA1(a1, x), e)) {
              if (best === undefined || Math.abs(x - ds[0]) < Math.abs(best - ds[0])) best = x;
            }
          }
          d = best;
        }
        if (d !== undefined) sure.add(a1);
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

  // cells first, so that a row, budget, total or grade entry follows its cell
  const placed = new Map<CellEntry, string | null>();
  for (const e of entries) if (e.t === 'cell') placed.set(e, cellTo(e.a, e));
  // rows outside the indicator rows that moved with a cell found there (a total, a grade)
  const outside = new Map<number, number>();
  for (const [e, a] of placed) {
    const row = rowOf(e.a);
    if (a === null || row === null || !sure.has(e.a)) continue;
    if (!outside.has(row)) outside.set(row, rowOf(a) ?? row);
  }
  // a cell not found where the cells of its row were (a formula the engine rewrote, e.g. with
  // #REF! for a deleted row it named) moved with them if it still holds a formula
  for (const [e, a] of placed) {
    const row = rowOf(e.a);
    if (a === null || row === null || sure.has(e.a) || map.anchor(row) !== undefined) continue;
    const d = (outside.get(row) ?? row) - row;
    if (d === 0 || !e.w.startsWith('=')) continue;
    const at = moveA1(e.a, d);
    const p = parseA1(at);
    if (p && (sheet.formulas?.[p.top]?.[p.left] ?? null) !== null) {
      placed.set(e, at);
      moved.set(e.a, at);
    }
  }
  // no row moved: the entries stand as they are
  if (map.still() && [...placed].every(([e, a]) => a === e.a)) return entries;
  const rowTo = (r: number): number => outside.get(r) ?? map.rowTo(r);
  const shift = (f: string): string => shiftFormula(f, rowTo, sheet.name);

  /** A cell entry at its new address, its formulas moved as the engine moved them. */
  const moveCell = (e: CellEntry, a: string): CellEntry => {
    const w = e.w.startsWith('=') ? shift(e.w) : e.w;
    const f = e.f === null ? null : shift(e.f);
    return a === e.a && w === e.w && f === e.f ? e : { ...e, a, w, f };
  };

  const next = new Map<Entry, Entry | null>();
  const landed = new Set<string>();
  for (const [e, a] of placed) {
    next.set(e, a === null ? null : moveCell(e, a));
    if (a !== null && a !== e.a) landed.add(a);
  }
  // a cell that stayed where another moved to is the other's now
  for (const [e, to] of next) {
    if (to !== null && (to as CellEntry).a === (e as CellEntry).a && landed.has((e as CellEntry).a))
      next.set(e, null);
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
        if (rate === e.rate && score === e.score) return e;
        const at = rate ?? score;
        return { ...e, row: at === null ? e.row : (rowOf(at) ?? e.row), rate, score };
      }
      case 'total':
      case 'grade': {
        const cell = cellTo(e.cell);
        if (cell === e.cell) return e;
        return cell === null ? null : { ...e, row: rowOf(cell) ?? e.row, cell };
      }
      case 'dv': {
        const r = e.r.map(range).filter((x): x is string => x !== null);
        if (r.length === e.r.length && r.every((x, i) => x === e.r[i])) return e;
        return r.length > 0 ? { ...e, r } : null;
      }
      case 'cf': {
        const r = range(e.r);
        if (r === null) return null;
        const f = e.f.map(shift);
        return r === e.r && f.every((x, i) => x === e.f[i]) ? e : { ...e, r, f };
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
    const mine = out.filter((e) => e.s === name);
    const written = new Map<string, CellEntry>();
    for (const e of mine) if (e.t === 'cell') written.set(e.a, e);
    const located = locateRows(sheet, rows, written);
    if (located === null) continue;
    const followed = followSheet(sheet, mine, new RowMap(located));
    if (followed.length === mine.length && followed.every((e, i) => e === mine[i])) continue;
    out = [...out.filter((e) => e.s !== name), ...followed];
  }
  return out;
}
