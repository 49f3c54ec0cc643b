/**
 * The pane's messages in the Office display language: Chinese for zh-*, English otherwise.
 * (Rule texts for reasons live in ./reasons.ts, owned by the rules module.)
 */
import { enUS, zhCN, type UiMessages } from './ui';

export type { UiMessages };
export { REASON_CATEGORIES, CATEGORY_LABELS_EN } from './ui';

let override: string | null = null;

/** Forces a language (tests, the demo page); null goes back to Office's display language. */
export function setLanguage(lang: string | null): void {
  override = lang;
}

/** The Office display language, or zh-CN outside Office. */
export function displayLanguage(): string {
  if (override) return override;
  try {
    if (typeof Office !== 'undefined' && Office.context && Office.context.displayLanguage) {
      return Office.context.displayLanguage;
    }
  } catch {
    /* Office not initialised yet */
  }
  return 'zh-CN';
}

export function messagesFor(lang: string): UiMessages {
  return /^zh\b/i.test(lang) || lang === '' ? zhCN : enUS;
}

export function messages(): UiMessages {
  return messagesFor(displayLanguage());
}
