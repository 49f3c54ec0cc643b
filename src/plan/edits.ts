/**
 * The edit plan: what the add-in wants to change in a workbook, as plain serialisable data.
 *
 * The plan stage produces a list of edits; every host (Excel via Office.js, .xlsx via ExcelJS,
 * the in-memory test host) applies the same list. Each edit names the capability it needs so a
 * host on an older Excel can skip it or apply its `fallback` instead, and report what it did.
 *
 * Addresses are A1 references without the sheet (`B7`, `B7:M7`); the sheet is a separate field.
 */
import { z } from 'zod';

/** Office.js requirement sets the plan may depend on (see README: what works on which Excel). */
export const CapabilitySchema = z.enum([
  'ExcelApi1.1',
  'ExcelApi1.2', // column widths and hiding, sheet visibility
  'ExcelApi1.4', // named items, worksheet visibility
  'ExcelApi1.6', // conditional formats
  'ExcelApi1.7', // cell styles, sheet tab colour
  'ExcelApi1.8', // data validation
  'ExcelApi1.9', // suspendApiCalculationUntilNextSync, print area
  'ExcelApi1.10', // comments (notes)
  'ExcelApi1.13', // merged areas
]);
export type Capability = z.infer<typeof CapabilitySchema>;

const Address = z.string().regex(/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/, 'A1 address');
const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, '#RRGGBB');

const EditBase = z.object({
  /** Stable id, unique within a plan: the same form planned twice gives the same ids. */
  id: z.string().min(1),
  sheet: z.string().min(1),
  /** What the edit needs; absent means it works on every Excel (ExcelApi 1.1). */
  requires: CapabilitySchema.optional(),
  /** Why the edit exists, for the host's report (Chinese text from the messages module). */
  purpose: z.string().optional(),
});

/**
 * Write a formula. `onlyIfEmpty`: the host skips (and reports) the edit if the cell holds anything
 * at apply time. The planner sets it to false only for cells it knows are its own (listed in the
 * add-in's registry on its helper sheet) or that the user asked to replace (采用系统得分).
 */
export const SetFormulaSchema = EditBase.extend({
  kind: z.literal('setFormula'),
  cell: Address,
  formula: z.string().startsWith('='),
  numberFormat: z.string().optional(),
  onlyIfEmpty: z.boolean(),
  /**
   * The value the formula computes at planning time. A host that writes a file without calculating
   * (ExcelJS) stores it as the cached result, so that viewers which do not recalculate on load show
   * the right figures; a host that calculates (Excel) ignores it.
   */
  result: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});

/** Write a constant. `onlyIfEmpty` as above. */
export const SetValueSchema = EditBase.extend({
  kind: z.literal('setValue'),
  cell: Address,
  value: z.union([z.string(), z.number(), z.null()]),
  numberFormat: z.string().optional(),
  onlyIfEmpty: z.boolean(),
  /**
   * Undo only: the original in the host's own encoding (`SheetSnapshot.native`: text in several
   * formats, a date-typed cell), recorded by the registry. A host that can write it does, after
   * checking it still gives `value`; the others write `value` (`isRichText` in snapshot/types).
   */
  native: z.string().optional(),
});

export const ValidationRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('list'), values: z.array(z.string()).min(1) }),
  /** A decimal between two bounds; each bound a number or a formula starting with `=`. */
  z.object({
    type: z.literal('decimal'),
    min: z.union([z.number(), z.string().startsWith('=')]),
    max: z.union([z.number(), z.string().startsWith('=')]),
  }),
  /** A custom formula, relative to the top-left cell of the range. */
  z.object({ type: z.literal('custom'), formula: z.string().startsWith('=') }),
]);
export type ValidationRule = z.infer<typeof ValidationRuleSchema>;

export const DataValidationSchema = EditBase.extend({
  kind: z.literal('dataValidation'),
  range: Address,
  rule: ValidationRuleSchema,
  ignoreBlanks: z.boolean(),
  prompt: z.object({ title: z.string(), message: z.string() }).optional(),
  error: z
    .object({
      title: z.string(),
      message: z.string(),
      style: z.enum(['stop', 'warning', 'information']),
    })
    .optional(),
});

/** A formula-based conditional format; the formula is relative to the top-left cell of `range`. */
export const ConditionalFormatSchema = EditBase.extend({
  kind: z.literal('conditionalFormat'),
  range: Address,
  formula: z.string().startsWith('='),
  fill: Colour.optional(),
  fontColor: Colour.optional(),
  bold: z.boolean().optional(),
  /** Higher first; hosts add rules so that a lower number wins where Excel's order matters. */
  priority: z.number().int(),
  stopIfTrue: z.boolean().optional(),
});

/** A static fill: what a host without conditional formats writes instead (refreshed by 一键重算). */
export const FillSchema = EditBase.extend({
  kind: z.literal('fill'),
  range: Address,
  fill: Colour.nullable(),
});

