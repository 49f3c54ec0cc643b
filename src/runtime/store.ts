/**
 * The state shared by the task pane and the ribbon commands. With the shared runtime both run in
 * one JavaScript context, so one store instance serves both: a command started from the ribbon
 * shows its progress and result in the pane.
 */
import type { FileReport, IndicatorReport } from '../report/types';
import type { HostCapabilities } from '../hosts/excel/capabilities';

export type NoticeIntent = 'success' | 'warning' | 'error' | 'info';

export interface Notice {
  intent: NoticeIntent;
  text: string;
  /** Further lines (skipped items, fallbacks). */
  lines?: string[];
  /** Technical detail for support, shown collapsed. */
  detail?: string;
  /** A button beside the notice: selects a cell (e.g. the helper columns, which sit off screen). */
  go?: { label: string; sheet: string; cell: string };
}

export interface Busy {
  label: string;
  done?: number;
  total?: number;
}

/** One row of the guided filling of reasons. */
export interface WizardRow {
  sheet: string;
  row: number;
  indicator: IndicatorReport;
  tableName: string | null;
}

export interface WizardAnswer {
  ticks: string[];
  reason: string;
  improvement: string;
}

export interface WizardState {
  rows: WizardRow[];
  index: number;
  /** By `${sheet}!${row}`; absent = skipped. */
  answers: Record<string, WizardAnswer>;
}

export interface AppState {
  busy: Busy | null;
  report: FileReport | null;
  /** When the report was made (ms since epoch), for "checked at". */
  checkedAt: number | null;
  notice: Notice | null;
  profile: string;
  profiles: { id: string; label: string }[];
  caps: HostCapabilities | null;
  wizard: WizardState | null;
  /** Whether the add-in's formulas are in the workbook (after 写入 or 一键重算). */
  annotated: boolean;
  /** Whether the workbook holds anything the add-in recorded (its helper sheet): 撤销写入 applies. */
  recorded: boolean;
  /** The sheet changed after the last check (worksheet change events, ExcelApi 1.9). */
  stale: boolean;
}

export interface Store {
  get(): AppState;
  set(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void;
  subscribe(listener: () => void): () => void;
}

export function initialState(): AppState {
  return {
    busy: null,
    report: null,
    checkedAt: null,
    notice: null,
    profile: '',
    profiles: [],
    caps: null,
    wizard: null,
    annotated: false,
    recorded: false,
    stale: false,
  };
}

export function createStore(init: AppState = initialState()): Store {
  let state = init;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const p = typeof patch === 'function' ? patch(state) : patch;
      state = { ...state, ...p };
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const wizardKey = (sheet: string, row: number): string => `${sheet}!${row}`;

/**
 * The reason wizard over a report's rows that miss a reason, opened at `at` (a row of the report)
 * or at the first.
 */
export function wizardFor(report: FileReport, at?: { sheet: string; row: number }): WizardState {
  const rows: WizardRow[] = [];
  for (const t of report.tables) {
    for (const i of t.indicators) {
      if (i.missingReason)
        rows.push({ sheet: t.sheet, row: i.row, indicator: i, tableName: t.name });
    }
  }
  const index = at ? rows.findIndex((r) => r.sheet === at.sheet && r.row === at.row) : 0;
  return { rows, index: Math.max(0, index), answers: {} };
}
