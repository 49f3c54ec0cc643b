/**
 * Recognising one sheet: find every header (indicator tables and basic-data tables), cut the
 * sheet into forms — each form owns the rows from the end of the previous one (its caption, name
 * row and budget block) down to its total row and the notes and signatures under it — and read
 * each form.
 */
import { NOT_SELF_EVALUATION_TITLES } from '../model/glossary';
import type { Columns, FormTable, RecognitionNote } from '../model/table';
import type { SheetSnapshot } from '../snapshot/types';
import { basicDataAnchor, readBasicData, type BasicDataAnchor } from './basic-data';
import { isBudgetHeaderRow, readBody } from './body';
import { findBudget } from './budget';
import { Grid } from './grid';
import { findHeaders, type ColumnIndex, type HeaderBlock } from './headers';
import {
  findGrade,
  findName,
  findOutsideTotal,
  findReportingUnit,
  findTitle,
  tableKind,
} from './preamble';
import { isTitle, nameLabel } from './terms';
import { sideBySideBands, windowOf } from './side-by-side';
import { valueText } from './text';
import { colName } from '../snapshot/a1';

export interface SheetRecognition {
  tables: FormTable[];
  notForm: string | null;
  skipped: { row: number; reason: string }[];
}

/** Most non-blank rows kept as a form's trailer (notes, signatures, a grade). */
const MAX_TRAILER_ROWS = 12;

type Event =
  | { type: 'indicator'; row: number; header: HeaderBlock }
  | { type: 'basic'; row: number; anchor: BasicDataAnchor };

/** True when row r starts a new form: a caption alone, a name label or a budget header. */
function startsForm(grid: Grid, r: number): boolean {
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    if (grid.rawBlank(r, c)) continue;
    const k = grid.key(r, c);
    if (k === null) return false;
    if (nameLabel(k, valueText(grid.raw(r, c)))) return true;
    if (isTitle(k) && grid.nextFilled(r, c + 1) === null) return true;
    break;
  }
  return isBudgetHeaderRow(grid, r);
}

function toColumns(index: ColumnIndex): Columns {
  const at = (c: number | undefined) => (c === undefined ? null : c + 1);
  const r = index.roles;
  return {
    level1: at(r.level1),
    level1Weight: at(r.level1Weight),
    level2: at(r.level2),
    level2Weight: at(r.level2Weight),
    name: at(r.name),
    target: at(r.target),
    operator: at(r.operator),
    unit: at(r.unit),
    actual: at(r.actual),
    completion: at(r.completion),
    weight: at(r.weight),
    score: at(r.score),
    reasonTicks: index.ticks.map((t) => ({ category: t.category, col: t.col + 1 })),
    reasonText: at(r.reasonText),
    improvement: at(r.improvement),
    data: at(r.data),
    criteria: at(r.criteria),
  };
}

const NO_COLUMNS: Columns = toColumns({ roles: {}, ticks: [] });

/** Extent of the non-blank cells in rows [top, bottom] (0-based in, 1-based out). */
function extent(grid: Grid, top: number, bottom: number) {
  let t = -1;
  let b = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let r = top; r <= bottom; r++) {
    if (grid.rowBlank(r)) continue;
    if (t < 0) t = r;
    b = r;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      if (grid.rawBlank(r, c)) continue;
      if (c < left) left = c;
      break;
    }
    for (let c = n - 1; c >= 0; c--) {
      if (grid.rawBlank(r, c)) continue;
      if (c > right) right = c;
      break;
    }
  }
  if (t < 0) return { top: top + 1, bottom: bottom + 1, left: 1, right: 1 };
  return { top: t + 1, bottom: b + 1, left: left + 1, right: Math.max(right, left) + 1 };
}

function hiddenNotes(
  grid: Grid,
  range: { top: number; left: number; bottom: number; right: number },
) {
  const notes: RecognitionNote[] = [];
  const cols = [...grid.hiddenCols].filter((c) => c + 1 >= range.left && c + 1 <= range.right);
  if (cols.length > 0) {
    notes.push({
      code: 'hidden-columns',
      detail: `hidden column(s) ${cols
        .sort((a, b) => a - b)
        .map((c) => colName(c + 1))
        .join(', ')} read all the same`,
    });
  }
  const rows = [...grid.hiddenRows].filter((r) => r + 1 >= range.top && r + 1 <= range.bottom);
  if (rows.length > 0) {
    notes.push({
      code: 'hidden-rows',
      detail: `${rows.length} hidden row(s) read all the same`,
      rows: rows.sort((a, b) => a - b).map((r) => r + 1),
    });
  }
  return notes;
}

