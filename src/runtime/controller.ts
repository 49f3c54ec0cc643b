/**
 * What the pane's buttons and the ribbon's commands do: read the workbook with the Excel host,
 * run the core, apply its plan, and put progress, the report and a notice into the shared store.
 *
 * Round trips per command (whatever the number of rows): recognize 2; write, one-click recalc,
 * adopt, undo and writing reasons 3 (read 2 + apply 1: the report after a write comes from the
 * command's one analysis and the host's outcomes, not from reading again); select a cell 1. Large
 * plans add one round trip per 4 MB written.
 */
import type { ApplyOutcome, Edit } from '../plan/edits';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';
import { applyEdits, type ExcelApplyReport } from '../hosts/excel/apply';
import { detectCapabilities, type HostCapabilities } from '../hosts/excel/capabilities';
import { ExcelHostError, toHostError } from '../hosts/excel/errors';
import { readWorkbook, type ExcelReadState } from '../hosts/excel/read';
import { displayLanguage, messages } from '../messages';
import './language';
import type { CommandResult, CoreApi, ReasonAnswer } from './core-api';
import { countFindings } from './findings';
import { wizardKey, type Notice, type Store, type WizardRow } from './store';

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

export interface Controller {
  recognize(): Promise<void>;
  annotate(): Promise<void>;
  recalc(): Promise<void>;
  adopt(): Promise<void>;
  remove(): Promise<void>;
  writeReasons(answers: ReasonAnswer[]): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  setProfile(id: string): void;
  startWizard(): void;
  /** Whether a command is running (commands do not overlap). */
  busy(): boolean;
}

const PROFILE_SETTING = 'jixiao.profile';

export function createController(deps: ControllerDeps): Controller {
  const { core, store } = deps;
  const run: ExcelRunner = deps.run ?? ((batch) => Excel.run(batch));
  const caps = deps.caps ?? detectCapabilities();
  const file = deps.fileName ?? 'workbook';
  let running = false;

  store.set({ caps, profiles: safeProfiles(core) });

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
    }
  }

  async function read(context: Excel.RequestContext): Promise<ExcelReadState> {
    progress(messages().progress.reading);
    return readWorkbook(context, caps);
  }

  function analyze(snapshot: WorkbookSnapshot): FileReport {
    progress(messages().progress.analyzing);
    const report = deps.core.analyzeWorkbook(snapshot, { ...profileOpt(), file });
    store.set({ report, checkedAt: Date.now() });
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
  async function write(
    plan: (snapshot: WorkbookSnapshot) => CommandResult,
  ): Promise<{ applied: ExcelApplyReport; report: FileReport; notices: string[] }> {
    return run(async (context) => {
      const state = await read(context);
      progress(messages().progress.analyzing);
      const result = plan(state.snapshot);
      const applied = await apply(context, state, result.edits);
      const report = result.reportAfter(applied.outcomes);
      store.set({ report, checkedAt: Date.now() });
      return { applied, report, notices: result.notices.map((n) => n.text) };
    });
  }

  const controller: Controller = {
    busy: () => running,

    recognize: () =>
      command(async () => {
        const report = await run(async (context) => analyze((await read(context)).snapshot));
        return checkedNotice(report);
      }),

    annotate: () =>
      command(async () => {
        const { applied, notices } = await write((snap) =>
          core.annotate(snap, { ...profileOpt(), file }),
        );
        store.set({ annotated: true });
        const s = summarise(applied.outcomes);
        return {
          intent: s.intent,
          text: messages().status.applied(s.written, s.skipped),
          lines: [...notices, ...s.lines],
        };
      }),

    recalc: () =>
      command(async () => {
        const { report, applied, notices } = await write((snap) =>
          core.annotate(snap, { ...profileOpt(), file }),
        );
        store.set({ annotated: true });
        const s = summarise(applied.outcomes);
        const n = countFindings(report);
        return {
          intent: s.intent === 'success' ? (n > 0 ? 'warning' : 'success') : s.intent,
          text: messages().status.recalculated(n),
          lines: [...notices, ...s.lines],
        };
      }),

    adopt: () =>
      command(async () => {
        const { applied } = await write((snap) =>
          core.annotate(snap, { ...profileOpt(), file, adopt: true }),
        );
        const s = summarise(applied.outcomes);
        const scores = applied.outcomes.filter((o) => o.status === 'applied').length;
        return { intent: s.intent, text: messages().status.adopted(scores), lines: s.lines };
      }),

    remove: () =>
      command(async () => {
        const { applied } = await write((snap) => core.remove(snap, { ...profileOpt(), file }));
        store.set({ annotated: false });
        const s = summarise(applied.outcomes);
        return { intent: s.intent, text: messages().status.removed, lines: s.lines };
      }),

    writeReasons: (answers) =>
      command(async () => {
        const { applied } = await write((snap) =>
          core.reasons(snap, answers, { ...profileOpt(), file }),
        );
        store.set({ wizard: null });
        const s = summarise(applied.outcomes);
        return {
          intent: s.intent,
          text: messages().status.reasonsWritten(answers.length),
          lines: s.lines,
        };
      }),

    select: async (sheet, cell) => {
      try {
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        });
      } catch (e) {
        const err = toHostError(e, { sheet });
        store.set({ notice: { intent: 'error', text: err.message, detail: err.detail } });
      }
    },

    setProfile: (id) => {
      store.set({ profile: id });
      deps.saveProfile?.(id);
    },

    startWizard: () => {
      const report = store.get().report;
      if (!report) return;
      const rows: WizardRow[] = [];
      for (const t of report.tables) {
        for (const i of t.indicators) {
          if (i.missingReason)
            rows.push({ sheet: t.sheet, row: i.row, indicator: i, tableName: t.name });
        }
      }
      store.set({ wizard: { rows, index: 0, answers: {} }, notice: null });
    },
  };
  return controller;
}

