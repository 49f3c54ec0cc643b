/**
 * What an Excel below ExcelApi 1.2 cannot do although admission lets it through: hide a sheet.
 * The helper sheet is then created visible (its edit stays `applied`: the sheet and its record
 * are there; the pane's capability notice says it cannot be hidden). Column widths and hiding
 * (1.2) and resetting a width (1.7) are admission's to skip (src/plan/admit.ts).
 */
import type { Admission } from '../../plan/admit';
import type { HostCapabilities } from './capabilities';

export function withinHostLimits(a: Admission, caps: HostCapabilities): Admission {
  if (caps.sheetLayout) return a;
  return {
    ...a,
    edits: a.edits.map((e) =>
      e.kind === 'ensureSheet' && e.visibility !== 'visible' ? { ...e, visibility: 'visible' } : e,
    ),
  };
}
