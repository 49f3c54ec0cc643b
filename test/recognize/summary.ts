/** Compact text summaries of recognized tables, for debugging and for comparing recognitions. */
import type { CellRef } from '../../src/model/cell';
import type { FormTable, RecognizedSheet } from '../../src/model/table';
import { cellNumber } from '../../src/recognize';

/** A value as compared across perturbations: numbers (also from text, `95%`) or trimmed text. */
export function canon(ref: CellRef | null): string {
  if (!ref) return '-';
  const v = ref.value;
  if (v === null) return '∅';
  if (typeof v === 'object') return `#${v.error}`;
  let n = cellNumber(v);
  if (n !== null && typeof v === 'number' && ref.numberFormat?.includes('%')) n = v;
  if (n !== null) return String(Math.round(n * 1e9) / 1e9);
  return String(v).replace(/[\s\u3000]+/g, '');
}

export function indicatorLines(t: FormTable): string[] {
  return t.indicators.map((i) =>
    [
      i.level1 ?? '-',
      i.level1Weight ?? '-',
      i.level2 ?? '-',
      i.level2Weight ?? '-',
      i.name,
      canon(i.target),
      canon(i.actual),
      canon(i.weight),
      canon(i.score),
    ].join(' | '),
  );
}

export function describe(t: FormTable): string {
  const cols = Object.entries(t.columns)
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.map((x) => x.col).join('/') : v}`)
    .join(' ');
  const b = t.budget;
  const lines = [
    `${t.id} ${t.kind} title=${t.title} name=${t.name} header=${t.headerRow}+${t.headerRows} range=${JSON.stringify(t.range)}`,
    `  cols: ${cols}`,
    b
      ? `  budget r${b.row} ${b.label}: ${[b.initial, b.adjusted, b.executed, b.rate, b.weight, b.score].map((c) => (c ? `${c.address}=${canon(c)}` : '-')).join(' ')}`
      : '  budget: none',
    ...indicatorLines(t).map((l, i) => `  r${t.indicators[i].row}: ${l}`),
    `  total: ${t.total ? `${t.total.label} ${t.total.stated.address}=${canon(t.total.stated)} weightSum=${t.total.weightSum?.address ?? '-'}` : 'none'}`,
    `  grade: ${t.grade ? `${t.grade.label} ${t.grade.stated.address}=${canon(t.grade.stated)}` : 'none'}`,
    `  notes: ${t.notes.map((n) => n.code).join(', ')}`,
  ];
  if (t.basicData) {
    const d = t.basicData;
    lines.push(
      `  staff: ${d.staff ? [d.staff.establishment, d.staff.actual, d.staff.rate].map(canon).join(' ') : 'none'}`,
    );
    lines.push(`  periods: ${d.periods.map((p) => `${p.label}(${p.year},${p.kind})`).join(' ')}`);
    for (const l of d.lines)
      lines.push(
        `  r${l.row} ${l.role}${l.partOf ? '*' : ''} ${l.label}: ${l.cells.map(canon).join(' ')}`,
      );
  }
  return lines.join('\n');
}

export function describeSheet(s: RecognizedSheet): string {
  return [
    `[${s.name}] tables=${s.tables.length} notForm=${s.notForm} skipped=${JSON.stringify(s.skipped)}`,
    ...s.tables.map(describe),
  ].join('\n');
}
