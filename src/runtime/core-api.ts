/**
 * The part of the core (src/core) that the pane and the ribbon commands use, with the pane's
 * language passed along: findings, statuses, prompts and profile names come back in Chinese, or
 * in English when Office's display language is not Chinese. The faces hold no rules of their own.
 */
import * as core from '../core';
import type { CommandResult, ReasonAnswer } from '../core';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';
import { displayLanguage } from '../messages';
import './language';
import { planLang } from '../messages/plan';

export type { CommandResult, ReasonAnswer };

interface CommandOptions {
  profile?: string;
  file?: string;
}

export interface CoreApi {
  /** 识别并检查: one analysis, its report. */
  analyzeWorkbook(wb: WorkbookSnapshot, opts: { profile?: string; file: string }): FileReport;
  /** 写入公式与校验 / 一键重算, and 采用系统得分 with `adopt`. */
  annotate(wb: WorkbookSnapshot, opts?: CommandOptions & { adopt?: boolean }): CommandResult;
  /** 撤销写入. */
  remove(wb: WorkbookSnapshot, opts?: CommandOptions): CommandResult;
  /** 引导填写原因: the answers into the form's own reason cells. */
  reasons(wb: WorkbookSnapshot, answers: ReasonAnswer[], opts?: CommandOptions): CommandResult;
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
    // the pane asks for notes in plain words on the computed scores
    annotate: (wb, opts = {}) =>
      core.annotateWorkbook(wb, { ...opts, lang: lang(), explainScores: true }),
    remove: (wb, opts = {}) => core.removeAnnotation(wb, { ...opts, lang: lang() }),
    reasons: (wb, answers, opts = {}) => core.writeReasons(wb, answers, { ...opts, lang: lang() }),
    suggestReasonText: (categories, shortfall, l) =>
      core.suggestReasonText(categories, shortfall, l),
    listProfiles: () => core.listProfiles(lang()),
  };
}
