/**
 * Ribbon commands. 一键重算 is an ExecuteFunction command: with the shared runtime it runs in the
 * pane's JavaScript context (same store, same controller), so its result shows in the pane, and it
 * works without the pane being open.
 *
 * - `Office.actions.associate` runs when this module loads, not inside Office.onReady: a click
 *   that arrives while Office is still starting is not lost. The handler waits until the pane's
 *   code has made the controller (`registerCommands`, called from Office.onReady).
 * - Feedback when the pane is closed: on an error the pane is opened, so the message is seen; on
 *   success the result is shown in a small dialog (DialogApi 1.1) that closes itself after a few
 *   seconds. With the pane open, the pane shows the result as for its own buttons.
 * - On Excel whose webview cannot run the bundle (Internet Explorer 11, EdgeHTML) this module never
 *   loads: the guard script in taskpane.html answers the command instead.
 */
import type { Controller } from '../runtime/controller';
import type { Notice, Store } from '../runtime/store';

/** Function names as the manifest's <FunctionName> elements give them. */
export const COMMANDS = { recalc: 'recalc' } as const;

/** How long the result dialog stays open, when the pane is closed. */
const DIALOG_MS = 8000;

interface CommandEvent {
  completed: () => void;
}

interface Services {
  controller: Controller;
  store: Store;
}

/** Whether the guard script made this page a message only (see taskpane.html). */
export function isStaticPage(): boolean {
  return (
    typeof window !== 'undefined' &&
    (window as unknown as { __jixiaoStatic?: boolean }).__jixiaoStatic === true
  );
}

let services: Services | null = null;
const waiting: ((s: Services) => void)[] = [];

/** The pane's controller and store, once Office is ready and the pane's code has made them. */
function whenReady(): Promise<Services> {
  return services ? Promise.resolve(services) : new Promise((resolve) => waiting.push(resolve));
}

/** Whether the task pane is shown; the shared runtime also runs with the pane closed. */
let paneVisible = typeof document === 'undefined' || document.visibilityState !== 'hidden';

function officeHas(path: 'actions' | 'addin'): boolean {
  return typeof Office !== 'undefined' && Boolean(Office[path]);
}

function setSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** The notice as plain lines for the result dialog (the guard script shows them). */
function noticeText(notice: Notice): string {
  return [notice.text, ...(notice.lines ?? [])].join('\n').slice(0, 1500);
}

/** Shows the result with the pane closed: a dialog that closes itself; false if it cannot. */
function showDialog(notice: Notice): Promise<boolean> {
  if (!setSupported('DialogApi', '1.1')) return Promise.resolve(false);
  const page = typeof location === 'undefined' ? 'taskpane.html' : location.href.split(/[?#]/)[0];
  const url = `${page}?notice=${encodeURIComponent(noticeText(notice))}`;
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 30 }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve(false);
          return;
        }
        setTimeout(() => {
          try {
            result.value.close();
          } catch {
            /* closed by the user */
          }
        }, DIALOG_MS);
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}

async function feedback(notice: Notice | null): Promise<void> {
  if (!notice || paneVisible) return;
  const openPane = (): Promise<void> =>
    officeHas('addin') ? Office.addin.showAsTaskpane().catch(() => undefined) : Promise.resolve();
  if (notice.intent === 'error') {
    await openPane();
    return;
  }
  if (!(await showDialog(notice))) await openPane();
}

async function recalc(event?: CommandEvent): Promise<void> {
  try {
    const { controller, store } = await whenReady();
    await controller.recalc();
    await feedback(store.get().notice);
  } finally {
    event?.completed();
  }
}

const associated = new WeakSet<object>();

/** Associates the ribbon functions with the Office of this page (once per Office object). */
function associate(): void {
  if (!officeHas('actions') || typeof Office.actions.associate !== 'function') return;
  if (associated.has(Office.actions)) return;
  associated.add(Office.actions);
  Office.actions.associate(COMMANDS.recalc, (event?: CommandEvent) => void recalc(event));
  // SharedRuntime 1.1: whether the pane is open, for the feedback above
  if (officeHas('addin') && typeof Office.addin.onVisibilityModeChanged === 'function') {
    Office.addin
      .onVisibilityModeChanged((args) => {
        paneVisible = String(args.visibilityMode) !== 'Hidden';
      })
      .catch(() => undefined);
  }
}

// At module load, before Office is ready.
if (!isStaticPage()) associate();

/**
 * Hands the commands the pane's controller (from Office.onReady). Also associates them if Office
 * was not there when this module loaded (tests that install an in-memory host later).
 */
export function registerCommands(controller: Controller, store: Store): void {
  associate();
  const s: Services = { controller, store };
  services = s;
  for (const resolve of waiting.splice(0)) resolve(s);
}

/** For tests: tells the commands whether the pane is shown. */
export function setPaneVisible(visible: boolean): void {
  paneVisible = visible;
}
