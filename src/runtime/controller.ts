/**
 * What the pane's buttons and the ribbon's commands do: read the workbook with the Excel host,
 * run the core, apply its plan, and put progress, the report and a notice into the shared store.
 *
 * Round trips per command (whatever the number of rows): recognize 2; write, one-click recalc,
 * adopt, undo and writing reasons 3 (read 2 + apply 1: the report after a write comes from the
 * command's one analysis and the host's outcomes, not from reading again); select a cell 1. Large
 * plans add one round trip per 4 MB written. Setting one cell from a finding (改为 2 分, 改为 ≤20)
 * and 填入得分数值 read again after writing (5). After the first check, worksheet change events
 * (ExcelApi 1.9) mark the results stale.
 */
import type { PlanNotice } from '../core';
import type { ApplyOutcome, Edit } from '../plan/edits';
import { HELPER_SHEET } from '../plan/registry';
import { changedScores, planScoreValues, planSetCell, type ScoreChange } from '../plan/values';
import { countReports } from '../report/count';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';
import { applyEdits, type ExcelApplyReport } from '../hosts/excel/apply';
import { detectCapabilities, type HostCapabilities } from '../hosts/excel/capabilities';
import { ExcelHostError, toHostError } from '../hosts/excel/errors';
import { readWorkbook, type ExcelReadState } from '../hosts/excel/read';
import { runExcel } from '../hosts/excel/run';
import { displayLanguage, messages } from '../messages';
import './language';
import type { CommandResult, CoreApi, ReasonAnswer } from './core-api';
import { formatScore, scoreDecimals } from './numbers';
import { flattenedCells } from './restored';
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
  /** 采用系统得分: references to the computed scores (reversible), or plain values. */
  adopt(mode?: 'reference' | 'values', changes?: ScoreChange[]): Promise<void>;
  /**
   * What 采用系统得分 will change, from its plan on the workbook as it is (for the confirmation);
   * null when it cannot be known (an error, or a command is running).
   */
  previewAdopt(): Promise<ScoreChange[] | null>;
  remove(): Promise<void>;
  /** One cell set to a value the pane proposes ("改为 2 分", "改为 ≤20"), then checked again. */
  setCell(sheet: string, cell: string, value: string | number, from?: string): Promise<void>;
  writeReasons(answers: ReasonAnswer[]): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  setProfile(id: string): void;
  /** Opens the guided reasons, at the given row when there is one. */
  startWizard(at?: { sheet: string; row: number }): void;
  /** Whether a command is running (commands do not overlap). */
  busy(): boolean;
}

const PROFILE_SETTING = 'jixiao.profile';

