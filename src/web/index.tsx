/**
 * The offline page (离线网页版): one self-contained HTML file, built by `npm run build:web`. The
 * worker's source is inlined in the page as a text script; the page starts it from a Blob URL.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguage } from '../messages';
import { createCoreApi } from '../runtime/core-api';
import { App } from './App';
import { createWorkerClient, WORKER_SOURCE_ID } from './client';
import { createWebApp, type WebApp } from './state';

declare global {
  interface Window {
    /** For tests and the bench: the page's state. */
    __offline?: WebApp;
  }
}

const lang = new URLSearchParams(location.search).get('lang');
setLanguage(lang && !/^zh/i.test(lang) ? 'en-US' : 'zh-CN');

const source = document.getElementById(WORKER_SOURCE_ID)?.textContent ?? '';
const app = createWebApp(createCoreApi(), createWorkerClient(source));
window.__offline = app;
const el = document.getElementById('root');
if (el) createRoot(el).render(<App app={app} />);
