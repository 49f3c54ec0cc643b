/**
 * What the task pane shows on an Excel whose webview cannot run it (Internet Explorer 11 or
 * EdgeHTML: Office 2016 and 2019), and the title of the ribbon command's result dialog. The texts
 * live in unsupported.json because the guard script in src/taskpane/taskpane.html, which runs
 * before the bundle (and in browsers that cannot parse it), gets them at build time
 * (webpack.config.js); this module gives them to TypeScript.
 */
import texts from './unsupported.json';

export type UnsupportedTexts = (typeof texts)['zh-CN'];

export const UNSUPPORTED: Record<'zh-CN' | 'en-US', UnsupportedTexts> = texts;

export function unsupportedTexts(lang: string): UnsupportedTexts {
  return /^zh\b/i.test(lang) || lang === '' ? UNSUPPORTED['zh-CN'] : UNSUPPORTED['en-US'];
}
