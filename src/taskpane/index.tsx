/**
 * The add-in's one page: the task pane and, through the shared runtime, the ribbon commands.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/commands';
import { createController, saveProfileSetting, savedProfile } from '../runtime/controller';
import { createCoreApi } from '../runtime/core-api';
import { createStore } from '../runtime/store';
import { App } from './App';

const store = createStore();

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