function safeProfiles(core: CoreApi): { id: string; label: string }[] {
  try {
    return core.listProfiles();
  } catch {
    return [];
  }
}

function checkedNotice(report: FileReport): Notice {
  const m = messages();
  if (report.error) return { intent: 'error', text: report.error };
  if (report.tables.length === 0) return { intent: 'warning', text: m.status.noTables };
  const n = countFindings(report);
  return {
    intent: n === 0 ? 'success' : 'warning',
    text: m.status.checked(report.tables.length, n),
  };
}

/** Counts outcomes for the notice: written, skipped by reason, substituted, failed. */
export function summarise(outcomes: ApplyOutcome[]): {
  intent: Notice['intent'];
  written: number;
  skipped: number;
  lines: string[];
} {
  const m = messages().status;
  const substitutedBy = new Set(outcomes.flatMap((o) => (o.status === 'substituted' ? o.by : [])));
  let written = 0;
  let protectedN = 0;
  let notEmpty = 0;
  let capability = 0;
  let userValidation = 0;
  let substituted = 0;
  let failed = 0;
  for (const o of outcomes) {
    if (o.status === 'applied' && !substitutedBy.has(o.id)) written++;
    else if (o.status === 'substituted') substituted++;
    else if (o.status === 'failed') failed++;
    else if (o.status === 'skipped') {
      if (o.reason === 'protected') protectedN++;
      else if (o.reason === 'cellNotEmpty') notEmpty++;
      else if (o.reason === 'userValidation' || o.reason === 'userFill') userValidation++;
      else capability++;
    }
  }
  const lines: string[] = [];
  if (protectedN) lines.push(m.skippedProtected(protectedN));
  if (notEmpty) lines.push(m.skippedNotEmpty(notEmpty));
  if (capability) lines.push(m.skippedCapability(capability));
  if (userValidation) lines.push(m.skippedUserValidation(userValidation));
  if (substituted) lines.push(m.substituted(substituted));
  if (failed) lines.push(m.failed(failed));
  const skipped = protectedN + notEmpty + capability + userValidation;
  const intent = failed || protectedN ? 'warning' : 'success';
  return { intent, written: written + substituted, skipped, lines };
}

/** Restores the profile saved in the document, if any. */
export function savedProfile(): string {
  try {
    const v: unknown = Office.context.document.settings.get(PROFILE_SETTING);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

export function saveProfileSetting(id: string): void {
  try {
    Office.context.document.settings.set(PROFILE_SETTING, id);
    Office.context.document.settings.saveAsync();
  } catch {
    /* not in Office: nothing to persist */
  }
}

export { wizardKey, displayLanguage };
