/**
 * Edit[] → Office.js, in as few round trips as the payload allows (one for an ordinary form).
 *
 * - Capabilities: an edit whose requirement set is missing is replaced by its fallback, or
 *   skipped and reported; protected sheets are skipped whole, never half-written.
 * - Batching: cell writes are grouped into one range write per run of rows in a column (nulls
 *   leave cells in between untouched), data validation of adjacent cells with the same rule
 *   (relative to each cell) and the same messages into one range, and all operations are queued
 *   before a single sync.
 * - Only what changes is sent: a cell that already holds what the plan writes (same formula or
 *   value, same number format, as read in the same request context) is left alone, so that
 *   一键重算 on an annotated form sends little more than the cells that changed, in one round
 *   trip however long the form.
 * - Chunking: when the estimated request grows past `payloadBudget` (below Excel on the web's
 *   5 MB limit) the batch is synced and a new one started.
 * - Calculation is suspended until each sync (ExcelApi 1.6), so Excel recalculates once.
 * - Re-applying a plan is idempotent: conditional formats whose formula the plan (re)writes or
 *   removes are deleted first, using the inventory from the read in the same request context.
 */
import type {
  ApplyOutcome,
  ApplyReport,
  ConditionalFormatEdit,
  DataValidationEdit,
  Edit,
  SimpleEdit,
} from '../../plan/edits';
import type { CellRange, CellValue, SheetSnapshot } from '../../snapshot/types';
import { isCellError } from '../../snapshot/types';
import { parseA1, quoteSheet, rangeA1 } from '../../snapshot/a1';
import type { HostCapabilities } from './capabilities';
import { toHostError } from './errors';
import type { ExcelReadState } from './read';

export interface ApplyOptions {
  /** Bytes per request before a new batch is started (default 4 MB, under the web's 5 MB). */
  payloadBudget?: number;
  /** Called before each sync with the batch number (1-based) and the number of batches. */
  onProgress?: (done: number, total: number) => void;
}

export interface ExcelApplyReport extends ApplyReport {
  /** Round trips the apply took. */
  syncs: number;
}

const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** A single grouped write is split when it would be larger than this share of the budget. */
const OP_SHARE = 4;
/** Per-operation overhead of Office.js's request format (object paths, action ids). */
const OP_OVERHEAD = 160;

interface Op {
  bytes: number;
  ids: string[];
  sheet: string;
  run: () => void;
}

interface CellWrite {
  row: number;
  col: number;
  content: string | number | null;
  numberFormat?: string;
  id: string;
}

const VISIBILITY: Record<string, Excel.SheetVisibility> = {
  visible: 'Visible' as Excel.SheetVisibility,
  hidden: 'Hidden' as Excel.SheetVisibility,
  veryHidden: 'VeryHidden' as Excel.SheetVisibility,
};

/** Normalises a formula for comparison: no spaces outside strings, upper case, no `$`. */
export function normaliseFormula(f: string): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 0 ? part.replace(/\s+/g, '').replace(/\$/g, '').toUpperCase() : part,
    )
    .join('"');
}

function isBlank(v: CellValue | undefined, formula: string | null | undefined): boolean {
  if (formula) return false;
  if (v === null || v === undefined) return true;
  if (isCellError(v)) return false;
  return typeof v === 'string' && v.replace(/[\s\u3000]/g, '') === '';
}

/** A string Excel would otherwise parse as a number, date, boolean or formula gets a quote prefix. */
function asText(s: string): string {
  const t = s.trim();
  if (
    /^[=+\-@']/.test(t) ||
    /^[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t) ||
    /^\d{1,4}[-/年]\d{1,2}([-/月]\d{1,2}日?)?$/.test(t) ||
    /^(true|false)$/i.test(t)
  ) {
    return `'${s}`;
  }
  return s;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

function validationRule(edit: DataValidationEdit): Excel.DataValidationRule {
  const r = edit.rule;
  switch (r.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: truncate(r.values.join(','), 255) } };
    case 'decimal':
      return {
        decimal: {
          formula1: r.min,
          formula2: r.max,
          operator: 'Between' as Excel.DataValidationOperator,
        },
      };
    case 'custom':
      return { custom: { formula: r.formula } };
  }
}

const ALERT_STYLE: Record<string, Excel.DataValidationAlertStyle> = {
  stop: 'Stop' as Excel.DataValidationAlertStyle,
  warning: 'Warning' as Excel.DataValidationAlertStyle,
  information: 'Information' as Excel.DataValidationAlertStyle,
};

