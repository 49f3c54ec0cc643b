/**
 * A read-only view of a sheet snapshot for recognition: ragged rows, merged areas, hidden rows
 * and columns, and cached glossary keys. Snapshot coordinates are 0-based; everything this class
 * hands to the model (`ref`) is 1-based.
 */
import type { CellRef } from '../model/cell';
import type { CellRange, CellValue, SheetSnapshot } from '../snapshot/types';
import { termFlags } from './terms';
import { termKey } from './text';
import { isBlankValue } from '../snapshot/cells';
import { a1 } from '../snapshot/a1';
import { keepShape } from '../snapshot/keep-shape';

/** Longest text treated as a possible header or label term (longer text is prose). */
const MAX_TERM_LENGTH = 80;

export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** False when the host could not report merged areas (`merges === null`). */
  readonly mergesKnown: boolean;
  private readonly values: CellValue[][];
  private readonly formats: (string | null)[][] | undefined;
  private readonly formulas: (string | null)[][] | undefined;
  /** Covered cell (r * stride + c) → its merged area; only cells other than the top-left. */
  private readonly covered = new Map<number, CellRange>();
  private readonly stride: number;
  /** Glossary keys, a row at a time (`undefined`: row not keyed yet). */
  private readonly keys: ((string | null)[] | undefined)[] = [];
  /** The union of each keyed row's `termFlags`. */
  private readonly flags: number[] = [];
  private readonly blankRows: (boolean | undefined)[] = [];
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenCols: ReadonlySet<number>;

  constructor(snapshot: SheetSnapshot) {
    this.name = typeof snapshot.name === 'string' ? snapshot.name : '';
    this.values = Array.isArray(snapshot.values) ? snapshot.values : [];
    this.formats = Array.isArray(snapshot.numberFormats) ? snapshot.numberFormats : undefined;
    this.formulas = Array.isArray(snapshot.formulas) ? snapshot.formulas : undefined;
    this.rowCount = this.values.length;
    let cols = 0;
    for (const row of this.values) if (Array.isArray(row) && row.length > cols) cols = row.length;
    this.colCount = cols;
    this.stride = cols + 1;
    this.mergesKnown = Array.isArray(snapshot.merges);
    if (Array.isArray(snapshot.merges)) {
      for (const m of snapshot.merges) {
        const bottom = Math.min(m.bottom, this.rowCount - 1);
        const right = Math.min(m.right, cols - 1);
        for (let r = Math.max(0, m.top); r <= bottom; r++) {
          for (let c = Math.max(0, m.left); c <= right; c++) {
            if (r === m.top && c === m.left) continue;
            this.covered.set(r * this.stride + c, m);
          }
        }
      }
    }
    this.hiddenRows = new Set(Array.isArray(snapshot.hiddenRows) ? snapshot.hiddenRows : []);
    this.hiddenCols = new Set(Array.isArray(snapshot.hiddenColumns) ? snapshot.hiddenColumns : []);
    keepShape(this);
  }

  /** The raw value at (r, c), 0-based; null outside the ragged rows. */
  raw(r: number, c: number): CellValue {
    const row = this.values[r];
    if (!Array.isArray(row)) return null;
    const v = row[c];
    return v === undefined ? null : v;
  }

  /** The merged area covering (r, c) when (r, c) is not its top-left cell; else null. */
  mergeOver(r: number, c: number): CellRange | null {
    if (this.covered.size === 0) return null;
    return this.covered.get(r * this.stride + c) ?? null;
  }

  /** The cell whose value shows at (r, c): the merge's top-left for a covered cell. */
  origin(r: number, c: number): [number, number] {
    const m = this.mergeOver(r, c);
    return m ? [m.top, m.left] : [r, c];
  }

  /** The value shown at (r, c), looking through merged areas. */
  shown(r: number, c: number): CellValue {
    const m = this.mergeOver(r, c);
    return m ? this.raw(m.top, m.left) : this.raw(r, c);
  }

  /** True when nothing shows at (r, c) (merges resolved). */
  blank(r: number, c: number): boolean {
    return isBlankValue(this.shown(r, c));
  }

  /** True when the raw cell itself is blank (no merge lookup). */
  rawBlank(r: number, c: number): boolean {
    return isBlankValue(this.raw(r, c));
  }

  /** True when every cell of row r is blank. Cached. */
  rowBlank(r: number): boolean {
    const cached = this.blankRows[r];
    if (cached !== undefined) return cached;
    const row = this.values[r];
    let blank = true;
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        if (!isBlankValue(row[c] ?? null)) {
          blank = false;
          break;
        }
      }
    }
    this.blankRows[r] = blank;
    return blank;
  }

  /** Number of cells in row r (ragged length). */
  rowLength(r: number): number {
    const row = this.values[r];
    return Array.isArray(row) ? row.length : 0;
  }

  /**
   * The glossary key of the raw text at (r, c), or null for non-text, blank or long (prose) cells.
   * Cached a row at a time.
   */
  key(r: number, c: number): string | null {
    const row = this.keys[r] ?? this.keyRow(r);
    return c >= 0 && c < row.length ? row[c] : null;
  }

  private keyRow(r: number): (string | null)[] {
    const values = this.values[r];
    const row: (string | null)[] = [];
    let flags = 0;
    if (Array.isArray(values)) {
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        let k: string | null = null;
        if (typeof v === 'string' && v.length <= MAX_TERM_LENGTH * 2) {
          const t = termKey(v);
          k = t === '' || t.length > MAX_TERM_LENGTH ? null : t;
        }
        if (k !== null) flags |= termFlags(k);
        row.push(k);
      }
    }
    this.keys[r] = row;
    this.flags[r] = flags;
    return row;
  }

  /**
   * The kinds of term row r's keys may be (`TERM` bits, raw cells only): a scan for one kind
   * passes over a row without its bit.
   */
  rowFlags(r: number): number {
    if (this.keys[r] === undefined) this.keyRow(r);
    return this.flags[r] ?? 0;
  }

  /** The key of the text shown at (r, c), looking through merges. */
  shownKey(r: number, c: number): string | null {
    const m = this.mergeOver(r, c);
    return m ? this.key(m.top, m.left) : this.key(r, c);
  }

  /** A model cell reference for (r, c), 0-based in; resolves merged cells to their top-left. */
  ref(r: number, c: number): CellRef {
    const m = this.mergeOver(r, c);
    return m ? this.refAt(m.top, m.left) : this.refAt(r, c);
  }

  /**
   * A model cell reference for (r, c) itself, without looking through merges: a cell covered by a
   * merged area is empty. Values read this way are the same whether or not the host reports merges.
   */
  refAt(r: number, c: number): CellRef {
    const fmtRow = this.formats?.[r];
    const fmt = Array.isArray(fmtRow) ? (fmtRow[c] ?? null) : null;
    const formulaRow = this.formulas?.[r];
    const formula = Array.isArray(formulaRow) ? (formulaRow[c] ?? null) : null;
    const cell: CellRef = {
      address: a1(c + 1, r + 1),
      row: r + 1,
      col: c + 1,
      value: this.raw(r, c),
      numberFormat: typeof fmt === 'string' ? fmt : null,
    };
    if (typeof formula === 'string' && formula !== '') cell.formula = formula;
    return cell;
  }

  /**
   * The first column at or right of `from` (before `to`) in row r that shows a value, skipping
   * cells covered by a merged area that starts left of `from` (the label's own merge).
   */
  nextFilled(r: number, from: number, to = this.colCount): number | null {
    for (let c = from; c < to; c++) {
      const m = this.mergeOver(r, c);
      if (m && m.left < from) continue;
      if (!isBlankValue(m ? this.raw(m.top, m.left) : this.raw(r, c))) return c;
    }
    return null;
  }
}