export function createController(deps: ControllerDeps): Controller {
  const { core, store } = deps;
  const run: ExcelRunner = deps.run ?? ((batch) => runExcel(caps, batch));
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
  async function write(plan: (snapshot: WorkbookSnapshot) => CommandResult): Promise<{
    applied: ExcelApplyReport;
    report: FileReport;
    notices: PlanNotice[];
    edits: Edit[];
    snapshot: WorkbookSnapshot;
  }> {
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

  const controller: Controller = {
    busy: () => running,

    recognize: () =>
      command(async () => {
        const report = await run(async (context) => analyze((await read(context)).snapshot));
        void watch();
        return checkedNotice(report);
      }),

    annotate: () =>
      command(async () => {
        const { report, snapshot, edits, applied, notices } = await write((snap) =>
          core.annotate(snap, { ...profileOpt(), file }),
        );
        noteWritten(applied);
        return writtenNotice(report, snapshot, edits, applied, notices);
      }),

    recalc: () =>
      command(async () => {
        const { report, applied, notices } = await write((snap) =>
          core.annotate(snap, { ...profileOpt(), file }),
        );
        noteWritten(applied);
        const s = summarise(applied.outcomes);
        const c = countReports([report]);
        const m = messages();
        const warn = notices.some((n) => n.level === 'warning');
        return {
          intent:
            s.intent === 'success' && !warn ? (c.total > 0 ? 'warning' : 'success') : 'warning',
          text: m.status.recalculated(c.total, m.status.countDetail(c.rows, c.tableProblems)),
          lines: [...noticeLines(notices), ...s.lines],
        };
      }),

    previewAdopt: async () => {
      if (running) return null;
      try {
        return await run(async (context) => {
          const state = await readWorkbook(context, caps);
          const opts = { ...profileOpt(), file };
          const before = core.analyzeWorkbook(state.snapshot, opts);
          const after = core.annotate(state.snapshot, { ...opts, adopt: true }).reportAfter();
          return changedScores(before, after);
        });
      } catch (e) {
        const err = toHostError(e);
        store.set({ notice: { intent: 'error', text: err.message, detail: err.detail } });
        return null;
      }
    },

    adopt: (mode = 'reference', changes) =>
      command(async () => {
        const before = store.get().report;
        const m = messages();
        let applied: ExcelApplyReport;
        let report: FileReport;
        let notices: PlanNotice[] = [];
        if (mode === 'values') {
          ({ applied, report } = await writeThenCheck((snap) => {
            if (changes) return planScoreValues(changes);
            const opts = { ...profileOpt(), file };
            const now = core.analyzeWorkbook(snap, opts);
            const after = core.annotate(snap, { ...opts, adopt: true }).reportAfter();
            return planScoreValues(changedScores(now, after));
          }));
        } else {
          ({ applied, report, notices } = await write((snap) =>
            core.annotate(snap, { ...profileOpt(), file, adopt: true }),
          ));
          noteWritten(applied);
        }
        const s = summarise(applied.outcomes);
        const changed = changedScores(before, report);
        const list = changeList(before, changed);
        const lines = [...noticeLines(notices.filter((n) => n.level === 'warning')), ...s.lines];
        if (changed.length === 0) return { intent: 'info', text: m.status.adoptedNone, lines };
        return {
          intent: s.intent,
          text:
            mode === 'values'
              ? m.status.adoptedValues(changed.length, list)
              : m.status.adoptedList(changed.length, list),
          lines,
        };
      }),

    remove: () =>
      command(async () => {
        const before = store.get().report;
        let nothing = false;
        const { applied, report, edits } = await write((snap) => {
          nothing = !snap.sheets.some((s) => s.name === HELPER_SHEET);
          return core.remove(snap, { ...profileOpt(), file });
        });
        store.set({ annotated: false, recorded: false });
        if (nothing) return { intent: 'info', text: messages().status.nothingToRemove };
        const s = summarise(applied.outcomes);
        const restored = changedScores(before, report);
        const flat = flattenedCells(edits, applied.outcomes);
        return {
          intent: s.intent,
          text: restored.length > 0 ? messages().status.removed : messages().status.removedNoAdopt,
          lines:
            flat.length > 0
              ? [...s.lines, messages().status.removedFlat(flat.join('、'))]
              : s.lines,
        };
      }),

    setCell: (sheet, cell, value, from) =>
      command(async () => {
        const m = messages();
        const before = store.get().report;
        const { applied, report } = await writeThenCheck(() => planSetCell(sheet, cell, value));
        const s = summarise(applied.outcomes);
        if (s.intent !== 'success') {
          return { intent: s.intent, text: s.lines[0] ?? '', lines: s.lines.slice(1) };
        }
        const was = from ?? (before ? cellText(before, sheet, cell) : null) ?? m.summary.none;
        const now =
          typeof value === 'number' ? (cellText(report, sheet, cell) ?? String(value)) : value;
        return { intent: 'success', text: m.status.setCell(cell, was, now) };
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
      const changed = id !== store.get().profile;
      store.set({ profile: id });
      deps.saveProfile?.(id);
      // the findings depend on the rules: check again at once
      if (changed && store.get().report) void controller.recognize();
    },

    startWizard: (at) => {
      const report = store.get().report;
      if (!report) return;
      const rows: WizardRow[] = [];
      for (const t of report.tables) {
        for (const i of t.indicators) {
          if (i.missingReason)
            rows.push({ sheet: t.sheet, row: i.row, indicator: i, tableName: t.name });
        }
      }
      const index = at ? rows.findIndex((r) => r.sheet === at.sheet && r.row === at.row) : 0;
      store.set({ wizard: { rows, index: Math.max(0, index), answers: {} }, notice: null });
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
  const c = countReports([report]);
  return {
    intent: c.total === 0 ? 'success' : 'warning',
    text: m.status.checked(
      report.tables.length,
      c.total,
      m.status.countDetail(c.rows, c.tableProblems),
    ),
  };
}

/** Whether worksheet change events can be listened to (ExcelApi 1.9). */
/** The plan's notices, warnings first, said to the user (none is dropped). */
function noticeLines(notices: readonly PlanNotice[]): string[] {
  return [
    ...notices.filter((n) => n.level === 'warning'),
    ...notices.filter((n) => n.level !== 'warning'),
  ].map((n) => n.text);
}

/** "H25 1.50→2.00，H27 0.00→0.78", in the form's precision. */
function changeList(before: FileReport | null, changed: ReturnType<typeof changedScores>): string {
  const m = messages();
  const multiSheet = new Set(changed.map((c) => c.sheet)).size > 1;
  return changed
    .map((c) => {
      const t = before?.tables.find(
        (x) => x.sheet === c.sheet && x.indicators.some((i) => i.row === c.row),
      );
      const d = t ? scoreDecimals(t) : 2;
      const where = multiSheet ? `${c.sheet}!${c.cell}` : c.cell;
      return m.actions.adoptChange(
        where,
        c.from === null ? m.summary.none : formatScore(c.from, d),
        formatScore(c.to, d),
      );
    })
    .join(m.lang === 'zh-CN' ? '，' : ', ');
}

/** What a stated score or target cell held in a report (for "由 1.50 改为 2"). */
function cellText(report: FileReport, sheet: string, cell: string): string | null {
  for (const t of report.tables) {
    if (t.sheet !== sheet) continue;
    for (const i of t.indicators) {
      if (i.statedScoreCell === cell)
        return i.statedScore === null ? null : formatScore(i.statedScore, scoreDecimals(t));
    }
  }
  return null;
}

/**
 * The notice after writing: what was written and where (the helper columns, which sit off
 * screen, with a button to show them), every notice of the plan (protected sheet, sheet too
 * large, no room), and what the host skipped.
 */
function writtenNotice(
  report: FileReport,
  snapshot: WorkbookSnapshot,
  edits: readonly Edit[],
  applied: ExcelApplyReport,
  notices: readonly PlanNotice[],
): Notice {
  const m = messages();
  const s = summarise(applied.outcomes);
  const status = new Map(applied.outcomes.map((o) => [o.id, o.status]));
  const texts: string[] = [];
  let go: Notice['go'];
  const printed = (sheet: string): boolean => status.get(`${sheet}#print`) !== 'applied';
  for (const sheet of snapshot.sheets) {
    const id = `${sheet.name}#cols`;
    const st = status.get(id);
    if (st !== 'applied') continue;
    const cols = helperColumnsOf(edits, id);
    if (!cols) continue;
    texts.push(m.status.helperColumns(sheet.name, cols.from, cols.to, cols.n, printed(sheet.name)));
    if (!go) {
      const t = report.tables.find((x) => x.sheet === sheet.name);
      go = {
        label: m.status.showHelper,
        sheet: sheet.name,
        cell: `${cols.from}${t?.headerRow ?? 1}`,
      };
    }
  }
  const warn = notices.some((n) => n.level === 'warning');
  const lines = [...noticeLines(notices), ...s.lines];
  if (texts.length === 0) {
    return { intent: 'warning', text: lines[0] ?? m.status.helperNone, lines: lines.slice(1) };
  }
  return {
    intent: warn ? 'warning' : s.intent,
    text: texts[0],
    lines: [...texts.slice(1), ...lines],
    go,
  };
}

/** The helper columns of a `column` edit, from the plan as applied. */
function helperColumnsOf(
  edits: readonly Edit[],
  id: string,
): { from: string; to: string; n: number } | null {
  const e = edits.find((x) => x.id === id);
  if (!e || e.kind !== 'column') return null;
  const [from, to = from] = e.columns.split(':');
  const index = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { from, to, n: index(to) - index(from) + 1 };
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
