/**
 * 撤销写入: the plan that takes back everything the add-in wrote, from the registry — original
 * contents of every cell it wrote (unless the user has changed the cell since), its conditional
 * formats, validations, print areas and column widths — and deletes the helper sheet. Helper
 * columns whose registry is lost are recognised by their marker headers and cleared.
 */
import { planLang, planTexts } from '../messages/plan';
import type { WorkbookSnapshot } from '../snapshot/types';
import { cellA1 } from '../snapshot/a1';
import type { Edit } from './edits';
import type { PlanNotice, PlanOptions, PlanResult } from './input';
import { removalEdits } from './undo';
import { HELPER_SHEET, markedColumns, readRegistry, restoreWorkbook } from './registry';

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
  const edits: Edit[] = [];
  if (registry) {
    const undo = removalEdits(registry, restored.ours, new Set(), new Set());
    edits.push(...undo.cells, ...undo.rules, ...undo.layout);
  }
  // Marker columns the registry does not cover (its helper sheet was deleted or damaged).
  const known = new Set([...restored.ours, ...restored.theirs].map((e) => `${e.s}!${e.a}`));
  for (const sheet of wb.sheets) {
    if (sheet.name === HELPER_SHEET || sheet.protected) continue;
    for (const c of markedColumns(sheet)) {
      sheet.values.forEach((row, r) => {
        const v = row?.[c];
        const f = sheet.formulas?.[r]?.[c];
        if ((v === null || v === undefined) && !f) return;
        const a1 = cellA1(r, c);
        if (known.has(`${sheet.name}!${a1}`)) return;
        known.add(`${sheet.name}!${a1}`);
        edits.push({
          id: `${sheet.name}!${a1}#clear`,
          kind: 'setValue',
          sheet: sheet.name,
          cell: a1,
          value: null,
          numberFormat: 'General',
          onlyIfEmpty: false,
        });
      });
    }
  }
  if (registry) edits.push({ id: 'helper#delete', kind: 'deleteSheet', sheet: HELPER_SHEET });
  if (edits.length === 0) {
    notices.push({ level: 'info', sheet: null, text: texts.notices.nothingToRemove });
  }
  return { edits, notices };
}
