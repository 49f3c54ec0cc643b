/**
 * Whole-row highlights: red for a row scored wrongly, amber for a row that falls short, and the
 * reason cells of a row missing its reason. Added in order of precedence (the reason cells first,
 * amber last) with matching priorities, since LibreOffice goes by the order and Excel by the
 * priority. A host without conditional formats gets static fills instead (on the last edit).
 */
import { formula as F, type RowStatus } from '../rules';
import { a1 as A1, colName } from '../snapshot/a1';
import type { TableContext } from './context';
import type { SimpleEdit } from './edits';
import { COLOURS } from './writer';

export function planHighlights(
  ctx: TableContext,
  rows: { row: number; status: RowStatus; progress: RowStatus }[],
): void {
  const { layout, a, edits, w, labels } = ctx;
  const purposes = ctx.texts.purposes;
  if (rows.length === 0) return;
  const t = a.table;
  const first = rows[0].row;
  const last = rows[rows.length - 1].row;
  const left = t.range.left;
  const right = layout.actual;
  const range = `${A1(left, first)}:${A1(right, last)}`;
  const st = `$${colName(layout.status)}${first}`;
  const pg = `$${colName(layout.progress)}${first}`;
  const lit = (s: RowStatus) => F.stringLiteral(labels[s]);
  const amberF = `=OR(${pg}=${lit('short')},${pg}=${lit('missingReason')})`;
  const redF = `=${st}=${lit('wrong')}`;
  const id = `${w.name}!R${t.headerRow}`;
  const isShort = (x: RowStatus) => x === 'short' || x === 'missingReason';
  const fills: SimpleEdit[] = rows.map((x) => ({
    id: `${id}#fill-${x.row}`,
    kind: 'fill' as const,
    sheet: w.name,
    range: `${A1(left, x.row)}:${A1(right, x.row)}`,
    fill:
      x.status === 'wrong' ? COLOURS.wrong.fill : isShort(x.progress) ? COLOURS.short.fill : null,
  }));
  const reasonCols = [
    ...t.columns.reasonTicks.map((x) => x.col),
    ...(t.columns.reasonText ? [t.columns.reasonText] : []),
    ...(t.columns.improvement ? [t.columns.improvement] : []),
  ];
  if (reasonCols.length > 0) {
    const lo = Math.min(...reasonCols);
    const hi = Math.max(...reasonCols);
    const rr = `${A1(lo, first)}:${A1(hi, last)}`;
    const reasonF = `=${pg}=${lit('missingReason')}`;
    edits.push({
      id: `${id}#cf-reason`,
      kind: 'conditionalFormat',
      sheet: w.name,
      range: rr,
      formula: reasonF,
      fill: COLOURS.reason.fill,
      fontColor: COLOURS.reason.font,
      bold: true,
      priority: 1,
      requires: 'ExcelApi1.6',
      purpose: purposes.cfReason,
      fallback: [],
    });
    w.entries.push({ t: 'cf', s: w.name, r: rr, f: [reasonF] });
    for (const x of rows) {
      if (x.progress !== 'missingReason') continue;
      fills.push({
        id: `${id}#fill-reason-${x.row}`,
        kind: 'fill',
        sheet: w.name,
        range: `${A1(lo, x.row)}:${A1(hi, x.row)}`,
        fill: COLOURS.reason.fill,
      });
    }
  }
  edits.push({
    id: `${id}#cf-wrong`,
    kind: 'conditionalFormat',
    sheet: w.name,
    range,
    formula: redF,
    fill: COLOURS.wrong.fill,
    fontColor: COLOURS.wrong.font,
    priority: 2,
    requires: 'ExcelApi1.6',
    purpose: purposes.cfWrong,
    fallback: [],
  });
  edits.push({
    id: `${id}#cf-short`,
    kind: 'conditionalFormat',
    sheet: w.name,
    range,
    formula: amberF,
    fill: COLOURS.short.fill,
    fontColor: COLOURS.short.font,
    priority: 3,
    requires: 'ExcelApi1.6',
    purpose: purposes.cfShort,
    fallback: fills,
  });
  w.entries.push({ t: 'cf', s: w.name, r: range, f: [redF, amberF] });
}
