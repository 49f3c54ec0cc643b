/**
 * Perturbations of sheet snapshots that must not change what recognition reads: reordered
 * columns, inserted title and blank rows, merges removed, headers renamed to synonyms, numbers
 * turned into text. Each takes a seeded random source so a failure replays exactly.
 */
import { COLUMN_SYNONYMS, type ColumnRole } from '../../src/model/glossary';
import type { FormTable } from '../../src/model/table';
import { termKey } from '../../src/recognize';
import { headerTerms } from '../../src/recognize/terms';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/snapshot/types';

export type Rng = () => number;

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function shuffle<T>(r: Rng, xs: T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function clone(s: SheetSnapshot): SheetSnapshot {
  return {
    ...s,
    values: s.values.map((row) => row.slice()),
    numberFormats: s.numberFormats?.map((row) => row.slice()),
    formulas: s.formulas?.map((row) => row.slice()),
    merges: s.merges ? s.merges.map((m) => ({ ...m })) : null,
    hiddenRows: s.hiddenRows.slice(),
    hiddenColumns: s.hiddenColumns.slice(),
  };
}

function width(s: SheetSnapshot): number {
  let w = 0;
  for (const row of s.values) w = Math.max(w, row.length);
  return w;
}

/**
 * Reorders columns without breaking any merged area: columns that lie in exactly the same wide
 * merges (and are not a merge's first column, which holds its text) are shuffled among
 * themselves, carrying values, formats, formulas, one-column merges and hidden flags along.
 * `merges` are the fixture's own (the layout), even when the snapshot has dropped them.
 */
export function reorderColumns(s: SheetSnapshot, merges: CellRange[], r: Rng): SheetSnapshot {
  const w = width(s);
  const wide = merges.filter((m) => m.right > m.left);
  const fixed = new Set(wide.map((m) => m.left));
  const classes = new Map<string, number[]>();
  for (let c = 0; c < w; c++) {
    if (fixed.has(c)) continue;
    const sig = wide
      .map((m, i) => (c >= m.left && c <= m.right ? i : -1))
      .filter((i) => i >= 0)
      .join(',');
    const list = classes.get(sig);
    if (list) list.push(c);
    else classes.set(sig, [c]);
  }
  const to = Array.from({ length: w }, (_, c) => c);
  for (const cols of classes.values()) {
    const shuffled = shuffle(r, cols);
    cols.forEach((c, i) => (to[c] = shuffled[i]));
  }
  const out = clone(s);
  const move = <T>(rows: T[][] | undefined, blank: T): T[][] | undefined =>
    rows?.map((row) => {
      const next: T[] = Array.from({ length: Math.max(row.length, w) }, () => blank);
      for (let c = 0; c < w; c++) next[to[c]] = c < row.length ? row[c] : blank;
      return next;
    });
  out.values = move<CellValue>(s.values, null) ?? [];
  out.numberFormats = move<string | null>(s.numberFormats, null);
  out.formulas = move<string | null>(s.formulas, null);
  out.hiddenColumns = s.hiddenColumns.map((c) => (c < w ? to[c] : c));
  if (s.merges) {
    out.merges = s.merges.map((m) =>
      m.left === m.right ? { ...m, left: to[m.left], right: to[m.left] } : { ...m },
    );
  }
  return out;
}

/** Inserts `n` rows before each 0-based row in `at` (ascending), extending merges across them. */
export function insertRows(s: SheetSnapshot, at: number[], rows: CellValue[][]): SheetSnapshot {
  const out = clone(s);
  const positions = at.slice().sort((a, b) => b - a);
  positions.forEach((pos, k) => {
    const row = rows[k % rows.length];
    out.values.splice(pos, 0, row.slice());
    out.numberFormats?.splice(pos, 0, []);
    out.formulas?.splice(pos, 0, []);
    out.hiddenRows = out.hiddenRows.map((h) => (h >= pos ? h + 1 : h));
    if (out.merges) {
      for (const m of out.merges) {
        if (m.top >= pos) {
          m.top++;
          m.bottom++;
        } else if (m.bottom >= pos) m.bottom++;
      }
    }
  });
  return out;
}

const TITLES = ['2022年度绩效自评材料（打印稿）', '附件', '单位：万元', '（2022年度）'];

/**
 * Inserts title rows at the top and blank rows anywhere except inside a header block (a blank
 * row between a header and its sub-header row would make them two things).
 */
export function insertTitleAndBlankRows(
  s: SheetSnapshot,
  tables: FormTable[],
  r: Rng,
): SheetSnapshot {
  const inside = new Set<number>();
  for (const t of tables) {
    for (let h = t.headerRow; h < t.headerRow + t.headerRows - 1; h++) inside.add(h);
  }
  const rows = s.values.length;
  const blanks: number[] = [];
  const count = 1 + Math.floor(r() * 6);
  for (let k = 0; k < count; k++) {
    const pos = 1 + Math.floor(r() * rows);
    // pos (0-based) is inserted before sheet row pos + 1: forbidden when pos is inside a header.
    if (!inside.has(pos)) blanks.push(pos);
  }
  let out = insertRows(s, blanks, [[]]);
  const titles = 1 + Math.floor(r() * 2);
  for (let k = 0; k < titles; k++) out = insertRows(out, [0], [[pick(r, TITLES)]]);
  return insertRows(out, [0], [[]]);
}

export function removeMerges(s: SheetSnapshot): SheetSnapshot {
  return { ...clone(s), merges: null };
}

/** Synonyms that mean exactly one column role, in any context. */
function plainSynonyms(role: ColumnRole): string[] {
  return COLUMN_SYNONYMS[role].filter((syn) => {
    const t = headerTerms(termKey(syn));
    return t.length === 1 && t[0].kind === 'role' && t[0].role === role;
  });
}

function breakLines(r: Rng, text: string): string {
  if (text.length < 3 || r() < 0.4) return text;
  const at = 1 + Math.floor(r() * (text.length - 1));
  const ws = pick(r, ['\n', '\n', ' ', '\u3000']);
  return `${r() < 0.3 ? '\u3000' : ''}${text.slice(0, at)}${ws}${text.slice(at)}`;
}

/**
 * Renames header cells of the recognized tables to synonyms of the role their column has, with
 * line breaks and full-width spaces thrown in. Contextual words (名称 / 分值 under a level) stay.
 */
export function renameHeaders(s: SheetSnapshot, tables: FormTable[], r: Rng): SheetSnapshot {
  const out = clone(s);
  for (const t of tables) {
    if (t.kind === 'basic-data') continue;
    const roleOf = new Map<number, ColumnRole>();
    for (const [role, col] of Object.entries(t.columns)) {
      if (typeof col === 'number') roleOf.set(col - 1, role as ColumnRole);
    }
    for (let h = t.headerRow - 1; h < t.headerRow - 1 + t.headerRows; h++) {
      const row = out.values[h];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        const role = roleOf.get(c);
        if (typeof v !== 'string' || !role) continue;
        if (role === 'level1Weight' || role === 'level2Weight') continue;
        const hits = headerTerms(termKey(v));
        if (!hits.some((x) => x.kind === 'role' && x.role === role)) continue;
        const choices = plainSynonyms(role);
        if (choices.length === 0 || r() < 0.25) continue;
        row[c] = breakLines(r, pick(r, choices));
      }
    }
  }
  return out;
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

/** Turns numbers into text as a paste from Word would: `15`, `95%`, sometimes full-width or padded. */
export function numbersToText(s: SheetSnapshot, r: Rng, share = 0.7): SheetSnapshot {
  const out = clone(s);
  out.values.forEach((row, ri) => {
    row.forEach((v, c) => {
      if (typeof v !== 'number' || r() > share) return;
      const fmt = s.numberFormats?.[ri]?.[c] ?? null;
      let text = fmt && fmt.includes('%') ? `${v * 100}%` : String(v);
      if (r() < 0.2) text = text.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]);
      if (r() < 0.2) text = `\u3000${text}`;
      row[c] = text;
      if (out.numberFormats?.[ri]) out.numberFormats[ri][c] = '@';
      if (out.formulas?.[ri]) out.formulas[ri][c] = null;
    });
  });
  return out;
}
