/**
 * The scoring profile the user chose, kept in the document's settings (Office.js) so that the
 * workbook opens with it again.
 */

const PROFILE_SETTING = 'jixiao.profile';

/** Restores the profile saved in the document, if any. */
export function savedProfile(): string {
  try {
    const v: unknown = Office.context.document.settings.get(PROFILE_SETTING);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

export function saveProfileSetting(id: string): void {
  try {
    Office.context.document.settings.set(PROFILE_SETTING, id);
    Office.context.document.settings.saveAsync();
  } catch {
    /* not in Office: nothing to persist */
  }
}
