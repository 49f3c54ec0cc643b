/**
 * The core pipeline as the faces (CLI, task pane, ribbon commands) use it:
 * snapshot → recognize → audit → report, and (issue 4) plans of edits.
 */
import { auditWorkbook } from '../audit';
import type { Lang } from '../messages/reasons';
import { suggestReasonText as suggest } from '../messages/suggestions';
import { attachCells, userView } from '../plan/cells';
import { planAnnotateDetailed, type PlanOptions } from '../plan/annotate';
import type { Edit } from '../plan/edits';
import { planReasons as reasonsPlan, type ReasonAnswer } from '../plan/reasons';
import { planRemoveDetailed } from '../plan/remove';
import { recognizeWorkbook } from '../recognize';
import type { FileReport } from '../report/types';
import { PROFILE_IDS } from '../rules';
import type { WorkbookSnapshot } from '../snapshot/types';

export type { PlanOptions, PlanNotice, PlanResult } from '../plan/annotate';
export type { ReasonAnswer } from '../plan/reasons';
export { planAnnotateDetailed, planRemoveDetailed };

export interface AnalyzeOptions {
  file: string;
  profile?: string;
  lang?: Lang;
}

/**
 * Recognizes and audits a workbook. What the add-in wrote (its helper sheet and helper cells) is
 * left out first, so an annotated workbook gives the same findings as the original; the report
 * then gives, for each indicator, the cells computing its score and status (`scoreCell`,
 * `statusCell`, "Sheet!A1").
 */
export function analyzeWorkbook(wb: WorkbookSnapshot, opts: AnalyzeOptions): FileReport {
  const view = userView(wb);
  const recognized = recognizeWorkbook(view.workbook);
  const tables = auditWorkbook(recognized, view.workbook, {
    profile: opts.profile ?? null,
    lang: opts.lang,
  });
  if (view.registry) attachCells(tables, view.registry, view.ours);
  return { file: opts.file, error: null, tables };
}

/**
 * 一键写入 / 一键重算: scoring formulas, status formulas, validation and highlights for every
 * recognized form, replacing the add-in's previous writing (applying it twice changes nothing).
 */
export function planAnnotate(wb: WorkbookSnapshot, opts: PlanOptions = {}): Edit[] {
  return planAnnotateDetailed(wb, opts).edits;
}

/**
 * 采用系统得分: annotate, and replace each stated score that differs from the rules (or is blank)
 * with a reference to the computed score; the originals are recorded, so 撤销写入 restores them.
 */
export function planAdopt(wb: WorkbookSnapshot, opts: PlanOptions = {}): Edit[] {
  return planAnnotateDetailed(wb, { ...opts, adopt: true }).edits;
}

/** 撤销写入: restores everything the add-in wrote and deletes its helper sheet. */
export function planRemove(wb: WorkbookSnapshot, opts: PlanOptions = {}): Edit[] {
  return planRemoveDetailed(wb, opts).edits;
}

/** Writes the user's reasons into the form's own (empty) reason cells. */
export function planReasons(
  wb: WorkbookSnapshot,
  answers: ReasonAnswer[],
  _opts: PlanOptions = {},
): Edit[] {
  return reasonsPlan(wb, answers);
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

const PROFILE_LABELS: Record<(typeof PROFILE_IDS)[number], { 'zh-CN': string; en: string }> = {
  default: { 'zh-CN': '通用（项目支出绩效自评表）', en: 'Default (national project form)' },
  fushun: { 'zh-CN': '抚顺（部门整体）', en: 'Fushun (department)' },
  hengyang: { 'zh-CN': '衡阳（部门整体）', en: 'Hengyang (department)' },
  jinshui: { 'zh-CN': '金水（部门整体）', en: 'Jinshui (department)' },
  longhua: { 'zh-CN': '龙华（共性指标评分）', en: 'Longhua (rubric)' },
  narrative2023: { 'zh-CN': '优秀/良好/一般/较差 等级', en: 'Grades 85/75/60' },
  sichuan: {
    'zh-CN': '四川（项目支出，预算执行单列）',
    en: 'Sichuan (project, separate budget block)',
  },
};

export function listProfiles(lang: Lang = 'zh-CN'): { id: string; label: string }[] {
  return PROFILE_IDS.map((id) => ({ id, label: PROFILE_LABELS[id][lang] }));
}
