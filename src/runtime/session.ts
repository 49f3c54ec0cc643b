/**
 * How a command of the pane runs: one at a time, with progress in the store and errors as
 * notices; reading, analysing and applying with the Excel host (the round trips the controller
 * counts); and the worksheet change events that mark the results stale.
 */
import type { PlanNotice } from '../core';
import type { Edit } from '../plan/edits';
import { HELPER_SHEET } from '../plan/registry';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';
import { applyEdits, type ExcelApplyReport } from '../hosts/excel/apply';
import { detectCapabilities, type HostCapabilities } from '../hosts/excel/capabilities';
import { ExcelHostError, toHostError } from '../hosts/excel/errors';
import { readWorkbook, type ExcelReadState } from '../hosts/excel/read';
import { runExcel } from '../hosts/excel/run';
import { messages } from '../messages';
import type { CommandResult, CoreApi } from './core-api';
import { summarise } from './notices';
import type { Notice, Store } from './store';

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ControllerDeps {
  core: CoreApi;
  store: Store;
  run?: ExcelRunner;
  caps?: HostCapabilities;
  /** Name used for the report's `file` field. */
  fileName?: string;
  /** Persists the chosen profile in the document (Office settings). */
  saveProfile?: (id: string) => void;
}

/** What was written by a command that plans with the core, and the report after it. */
export interface Written {
  applied: ExcelApplyReport;
  report: FileReport;
  notices: PlanNotice[];
  edits: Edit[];
  snapshot: WorkbookSnapshot;
}

export interface Session {
  readonly caps: HostCapabilities;
  readonly run: ExcelRunner;
  /** Name used for the report's `file` field. */
  readonly file: string;
  /** Whether a command is running (commands do not overlap). */
  readonly running: () => boolean;
  /** The chosen profile, as the core's options take it. */
  readonly profileOpt: () => { profile?: string };
  /** Runs one command: no overlap, progress, errors as Chinese notices. */
  readonly command: (body: () => Promise<Notice | null>) => Promise<void>;
  /** Listens to worksheet changes (once, after the first check). */
  readonly watch: () => Promise<void>;
  /** After writing: formulas are there (and 撤销写入 applies) only if something was written. */
  readonly noteWritten: (applied: ExcelApplyReport) => void;
  readonly read: (context: Excel.RequestContext) => Promise<ExcelReadState>;
  readonly analyze: (snapshot: WorkbookSnapshot) => FileReport;
  /** Read → analyse and plan (once) → apply. */
  readonly write: (plan: (snapshot: WorkbookSnapshot) => CommandResult) => Promise<Written>;
  /** Read → plan edits of the pane's own → apply → read again → analyse. */
  readonly writeThenCheck: (
    plan: (snapshot: WorkbookSnapshot) => Edit[],
  ) => Promise<{ applied: ExcelApplyReport; report: FileReport }>;
}

