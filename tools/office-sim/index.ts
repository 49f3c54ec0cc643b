/**
 * The in-memory Excel host: `Office`, `Excel` and `OfficeExtension` globals over a SimWorkbook,
 * faithful to the Office.js subset the add-in uses (see api.ts for the semantics). Test-only.
 */
import { SimContext, SimOfficeError, supports, type HostOptions, type SyncLog } from './api';
import { runOptions, type RunOptions } from './run-options';
import { SimWorkbook, type WorkbookInit } from './workbook';

export { SimWorkbook, SimOfficeError };
export type { HostOptions, SyncLog, WorkbookInit };

type ActionHandler = (event: { completed: () => void; source?: { id: string } }) => unknown;

export interface SimHost {
  doc: SimWorkbook;
  log: SyncLog;
  options: HostOptions;
  /** Simulates Excel in cell-edit mode: every sync fails until set back to false. */
  state: { editMode: boolean };
  Office: unknown;
  Excel: unknown;
  OfficeExtension: unknown;
  /** Runs a ribbon command (an ExecuteFunction action) and resolves when it calls completed(). */
  invokeAction(name: string): Promise<void>;
  actions: Map<string, ActionHandler>;
  taskpane: { visible: boolean };
  /** Dialogs the add-in opened (Office.context.ui.displayDialogAsync), with their pages. */
  dialogs: { url: string; closed: boolean }[];
  /** Puts Office, Excel and OfficeExtension on the given global object. */
  install(target?: Record<string, unknown>): void;
  resetLog(): void;
}

export function createOfficeHost(
  init: WorkbookInit | SimWorkbook,
  options: HostOptions = {},
): SimHost {
  const doc = init instanceof SimWorkbook ? init : new SimWorkbook(init);
  const log: SyncLog = { syncs: 0, batches: [], suspendedCalculation: 0 };
  const state = { editMode: false };
  const opts: HostOptions = {
    excelApi: '1.17',
    displayLanguage: 'zh-CN',
    sharedRuntime: true,
    platform: 'OfficeOnline',
    ...options,
  };
  const actions = new Map<string, ActionHandler>();
  const taskpane = { visible: true };

  const dialogs: { url: string; closed: boolean }[] = [];
  const visibilityHandlers: ((args: { visibilityMode: string }) => void)[] = [];
  const setPane = (visible: boolean): void => {
    taskpane.visible = visible;
    for (const h of visibilityHandlers) h({ visibilityMode: visible ? 'Taskpane' : 'Hidden' });
  };

  const Excel = {
    run: async <T>(
      first: RunOptions | ((ctx: SimContext) => Promise<T>),
      second?: (ctx: SimContext) => Promise<T>,
    ): Promise<T> => {
      const batch = typeof first === 'function' ? first : second!;
      if (typeof first !== 'function') await runOptions(first, opts, state);
      const ctx = new SimContext(doc, log, opts, state);
      const result = await batch(ctx);
      await ctx.sync();
      return result;
    },
    RequestContext: SimContext,
    ConditionalFormatType: { custom: 'Custom' },
    SpecialCellType: { visible: 'Visible' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    DataValidationOperator: {
      between: 'Between',
      greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
      lessThanOrEqualTo: 'LessThanOrEqualTo',
    },
    DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
      requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      invalidOperation: 'InvalidOperation',
      generalException: 'GeneralException',
      apiNotFound: 'ApiNotFound',
    },
  };

  const settings = {
    get: (name: string): unknown => doc.settings[name] ?? null,
    set: (name: string, value: unknown): void => {
      doc.settings[name] = value;
    },
    remove: (name: string): void => {
      delete doc.settings[name];
    },
    saveAsync: (cb?: (r: { status: string }) => void): void => {
      setTimeout(() => cb?.({ status: 'succeeded' }), 0);
    },
  };

  const Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: opts.platform ?? 'OfficeOnline' };
      return new Promise<{ host: string; platform: string }>((resolve) =>
        setTimeout(() => {
          cb?.(info);
          resolve(info);
        }, 0),
      );
    },
    context: {
      get displayLanguage(): string {
        return opts.displayLanguage ?? 'zh-CN';
      },
      contentLanguage: opts.displayLanguage ?? 'zh-CN',
      host: 'Excel',
      platform: opts.platform,
      requirements: {
        isSetSupported: (name: string, version?: string): boolean => {
          if (name === 'ExcelApi') return supports(opts.excelApi ?? '1.17', version ?? '1.1');
          if (name === 'SharedRuntime')
            return opts.sharedRuntime === true && supports('1.1', version ?? '1.1');
          if (name === 'RibbonApi' || name === 'AddinCommands') return true;
          if (name === 'DialogApi') return supports('1.2', version ?? '1.1');
          return false;
        },
      },
      document: { settings },
      ui: {
        displayDialogAsync: (
          url: string,
          _options: unknown,
          cb?: (r: { status: string; value: { close: () => void } }) => void,
        ): void => {
          const dialog = { url, closed: false };
          dialogs.push(dialog);
          setTimeout(
            () => cb?.({ status: 'succeeded', value: { close: () => (dialog.closed = true) } }),
            0,
          );
        },
      },
    },
    actions: {
      associate: (name: string, fn: ActionHandler): void => {
        actions.set(name, fn);
      },
    },
    addin: {
      showAsTaskpane: (): Promise<void> => {
        setPane(true);
        return Promise.resolve();
      },
      hide: (): Promise<void> => {
        setPane(false);
        return Promise.resolve();
      },
      onVisibilityModeChanged: (
        handler: (args: { visibilityMode: string }) => void,
      ): Promise<() => Promise<void>> => {
        visibilityHandlers.push(handler);
        return Promise.resolve(() => {
          visibilityHandlers.splice(visibilityHandlers.indexOf(handler), 1);
          return Promise.resolve();
        });
      },
    },
  };

  const OfficeExtension = { Error: SimOfficeError, config: { extendedErrorLogging: false } };

  return {
    doc,
    log,
    options: opts,
    state,
    Office,
    Excel,
    OfficeExtension,
    actions,
    taskpane,
    dialogs,
    invokeAction(name: string): Promise<void> {
      const fn = actions.get(name);
      if (!fn) return Promise.reject(new Error(`No action associated with ${name}`));
      return new Promise<void>((resolve, reject) => {
        try {
          const r = fn({ completed: () => resolve(), source: { id: name } });
          if (r && typeof (r as Promise<unknown>).catch === 'function') {
            (r as Promise<unknown>).catch((e: unknown) =>
              reject(e instanceof Error ? e : new Error(String(e))),
            );
          }
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    install(target: Record<string, unknown> = globalThis) {
      target.Office = Office;
      target.Excel = Excel;
      target.OfficeExtension = OfficeExtension;
    },
    resetLog() {
      log.syncs = 0;
      log.batches = [];
      log.suspendedCalculation = 0;
    },
  };
}
