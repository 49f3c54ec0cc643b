/**
 * The annotate plan (一键写入 / 一键重算) and the adopt plan (采用系统得分): the analysis → edits, as
 * plain data that every host applies in order.
 *
 * Helper cells live on the form's own sheet, right of everything on it, after one blank gap
 * column, under headers that start with the marker 【自评助手】:
 *
 *   系统得分 | 检查状态 | 完成情况 | 完成程度 | 指标值（识别） | 完成值（识别）
 *
 * Indicator rows get the rule's score, the row status, the progress status and the completion
 * degree (indicator-cells.ts); the budget line its execution rate and score, the total row the
 * expected total, the grade row the grade (totals.ts); rows their highlights (highlights.ts) and
 * the form's input cells validation (validation.ts). The print area is set to the form so that the
 * helper columns do not print. The form itself changes only where it was empty (完成程度) or when
 * the user adopts the computed scores (adoption.ts).
 *
 * Everything written is listed in the registry on the very hidden sheet 【_自评助手】, with the
 * original content; planning again first undoes the previous writing (in the same plan), so
 * applying the plan twice gives the same workbook.
 *
 * The core runs the flow: analysis → `prepareAnnotation` (layouts, notices) → `chooseAdoptions`
 * → (the core audits the adopted state) → `planAnnotation`.
 */
import { planLang, planTexts, type PlanTexts } from '../messages/plan';
import { statusLabels } from '../messages/reasons';
import type { Indicator } from '../model/table';
import type { TableReport } from '../report/types';
import type { RowModel } from '../audit';
import type { RowStatus, StatusLabels } from '../rules';
import { a1 as A1, colName } from '../snapshot/a1';
import type { Adoption } from './adoption';
import type { TableContext } from './context';
import type { Edit, SetFormulaEdit, SetValueEdit } from './edits';
import { planHighlights } from './highlights';
import { planRow, progressStatus, rowStatus } from './indicator-cells';
import type { Lang, PlanAnalysis, PlanNotice, PlanOptions, PlanResult, PlanTable } from './input';
import { noteUserChanges, planLayouts, type Layout, type SheetLayouts } from './layout';
import { holdsAlready } from './admit';
import { HELPER_SHEET, usedHeight, type Entry } from './registry';
import { registryEdits } from './registry-write';
import { planBudget, planTotals } from './totals';
import { removalEdits, validationKey } from './undo';
import { planScoreNotes } from './score-notes';
import { planValidation } from './validation';
import { COLOURS, SheetWriter } from './writer';

const HELPER_WIDTH = 21;

export interface Preparation {
  lang: Lang;
  texts: PlanTexts;
  labels: StatusLabels;
  notices: PlanNotice[];
  sheets: SheetLayouts;
  /** Notes in plain words on the computed scores (score-notes.ts). */
  explainScores?: boolean;
}

/** The plan for a workbook whose helper sheet the add-in did not make: nothing, and why. */
export function foreignHelperPlan(opts: PlanOptions = {}): PlanResult {
  const texts = planTexts(planLang(opts.lang));
  const text = texts.notices.foreignHelper(HELPER_SHEET);
  return { edits: [], notices: [{ level: 'warning', sheet: HELPER_SHEET, text }] };
}

/** Which sheets are written into and where their helper columns go, with the notices so far. */
export function prepareAnnotation(analysis: PlanAnalysis, opts: PlanOptions = {}): Preparation {
  const lang = planLang(opts.lang);
  const texts = planTexts(lang);
  const notices: PlanNotice[] = [];
  const sheets = planLayouts(analysis.tables, analysis.base, texts, notices);
  const explainScores = opts.explainScores === true;
  return { lang, texts, labels: statusLabels(lang), notices, sheets, explainScores };
}

interface PlannedRow {
  row: number;
  status: RowStatus;
  progress: RowStatus;
  ind: Indicator;
  model: RowModel;
  statusCell: string;
}