/** Column width in the plan is in characters (as in .xlsx); Office.js wants points. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export async function applyEdits(
  context: Excel.RequestContext,
  state: ExcelReadState,
  caps: HostCapabilities,
  edits: readonly Edit[],
  options: ApplyOptions = {},
): Promise<ExcelApplyReport> {
  const budget = options.payloadBudget ?? DEFAULT_BUDGET;
  const outcomes = new Map<string, ApplyOutcome>();
  const order: string[] = [];
  const record = (o: ApplyOutcome): void => {
    if (!outcomes.has(o.id)) order.push(o.id);
    outcomes.set(o.id, o);
  };

  const snapshot = new Map(state.snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const exists = new Set(state.snapshot.sheets.map((s) => s.name.toLowerCase()));
  const created = new Map<string, Excel.Worksheet>();
  const worksheet = (name: string): Excel.Worksheet => {
    const inv =
      state.sheets.get(name) ??
      [...state.sheets.entries()].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    return (
      created.get(name.toLowerCase()) ?? inv?.worksheet ?? context.workbook.worksheets.getItem(name)
    );
  };

  // --- 1. decide, edit by edit: applied as is, substituted by the fallback, or skipped ----------
  const accepted: SimpleEdit[] = [];
  const supports = (e: SimpleEdit | Edit): boolean => {
    if (e.requires && !caps.set.has(e.requires)) return false;
    if (e.kind === 'dataValidation' || e.kind === 'removeValidation') return caps.dataValidation;
    if (e.kind === 'conditionalFormat' || e.kind === 'removeConditionalFormats') {
      return caps.conditionalFormats;
    }
    if (e.kind === 'printArea') return caps.specialCells;
    if (e.kind === 'note') return caps.comments;
    return true;
  };
  const consider = (e: SimpleEdit): ApplyOutcome | null => {
    const key = e.sheet.toLowerCase();
    if (e.kind === 'ensureSheet') {
      exists.add(key);
      accepted.push(e);
      return null;
    }
    if (e.kind === 'deleteSheet') {
      if (!exists.has(key)) return { id: e.id, status: 'applied' };
      exists.delete(key);
      accepted.push(e);
      return null;
    }
    if (!exists.has(key)) return { id: e.id, status: 'failed', detail: `no sheet ${e.sheet}` };
    if (snapshot.get(key)?.protected) return { id: e.id, status: 'skipped', reason: 'protected' };
    if ((e.kind === 'setFormula' || e.kind === 'setValue') && e.onlyIfEmpty) {
      const sheet = snapshot.get(key);
      const rect = parseA1(e.cell);
      if (sheet && rect) {
        const v = sheet.values[rect.top]?.[rect.left];
        const f = sheet.formulas?.[rect.top]?.[rect.left];
        if (!isBlank(v, f)) {
          const same =
            e.kind === 'setFormula' && f && normaliseFormula(f) === normaliseFormula(e.formula);
          return same
            ? { id: e.id, status: 'applied' }
            : { id: e.id, status: 'skipped', reason: 'cellNotEmpty' };
        }
      }
    }
    accepted.push(e);
    return null;
  };

  for (const edit of edits) {
    if (!supports(edit)) {
      if (edit.fallback && edit.fallback.length > 0) {
        for (const f of edit.fallback) {
          if (!supports(f)) record({ id: f.id, status: 'skipped', reason: 'missingCapability' });
          else {
            const o = consider(f);
            if (o) record(o);
            else record({ id: f.id, status: 'applied' });
          }
        }
        record({ id: edit.id, status: 'substituted', by: edit.fallback.map((f) => f.id) });
      } else {
        record({ id: edit.id, status: 'skipped', reason: 'missingCapability' });
      }
      continue;
    }
    const o = consider(edit);
    record(o ?? { id: edit.id, status: 'applied' });
  }

  // --- 2. turn the accepted edits into queued operations, in phases -----------------------------
  const phases: Op[][] = [[], [], [], [], [], [], []];
  const [SHEETS, REMOVALS, CELLS, FORMATS, LAYOUT, DELETES, NOTES] = phases;
  const writes = new Map<string, CellWrite[]>();
  const purge = new Map<string, Set<string>>();
  const addPurge = (sheet: string, formula: string): void => {
    const set = purge.get(sheet) ?? new Set<string>();
    set.add(normaliseFormula(formula));
    purge.set(sheet, set);
  };
  const conditional: ConditionalFormatEdit[] = [];
  const validations: DataValidationEdit[] = [];

  for (const e of accepted) {
    const size = OP_OVERHEAD + JSON.stringify(e).length;
    switch (e.kind) {
      case 'ensureSheet': {
        const key = e.sheet.toLowerCase();
        const had = state.snapshot.sheets.some((s) => s.name.toLowerCase() === key);
        SHEETS.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => {
            if (!had && !created.has(key)) {
              const ws = context.workbook.worksheets.add(e.sheet);
              created.set(key, ws);
              ws.visibility = VISIBILITY[e.visibility];
            } else if (state.visibility.get(e.sheet) !== VISIBILITY[e.visibility]) {
              worksheet(e.sheet).visibility = VISIBILITY[e.visibility];
            }
          },
        });
        break;
      }
      case 'deleteSheet':
        DELETES.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => worksheet(e.sheet).delete(),
        });
        break;
      case 'setFormula':
      case 'setValue': {
        const rect = parseA1(e.cell);
        if (!rect) {
          record({ id: e.id, status: 'failed', detail: `bad address ${e.cell}` });
          break;
        }
        const content =
          e.kind === 'setFormula'
            ? e.formula
            : e.value === null
              ? ''
              : typeof e.value === 'string'
                ? asText(e.value)
                : e.value;
        const list = writes.get(e.sheet) ?? [];
        list.push({
          row: rect.top,
          col: rect.left,
          content,
          numberFormat: e.numberFormat,
          id: e.id,
        });
        writes.set(e.sheet, list);
        break;
      }
      case 'dataValidation':
        validations.push(e);
        break;
      case 'removeValidation':
        REMOVALS.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => worksheet(e.sheet).getRange(e.range).dataValidation.clear(),
        });
        break;
      case 'conditionalFormat':
        addPurge(e.sheet, e.formula);
        conditional.push(e);
        break;
      case 'removeConditionalFormats':
        for (const f of e.formulas) addPurge(e.sheet, f);
        break;
      case 'fill':
        FORMATS.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => {
            const fill = worksheet(e.sheet).getRange(e.range).format.fill;
            if (e.fill) fill.color = e.fill;
            else fill.clear();
          },
        });
        break;
      case 'column':
        LAYOUT.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => {
            const r = worksheet(e.sheet).getRange(
              e.columns.includes(':') ? e.columns : `${e.columns}:${e.columns}`,
            );
            // resetWidth: added to the plan schema for undo; read without depending on it yet
            if ((e as { resetWidth?: boolean }).resetWidth) r.format.useStandardWidth = true;
            else if (e.width !== undefined) r.format.columnWidth = charsToPoints(e.width);
            if (e.hidden !== undefined) r.columnHidden = e.hidden;
          },
        });
        break;
      case 'printArea':
        LAYOUT.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => {
            if (e.range) worksheet(e.sheet).pageLayout.setPrintArea(e.range);
            else {
              const name = state.sheets.get(e.sheet)?.printArea;
              if (name && !name.isNullObject) name.delete();
            }
          },
        });
        break;
      case 'note': {
        const existing = state.comments?.items.some((c) => c.content === e.text) ?? false;
        if (existing) break;
        NOTES.push({
          bytes: size,
          ids: [e.id],
          sheet: e.sheet,
          run: () => {
            context.workbook.comments.add(`${quoteSheet(e.sheet)}!${e.cell}`, e.text);
          },
        });
        break;
      }
    }
  }

  // Conditional formats: delete ours (same formula) first, then add, highest priority number
  // first so that the lowest ends on top (Excel puts each new rule above the others).
  for (const [sheet, formulas] of purge) {
    const inv = state.sheets.get(sheet)?.conditionalFormats;
    if (!inv) continue;
    const doomed = inv.items.filter((cf) => {
      const custom = cf.customOrNullObject;
      return !custom.isNullObject && formulas.has(normaliseFormula(custom.rule.formula));
    });
    if (doomed.length > 0) {
      REMOVALS.push({
        bytes: OP_OVERHEAD * doomed.length,
        ids: [],
        sheet,
        run: () => doomed.forEach((cf) => cf.delete()),
      });
    }
  }
  conditional
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.priority - a.e.priority || a.i - b.i)
    .forEach(({ e }) =>
      FORMATS.push({
        bytes: OP_OVERHEAD + JSON.stringify({ ...e, fallback: undefined }).length,
        ids: [e.id],
        sheet: e.sheet,
        run: () => {
          const cf = worksheet(e.sheet)
            .getRange(e.range)
            .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
          cf.custom.rule.formula = e.formula;
          if (e.fill) cf.custom.format.fill.color = e.fill;
          if (e.fontColor) cf.custom.format.font.color = e.fontColor;
          if (e.bold !== undefined) cf.custom.format.font.bold = e.bold;
          if (e.stopIfTrue !== undefined) cf.stopIfTrue = e.stopIfTrue;
        },
      }),
    );

  for (const group of mergeValidations(validations)) {
    const e = group.edit;
    FORMATS.push({
      bytes: OP_OVERHEAD + JSON.stringify(e).length + group.ids.length * 8,
      ids: group.ids,
      sheet: e.sheet,
      run: () => {
        const dv = worksheet(e.sheet).getRange(group.range).dataValidation;
        dv.clear();
        dv.rule = validationRule(e);
        dv.ignoreBlanks = e.ignoreBlanks;
        if (e.prompt) {
          dv.prompt = {
            showPrompt: true,
            title: truncate(e.prompt.title, 32),
            message: truncate(e.prompt.message, 255),
          };
        }
        if (e.error) {
          dv.errorAlert = {
            showAlert: true,
            style: ALERT_STYLE[e.error.style],
            title: truncate(e.error.title, 32),
            message: truncate(e.error.message, 225),
          };
        }
      },
    });
  }

  for (const [sheet, list] of writes) {
    // the last write to a cell wins, as it would in order; then what the cell already holds is
    // left alone (on a sheet the plan creates, everything is written)
    const current = snapshot.get(sheet.toLowerCase());
    const final = lastWrites(list);
    const changed = current ? final.filter((w) => !holds(current, w)) : final;
    CELLS.push(...cellOps(sheet, changed, budget / OP_SHARE, worksheet));
  }

  // --- 3. run: one sync per chunk of about `budget` bytes --------------------------------------
  const all = phases.flat();
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of all) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) chunks.push(current);

  let syncs = 0;
  for (let i = 0; i < chunks.length; i++) {
    options.onProgress?.(i + 1, chunks.length);
    if (caps.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    let sheet: string | undefined;
    try {
      for (const op of chunks[i]) {
        sheet = op.sheet;
        op.run();
      }
      await context.sync();
      syncs++;
    } catch (e) {
      const failedSheet = guessSheet(e, chunks[i]) ?? sheet;
      const error = toHostError(e, { sheet: failedSheet });
      for (const later of chunks.slice(i)) {
        for (const op of later) {
          for (const id of op.ids) record({ id, status: 'failed', detail: error.message });
        }
      }
      throw toHostError(e, {
        sheet: failedSheet,
        report: { outcomes: order.map((id) => outcomes.get(id)!) },
      });
    }
  }
  return { outcomes: order.map((id) => outcomes.get(id)!), syncs };
}

/** The last write to each cell, in order of first appearance. */
function lastWrites(list: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of list) {
    const k = `${w.row},${w.col}`;
    byCell.delete(k);
    byCell.set(k, w);
  }
  return [...byCell.values()];
}

