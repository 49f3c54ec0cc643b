/**
 * The core: runs each command's flow once, as the faces (command line, task pane, ribbon, web
 * page) use it.
 *
 *   snapshot → set aside what the add-in wrote → recognize → audit → report
 *                                                              └→ (adopt: choose, audit again) → plan
 *
 * Each command analyses the workbook once (adopting scores, and writing reasons, audit the changed
 * state once more), and hands the analysis to the plan, which never recognizes or audits. The
 * report after a command is derived from the same analysis and the hosts' outcomes, not read back.
 */
import type { AuditedTable } from '../audit';
import { planLang, planTexts } from '../messages/plan';
import { profileLabel } from '../messages/profiles';
import type { Lang } from '../messages/reasons';
import { suggestReasonText as suggest } from '../messages/suggestions';
import {
  attachCells,
  chooseAdoptions,
  foreignHelperPlan,
  planAnnotation,
  planReasons as reasonsPlan,
  planRemoveDetailed as removePlan,
  prepareAnnotation,
  withAdoptedValues,
  type ApplyOutcome,
  type Edit,
  type PlanOptions,
  type PlanResult,
  type ReasonAnswer,
  type Registry,
} from '../plan';
import type { FileReport, TableReport } from '../report/types';
import { PROFILE_IDS } from '../rules';
import type { WorkbookSnapshot } from '../snapshot/types';
import { analyse, auditSnapshot, planInput, withModels, type AnalyseOptions } from './analysis';
import { withCellEdits } from './cells';

export { analysisCount } from './analysis';
export type { PlanOptions, PlanNotice, PlanResult, ReasonAnswer } from '../plan';

export interface AnalyzeOptions {
  file: string;
  profile?: string;
  lang?: Lang;
}

/** A command's plan, and the report of the workbook once the hosts have applied it. */
export interface CommandResult extends PlanResult {
  /**
   * The report after the plan, given what the host did with each edit (all applied when no
   * outcomes are given).
   */
  reportAfter(outcomes?: readonly ApplyOutcome[]): FileReport;
}

function analyseOpts(opts: PlanOptions): AnalyseOptions {
  return { profile: opts.profile, lang: planLang(opts.lang) };
}

/** The report of the analysed tables (copied when `copy`: reports built again from one analysis). */
function fileReport(file: string, tables: readonly AuditedTable[], copy = false): FileReport {
  const reports = tables.map((t) =>
    copy ? (JSON.parse(JSON.stringify(t.report)) as TableReport) : t.report,
  );
  return { file, error: null, tables: reports };
}

/** Addresses ("Sheet!A1") of the registry's cells whose edits the host applied. */
function appliedCells(registry: Registry, outcomes?: readonly ApplyOutcome[]): Set<string> {
  const skipped = new Set(
    (outcomes ?? []).filter((o) => o.status !== 'applied').map((o) => o.id.split('#')[0]),
  );
  const cells = new Set<string>();
  for (const e of registry.entries) {
    if (e.t === 'cell' && !skipped.has(`${e.s}!${e.a}`)) cells.add(`${e.s}!${e.a}`);
  }
  return cells;
}

/**
 * Recognizes and audits a workbook. What the add-in wrote (its helper sheet and helper cells) is
 * left out first, so an annotated workbook gives the same findings as the original; the report
 * then gives, for each indicator, the cells computing its score and status (`scoreCell`,
 * `statusCell`, "Sheet!A1").
 */
export function analyzeWorkbook(wb: WorkbookSnapshot, opts: AnalyzeOptions): FileReport {
  const analysis = analyse(wb, { profile: opts.profile, lang: opts.lang }, 'keep');
  const report = fileReport(opts.file, analysis.tables);
  if (analysis.registry) {
    const ours = new Set(analysis.ours.map((e) => `${e.s}!${e.a}`));
    attachCells(report.tables, analysis.registry, ours);
  }
  return report;
}

/**
 * 一键写入 / 一键重算 (and 采用系统得分 with `adopt`): scoring formulas, status formulas, validation
 * and highlights for every recognized form, replacing the add-in's previous writing (applying it
 * twice changes nothing). With `adopt`, each stated score that differs from the rules (or is
 * blank) becomes a reference to the computed score; the originals are recorded, so 撤销写入
 * restores them.
 */
