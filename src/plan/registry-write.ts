/** The registry sheet's cells: title, version, note, and the entries in chunks. */
import type { Edit } from './edits';
import {
  encodeRegistry,
  HELPER_SHEET,
  REGISTRY_TITLE,
  REGISTRY_VERSION,
  type Entry,
} from './registry';

export function registryEdits(entries: readonly Entry[], oldChunks: number, note: string): Edit[] {
  const chunks = encodeRegistry(entries);
  const edits: Edit[] = [];
  const set = (cell: string, value: string | number | null): void => {
    edits.push({
      id: `${HELPER_SHEET}!${cell}`,
      kind: 'setValue',
      sheet: HELPER_SHEET,
      cell,
      value,
      onlyIfEmpty: false,
    });
  };
  set('A1', REGISTRY_TITLE);
  set('B1', REGISTRY_VERSION);
  set('C1', note);
  chunks.forEach((c, i) => set(`A${i + 2}`, c));
  for (let i = chunks.length; i < oldChunks; i++) set(`A${i + 2}`, null);
  return edits;
}
