/**
 * Perturbations for the layout corpus, beyond test/recognize/perturb.ts: extra blank columns, the
 * whole form moved down and right (a title block above it, margins to its left), and a copy of the
 * sheet placed beside itself (two forms side by side).
 */
import type { CellRange, CellValue, SheetSnapshot } from '../../src/snapshot/types';
import { insertRows, type Rng } from './perturb';

function widthOf(s: SheetSnapshot): number {
  let w = 0;
  for (const row of s.values) w = Math.max(w, row.length);
  return w;
}

/** Inserts an empty column before 0-based column `at`, widening the merges it falls inside. */
export function insertColumn(s: SheetSnapshot, at: number): SheetSnapshot {
  const put = <T>(rows: T[][] | undefined, blank: T): T[][] | undefined =>
    rows?.map((row) => {
      const next = row.slice();
      if (next.length > at) next.splice(at, 0, blank);
      return next;
    });
  return {
    ...s,
    values: put<CellValue>(s.values, null) ?? [],
    numberFormats: put<string | null>(s.numberFormats, null),
    formulas: put<string | null>(s.formulas, null),
    merges: s.merges
      ? s.merges.map((m) =>
          m.left >= at
            ? { ...m, left: m.left + 1, right: m.right + 1 }
            : m.right >= at
              ? { ...m, right: m.right + 1 }
              : { ...m },
        )
      : null,
    hiddenRows: s.hiddenRows.slice(),
    hiddenColumns: s.hiddenColumns.map((c) => (c >= at ? c + 1 : c)),
  };
}

/** One to three blank columns at random places (left of, inside or right of the forms). */
export function insertBlankColumns(s: SheetSnapshot, r: Rng): SheetSnapshot {
  let out = s;
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) out = insertColumn(out, Math.floor(r() * (widthOf(out) + 1)));
  return out;
}

/** Moves everything down by 1–4 rows (a title block above) and right by 0–3 columns. */
export function moveForms(s: SheetSnapshot, r: Rng): SheetSnapshot {
  let out = s;
  const right = Math.floor(r() * 4);
  for (let k = 0; k < right; k++) out = insertColumn(out, 0);
  const down = 1 + Math.floor(r() * 4);
  const titles: CellValue[][] = [['绩效自评材料'], [], ['（2023年度）'], ['单位：万元']];
  for (let k = 0; k < down; k++) out = insertRows(out, [0], [titles[k % titles.length]]);
  return out;
}

/**
 * The sheet placed beside a copy of itself, `gap` empty columns apart: every form now stands side
 * by side with its twin (with `twin` applied to the copy, e.g. another column order).
 */
export function placeBeside(
  s: SheetSnapshot,
  gap: number,
  twin: (s: SheetSnapshot) => SheetSnapshot = (x) => x,
): SheetSnapshot {
  const copy = twin(s);
  const w = Math.max(widthOf(s), widthOf(copy)) + gap;
  const rows = Math.max(s.values.length, copy.values.length);
  const join = <T>(a: T[][] | undefined, b: T[][] | undefined, blank: T): T[][] | undefined => {
    if (!a && !b) return undefined;
    return Array.from({ length: rows }, (_, i) => {
      const left = (a?.[i] ?? []).slice();
      while (left.length < w) left.push(blank);
      return [...left, ...(b?.[i] ?? [])];
    });
  };
  const shift = (m: CellRange): CellRange => ({ ...m, left: m.left + w, right: m.right + w });
  return {
    ...s,
    values: join<CellValue>(s.values, copy.values, null) ?? [],
    numberFormats: join<string | null>(s.numberFormats, copy.numberFormats, null),
    formulas: join<string | null>(s.formulas, copy.formulas, null),
    merges:
      s.merges && copy.merges
        ? [...s.merges.map((m) => ({ ...m })), ...copy.merges.map(shift)]
        : null,
    hiddenRows: [...new Set([...s.hiddenRows, ...copy.hiddenRows])],
    hiddenColumns: [...s.hiddenColumns, ...copy.hiddenColumns.map((c) => c + w)],
  };
}
