/**
 * The ribbon command 一键重算 (src/commands) on the in-memory host: associated when the module
 * loads, before Office is ready, and a click that arrives first waits for the pane's controller;
 * feedback when the pane is closed (a result dialog, or the pane opened on an error); and
 * delayForCellEdit where ExcelApi 1.11 allows it.
 */
import { setLanguage } from '../../../src/messages';
import { createController } from '../../../src/runtime/controller';
import { createCoreApi } from '../../../src/runtime/core-api';
import { createStore, type Store } from '../../../src/runtime/store';
import { projectForm } from '../../../bench/syncs';
import { createOfficeHost, type SimHost } from '../../../tools/office-sim';

type Commands = typeof import('../../../src/commands/commands');

/** A fresh copy of the commands module, loaded after the host is installed (as in Excel). */
function loadCommands(): Commands {
  let mod: Commands | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../../../src/commands/commands') as Commands;
  });
  return mod!;
}

function setup(excelApi = '1.17'): { host: SimHost; store: Store; ready: () => void } {
  setLanguage('zh-CN');
  const host = createOfficeHost(projectForm(20), { excelApi });
  host.install();
  const commands = loadCommands();
  const store = createStore();
  // no `run`: the controller uses Excel.run as the add-in does (with delayForCellEdit at 1.11)
  const controller = createController({ core: createCoreApi(() => 'zh-CN'), store });
  return { host, store, ready: () => commands.registerCommands(controller, store) };
}

test('the command is associated when the module loads, and a click before Office is ready waits', async () => {
  const { host, store, ready } = setup();
  expect(host.actions.has('recalc')).toBe(true); // before registerCommands (Office.onReady)
  let done = false;
  const click = host.invokeAction('recalc').then(() => (done = true));
  await new Promise((r) => setTimeout(r, 50));
  expect(done).toBe(false);
  ready();
  await click;
  expect(store.get().notice?.text).toMatch(/^已重算/);
  expect(host.doc.sheets.some((s) => s.name === '_自评助手')).toBe(true);
});

test('with the pane closed, the result is shown in a dialog that closes itself', async () => {
  const { host, store, ready } = setup();
  ready();
  await (host.Office as { addin: { hide: () => Promise<void> } }).addin.hide();
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
  try {
    const click = host.invokeAction('recalc');
    await jest.advanceTimersByTimeAsync(100);
    await click;
    expect(host.dialogs).toHaveLength(1);
    const url = new URL(host.dialogs[0].url, 'https://localhost/');
    expect(url.searchParams.get('notice')).toContain(store.get().notice!.text);
    expect(host.dialogs[0].closed).toBe(false);
    await jest.advanceTimersByTimeAsync(8000);
    expect(host.dialogs[0].closed).toBe(true);
  } finally {
    jest.useRealTimers();
  }
  expect(host.taskpane.visible).toBe(false);
});

test('with the pane open, no dialog: the pane shows the result', async () => {
  const { host, ready } = setup();
  ready();
  await host.invokeAction('recalc');
  expect(host.dialogs).toHaveLength(0);
});

test('with the pane closed, an error opens the pane (Excel 2019 level, cell-edit mode)', async () => {
  const { host, store, ready } = setup('1.8');
  ready();
  await (host.Office as { addin: { hide: () => Promise<void> } }).addin.hide();
  host.state.editMode = true;
  await host.invokeAction('recalc');
  expect(store.get().notice?.intent).toBe('error');
  expect(store.get().notice?.text).toMatch(/单元格编辑/);
  expect(host.taskpane.visible).toBe(true);
  expect(host.dialogs).toHaveLength(0);
});

test('at ExcelApi 1.11 and later the command waits for cell editing to end instead of failing', async () => {
  const { host, store, ready } = setup('1.13');
  ready();
  host.state.editMode = true;
  const click = host.invokeAction('recalc');
  await new Promise((r) => setTimeout(r, 200));
  expect(store.get().notice).toBeNull();
  host.state.editMode = false;
  await click;
  expect(store.get().notice?.intent).not.toBe('error');
  expect(store.get().notice?.text).toMatch(/^已重算/);
});