/** Whether the cell, as read, already holds what the write would put there. */
function holds(sheet: SheetSnapshot, w: CellWrite): boolean {
  const value = sheet.values[w.row]?.[w.col] ?? null;
  const formula = sheet.formulas?.[w.row]?.[w.col] ?? null;
  if (w.numberFormat !== undefined) {
    const format = sheet.numberFormats?.[w.row]?.[w.col] ?? null;
    if (format !== w.numberFormat) return false;
  }
  const c = w.content;
  if (typeof c === 'string' && c.startsWith('=')) {
    return formula !== null && normaliseFormula(formula) === normaliseFormula(c);
  }
  if (formula !== null) return false;
  if (c === null || c === '') return value === null || value === '';
  if (typeof c === 'number') return value === c;
  // text written with a quote prefix is read back without it
  const text = c.startsWith("'") ? c.slice(1) : c;
  return value === text;
}

/**
 * A formula with its relative row references written as offsets from `top` (A21 at top 20 →
 * A[+1]), so that the rules of two cells compare equal when they are the same rule relative to
 * each cell. Text in quotes is left as it is.
 */
export function relativeRows(formula: string, top: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const j = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    const m = /^(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/.exec(formula.slice(i));
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      out += m[2] ? m[0] : `${m[1]}[${Number(m[3]) - 1 - top}]`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Data validation edits → one edit per run of adjacent rows in the same columns whose rule is the
 * same relative to each cell and whose prompt and error are the same (as Excel stores them).
 */
function mergeValidations(
  edits: DataValidationEdit[],
): { edit: DataValidationEdit; range: string; ids: string[] }[] {
  const out: { edit: DataValidationEdit; rect: CellRange; key: string; ids: string[] }[] = [];
  const open = new Map<string, (typeof out)[number]>();
  for (const e of edits) {
    const rect = parseA1(e.range);
    if (!rect) {
      out.push({ edit: e, rect: { top: 0, left: 0, bottom: 0, right: 0 }, key: '', ids: [e.id] });
      continue;
    }
    const rel = (f: string | number): string | number =>
      typeof f === 'string' ? relativeRows(f, rect.top) : f;
    const r = e.rule;
    const rule =
      r.type === 'custom'
        ? { ...r, formula: rel(r.formula) }
        : r.type === 'decimal'
          ? { ...r, min: rel(r.min), max: rel(r.max) }
          : r;
    const key = JSON.stringify([
      e.sheet,
      rect.left,
      rect.right,
      rule,
      e.ignoreBlanks,
      e.prompt ?? null,
      e.error ?? null,
      e.requires ?? null,
    ]);
    const run = open.get(key);
    if (run && run.rect.bottom + 1 === rect.top) {
      run.rect = { ...run.rect, bottom: rect.bottom };
      run.ids.push(e.id);
      continue;
    }
    const fresh = { edit: e, rect, key, ids: [e.id] };
    out.push(fresh);
    open.set(key, fresh);
  }
  return out.map((g) => ({
    edit: g.edit,
    range: g.key === '' ? g.edit.range : rangeA1(g.rect),
    ids: g.ids,
  }));
}

function guessSheet(e: unknown, ops: Op[]): string | undefined {
  const location =
    (e as { debugInfo?: { errorLocation?: string } })?.debugInfo?.errorLocation ?? '';
  const named = ops.find((op) => location.includes(op.sheet));
  return named?.sheet ?? (ops.length > 0 ? ops[0].sheet : undefined);
}

/**
 * Cell writes of one sheet → one `formulas` write (and one `numberFormat` write) per run of rows
 * in a column. Gaps of up to three rows are bridged with nulls, which Office.js leaves alone.
 */
function cellOps(
  sheet: string,
  list: CellWrite[],
  maxBytes: number,
  worksheet: (name: string) => Excel.Worksheet,
): Op[] {
  const byCol = new Map<number, CellWrite[]>();
  for (const w of list) {
    const col = byCol.get(w.col) ?? [];
    col.push(w);
    byCol.set(w.col, col);
  }
  const ops: Op[] = [];
  for (const [col, items] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    // last write to a cell wins, as it would in order
    const byRow = new Map<number, CellWrite>();
    for (const w of items) byRow.set(w.row, w);
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      let size = OP_OVERHEAD + JSON.stringify(byRow.get(rows[start])!.content).length;
      while (end + 1 < rows.length && rows[end + 1] - rows[end] <= 4) {
        const next = JSON.stringify(byRow.get(rows[end + 1])!.content).length + 8;
        if (size + next > maxBytes) break;
        size += next + (rows[end + 1] - rows[end] - 1) * 8;
        end++;
      }
      const top = rows[start];
      const bottom = rows[end];
      const formulas: (string | number | null)[][] = [];
      const formats: (string | null)[][] = [];
      let anyFormat = false;
      const ids: string[] = [];
      for (let r = top; r <= bottom; r++) {
        const w = byRow.get(r);
        formulas.push([w ? (w.content ?? '') : null]);
        formats.push([w?.numberFormat ?? null]);
        if (w?.numberFormat !== undefined) anyFormat = true;
        if (w) ids.push(w.id);
      }
      const address = rangeA1({ top, bottom, left: col, right: col });
      const fmtBytes = anyFormat ? JSON.stringify(formats).length : 0;
      ops.push({
        bytes: size + fmtBytes,
        ids,
        sheet,
        run: () => {
          const range = worksheet(sheet).getRange(address);
          if (anyFormat) range.numberFormat = formats;
          range.formulas = formulas;
        },
      });
      start = end + 1;
    }
  }
  return ops;
}
