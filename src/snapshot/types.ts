/**
 * The host-neutral sheet snapshot: what every host (Excel via Office.js, .xlsx via ExcelJS,
 * the in-memory test host) reads a worksheet into, and the only input of recognition.
 *
 * Coordinates are 0-based inside the snapshot (`values[r][c]` is sheet row r + 1, column c + 1).
 * Everything is plain, serialisable data.
 */

import { z } from 'zod';

/** A cell error such as `#DIV/0!` or `#N/A`, kept apart from text that merely looks like one. */
export const CellErrorSchema = z.object({ error: z.string() });
export type CellError = z.infer<typeof CellErrorSchema>;

/**
 * A cell's value as the host computed it. Dates arrive as the text the user sees (yyyy-mm-dd);
 * rich text is flattened to plain text; formulas are represented by their cached result.
 */
export const CellValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  CellErrorSchema,
]);
export type CellValue = z.infer<typeof CellValueSchema>;

/** A rectangular area, 0-based and inclusive at both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  /** Worksheet name as the host shows it. */
  name: string;
  /** Row-major values; rows may be ragged (missing trailing cells are empty). */
  values: CellValue[][];
  /** Number formats parallel to `values` (`General`, `0.00%` …); absent when the host gave none. */
  numberFormats?: (string | null)[][];
  /** Formulas parallel to `values` (with the leading `=`), or null where a cell holds a constant. */
  formulas?: (string | null)[][];
  /**
   * Merged areas, or `null` when the host cannot report them (ExcelApi < 1.13): recognition then
   * carries labels down into the blank cells below them instead.
   */
  merges: CellRange[] | null;
  /** 0-based indexes of hidden rows and columns. */
  hiddenRows: number[];
  hiddenColumns: number[];
  /** True when the user hid the sheet (very hidden sheets are not marked); absent when not known. */
  hidden?: boolean;
  /** True when the sheet is protected, so that writing into it will fail. */
  protected?: boolean;
  /**
   * The sheet's print area (`A1:Q109`, no sheet name, no `$`), null when it has none; absent
   * when the host cannot tell. The planner records it before replacing it, to restore it later.
   */
  printArea?: string | null;
  /**
   * Cells (by A1 address) whose value alone would not give them back, in the host's own encoding
   * (`kind:data`, kind `runs` for text in several formats, `date` for a date-typed cell, `serial`
   * for a date whose serial number its text does not give back); absent when there are none or
   * the host cannot see them. Opaque to the core: the registry records it with a cell the plan
   * replaces, and undo hands it back to a host that can write it.
   */
  native?: Record<string, string>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** Whether a native encoding (`SheetSnapshot.native`) is text in several formats (rich text). */
export function isRichText(native: string | undefined): boolean {
  return native !== undefined && native.startsWith('runs:');
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}
