/**
 * What the plan is given: the analysis the core ran once for the command. The plan reads it and
 * returns edits; it never recognizes or audits.
 */
import type { AuditedTable, RowModel } from '../audit';
import type { Lang } from '../messages/reasons';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { CellEntry, ChangedCell, Entry, Registry } from './registry';
import type { Edit } from './edits';

/** A table the plan may write into: the audit's result and how each row is scored in the sheet. */
export interface PlanTable extends AuditedTable {
  /** Parallel to `table.indicators`. */
  models: readonly RowModel[];
}

export interface PlanAnalysis {
  /** The workbook as it was before the add-in wrote (adopted scores back to their originals). */
  base: WorkbookSnapshot;
  /** The add-in's registry, when the workbook holds one. */
  registry: Registry | null;
  /** Registry cells that still hold what the add-in wrote, and those the user changed since. */
  ours: readonly CellEntry[];
  theirs: readonly ChangedCell[];
  /** Every recognized table of `base`, audited. */
  tables: readonly PlanTable[];
}

export interface PlanOptions {
  /** A profile id; by default chosen per table from the form, as the audit does. */
  profile?: string;
  /** Language of statuses, prompts and notices ('zh-CN' by default; 'en…' for English). */
  lang?: string;
  /** A plain-words note on each computed score (score-notes.ts); the task pane asks for it. */
  explainScores?: boolean;
}

export interface PlanNotice {
  level: 'info' | 'warning';
  sheet: string | null;
  text: string;
}

export interface PlanResult {
  edits: Edit[];
  notices: PlanNotice[];
  /** What the plan records in the registry (annotation plans), for the report after it. */
  registry?: Entry[];
}

export type { Lang };