/** Rows after `from` that still belong to the form above: notes, signatures, a grade. */
function trailerEnd(grid: Grid, from: number, limit: number): number {
  let kept = 0;
  let r = from;
  for (; r < limit; r++) {
    if (grid.rowBlank(r)) continue;
    if (startsForm(grid, r) || kept >= MAX_TRAILER_ROWS) break;
    kept++;
  }
  return r;
}

/** A caption in rows [from, to) naming a target declaration or a monitoring table, or null. */
function notSelfEvaluationCaption(grid: Grid, from: number, to: number): string | null {
  for (let r = Math.max(from, to - 6); r < to; r++) {
    if (grid.rowBlank(r)) continue;
    const n = grid.rowLength(r);
    for (let c = 0; c < n; c++) {
      const k = grid.key(r, c);
      if (k !== null && NOT_SELF_EVALUATION_TITLES.some((w) => k.includes(w))) return k;
    }
  }
  return null;
}

export function recognizeSheetDetailed(snapshot: SheetSnapshot): SheetRecognition {
  const grid = new Grid(snapshot);
  const headers = findHeaders(grid);
  const bands = sideBySideBands(grid, headers);
  if (!bands) return recognizeBand(grid, headers);
  const out: SheetRecognition = { tables: [], notForm: null, skipped: [] };
  bands.forEach((b, i) => {
    const band = new Grid(windowOf(snapshot, b.left, b.right));
    const r = recognizeBand(band, findHeaders(band));
    for (const t of r.tables) {
      if (i > 0) t.id = `${t.id}C${b.left + 1}`;
      t.notes.push({
        code: 'side-by-side',
        detail: `form ${i + 1} of ${bands.length} side by side, read within columns ${colName(b.left + 1)}–${colName(b.right + 1)}`,
      });
      out.tables.push(t);
    }
    out.skipped.push(...r.skipped);
  });
  out.tables.sort((a, b) => a.headerRow - b.headerRow || a.range.left - b.range.left);
  if (out.tables.length === 0) out.notForm = recognizeBand(grid, headers).notForm;
  return out;
}

function recognizeBand(grid: Grid, headers: HeaderBlock[]): SheetRecognition {
  const headersByTop = new Map<number, HeaderBlock>();
  for (const h of headers) headersByTop.set(h.top, h);

  const events: Event[] = headers.map((h) => ({ type: 'indicator', row: h.top, header: h }));
  const basicAt = new Map<number, BasicDataAnchor>();
  let hi = 0;
  for (let r = 0; r < grid.rowCount; r++) {
    while (hi < headers.length && headers[hi].bottom < r) hi++;
    if (hi < headers.length && headers[hi].top <= r) continue;
    if (grid.rowBlank(r)) continue;
    const a = basicDataAnchor(grid, r);
    if (a) {
      basicAt.set(r, a);
      events.push({ type: 'basic', row: r, anchor: a });
    }
  }
  events.sort((a, b) => a.row - b.row);

  const tables: FormTable[] = [];
  const skipped: SheetRecognition['skipped'] = [];
  let cursor = 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (ev.row < cursor) continue;
    if (ev.type === 'indicator') {
      const h = ev.header;
      let limit = grid.rowCount;
      for (let j = i + 1; j < events.length; j++) {
        if (events[j].type === 'basic' && events[j].row > h.bottom) {
          limit = events[j].row;
          break;
        }
      }
      const body = readBody(grid, h, limit, headersByTop);
      let nextRow = limit;
      for (let j = i + 1; j < events.length; j++) {
        if (events[j].row >= body.stop) {
          nextRow = Math.min(nextRow, events[j].row);
          break;
        }
      }
      const tEnd = trailerEnd(grid, body.end + 1, nextRow);
      const preambleFrom = cursor;
      cursor = tEnd;
      const roles = { ...h.columns.roles };
      if (body.scoreCol !== undefined) roles.score = body.scoreCol;
      const index: ColumnIndex = { roles, ticks: h.columns.ticks };
      if (roles.score === undefined && roles.actual === undefined) {
        skipped.push({
          row: h.top + 1,
          reason:
            'header has neither 得分 nor 实际完成值 (a reference framework, not a self-evaluation)',
        });
        continue;
      }
      if (roles.name === undefined && roles.target === undefined && roles.actual === undefined) {
        skipped.push({
          row: h.top + 1,
          reason: 'header names levels and scores only, no 三级指标 (a summary or chart data)',
        });
        continue;
      }
      if (roles.score === undefined) {
        const caption = notSelfEvaluationCaption(grid, preambleFrom, h.top);
        if (caption !== null) {
          skipped.push({
            row: h.top + 1,
            reason: `caption ${caption} (targets or monitoring, not a self-evaluation)`,
          });
          continue;
        }
      }
      tables.push(buildIndicatorTable(grid, h, index, body, preambleFrom, tEnd));
    } else {
      let limit = grid.rowCount;
      for (let j = i + 1; j < events.length; j++) {
        if (events[j].type === 'indicator') {
          limit = events[j].row;
          break;
        }
      }
      const { data, end, headerRow } = readBasicData(
        grid,
        ev.anchor,
        limit,
        (r) => basicAt.get(r) ?? null,
      );
      const tEnd = trailerEnd(grid, end + 1, limit);
      const title = findTitle(grid, cursor, headerRow);
      const range = extent(grid, headerRow, end);
      const block = extent(grid, cursor, Math.max(tEnd - 1, end));
      cursor = tEnd;
      tables.push({
        id: `${grid.name}!R${headerRow + 1}`,
        sheet: grid.name,
        kind: 'basic-data',
        title: title ? title.text : null,
        name: null,
        nameCell: null,
        headerRow: headerRow + 1,
        headerRows: 1,
        range,
        block,
        columns: NO_COLUMNS,
        budget: null,
        indicators: [],
        total: null,
        grade: null,
        basicData: data,
        notes: hiddenNotes(grid, block),
      });
    }
  }

  let notForm: string | null = null;
  if (tables.length === 0) {
    notForm =
      skipped.length > 0
        ? `no self-evaluation table: ${skipped[0].reason} (row ${skipped[0].row})`
        : 'no indicator header (一级指标 / 二级指标 / 三级指标 …) or basic-data header found';
  }
  return { tables, notForm, skipped };
}

