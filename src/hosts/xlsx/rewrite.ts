/**
 * One pass of writing into an .xlsx package, as the command line's `--fix / --adopt / --remove`
 * does it (open the package, plan, patch, read the result back), for the offline web page: a file
 * that cannot be read back is never handed out.
 *
 * A host knows cells, not rules: the planning steps are passed in by the face (they call the
 * core). No Node API is used, so the same function runs in the browser.
 */
import type { ApplyOutcome, Edit } from '../../plan/edits';
import type { WorkbookSnapshot } from '../../snapshot/types';
import { patchPackage } from './package/patch';
import { openPackage, readWorkbook, type ReadFailureReason, type WorkbookInput } from './read';

/** A planning step: the current snapshot in, the edits to apply (and anything else) out. */
export type PlanStep<P extends { edits: Edit[] }> = (snapshot: WorkbookSnapshot) => P;

export type RewriteResult<P extends { edits: Edit[] }> =
  | {
      ok: true;
      /** The written package (the input, byte for byte, when no step had anything to do). */
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

/**
 * Applies the steps' plans to the workbook in `input` with the package patcher (every part the
 * plan does not touch stays byte for byte), as the command line's --fix does; never throws on a
 * bad input. Each step after the first sees the package as the previous step left it.
 */
export async function rewriteWorkbook<P extends { edits: Edit[] }>(
  input: WorkbookInput,
  steps: readonly PlanStep<P>[],
): Promise<RewriteResult<P>> {
  let opened = await openPackage(input);
  if (!opened.ok) return { ok: false, stage: 'read', reason: opened.reason, detail: opened.detail };
  const before = opened.workbook;
  let bytes = opened.bytes;
  const plans: P[] = [];
  const edits: Edit[] = [];
  const outcomes: ApplyOutcome[] = [];
  for (let n = 0; n < steps.length; n++) {
    if (n > 0 && edits.length > 0) {
      opened = await openPackage(bytes);
      if (!opened.ok) {
        return { ok: false, stage: 'verify', reason: opened.reason, detail: opened.detail };
      }
    }
    const snapshot = opened.workbook;
    const plan = steps[n](snapshot);
    plans.push(plan);
    if (plan.edits.length === 0) continue;
    const patched = patchPackage(opened.pkg, plan.edits, undefined, snapshot);
    edits.push(...plan.edits);
    outcomes.push(...patched.outcomes);
    bytes = patched.bytes;
  }
  if (edits.length === 0) {
    return { ok: true, bytes, before, plans, edits, outcomes, after: before };
  }
  // Never hand out a file that cannot be read back.
  const check = await readWorkbook(bytes);
  if (!check.ok) return { ok: false, stage: 'verify', reason: check.reason, detail: check.detail };
  return { ok: true, bytes, before, plans, edits, outcomes, after: check.workbook };
}
