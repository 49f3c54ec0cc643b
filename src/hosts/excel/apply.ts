/**
 * Edit[] → Office.js, in as few round trips as the payload allows (one for an ordinary form).
 *
 * - Admission (src/plan/admit.ts) decides what is applied, substituted or skipped, from the
 *   capabilities and the facts gathered in facts.ts; this host only translates (ops.ts, cells.ts,
 *   validation.ts) and runs (batch.ts). An outcome changes here only to `failed`.
 * - Batching: cell writes are grouped into one range write per run of rows in a column, data
 *   validation of adjacent cells with the same rule into one range, and all operations are queued
 *   before a single sync. Only what changes is sent.
 * - Chunking: when the estimated request grows past `payloadBudget` (below Excel on the web's
 *   5 MB limit) the batch is synced and a new one started.
 * - Failure: the outcomes of the chunk that failed and of those after it become `failed`, and the
 *   error names the user's sheet (never the helper sheet). Undo deletes the helper sheet last: if
 *   anything fails before, the registry is still there and 撤销写入 can be run again to finish;
 *   the message says what was restored and what is left.
 */
import { admit, recordFormats } from '../../plan/admit';
import type { ApplyOutcome, ApplyReport, Edit, SimpleEdit } from '../../plan/edits';
import { HELPER_SHEET } from '../../plan/registry';
import { messages } from '../../messages';
import { BatchFailure, chunk, runChunks, type Op } from './batch';
import type { HostCapabilities } from './capabilities';
import { withinHostLimits } from './host-limits';
import { ExcelHostError, toHostError } from './errors';
import { cellOps, cellWrite, type CellWrite } from './cells';
import { gatherFacts } from './facts';
import { unseenFormats } from './formats';
import { operations, Sheets } from './ops';
import type { ExcelReadState } from './read';

export { charsToPoints } from './ops';
export { relativeRows } from './validation';

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

export async function applyEdits(
  context: Excel.RequestContext,
  state: ExcelReadState,
  caps: HostCapabilities,
  edits: readonly Edit[],
  options: ApplyOptions = {},
): Promise<ExcelApplyReport> {
  const budget = options.payloadBudget ?? DEFAULT_BUDGET;
  const gathered = await gatherFacts(context, state, caps.set, edits);
  const admission = withinHostLimits(admit(edits, caps.set, gathered.facts), caps);
  if (admission.outcomes.some((o) => o.status === 'skipped' && o.reason === 'workbookProtected')) {
    const m = messages().errors;
    throw new ExcelHostError('structureProtected', m.structureProtected, 'workbook structure');
  }
  const outcomes = new Map<string, ApplyOutcome>(admission.outcomes.map((o) => [o.id, o]));
  const report = (): ApplyOutcome[] => [...outcomes.values()];
  const sheets = new Sheets(context, state);
  const phases = operations(context, state, sheets, admission.edits, budget);
  for (const f of phases.failed) outcomes.set(f.id, { status: 'failed', ...f });

  const unseen = unseenFormats(state.snapshot.sheets, sheets, admission.edits);
  const chunks = chunk(unseen.op ? [unseen.op, ...phases.ops] : phases.ops, budget);
  try {
    let syncs = await runChunks(context, chunks, caps.suspendCalculation, options.onProgress);
    syncs += await fixRegistry(context, sheets, recordFormats(admission.edits, unseen.read()));
    const kept = admission.outcomes.some(
      (o) => o.status === 'skipped' && o.reason === 'incomplete',
    );
    if (kept) throw undoKept(edits, admission.outcomes, report());
    return { outcomes: report(), syncs: gathered.syncs + syncs };
  } catch (e) {
    if (!(e instanceof BatchFailure)) throw e;
    const failed = e.chunks.slice(e.index);
    const kind = toHostError(e.cause).kind;
    const sheet = await userSheet(context, failed[0], kind === 'protected');
    const detail = toHostError(e.cause, { sheet: sheet ?? undefined }).message;
    for (const op of failed.flat()) {
      for (const id of op.ids) outcomes.set(id, { id, status: 'failed', detail });
    }
    const partial = { outcomes: report() };
    const undo = admission.edits.some((x) => x.kind === 'deleteSheet' && x.sheet === HELPER_SHEET);
    if (undo) {
      // the helper sheet is deleted last, so it (and the registry) is still there
      const error = toHostError(e.cause, { sheet: sheet ?? undefined });
      throw new ExcelHostError(
        error.kind,
        messages().errors.undoIncomplete(error.message),
        error.detail,
        partial,
      );
    }
    const adding = failed[0]?.find((op) => op.adds === true);
    if (adding && kind !== 'editMode' && !(await sheetExists(context, adding.sheet))) {
      // the helper sheet could not be added (the workbook's structure is protected on an Excel
      // that cannot tell beforehand): it is the first operation, so nothing was written
      const error = toHostError(e.cause);
      throw new ExcelHostError(
        'structureProtected',
        messages().errors.structureProtected,
        error.detail,
        partial,
      );
    }
    throw toHostError(e.cause, { sheet: sheet ?? undefined, report: partial });
  }
}

