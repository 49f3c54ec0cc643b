/**
 * The add-in's one page: the task pane and, through the shared runtime, the ribbon commands
 * (src/commands associates them when this bundle loads, before Office is ready).
 *
 * The guard script at the top of taskpane.html sets `__jixiaoStatic` when this page is only a
 * message — an Excel whose webview cannot run the pane, or the ribbon command's result dialog —
 * and then nothing is rendered here.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { isStaticPage, registerCommands } from '../commands/commands';
import { createController } from '../runtime/controller';
import { saveProfileSetting, savedProfile } from '../runtime/settings';
import { createCoreApi } from '../runtime/core-api';
import { createStore } from '../runtime/store';
import { App } from './App';

const store = createStore();

if (!isStaticPage()) {
  void Office.onReady(() => {
    store.set({ profile: savedProfile() });
    const api = createCoreApi();
    const controller = createController({
      core: api,
      store,
      saveProfile: saveProfileSetting,
      fileName: 'workbook.xlsx',
    });
    registerCommands(controller, store);
    const el = document.getElementById('root');
    if (el) createRoot(el).render(<App services={{ store, controller, core: api }} />);
  });
}