/** One table's cells, highlights and validation. */
function planTable(ctx: TableContext): void {
  const { w: writer, layout, a, texts } = ctx;
  const name = writer.name;
  const afterRows = new Map(ctx.after.indicators.map((r) => [r.row, r]));
  const headers: [number, string][] = [
    [layout.score, texts.headers.score],
    [layout.status, texts.headers.status],
    [layout.progress, texts.headers.progress],
    [layout.completion, texts.headers.completion],
    [layout.target, texts.headers.target],
    [layout.actual, texts.headers.actual],
  ];
  for (const [col, text] of headers) {
    writer.value(A1(col, a.table.headerRow), text, { role: 'helper', fill: COLOURS.header });
  }
  const planned: PlannedRow[] = [];
  a.table.indicators.forEach((ind, i) => {
    const model = a.models[i];
    const rep = afterRows.get(ind.row) ?? a.report.indicators[i];
    const cells = planRow(ctx, ind, model, rep);
    if (!cells) return;
    const named = ind.nameCell;
    writer.entries.push({
      t: 'row',
      s: name,
      row: ind.row,
      ...cells,
      ...(named && typeof named.value === 'string' && named.row === ind.row
        ? { n: { c: colName(named.col), v: named.value } }
        : {}),
    });
    planned.push({
      row: ind.row,
      status: rowStatus(rep),
      progress: progressStatus(rep),
      ind,
      model,
      statusCell: cells.progress,
    });
  });
  const budget = planBudget(ctx);
  if (budget.rate || budget.score) {
    const row = a.table.budget?.row ?? 0;
    writer.entries.push({ t: 'budget', s: name, row, rate: budget.rate, score: budget.score });
  }
  const totals = planTotals(ctx, planned, budget.score);
  if (totals.total && a.table.total)
    writer.entries.push({ t: 'total', s: name, row: a.table.total.row, cell: totals.total });
  if (totals.grade && a.table.grade) {
    const row = a.table.grade.stated.row;
    writer.entries.push({ t: 'grade', s: name, row, cell: totals.grade });
  }
  planHighlights(ctx, planned);
  planValidation(
    ctx,
    planned.map((p) => ({ ind: p.ind, model: p.model, status: p.statusCell })),
  );
  if (ctx.explainScores) planScoreNotes(ctx, planned);
}

interface SheetPlan {
  writer: SheetWriter;
  edits: Edit[];
}

/** One sheet: its tables, adopted scores, helper column widths and print area. */
function planSheet(
  analysis: PlanAnalysis,
  prep: Preparation,
  name: string,
  layout: Layout,
  adoptions: readonly Adoption[],
  after: ReadonlyMap<string, TableReport>,
): SheetPlan {
  const list = prep.sheets.bySheet.get(name) ?? [];
  const sheet = list[0].sheet;
  const ours = new Set(analysis.ours.filter((e) => e.s === name).map((e) => e.a));
  const writer = new SheetWriter(name, sheet, ours);
  const edits: Edit[] = [];
  const dvRanges: string[] = [];
  const adopted = adoptions.filter((x) => x.sheet === name);
  for (const a of list) {
    planTable({
      adopted: new Set(adopted.map((x) => x.cell)),
      w: writer,
      layout,
      a,
      after: after.get(a.table.id) ?? a.report,
      lang: prep.lang,
      texts: prep.texts,
      labels: prep.labels,
      edits,
      dvRanges,
      explainScores: prep.explainScores,
    });
  }
  // Adopted scores: the stated cell references the computed one.
  for (const ad of adopted) {
    writer.formula(ad.cell, `=${ad.source}`, ad.value, {
      role: 'adopt',
      purpose: prep.texts.purposes.adopt,
    });
  }
  if (dvRanges.length > 0) writer.entries.push({ t: 'dv', s: name, r: dvRanges });
  const cols = `${colName(layout.score)}:${colName(layout.actual)}`;
  edits.push({
    id: `${name}#cols`,
    kind: 'column',
    sheet: name,
    columns: cols,
    width: HELPER_WIDTH,
  });
  writer.entries.push({ t: 'cols', s: name, c: cols });
  if (typeof sheet.printArea !== 'string') {
    const area = `A1:${A1(layout.formRight, Math.max(usedHeight(sheet), 1))}`;
    edits.push({
      id: `${name}#print`,
      kind: 'printArea',
      sheet: name,
      range: area,
      requires: 'ExcelApi1.9',
    });
    writer.entries.push({ t: 'pa', s: name, o: sheet.printArea === undefined ? '?' : null });
  }
  return { writer, edits };
}

