/**
 * The pane's messages in the display language: Chinese for zh-*, English otherwise. The
 * runtime tells where the language comes from (Office's display language: runtime/language.ts).
 * (Rule texts for reasons live in ./reasons.ts, owned by the rules module.)
 */
import { enUS, zhCN, type UiMessages } from './ui';

export type { UiMessages };
export { REASON_CATEGORIES, CATEGORY_LABELS_EN } from './ui-wizard';

let override: string | null = null;
let source: () => string = () => 'zh-CN';

/** Forces a language (tests, the demo page); null goes back to the host's display language. */
export function setLanguage(lang: string | null): void {
  override = lang;
}

/** Where the display language comes from (the runtime sets Office's); zh-CN until set. */
export function setLanguageSource(get: () => string): void {
  source = get;
}

/** The display language: the forced one, else the host's, else zh-CN. */
export function displayLanguage(): string {
  if (override) return override;
  try {
    return source() || 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function messagesFor(lang: string): UiMessages {
  return /^zh\b/i.test(lang) || lang === '' ? zhCN : enUS;
}

export function messages(): UiMessages {
  return messagesFor(displayLanguage());
}
