/**
 * The audit report: a public contract (the CLI's `--json` output, the task pane's input).
 * Fields may be added; none may be renamed. Rates are fractions (0.85 means 85%); rows are
 * 1-based sheet rows.
 */
import { z } from 'zod';
import { TableKindSchema, type TableKind } from '../model/table';

const num = z.number().nullable();

export const BudgetReportSchema = z.object({
  /** Row of the total budget line. */
  row: z.number().int(),
  planned: num,
  executed: num,
  /** Computed execution rate (executed ÷ adjusted, or ÷ initial when no adjusted figure). */
  rate: num,
  statedRate: num,
  weight: num,
  statedScore: num,
  expectedScore: num,
  /** The stated rate or the stated score disagrees with the computed one. */
  wrong: z.boolean(),
  /** Added fields (not in the original contract). */
  initial: num.optional(),
  adjusted: num.optional(),
  base: z.enum(['adjusted', 'initial']).nullable().optional(),
  messages: z.array(z.string()).optional(),
  /** Address of the stated score / rate cells, for selecting them. */
  scoreCell: z.string().nullable().optional(),
  rateCell: z.string().nullable().optional(),
  /** "Sheet!A1" of the formulas computing the rate and the score, once the plan has been applied. */
  computedRateCell: z.string().nullable().optional(),
  computedScoreCell: z.string().nullable().optional(),
});
export type BudgetReport = z.infer<typeof BudgetReportSchema>;

export const IndicatorReportSchema = z.object({
  row: z.number().int(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  name: z.string(),
  target: z.string().nullable(),
  actual: z.string().nullable(),
  weight: num,
  statedScore: num,
  /** Null only when the rule cannot be applied (needsInput). */
  expectedScore: num,
  short: z.boolean(),
  wrong: z.boolean(),
  needsInput: z.boolean(),
  missingReason: z.boolean(),
  /** Chinese messages that name the cell and say what is expected. */
  messages: z.array(z.string()),
  /** Added fields. */
  completion: num.optional(),
  /** Address of the stated score cell (A1, no sheet), for selecting it. */
  statedScoreCell: z.string().nullable().optional(),
  /** "Sheet!A1" of the formula computing the rule's score, once the plan has been applied. */
  scoreCell: z.string().nullable().optional(),
  statusCell: z.string().nullable().optional(),
});
export type IndicatorReport = z.infer<typeof IndicatorReportSchema>;

export const TotalReportSchema = z.object({
  row: z.number().int(),
  stated: num,
  sumOfStated: z.number(),
  expected: num,
  /** The stated total differs from the sum of the stated scores. */
  wrong: z.boolean(),
  cell: z.string().nullable().optional(),
  messages: z.array(z.string()).optional(),
  /** "Sheet!A1" of the formula computing the expected total, once the plan has been applied. */
  computedCell: z.string().nullable().optional(),
});
export type TotalReport = z.infer<typeof TotalReportSchema>;

export const GradeReportSchema = z.object({
  stated: z.string().nullable(),
  expected: z.string().nullable(),
  wrong: z.boolean(),
  cell: z.string().nullable().optional(),
  /** "Sheet!A1" of the formula computing the grade, once the plan has been applied. */
  computedCell: z.string().nullable().optional(),
});
export type GradeReport = z.infer<typeof GradeReportSchema>;

export { TableKindSchema, type TableKind };

export const TableReportSchema = z.object({
  sheet: z.string(),
  kind: TableKindSchema,
  name: z.string().nullable(),
  headerRow: z.number().int(),
  budget: BudgetReportSchema.nullable(),
  indicators: z.array(IndicatorReportSchema),
  total: TotalReportSchema.nullable(),
  grade: GradeReportSchema.nullable(),
  /** Added fields: the profile used, table-level findings (weight sums, basic-data arithmetic). */
  profile: z.string().optional(),
  findings: z
    .array(
      z.object({
        code: z.string(),
        cell: z.string().nullable(),
        message: z.string(),
      }),
    )
    .optional(),
});
export type TableReport = z.infer<typeof TableReportSchema>;

export const FileReportSchema = z.object({
  file: z.string(),
  error: z.string().nullable(),
  tables: z.array(TableReportSchema),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const AuditReportSchema = z.object({ files: z.array(FileReportSchema) });
export type AuditReport = z.infer<typeof AuditReportSchema>;
