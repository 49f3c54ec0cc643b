/**
 * Cells as the recognized model refers to them: a position on the sheet plus the raw value the
 * host read, so that every downstream stage can both interpret the value and point the user at
 * the cell. Plain serialisable data.
 */
import { z } from 'zod';

import { CellErrorSchema, CellValueSchema, type CellValue } from '../snapshot/types';

export { CellErrorSchema, CellValueSchema };
/** A raw cell value exactly as the snapshot gave it. */
export type CellValueModel = CellValue;

/**
 * One cell of the sheet. Rows and columns are 1-based, as Excel shows them.
 *
 * For a cell inside a merged area the reference is the merged area's top-left cell (where the
 * value lives), so writing to `address` always writes the visible value.
 */
export const CellRefSchema = z.object({
  /** A1 address without the sheet, e.g. `B7`. */
  address: z.string().regex(/^[A-Z]{1,3}\d+$/),
  /** 1-based sheet row. */
  row: z.number().int().positive(),
  /** 1-based sheet column. */
  col: z.number().int().positive(),
  /**
   * The value as the host computed it, untouched: numbers stay numbers, text stays text
   * (including numbers typed as text, full-width digits and surrounding spaces). Parsing is the
   * rules module's job.
   */
  value: CellValueSchema,
  /** The cell's number format (`0.00%`, `General` …), or null when the host gave none. */
  numberFormat: z.string().nullable(),
  /** The formula (with `=`) when the cell holds one and the host reported it. */
  formula: z.string().optional(),
});
export type CellRef = z.infer<typeof CellRefSchema>;

/** A rectangle of the sheet, 1-based and inclusive at both ends. */
export const RangeSchema = z.object({
  top: z.number().int().positive(),
  left: z.number().int().positive(),
  bottom: z.number().int().positive(),
  right: z.number().int().positive(),
});
export type Range = z.infer<typeof RangeSchema>;

/** A 1-based column number, or null when the form has no such column. */
export const ColumnNumberSchema = z.number().int().positive().nullable();
