/** Number formatting for the pane: scores to two decimals at most, rates as percentages. */
export function score(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  return String(Math.round(x * 100) / 100);
}

export function percent(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  return `${(Math.round(x * 10000) / 100).toString()}%`;
}

export function same(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return true;
  return Math.abs(a - b) < 0.005;
}
