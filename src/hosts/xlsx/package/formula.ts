/**
 * Formula text helpers: A1 references, formula text as the file stores it, and moving a shared
 * formula from its anchor cell to another cell.
 */
import { colName } from '../../../snapshot/a1';

export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

/** A formula without its leading `=` (the file format stores none). */
export function withoutEquals(f: string): string {
  return f.startsWith('=') ? f.slice(1) : f;
}

/** Formula text for comparison: no spaces outside strings, upper case, no `$`. */
export function normaliseFormula(f: string): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 0 ? part.replace(/\s+/g, '').replace(/\$/g, '').toUpperCase() : part,
    )
    .join('"');
}

/** `B7` → { row: 7, col: 2 } (1-based), or null. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1].toUpperCase()) };
}

/** `B7:C9` → 1-based inclusive bounds; a single cell gives a one-cell area. */
export function parseArea(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

const REF = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)/y;

/**
 * The formula of a shared-formula cell: the anchor's formula with every relative reference moved
 * by the distance between the cells. String literals, quoted sheet names and function names are
 * left alone.
 */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (/[A-Za-z$]/.test(ch) && !/[A-Za-z0-9_.\\]/.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const after = formula[REF.lastIndex] ?? '';
        const cols = colNumber(m[2].toUpperCase());
        if (!/[A-Za-z0-9_(.!]/.test(after) && cols <= 16384) {
          const col = m[1] ? cols : cols + dCol;
          const row = m[3] ? Number(m[4]) : Number(m[4]) + dRow;
          if (col >= 1 && row >= 1) {
            out += `${m[1]}${colName(col)}${m[3]}${row}`;
            i = REF.lastIndex;
            continue;
          }
        }
      }
      // a name or function: copy the whole word
      let j = i;
      while (j < n && /[A-Za-z0-9_.$\\]/.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Quotes a sheet name for a reference when needed (`'My sheet'!A1`, `'O''Brien'!A1`). */
export function quoteSheet(name: string): string {
  if (
    /^[A-Za-z_\u00a1-\uffff][A-Za-z0-9_.\u00a1-\uffff]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
  ) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}
