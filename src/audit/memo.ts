/**
 * Memoised parsing and scoring. The rules are pure functions of the raw cell contents, and real
 * forms repeat the same contents many times (满意 / 100% / 5 / 5), so a workbook's audit reuses
 * earlier results instead of recomputing them. Bounded, so long sessions do not grow it forever.
 */
import type { CellValue } from '../snapshot/types';

const LIMIT = 20000;

export class Memo<V> {
  private readonly map = new Map<string, V>();
  get(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const v = make();
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, v);
    return v;
  }
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
