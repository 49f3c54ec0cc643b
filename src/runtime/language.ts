/** Office's display language as the messages' language source (zh-CN outside Office). */
import { setLanguageSource } from '../messages';

export function officeDisplayLanguage(): string {
  try {
    if (typeof Office !== 'undefined' && Office.context && Office.context.displayLanguage) {
      return Office.context.displayLanguage;
    }
  } catch {
    /* Office not initialised yet */
  }
  return 'zh-CN';
}

setLanguageSource(officeDisplayLanguage);
