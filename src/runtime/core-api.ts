/**
 * The part of the core (src/core) that the pane and the ribbon commands use, with the pane's
 * language passed along: findings, statuses, prompts and profile names come back in Chinese, or
 * in English when Office's display language is not Chinese. The faces hold no rules of their own.
 */
import * as core from '../core';
import type { ReasonAnswer } from '../core';
import type { Edit } from '../plan/edits';
import type { PlanResult } from '../plan/annotate';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';
import { displayLanguage } from '../messages';
import { planLang } from '../messages/plan';

export type { ReasonAnswer };

export interface CoreApi {
  analyzeWorkbook(wb: WorkbookSnapshot, opts: { profile?: string; file: string }): FileReport;
  planAnnotate(wb: WorkbookSnapshot, opts?: { profile?: string }): Edit[];
  /** The plan with its notices (protected sheet, sheet too large, no room for helper columns). */
  planAnnotateDetailed?(
    wb: WorkbookSnapshot,
    opts?: { profile?: string; adopt?: boolean },
  ): PlanResult;
  planAdopt(wb: WorkbookSnapshot, opts?: { profile?: string }): Edit[];
  planRemove(wb: WorkbookSnapshot, opts?: { profile?: string }): Edit[];
  planReasons(wb: WorkbookSnapshot, answers: ReasonAnswer[], opts?: { profile?: string }): Edit[];
  suggestReasonText(
    categories: string[],
    shortfall: number,
    lang: string,
  ): { reason: string; improvement: string };
  listProfiles(): { id: string; label: string }[];
}

/** The core in the given language (by default Office's display language, read at each call). */
export function createCoreApi(language: () => string = displayLanguage): CoreApi {
  const lang = (): 'zh-CN' | 'en' => planLang(language());
  return {
    analyzeWorkbook: (wb, opts) => core.analyzeWorkbook(wb, { ...opts, lang: lang() }),
    planAnnotate: (wb, opts = {}) => core.planAnnotate(wb, { ...opts, lang: lang() }),
    planAnnotateDetailed: (wb, opts = {}) =>
      core.planAnnotateDetailed(wb, { ...opts, lang: lang() }),
    planAdopt: (wb, opts = {}) => core.planAdopt(wb, { ...opts, lang: lang() }),
    planRemove: (wb, opts = {}) => core.planRemove(wb, { ...opts, lang: lang() }),
    planReasons: (wb, answers, opts = {}) =>
      core.planReasons(wb, answers, { ...opts, lang: lang() }),
    suggestReasonText: (categories, shortfall, l) =>
      core.suggestReasonText(categories, shortfall, l),
    listProfiles: () => core.listProfiles(lang()),
  };
}