function buildIndicatorTable(
  grid: Grid,
  h: HeaderBlock,
  index: ColumnIndex,
  body: ReturnType<typeof readBody>,
  preambleFrom: number,
  tEnd: number,
): FormTable {
  const notes: RecognitionNote[] = [
    ...h.notes.filter((n) => n.code !== 'score-column-inferred' || index.roles.score !== undefined),
  ];
  notes.push(...body.notes);
  const title = findTitle(grid, preambleFrom, h.top);
  let name = findName(grid, preambleFrom, h.top);
  const budget = findBudget(grid, preambleFrom, h.top);
  if (budget) notes.push(...budget.notes);
  let total = body.total;
  if (!total) total = findOutsideTotal(grid, preambleFrom, h.top);
  if (!total) total = findOutsideTotal(grid, body.end + 1, tEnd);
  const grade =
    findGrade(grid, preambleFrom, h.top) ??
    findGrade(grid, body.total ? body.total.row - 1 : body.end + 1, tEnd);
  if (!total) notes.push({ code: 'no-total', detail: 'no total row or stated total found' });
  if (body.indicators.length === 0) {
    notes.push({ code: 'no-indicators', detail: 'the table holds no indicator row' });
  }

  const kind = tableKind(
    index,
    title ? title.key : null,
    name ? name.kind : null,
    budget?.line.label ?? null,
  );
  if (!name && kind === 'department') name = findReportingUnit(grid, preambleFrom, h.top);

  const mapped = [
    ...Object.values(index.roles).filter((c): c is number => c !== undefined),
    ...index.ticks.map((t) => t.col),
  ];
  const left = Math.min(...mapped) + 1;
  const right = Math.max(...mapped) + 1;
  const range = { top: h.top + 1, left, bottom: body.end + 1, right };
  const block = extent(grid, preambleFrom, Math.max(tEnd - 1, body.end));
  block.top = Math.min(block.top, range.top);
  block.bottom = Math.max(block.bottom, range.bottom);
  block.left = Math.min(block.left, range.left);
  block.right = Math.max(block.right, range.right);
  notes.push(...hiddenNotes(grid, block));

  return {
    id: `${grid.name}!R${h.top + 1}`,
    sheet: grid.name,
    kind,
    title: title ? title.text : null,
    name: name ? name.name : null,
    nameCell: name ? name.cell : null,
    headerRow: h.top + 1,
    headerRows: h.bottom - h.top + 1,
    range,
    block,
    columns: toColumns(index),
    budget: budget ? budget.line : null,
    indicators: body.indicators,
    total,
    grade,
    basicData: null,
    notes,
  };
}
