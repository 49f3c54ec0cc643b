/**
 * The analysis, run once per command: what the add-in wrote is set aside (its helper sheet and
 * cells, from the registry), then the workbook is recognized and audited. Two views exist: the
 * user's (`keep`: scores they adopted stay adopted), for reports; and the original (`restore`:
 * adopted scores back to what was typed), from which the plan chooses again.
 */
import { auditTables, rowModel, type AuditedTable } from '../audit';
import type { Lang } from '../messages/reasons';
import {
  readRegistry,
  restoreWorkbook,
  type PlanAnalysis,
  type PlanTable,
  type RegistryRead,
} from '../plan';
import { recognizeWorkbook } from '../recognize';
import type { WorkbookSnapshot } from '../snapshot/types';

export interface AnalyseOptions {
  profile?: string;
  lang?: Lang;
}

export interface Analysis extends Omit<PlanAnalysis, 'tables'> {
  /** What the registry read found: none, the add-in's, or a sheet of that name it did not make. */
  registryRead: RegistryRead;
  tables: AuditedTable[];
}

let analyses = 0;

/** How many analyses (recognize + audit of a whole workbook) have run: for tests of the flow. */
export function analysisCount(): number {
  return analyses;
}

/** Recognizes and audits every table of a snapshot (the one place the two stages run). */
export function auditSnapshot(wb: WorkbookSnapshot, opts: AnalyseOptions): AuditedTable[] {
  analyses++;
  return auditTables(recognizeWorkbook(wb), wb, {
    profile: opts.profile ?? null,
    lang: opts.lang,
  });
}

/** Each table with how its rows are scored in the sheet: what the plan is given. */
export function withModels(tables: readonly AuditedTable[]): PlanTable[] {
  return tables.map((t) => ({
    ...t,
    models: t.table.indicators.map((ind) => rowModel(ind, t.table, t.profile)),
  }));
}

/** The analysis as the plan takes it. */
export function planInput(analysis: Analysis): PlanAnalysis {
  return { ...analysis, tables: withModels(analysis.tables) };
}

export function analyse(
  wb: WorkbookSnapshot,
  opts: AnalyseOptions,
  view: 'keep' | 'restore',
): Analysis {
  const registryRead = readRegistry(wb);
  const registry = registryRead.kind === 'ok' ? registryRead.registry : null;
  const restored = restoreWorkbook(wb, registry, view);
  return {
    registryRead,
    registry,
    base: restored.workbook,
    ours: restored.ours,
    theirs: restored.theirs,
    tables: auditSnapshot(restored.workbook, opts),
  };
}
