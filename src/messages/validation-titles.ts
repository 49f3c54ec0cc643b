/**
 * The titles of every data validation the add-in writes, in every language: its prompts and error
 * alerts (operator, score, band, tick, reason) and the task pane's score notes (系统得分怎么算).
 * How validation is told apart as the add-in's — by the package host when it replaces or removes
 * validation, and by admission when it decides whose validation a range holds.
 */
import { planTexts } from './plan';
import type { Lang } from './reasons';
import { scoreNoteTitle } from './score-notes';

export const OUR_VALIDATION_TITLES: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const lang of ['zh-CN', 'en'] as const satisfies readonly Lang[]) {
    const v = planTexts(lang).validation;
    for (const m of [v.operator, v.score('1'), v.band('0', '1'), v.tick, v.reason]) {
      s.add(m.title);
      s.add(m.errorTitle);
    }
    s.add(scoreNoteTitle(lang));
  }
  return s;
})();
