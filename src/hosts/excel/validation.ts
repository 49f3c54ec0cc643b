/**
 * Data validation edits → Office.js: the rule objects, and adjacent cells with the same rule
 * (relative to each cell) and the same messages merged into one range, as Excel stores them.
 */
import type { DataValidationEdit, RemoveValidationEdit } from '../../plan/edits';
import type { CellRange } from '../../snapshot/types';
import { parseA1, rangeA1 } from '../../snapshot/a1';

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

export function validationRule(edit: DataValidationEdit): Excel.DataValidationRule {
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

/** Queues one validation: clear (the add-in's own earlier rule), rule, prompt and alert. */
export function setValidation(dv: Excel.DataValidation, e: DataValidationEdit): void {
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
 * Items (each on a range) in runs of adjacent rows with the same key: a run grows while the next
 * item of its key starts on the row below it. `keyOf` sees the item's rectangle; an item whose
 * range is not an address stays on its own.
 */
function rowRuns<T extends { range: string; id: string }>(
  items: readonly T[],
  keyOf: (item: T, rect: CellRange) => string,
): { first: T; range: string; ids: string[] }[] {
  const out: { first: T; rect: CellRange | null; ids: string[] }[] = [];
  const open = new Map<string, (typeof out)[number]>();
  for (const item of items) {
    const rect = parseA1(item.range);
    if (!rect) {
      out.push({ first: item, rect: null, ids: [item.id] });
      continue;
    }
    const key = keyOf(item, rect);
    const run = open.get(key);
    if (run?.rect && run.rect.bottom + 1 === rect.top) {
      run.rect = { ...run.rect, bottom: rect.bottom };
      run.ids.push(item.id);
      continue;
    }
    const fresh = { first: item, rect, ids: [item.id] };
    out.push(fresh);
    open.set(key, fresh);
  }
  return out.map((g) => ({
    first: g.first,
    range: g.rect ? rangeA1(g.rect) : g.first.range,
    ids: g.ids,
  }));
}

/**
 * Data validation edits → one edit per run of adjacent rows in the same columns whose rule is the
 * same relative to each cell and whose prompt and error are the same (as Excel stores them).
 */
export function mergeValidations(
  edits: DataValidationEdit[],
): { edit: DataValidationEdit; range: string; ids: string[] }[] {
  return rowRuns(edits, (e, rect) => {
    const rel = (f: string | number): string | number =>
      typeof f === 'string' ? relativeRows(f, rect.top) : f;
    const r = e.rule;
    const rule =
      r.type === 'custom'
        ? { ...r, formula: rel(r.formula) }
        : r.type === 'decimal'
          ? { ...r, min: rel(r.min), max: rel(r.max) }
          : r;
    return JSON.stringify([
      e.sheet,
      rect.left,
      rect.right,
      rule,
      e.ignoreBlanks,
      e.prompt ?? null,
      e.error ?? null,
      e.requires ?? null,
    ]);
  }).map((g) => ({ edit: g.first, range: g.range, ids: g.ids }));
}

/**
 * Removals of the add-in's validation → one range per run of adjacent rows in the same columns
 * of a sheet: the same cells, cleared in one operation instead of one per cell (undo of a large
 * form clears thousands).
 */
export function mergeRemovals(
  edits: readonly RemoveValidationEdit[],
): { sheet: string; range: string; ids: string[] }[] {
  return rowRuns(edits, (e, rect) => `${e.sheet}\u0000${rect.left}:${rect.right}`).map((g) => ({
    sheet: g.first.sheet,
    range: g.range,
    ids: g.ids,
  }));
}