/** Writes corrected registry chunks (see formats.ts), in one round trip when there are any. */
async function fixRegistry(
  context: Excel.RequestContext,
  sheets: Sheets,
  edits: readonly SimpleEdit[],
): Promise<number> {
  const writes = edits.flatMap((e): CellWrite[] => {
    const w = e.kind === 'setValue' ? cellWrite(e) : null;
    return w ? [w] : [];
  });
  if (writes.length === 0) return 0;
  for (const op of cellOps(HELPER_SHEET, writes, Infinity, (n) => sheets.get(n))) op.run();
  await context.sync();
  return 1;
}

/**
 * Undo that could not restore everything known beforehand (a protected sheet): the rest was
 * undone, the helper sheet kept; the message names the sheet and says how to finish.
 */
function undoKept(
  plan: readonly Edit[],
  admitted: readonly ApplyOutcome[],
  outcomes: ApplyOutcome[],
): ExcelHostError {
  const sheetOf = new Map(
    plan.flatMap((e) => [e, ...(e.fallback ?? [])]).map((e) => [e.id, e.sheet]),
  );
  const blocked = admitted.find((o) => o.status === 'skipped' && o.reason === 'protected');
  const sheet = blocked ? (sheetOf.get(blocked.id) ?? null) : null;
  const m = messages().errors;
  return new ExcelHostError(
    'protected',
    m.undoIncomplete(m.protected(sheet)),
    `undo kept the helper sheet: ${sheet ?? ''}`,
    { outcomes },
  );
}

/** Whether the sheet exists now (after a failed request that was to add it). */
async function sheetExists(context: Excel.RequestContext, name: string): Promise<boolean> {
  try {
    const list = context.workbook.worksheets.load('items/name');
    await context.sync();
    return list.items.some((ws) => ws.name.toLowerCase() === name.toLowerCase());
  } catch {
    return true;
  }
}

/**
 * The user's sheet a failed request was writing: for a protection error, the one now protected
 * (asked in one more round trip); otherwise the first sheet of the request that is not the
 * helper sheet. Null when the request touched only the helper sheet.
 */
async function userSheet(
  context: Excel.RequestContext,
  ops: Op[] | undefined,
  askProtection: boolean,
): Promise<string | null> {
  const names = [...new Set((ops ?? []).map((op) => op.sheet))].filter((n) => n !== HELPER_SHEET);
  if (names.length <= 1 || !askProtection) return names[0] ?? null;
  try {
    const list = names.map((n) => ({
      name: n,
      p: context.workbook.worksheets.getItem(n).protection.load('protected'),
    }));
    await context.sync();
    return list.find((x) => x.p.protected)?.name ?? names[0];
  } catch {
    return names[0];
  }
}
