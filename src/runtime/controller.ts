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
import { HELPER_SHEET } from '../plan/registry';
import { changedScores, planScoreValues, planSetCell, type ScoreChange } from '../plan/values';
import { countReports } from '../report/count';
import type { FileReport } from '../report/types';
import type { ExcelApplyReport } from '../hosts/excel/apply';
import { toHostError } from '../hosts/excel/errors';
import { readWorkbook } from '../hosts/excel/read';
import { messages } from '../messages';
import './language';
import type { CoreApi, ReasonAnswer } from './core-api';
import {
  cellText,
  changeList,
  checkedNotice,
  noticeLines,
  summarise,
  writtenNotice,
} from './notices';
import { createSession, type ControllerDeps } from './session';
import { flattenedCells } from './restored';
import { wizardFor } from './store';

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

export function createController(deps: ControllerDeps): Controller {
  const { core, store } = deps;
  const session = createSession(deps);
  const { run, caps, file, profileOpt, command, watch, noteWritten, read, analyze } = session;
  const { write, writeThenCheck } = session;

  store.set({ caps, profiles: safeProfiles(core) });

  const controller: Controller = {
    busy: () => session.running(),

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
      if (session.running()) return null;
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
        const { applied, report, edits, notices } = await write((snap) => {
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
          // cells changed by hand since they were written keep the user's content: said first
          lines: [
            ...noticeLines(notices),
            ...s.lines,
            ...(flat.length > 0 ? [messages().status.removedFlat(flat.join('、'))] : []),
          ],
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
      store.set({ wizard: wizardFor(report, at), notice: null });
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
