/**
 * The recognize stage: from host-neutral sheet snapshots to the recognized model.
 *
 * Tables are found by meaning — header words and their synonyms, two- and three-row headers,
 * merged or blank-carried labels — never by fixed positions. Recognition never throws: a sheet
 * that is not a form yields no tables and a reason.
 */
import type { FormTable, RecognizedSheet, RecognizedWorkbook } from '../model/table';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { recognizeSheetDetailed } from './sheet';

export { cellNumber } from './number';
export { termKey } from './text';

/** Recognises one sheet in full: tables, or why there are none, and header blocks passed over. */
export function recognizeSheetFull(snapshot: SheetSnapshot): RecognizedSheet {
  const name = typeof snapshot?.name === 'string' ? snapshot.name : '';
  try {
    const r = recognizeSheetDetailed(snapshot);
    return { name, tables: r.tables, notForm: r.notForm, skipped: r.skipped };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { name, tables: [], notForm: `recognition failed: ${detail}`, skipped: [] };
  }
}

/** The forms found on one sheet (none when it is not a form). Never throws. */
export function recognizeSheet(snapshot: SheetSnapshot): FormTable[] {
  return recognizeSheetFull(snapshot).tables;
}

/** The forms found on every sheet of a workbook. Never throws. */
export function recognizeWorkbook(workbook: WorkbookSnapshot): RecognizedWorkbook {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  return { sheets: sheets.map((s) => recognizeSheetFull(s)) };
}
