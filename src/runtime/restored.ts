/**
 * What an undo in Excel could not give back exactly: Office.js writes a cell's text but not text
 * in several formats (rich text runs), so an original the registry recorded as rich text comes
 * back as plain text — and the pane says which cells.
 */
import type { ApplyOutcome, Edit } from '../plan/edits';
import { isRichText } from '../snapshot/types';

/** The cells (`Sheet!A1`) whose rich text was written back as plain text. */
export function flattenedCells(
  edits: readonly Edit[],
  outcomes: readonly ApplyOutcome[],
): string[] {
  const notApplied = new Set(outcomes.filter((o) => o.status !== 'applied').map((o) => o.id));
  const cells: string[] = [];
  for (const e of edits) {
    if (e.kind !== 'setValue' || !isRichText(e.native) || notApplied.has(e.id)) continue;
    cells.push(`${e.sheet}!${e.cell}`);
  }
  return cells;
}
