/**
 * The offline page's work on one file, in one function: the file's bytes and the options in; the
 * report, the annotated copy and the messages out. It calls exactly what the command line's
 * `audit --fix / --adopt / --remove` calls (the xlsx host's `rewriteWorkbook` with the core's
 * plan), so the downloaded copy is the command line's copy. Reasons from the guided wizard are
 * written first, into the form's own reason cells, as the pane's 写入原因 does.
 *
 * Runs in a Web Worker (./worker.ts) or, where the browser forbids one, on the page.
 */
import {
  analyzeWorkbook,
  planAnnotateDetailed,
  planRemoveDetailed,
  writeReasons,
  type PlanResult,
  type ReasonAnswer,
} from '../core';
import { rewriteWorkbook, type PlanStep } from '../hosts/xlsx/rewrite';
import type { Lang } from '../messages/reasons';
import { failureByName, failureOfRead, type WebReadFailure } from '../messages/web';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';

export type JobMode = 'fix' | 'adopt' | 'remove';

export interface JobOptions {
  /** As the command line's --fix (default), --adopt, --remove. */
  mode: JobMode;
  profile?: string;
  /** Answers of the guided reasons wizard, written into the copy before annotating. */
  answers?: ReasonAnswer[];
  lang?: Lang;
}

export interface JobCounts {
  written: number;
  skipped: number;
  failed: number;
}

export type JobResult =
  | {
      ok: true;
      name: string;
      /** The file as the user filled it in (with the wizard's reasons, if any). */
      report: FileReport;
      /** The sheets of that file, for the grid view. */
      snapshot: WorkbookSnapshot;
      /** The annotated copy (the command line's --fix / --adopt / --remove output). */
      annotated: Uint8Array;
      counts: JobCounts;
      /** The planner's notices (forms left out, sheets protected …), in the page's language. */
      notices: string[];
    }
  | {
      ok: false;
      name: string;
      failure: WebReadFailure;
      /** Technical detail (English), for support. */
      detail: string;
    };

/** Counts what the host did, as the pane's notice does: substitutions count as written. */
function countOutcomes(outcomes: { status: string; id: string; by?: string[] }[]): JobCounts {
  const substitutedBy = new Set(outcomes.flatMap((o) => (o.status === 'substituted' ? o.by : [])));
  const counts = { written: 0, skipped: 0, failed: 0 };
  for (const o of outcomes) {
    if (o.status === 'applied' && !substitutedBy.has(o.id)) counts.written++;
    else if (o.status === 'substituted') counts.written++;
    else if (o.status === 'skipped') counts.skipped++;
    else if (o.status === 'failed') counts.failed++;
  }
  return counts;
}

export async function runJob(
  bytes: Uint8Array,
  name: string,
  options: JobOptions,
): Promise<JobResult> {
  const byName = failureByName(name);
  if (byName) return { ok: false, name, failure: byName, detail: `file name ${name}` };
  const opts = { profile: options.profile || undefined, lang: options.lang };
  let userSnapshot: WorkbookSnapshot | null = null;
  const steps: PlanStep<PlanResult>[] = [];
  const answers = options.answers ?? [];
  if (answers.length > 0) {
    steps.push((snapshot) => {
      const { edits, notices } = writeReasons(snapshot, answers, opts);
      return { edits, notices };
    });
  }
  steps.push((snapshot) => {
    userSnapshot = snapshot;
    return options.mode === 'remove'
      ? planRemoveDetailed(snapshot, opts)
      : planAnnotateDetailed(snapshot, { ...opts, adopt: options.mode === 'adopt' });
  });
  try {
    const rewritten = await rewriteWorkbook(bytes, steps);
    if (!rewritten.ok) {
      return {
        ok: false,
        name,
        failure:
          rewritten.stage === 'read'
            ? failureOfRead(rewritten.reason, rewritten.detail)
            : 'internal',
        detail: rewritten.detail,
      };
    }
    const snapshot = userSnapshot ?? rewritten.before;
    return {
      ok: true,
      name,
      report: analyzeWorkbook(snapshot, { file: name, ...opts }),
      snapshot,
      annotated: rewritten.bytes,
      counts: countOutcomes(rewritten.outcomes),
      notices: rewritten.plans.flatMap((p) => p.notices.map((n) => n.text)),
    };
  } catch (e) {
    return {
      ok: false,
      name,
      failure: 'internal',
      detail: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e),
    };
  }
}
