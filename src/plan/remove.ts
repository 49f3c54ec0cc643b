/**
 * 撤销写入: the plan that takes back everything the add-in wrote, from the registry — original
 * contents of every cell it wrote (unless the user has changed the cell since), its conditional
 * formats, validations, print areas and column widths — and deletes the helper sheet. Only what
 * the registry recorded is undone: no cell is ever cleared because of its text.
 */
import { planLang, planTexts } from '../messages/plan';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { Edit } from './edits';
import type { PlanNotice, PlanOptions, PlanResult } from './input';
import { noteUserChanges } from './layout';
import { removalEdits } from './undo';
import { HELPER_SHEET, readRegistry, restoreWorkbook } from './registry';

export function planRemoveDetailed(wb: WorkbookSnapshot, opts: PlanOptions = {}): PlanResult {
  const texts = planTexts(planLang(opts.lang));
  const notices: PlanNotice[] = [];
  const read = readRegistry(wb);
  if (read.kind === 'foreign') {
    return {
      edits: [],
      notices: [
        {
          level: 'warning',
          sheet: HELPER_SHEET,
          text: texts.notices.foreignHelper(HELPER_SHEET),
        },
      ],
    };
  }
  const registry = read.kind === 'ok' ? read.registry : null;
  const restored = restoreWorkbook(wb, registry, 'restore');
  // cells changed by hand since the add-in wrote them keep what the user typed
  noteUserChanges(restored.theirs, texts, notices);
  const edits: Edit[] = [];
  if (registry) {
    const undo = removalEdits(registry, restored.ours);
    edits.push(...undo.cells, ...undo.rules, ...undo.layout);
  }
  if (registry) edits.push({ id: 'helper#delete', kind: 'deleteSheet', sheet: HELPER_SHEET });
  if (edits.length === 0) {
    notices.push({ level: 'info', sheet: null, text: texts.notices.nothingToRemove });
  }
  return { edits, notices };
}
