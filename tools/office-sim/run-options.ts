/**
 * `Excel.run(options, batch)` in the in-memory host: `delayForCellEdit` (ExcelApi 1.11) waits
 * until the user leaves cell-edit mode before the batch runs; an older Excel does not know it.
 */
import { gate } from './api-sets';

export interface RunOptions {
  delayForCellEdit?: boolean;
}

/** How long a delayed batch waits for cell-edit mode to end before running anyway. */
const WAIT_MS = 10_000;

export async function runOptions(
  options: RunOptions,
  host: { excelApi?: string },
  state: { editMode: boolean },
): Promise<void> {
  if (!options.delayForCellEdit) return;
  gate(host.excelApi ?? '1.17', 'RunOptions.delayForCellEdit');
  const until = Date.now() + WAIT_MS;
  while (state.editMode && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}
