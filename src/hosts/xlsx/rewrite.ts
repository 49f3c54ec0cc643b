/**
 * One pass of writing into an .xlsx package, as the command line's `--fix / --adopt / --remove`
 * and the offline web page do it: load the bytes, hand each planning step the current snapshot,
 * apply the edits it returns, write the package, and read the result back (a file that cannot be
 * read back is never handed out).
 *
 * A host knows cells, not rules: the planning steps are passed in by the face (they call the
 * core). No Node API is used, so the same function runs in the browser.
 */
import type { ApplyOutcome, Edit } from '../../plan/edits';
import type { WorkbookSnapshot } from '../../snapshot/types';
import { applyEdits } from './apply';
import { loadWorkbook, type ReadFailureReason, type WorkbookInput } from './read';
import { snapshotWorkbook } from './snapshot';

/** A planning step: the current snapshot in, the edits to apply (and anything else) out. */
export type PlanStep<P extends { edits: Edit[] }> = (snapshot: WorkbookSnapshot) => P;

export type RewriteResult<P extends { edits: Edit[] }> =
  | {
      ok: true;
      /** The written package. */
      bytes: Uint8Array;
      /** The snapshot before any edit. */
      before: WorkbookSnapshot;
      /** What each step returned, in order. */
      plans: P[];
      /** Every step's edits, in order. */
      edits: Edit[];
      outcomes: ApplyOutcome[];
      /** The written package read back. */
      after: WorkbookSnapshot;
    }
  | {
      ok: false;
      /** `read`: the input cannot be read; `verify`: what was written cannot be read back. */
      stage: 'read' | 'verify';
      reason: ReadFailureReason;
      detail: string;
    };

/** Applies the steps' plans to the workbook in `input`; never throws on a bad input. */
export async function rewriteWorkbook<P extends { edits: Edit[] }>(
  input: WorkbookInput,
  steps: readonly PlanStep<P>[],
): Promise<RewriteResult<P>> {
  const loaded = await loadWorkbook(input);
  if (!loaded.ok) return { ok: false, stage: 'read', reason: loaded.reason, detail: loaded.detail };
  const wb = loaded.workbook;
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = snapshotWorkbook(wb);
  } catch (e) {
    const detail = `the workbook cannot be read: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, stage: 'read', reason: 'corrupt', detail };
  }
  const before = snapshot;
  const plans: P[] = [];
  const edits: Edit[] = [];
  const outcomes: ApplyOutcome[] = [];
  steps.forEach((step, n) => {
    if (n > 0) snapshot = snapshotWorkbook(wb);
    const plan = step(snapshot);
    plans.push(plan);
    edits.push(...plan.edits);
    outcomes.push(...applyEdits(wb, plan.edits).outcomes);
  });
  wb.calcProperties.fullCalcOnLoad = true;
  const written = await wb.xlsx.writeBuffer();
  const bytes = written instanceof Uint8Array ? written : new Uint8Array(written);
  // Never hand out a file that cannot be read back.
  const check = await loadWorkbook(bytes);
  if (!check.ok) return { ok: false, stage: 'verify', reason: check.reason, detail: check.detail };
  return {
    ok: true,
    bytes,
    before,
    plans,
    edits,
    outcomes,
    after: snapshotWorkbook(check.workbook),
  };
}