/** A note (comment) on a cell. */
export const NoteSchema = EditBase.extend({
  kind: z.literal('note'),
  cell: Address,
  text: z.string(),
});

/** Create the sheet if it does not exist (helper sheets), optionally hidden. */
export const EnsureSheetSchema = EditBase.extend({
  kind: z.literal('ensureSheet'),
  visibility: z.enum(['visible', 'hidden', 'veryHidden']),
});

/** Column layout for helper columns beside a form. */
export const ColumnSchema = EditBase.extend({
  kind: z.literal('column'),
  /** Column letters, e.g. `N` or `N:P`. */
  columns: z.string().regex(/^[A-Z]{1,3}(:[A-Z]{1,3})?$/),
  width: z.number().positive().optional(),
  hidden: z.boolean().optional(),
  /**
   * Give the columns back the sheet's standard width (undoing `width`). Office.js:
   * `range.format.useStandardWidth = true`.
   */
  resetWidth: z.boolean().optional(),
});

/** Remove the conditional formats on `range` whose formula is one of `formulas` (ours only). */
export const RemoveConditionalFormatsSchema = EditBase.extend({
  kind: z.literal('removeConditionalFormats'),
  range: Address,
  formulas: z.array(z.string().startsWith('=')).min(1),
});

/** Remove the data validation on `range` (only ranges the add-in validated itself). */
export const RemoveValidationSchema = EditBase.extend({
  kind: z.literal('removeValidation'),
  range: Address,
});

/** Delete a helper sheet the add-in created. */
export const DeleteSheetSchema = EditBase.extend({
  kind: z.literal('deleteSheet'),
});

/** Set (or clear, with null) the sheet's print area, so helper columns stay off the printout. */
export const PrintAreaSchema = EditBase.extend({
  kind: z.literal('printArea'),
  range: Address.nullable(),
  requires: CapabilitySchema.optional(),
});

/** An edit without a fallback: what a fallback list is made of. */
export const SimpleEditSchema = z.discriminatedUnion('kind', [
  SetFormulaSchema,
  SetValueSchema,
  DataValidationSchema,
  ConditionalFormatSchema,
  FillSchema,
  NoteSchema,
  EnsureSheetSchema,
  ColumnSchema,
  RemoveConditionalFormatsSchema,
  RemoveValidationSchema,
  DeleteSheetSchema,
  PrintAreaSchema,
]);
export type SimpleEdit = z.infer<typeof SimpleEditSchema>;

/**
 * An edit, with what to do instead when the host lacks `requires` (e.g. static fills in place of
 * a conditional format on Excel 2016). Without a fallback the host skips the edit and reports it.
 */
export const EditSchema = z.intersection(
  SimpleEditSchema,
  z.object({ fallback: z.array(SimpleEditSchema).optional() }),
);
export type Edit = z.infer<typeof EditSchema>;

export type SetFormulaEdit = z.infer<typeof SetFormulaSchema>;
export type SetValueEdit = z.infer<typeof SetValueSchema>;
export type DataValidationEdit = z.infer<typeof DataValidationSchema>;
export type ConditionalFormatEdit = z.infer<typeof ConditionalFormatSchema>;
export type FillEdit = z.infer<typeof FillSchema>;
export type NoteEdit = z.infer<typeof NoteSchema>;
export type EnsureSheetEdit = z.infer<typeof EnsureSheetSchema>;
export type ColumnEdit = z.infer<typeof ColumnSchema>;
export type RemoveConditionalFormatsEdit = z.infer<typeof RemoveConditionalFormatsSchema>;
export type RemoveValidationEdit = z.infer<typeof RemoveValidationSchema>;
export type DeleteSheetEdit = z.infer<typeof DeleteSheetSchema>;
export type PrintAreaEdit = z.infer<typeof PrintAreaSchema>;

/**
 * Why an edit was skipped (decided by admission, src/plan/admit.ts): the host lacks what it needs,
 * the cell holds the user's content, the sheet is protected, the cells carry the user's own data
 * validation, the workbook's structure is protected (no helper sheet, so nothing is written), or
 * the helper sheet is kept because part of an undo could not be done (`incomplete`), or every
 * cell of a static fill carries the user's own fill (`userFill`).
 */
export type SkipReason =
  | 'missingCapability'
  | 'cellNotEmpty'
  | 'protected'
  | 'userValidation'
  | 'workbookProtected'
  | 'incomplete'
  | 'userFill';

/** What a host did with one edit. */
export type ApplyOutcome =
  | { id: string; status: 'applied' }
  | { id: string; status: 'skipped'; reason: SkipReason }
  | { id: string; status: 'substituted'; by: string[] }
  | { id: string; status: 'failed'; detail: string };

export interface ApplyReport {
  outcomes: ApplyOutcome[];
}
