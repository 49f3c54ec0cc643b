/**
 * Memoised parsing and scoring. The rules are pure functions of the raw cell contents, and real
 * forms repeat the same contents many times (满意 / 100% / 5 / 5), so a workbook's audit reuses
 * earlier results instead of recomputing them. Bounded, so long sessions do not grow it forever.
 *
 * Contents are named by small integer ids (`contentId`), so that a row's key is a short string
 * of ids rather than its texts joined: the audit builds one key per row, and building them from
 * the texts was a large part of its allocation.
 */
import type { CellValue } from '../snapshot/types';

const LIMIT = 20000;
/** Ids stay below this, so that a key can hold one per UTF-16 code unit. */
const ID_LIMIT = 0xf000;

/** Memos whose keys are made of content ids: emptied whenever the ids are reissued. */
const dependents: { clear(): void }[] = [];

export class Memo<K, V> {
  private readonly map = new Map<K, V>();
  constructor() {
    dependents.push(this.map);
  }
  /** The remembered value, or undefined (no closure per lookup: this runs once per cell). */
  peek(key: K): V | undefined {
    return this.map.get(key);
  }
  put(key: K, value: V): V {
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

const byString = new Map<string, Map<string, number>>();
const byNumber = new Map<number, Map<string, number>>();
const byOther = new Map<string, number>();
let nextId = 1;

function reissue(): void {
  byString.clear();
  byNumber.clear();
  byOther.clear();
  nextId = 1;
  for (const d of dependents) d.clear();
}

function idIn(byFormat: Map<string, number>, format: string): number {
  const hit = byFormat.get(format);
  if (hit !== undefined) return hit;
  const id = nextId++;
  byFormat.set(format, id);
  return id;
}

/**
 * Makes room for `n` new ids before a key is built from several of them, so that the ids of one
 * key are never from two issues of the table.
 */
export function reserveIds(n: number): void {
  if (nextId + n >= ID_LIMIT) reissue();
}

/**
 * A small id (≥ 1, below 0xF000) for a raw value with its number format; equal contents get equal ids, and
 * every raw value is told apart (1 vs "1", null vs "", errors). Stable until the table is full;
 * then it starts over and the memos keyed by ids are emptied with it (call `reserveIds` first
 * when one key takes several ids).
 */
export function contentId(value: CellValue | undefined, numberFormat: string | null): number {
  if (nextId >= ID_LIMIT) reissue();
  const format = numberFormat ?? '';
  if (typeof value === 'string') {
    let byFormat = byString.get(value);
    if (byFormat === undefined) {
      byFormat = new Map();
      byString.set(value, byFormat);
    }
    return idIn(byFormat, format);
  }
  if (typeof value === 'number') {
    let byFormat = byNumber.get(value);
    if (byFormat === undefined) {
      byFormat = new Map();
      byNumber.set(value, byFormat);
    }
    return idIn(byFormat, format);
  }
  const key = `${valueKey(value)}\u0001${format}`;
  const hit = byOther.get(key);
  if (hit !== undefined) return hit;
  const id = nextId++;
  byOther.set(key, id);
  return id;
}

/** A key that tells apart every raw value (1 vs "1", null vs "", errors). */
export function valueKey(v: CellValue | undefined): string {
  if (v === undefined) return 'u';
  if (v === null) return 'n';
  switch (typeof v) {
    case 'string':
      return `s${v}`;
    case 'number':
      return `d${v}`;
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      return `e${v.error}`;
  }
}
