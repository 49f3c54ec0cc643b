/**
 * Building synthetic sheet snapshots for recognition tests.
 *
 * `grid` takes rows of tab-separated cells: an empty cell is null, a plain decimal becomes a number
 * (prefix `'` to keep it text, as Excel does), everything else stays text.
 */
import type { CellRange, CellValue, SheetSnapshot } from '../../src/snapshot/types';

export function cell(text: string): CellValue {
  if (text === '') return null;
  if (text.startsWith("'")) return text.slice(1);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

export function grid(lines: string[]): CellValue[][] {
  return lines.map((l) => l.split('\t').map(cell));
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `B3:D5` → a 0-based rectangle. */
export function area(a1: string): CellRange {
  const [from, to = from] = a1.split(':');
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`bad address ${s}`);
    return { c: colIndex(m[1]), r: Number(m[2]) - 1 };
  };
  const f = p(from);
  const t = p(to);
  return { top: f.r, left: f.c, bottom: t.r, right: t.c };
}

export function snapshot(
  name: string,
  lines: string[],
  opts: {
    merges?: string[] | null;
    hiddenColumns?: number[];
    hiddenRows?: number[];
    numberFormats?: (string | null)[][];
  } = {},
): SheetSnapshot {
  return {
    name,
    values: grid(lines),
    numberFormats: opts.numberFormats,
    merges: opts.merges === undefined ? [] : opts.merges === null ? null : opts.merges.map(area),
    hiddenRows: opts.hiddenRows ?? [],
    hiddenColumns: opts.hiddenColumns ?? [],
  };
}

/**
 * Blanks every covered cell of the merges (as a host reports merged areas) — for snapshots written
 * with the label repeated in each cell for readability.
 */
export function clearCovered(s: SheetSnapshot): SheetSnapshot {
  const values = s.values.map((row) => [...row]);
  for (const m of s.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && values[r]) values[r][c] = null;
      }
    }
  }
  return { ...s, values };
}