/**
 * Cells the add-in wrote that the user has changed since, said first. A cell that holds just what
 * is written there now is left out: its content moved there with its row (rows inserted or
 * deleted since), it is not a change the user made to keep.
 */
function userChanges(
  analysis: PlanAnalysis,
  writes: ReadonlyMap<string, SetFormulaEdit | SetValueEdit>,
  texts: PlanTexts,
): PlanNotice[] {
  const changed = analysis.theirs.filter((e) => {
    const w = writes.get(`${e.s}!${e.a}`);
    return w === undefined || !holdsAlready(e.now, w);
  });
  const out: PlanNotice[] = [];
  noteUserChanges(changed, texts, out);
  return out;
}

/**
 * The edits of the annotation (and adoption): the previous writing undone where it is not written
 * again, then every sheet's cells, fills, rules and layout, and the registry. `after` is the
 * analysis of the workbook with the adopted values (the same tables when nothing is adopted).
 */
export function planAnnotation(
  analysis: PlanAnalysis,
  prep: Preparation,
  adoptions: readonly Adoption[],
  after: readonly PlanTable[],
  opts: { adopt?: boolean } = {},
): PlanResult {
  const { texts, notices } = prep;
  const { layouts } = prep.sheets;
  const afterByTable = new Map(after.map((x) => [x.table.id, x.report]));
  const sheetPlans: SheetPlan[] = [];
  const entries: Entry[] = [];
  for (const [name, layout] of layouts) {
    const p = planSheet(analysis, prep, name, layout, adoptions, afterByTable);
    sheetPlans.push(p);
    entries.push(...p.writer.entries);
  }
  // every cell written, by `Sheet!A1`
  const writes = new Map(
    sheetPlans.flatMap((p) => p.writer.cells.map((c) => [`${c.sheet}!${c.cell}`, c] as const)),
  );
  notices.unshift(...userChanges(analysis, writes, texts));
  const registry = analysis.registry;
  if (sheetPlans.length === 0 && !registry) {
    if (notices.length === 0)
      notices.push({ level: 'info', sheet: null, text: texts.notices.noTables });
    return { edits: [], notices };
  }
  if (adoptions.length > 0 && opts.adopt) {
    notices.push({ level: 'info', sheet: null, text: texts.notices.adopted(adoptions.length) });
  }

  // Undo the previous writing that is not written again, then write afresh.
  const validations = new Set(
    sheetPlans.flatMap((p) =>
      p.edits.flatMap((e) =>
        e.kind === 'dataValidation' ? [validationKey(e.sheet, e.range)] : [],
      ),
    ),
  );
  const undo = registry
    ? removalEdits(registry, analysis.ours, {
        cells: new Set(writes.keys()),
        sheets: new Set(layouts.keys()),
        validations,
      })
    : { cells: [], rules: [], layout: [] };
  const edits: Edit[] = [
    { id: 'helper#sheet', kind: 'ensureSheet', sheet: HELPER_SHEET, visibility: 'veryHidden' },
    ...undo.cells,
    ...undo.rules,
  ];
  for (const p of sheetPlans) edits.push(...p.writer.cells);
  for (const p of sheetPlans) edits.push(...p.writer.fills);
  for (const p of sheetPlans) edits.push(...p.edits);
  edits.push(...undo.layout);
  edits.push(...registryEdits(entries, registry?.chunks ?? 0, texts.registryNote));
  return { edits, notices, registry: entries };
}