export function createSession(deps: ControllerDeps): Session {
  const { store } = deps;
  const run: ExcelRunner = deps.run ?? ((batch) => runExcel(caps, batch));
  const caps = deps.caps ?? detectCapabilities();
  const file = deps.fileName ?? 'workbook';
  let running = false;

  const profileOpt = (): { profile?: string } => {
    const p = store.get().profile;
    return p ? { profile: p } : {};
  };

  const progress = (label: string, done?: number, total?: number): void =>
    store.set({ busy: { label, done, total } });

  /** Runs one command: no overlap, progress, errors as Chinese notices. */
  async function command(body: () => Promise<Notice | null>): Promise<void> {
    if (running) return;
    running = true;
    store.set({ notice: null });
    try {
      const notice = await body();
      quietUntil = Date.now() + 500;
      store.set({ busy: null, notice });
    } catch (e) {
      const err = e instanceof ExcelHostError ? e : toHostError(e);
      const lines = err.report ? summarise(err.report.outcomes).lines : undefined;
      store.set({
        busy: null,
        notice: { intent: 'error', text: err.message, lines, detail: err.detail },
      });
    } finally {
      running = false;
      quietUntil = Math.max(quietUntil, Date.now() + 500);
    }
  }

  /**
   * Worksheet change events (ExcelApi 1.9), registered once after the first check: a change the
   * user makes after a check marks the results stale ("检查于 10:32，表格已修改"). Changes while a
   * command of the add-in runs, or just after it, or made by this add-in (ExcelApi 1.14 says so),
   * are not the user's.
   */
  let watching = false;
  let quietUntil = 0;
  async function watch(): Promise<void> {
    if (watching || !caps.changeEvents) return;
    watching = true;
    try {
      await run(async (context) => {
        context.workbook.worksheets.onChanged.add((e: Excel.WorksheetChangedEventArgs) => {
          const by = (e as { triggerSource?: string }).triggerSource;
          const ours = running || by === 'ThisLocalAddin' || Date.now() < quietUntil;
          if (!ours && store.get().report && !store.get().stale) store.set({ stale: true });
          return Promise.resolve();
        });
        await context.sync();
      });
    } catch {
      watching = false; // not available here: results simply are not marked stale
    }
  }

  /** After writing: formulas are there (and 撤销写入 applies) only if something was written. */
  function noteWritten(applied: ExcelApplyReport): void {
    if (applied.outcomes.some((o) => o.status === 'applied' || o.status === 'substituted')) {
      store.set({ annotated: true, recorded: true });
    }
  }

  async function read(context: Excel.RequestContext): Promise<ExcelReadState> {
    progress(messages().progress.reading);
    return readWorkbook(context, caps);
  }

  function analyze(snapshot: WorkbookSnapshot): FileReport {
    progress(messages().progress.analyzing);
    const report = deps.core.analyzeWorkbook(snapshot, { ...profileOpt(), file });
    const recorded = snapshot.sheets.some((s) => s.name === HELPER_SHEET);
    store.set({ report, checkedAt: Date.now(), stale: false, recorded });
    return report;
  }

  async function apply(
    context: Excel.RequestContext,
    state: ExcelReadState,
    edits: Edit[],
  ): Promise<ExcelApplyReport> {
    const m = messages();
    progress(m.progress.writing(1, 1));
    return applyEdits(context, state, caps, edits, {
      onProgress: (done, total) => progress(m.progress.writing(done, total), done, total),
    });
  }

  /**
   * Read → analyse and plan (once) → apply; the report after it comes from the same analysis and
   * what the host did with each edit, not from reading the workbook again.
   */
  async function write(plan: (snapshot: WorkbookSnapshot) => CommandResult): Promise<Written> {
    return run(async (context) => {
      const state = await read(context);
      progress(messages().progress.analyzing);
      const result = plan(state.snapshot);
      const applied = await apply(context, state, result.edits);
      const report = result.reportAfter(applied.outcomes);
      store.set({ report, checkedAt: Date.now(), stale: false });
      return {
        applied,
        report,
        notices: result.notices,
        edits: result.edits,
        snapshot: state.snapshot,
      };
    });
  }

  /**
   * Read → plan edits of the pane's own (one cell, score values) → apply → read again → analyse:
   * for edits that are the user's content, not the core's plan.
   */
  async function writeThenCheck(
    plan: (snapshot: WorkbookSnapshot) => Edit[],
  ): Promise<{ applied: ExcelApplyReport; report: FileReport }> {
    return run(async (context) => {
      const state = await read(context);
      progress(messages().progress.planning);
      const edits = plan(state.snapshot);
      const applied = await apply(context, state, edits);
      const after = await read(context);
      const report = analyze(after.snapshot);
      return { applied, report };
    });
  }

  return {
    caps,
    run,
    file,
    running: () => running,
    profileOpt,
    command,
    watch,
    noteWritten,
    read,
    analyze,
    write,
    writeThenCheck,
  };
}