export function annotateWorkbook(
  wb: WorkbookSnapshot,
  opts: PlanOptions & { adopt?: boolean; file?: string } = {},
): CommandResult {
  const analysis = analyse(wb, analyseOpts(opts), 'restore');
  const file = opts.file ?? '';
  if (analysis.registryRead.kind === 'foreign') {
    const tables = analysis.tables;
    return { ...foreignHelperPlan(opts), reportAfter: () => fileReport(file, tables) };
  }
  const input = planInput(analysis);
  const prep = prepareAnnotation(input, opts);
  const adoptions = chooseAdoptions(input, prep.sheets, opts.adopt === true);
  const after =
    adoptions.length > 0
      ? withModels(auditSnapshot(withAdoptedValues(input.base, adoptions), analyseOpts(opts)))
      : input.tables;
  const plan = planAnnotation(input, prep, adoptions, after, opts);
  return {
    ...plan,
    reportAfter: (outcomes) => {
      const report = fileReport(file, after, true);
      if (plan.registry) {
        const registry: Registry = { entries: plan.registry, chunks: 0 };
        attachCells(report.tables, registry, appliedCells(registry, outcomes));
      }
      return report;
    },
  };
}

/** 撤销写入: restores everything the add-in wrote and deletes its helper sheet. */
export function removeAnnotation(
  wb: WorkbookSnapshot,
  opts: PlanOptions & { file?: string } = {},
): CommandResult {
  const plan = removePlan(wb, opts);
  return {
    ...plan,
    reportAfter: () => {
      const analysis = analyse(wb, analyseOpts(opts), 'restore');
      return fileReport(opts.file ?? '', analysis.tables);
    },
  };
}

/** Writes the user's reasons into the form's own (empty) reason cells. */
export function writeReasons(
  wb: WorkbookSnapshot,
  answers: readonly ReasonAnswer[],
  opts: PlanOptions & { file?: string } = {},
): CommandResult {
  const analysis = analyse(wb, analyseOpts(opts), 'keep');
  const purpose = planTexts(planLang(opts.lang)).purposes.reason;
  const edits = reasonsPlan(analysis.tables, answers, purpose);
  return {
    edits,
    notices: [],
    reportAfter: (outcomes) => {
      const failed = new Set(
        (outcomes ?? []).filter((o) => o.status !== 'applied').map((o) => o.id),
      );
      const written = edits.filter((e) => !failed.has(e.id));
      return analyzeWorkbook(withCellEdits(wb, written), {
        file: opts.file ?? '',
        profile: opts.profile,
        lang: planLang(opts.lang),
      });
    },
  };
}

export function planAnnotateDetailed(
  wb: WorkbookSnapshot,
  opts: PlanOptions & { adopt?: boolean } = {},
): PlanResult {
  const { edits, notices } = annotateWorkbook(wb, opts);
  return { edits, notices };
}

export function planRemoveDetailed(wb: WorkbookSnapshot, opts: PlanOptions = {}): PlanResult {
  return removePlan(wb, opts);
}

export function planAnnotate(wb: WorkbookSnapshot, opts: PlanOptions = {}): Edit[] {
  return annotateWorkbook(wb, opts).edits;
}

export function planAdopt(wb: WorkbookSnapshot, opts: PlanOptions = {}): Edit[] {
  return annotateWorkbook(wb, { ...opts, adopt: true }).edits;
}

export function planRemove(wb: WorkbookSnapshot, opts: PlanOptions = {}): Edit[] {
  return removePlan(wb, opts).edits;
}

export function planReasons(
  wb: WorkbookSnapshot,
  answers: ReasonAnswer[],
  opts: PlanOptions = {},
): Edit[] {
  return writeReasons(wb, answers, opts).edits;
}

/**
 * A suggested 未完成原因 and 改进措施 from the ticked reason categories (ids such as 'funding' or
 * labels such as 经费保障) and the share of the weight lost (0..1).
 */
export function suggestReasonText(
  categories: string[],
  shortfall: number,
  lang: string = 'zh-CN',
): { reason: string; improvement: string } {
  return suggest(categories, shortfall, lang);
}

export function listProfiles(lang: Lang = 'zh-CN'): { id: string; label: string }[] {
  return PROFILE_IDS.map((id) => ({ id, label: profileLabel(id, lang) }));
}

export type { TableReport };
