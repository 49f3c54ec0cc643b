/**
 * The offline page's state and what its controls do: the files dropped, the queue of jobs sent
 * to the worker (one at a time, with progress), the options, the file shown and the cell marked.
 *
 * The task pane's components (table cards, findings, the reasons wizard) are used as they are:
 * they read the pane's store and call a `Controller`; here the controller shows a cell in the
 * grid instead of selecting it in Excel, and writes the wizard's reasons into the copy to
 * download.
 */
import { useSyncExternalStore } from 'react';
import { displayLanguage, messages } from '../messages';
import { webMessagesFor, type WebMessages } from '../messages/web';
import type { Controller } from '../runtime/controller';
import type { CoreApi, ReasonAnswer } from '../runtime/core-api';
import { createStore, wizardFor, type Store } from '../runtime/store';
import type { WorkerClient } from './client';
import type { JobMode, JobResult } from './job';

export interface FileEntry {
  id: number;
  /** The path inside a dropped folder, or the file name. */
  path: string;
  name: string;
  bytes: Uint8Array;
  status: 'pending' | 'done';
  result: JobResult | null;
  /** The wizard's answers for this file, written into its copy. */
  answers: ReasonAnswer[];
}

/** The message for a file that could not be read, or null. */
export function fileError(f: FileEntry, w: WebMessages): string | null {
  if (!f.result || f.result.ok) return null;
  return w.readError[f.result.failure];
}

export interface WebState {
  files: FileEntry[];
  progress: { done: number; total: number; current: string } | null;
  mode: JobMode;
  /** The file shown on the 逐个文件 tab. */
  selected: number | null;
  /** The sheet shown in the grid and the cell marked. */
  grid: { sheet: string; cell: string | null } | null;
  tab: 'summary' | 'files';
}

export interface WebStore {
  get(): WebState;
  set(patch: Partial<WebState> | ((s: WebState) => Partial<WebState>)): void;
  subscribe(l: () => void): () => void;
}

function createWebStore(): WebStore {
  let state: WebState = {
    files: [],
    progress: null,
    mode: 'fix',
    selected: null,
    grid: null,
    tab: 'summary',
  };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      for (const l of [...listeners]) l();
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export interface WebApp {
  web: WebStore;
  /** The pane's store, holding the shown file's report and the wizard. */
  pane: Store;
  controller: Controller;
  core: CoreApi;
  worker: WorkerClient;
  addFiles(files: { path: string; name: string; bytes: Uint8Array }[]): void;
  setMode(mode: JobMode): void;
  selectFile(id: number | null, sheet?: string): void;
  clear(): void;
  /** Resolves when the queue is empty. */
  idle(): Promise<void>;
}

export function useWeb<T>(app: WebApp, select: (s: WebState) => T): T {
  return useSyncExternalStore(
    (l) => app.web.subscribe(l),
    () => select(app.web.get()),
  );
}

export function createWebApp(core: CoreApi, worker: WorkerClient): WebApp {
  const web = createWebStore();
  const pane = createStore();
  pane.set({ profiles: core.listProfiles() });
  let nextId = 1;
  const queue: number[] = [];
  let draining: Promise<void> | null = null;

  const entry = (id: number): FileEntry | undefined => web.get().files.find((f) => f.id === id);
  const update = (id: number, patch: Partial<FileEntry>): void =>
    web.set((s) => ({ files: s.files.map((f) => (f.id === id ? { ...f, ...patch } : f)) }));

  /** The pane's store follows the file shown. */
  function showReport(): void {
    const s = web.get();
    const f = s.files.find((x) => x.id === s.selected);
    const report = f?.result?.ok ? f.result.report : null;
    if (pane.get().report !== report) pane.set({ report, checkedAt: Date.now() });
  }

  async function drain(): Promise<void> {
    let done = 0;
    while (queue.length > 0) {
      const id = queue.shift() as number;
      const f = entry(id);
      if (!f) continue;
      const total = done + queue.length + 1;
      web.set({ progress: { done, total, current: f.path } });
      pane.set({ busy: { label: messages().progress.analyzing, done, total } });
      const result: JobResult = await worker.job(f.name, f.bytes, {
        mode: web.get().mode,
        profile: pane.get().profile || undefined,
        answers: f.answers,
        lang: /^zh/i.test(displayLanguage()) ? 'zh-CN' : 'en',
      });
      done++;
      update(id, { status: 'done', result });
      if (web.get().selected === id) showReport();
    }
    web.set({ progress: null });
    pane.set({ busy: null });
  }

  function enqueue(ids: number[]): void {
    for (const id of ids) if (!queue.includes(id)) queue.push(id);
    if (!draining) {
      draining = drain().finally(() => {
        draining = null;
      });
    }
  }

  const rerunAll = (): void => enqueue(web.get().files.map((f) => f.id));

  const controller: Controller = {
    recognize: () => Promise.resolve(rerunAll()),
    annotate: () => Promise.resolve(rerunAll()),
    recalc: () => Promise.resolve(rerunAll()),
    adopt: () => Promise.resolve(app.setMode('adopt')),
    previewAdopt: () => Promise.resolve(null),
    setCell: () => {
      pane.set({ notice: { intent: 'info', text: webMessagesFor(displayLanguage()).setCell } });
      return Promise.resolve();
    },
    remove: () => Promise.resolve(app.setMode('remove')),
    busy: () => draining !== null,
    select: (sheet, cell) => Promise.resolve(web.set({ grid: { sheet, cell } })),
    setProfile: (id) => {
      pane.set({ profile: id });
      rerunAll();
    },
    startWizard: (at) => {
      const report = pane.get().report;
      if (!report) return;
      pane.set({ wizard: wizardFor(report, at), notice: null });
    },
    writeReasons: async (answers) => {
      const id = web.get().selected;
      const f = id === null ? undefined : entry(id);
      if (!f || id === null) return;
      const key = (a: { sheet: string; row: number }): string => `${a.sheet}!${a.row}`;
      const given = new Set(answers.map(key));
      update(id, { answers: [...f.answers.filter((a) => !given.has(key(a))), ...answers] });
      pane.set({ wizard: null });
      enqueue([id]);
      await draining;
      pane.set({
        notice: { intent: 'success', text: messages().status.reasonsWritten(answers.length) },
      });
    },
  };

  const app: WebApp = {
    web,
    pane,
    controller,
    core,
    worker,
    addFiles(files) {
      const added: FileEntry[] = files.map((f) => ({
        ...f,
        id: nextId++,
        status: 'pending',
        result: null,
        answers: [],
      }));
      web.set((s) => ({
        files: [...s.files, ...added],
        selected: s.selected ?? added[0]?.id ?? null,
      }));
      showReport();
      enqueue(added.map((f) => f.id));
    },
    setMode(mode) {
      if (web.get().mode === mode) return;
      web.set({ mode });
      rerunAll();
    },
    selectFile(id, sheet) {
      const f = id === null ? undefined : entry(id);
      const first = f?.result?.ok ? f.result.snapshot.sheets[0]?.name : undefined;
      web.set({
        selected: id,
        grid: sheet || first ? { sheet: sheet ?? first ?? '', cell: null } : null,
      });
      pane.set({ wizard: null, notice: null });
      showReport();
    },
    clear() {
      queue.length = 0;
      web.set({ files: [], selected: null, grid: null });
      showReport();
    },
    idle: async () => {
      while (draining) await draining;
    },
  };
  return app;
}
