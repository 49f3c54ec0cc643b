/**
 * Excel.run for the add-in's commands: where ExcelApi 1.11 allows, the batch waits until the user
 * leaves cell-edit mode (`delayForCellEdit`) instead of failing — a ribbon click or a pane button
 * while a cell is being typed in then simply runs when the typing ends.
 */
import type { HostCapabilities } from './capabilities';

export function runExcel<T>(
  caps: HostCapabilities,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return caps.delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
}
