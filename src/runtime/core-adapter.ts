/**
 * Wraps the core module for the faces: passes the pane's language, and turns a function the core
 * does not (yet) export into a clear message instead of a crash.
 */
import { displayLanguage, messages } from '../messages';
import type { CoreApi } from './core-api';

type AnyFn = (...args: never[]) => unknown;

export function adaptCore(mod: object): CoreApi {
  const lang = (): string => (/^zh/i.test(displayLanguage()) ? 'zh-CN' : 'en');
  const fn = <K extends keyof CoreApi>(name: K): AnyFn => {
    const f = (mod as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(messages().errors.noCore);
    return f as AnyFn;
  };
  const call = <K extends keyof CoreApi>(name: K, ...args: unknown[]): ReturnType<CoreApi[K]> =>
    (fn(name) as unknown as (...a: unknown[]) => ReturnType<CoreApi[K]>)(...args);
  return {
    analyzeWorkbook: (wb, opts) => call('analyzeWorkbook', wb, { ...opts, lang: lang() }),
    planAnnotate: (wb, opts) => call('planAnnotate', wb, { ...opts, lang: lang() }),
    planAdopt: (wb, opts) => call('planAdopt', wb, { ...opts, lang: lang() }),
    planRemove: (wb, opts) => call('planRemove', wb, { ...opts, lang: lang() }),
    planReasons: (wb, answers, opts) => call('planReasons', wb, answers, { ...opts, lang: lang() }),
    suggestReasonText: (categories, shortfall, l) =>
      call('suggestReasonText', categories, shortfall, l),
    listProfiles: () => call('listProfiles', lang()),
  };
}
