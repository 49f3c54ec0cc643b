/**
 * One number format for the pane: scores with the form's own precision (the most decimals its
 * stated scores use, at most two, so 97.20 stands beside 95.92), rates as percentages with up to
 * two decimals (as the command line prints them), actual values with the target's unit.
 */
import type { TableReport } from '../report/types';

function decimalsOf(x: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 4;
}

/** The decimals the form writes its scores with (0–2). */
export function scoreDecimals(t: TableReport): number {
  let d = 0;
  const stated = [
    ...t.indicators.map((i) => i.statedScore),
    t.total?.stated ?? null,
    t.budget?.statedScore ?? null,
  ];
  for (const x of stated) if (x !== null && Number.isFinite(x)) d = Math.max(d, decimalsOf(x));
  return Math.min(2, d);
}

/** A score rounded half away from zero to `decimals`, written with exactly that many. */
export function formatScore(x: number | null | undefined, decimals = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  const f = 10 ** decimals;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
  return r.toFixed(decimals);
}

/** A rate (0.7421) as a percentage with up to two decimals: 74.21%. */
export function percent(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  const v = Math.round(x * 10000) / 100;
  return `${Number(v.toFixed(2)).toString()}%`;
}

/** The unit a target is written with (`≥95%` → `%`, `≥150件` → `件`), or ''. */
export function unitOf(target: string | null | undefined): string {
  const m = /\d(?:[\d.,]*)\s*([%％‰]|[^\d\s.,%％]{1,4})\s*$/.exec(target ?? '');
  if (!m) return '';
  const u = m[1];
  return /以上|以下|以内|及以上|左右/.test(u) ? '' : u;
}

/** An actual value written as a bare number gets the target's unit: `25.79` → `25.79%`. */
export function withUnit(actual: string | null, target: string | null): string | null {
  if (actual === null) return null;
  const a = actual.trim();
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(a)) return actual;
  const u = unitOf(target);
  return u ? `${a}${u}` : actual;
}
