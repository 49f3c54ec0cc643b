/**
 * The core pipeline as the faces (CLI, task pane, ribbon commands) use it:
 * snapshot → recognize → audit → report, and (issue 4) plans of edits.
 */
import { auditWorkbook } from '../audit';
import type { Lang } from '../messages/reasons';
import { recognizeWorkbook } from '../recognize';
import type { FileReport } from '../report/types';
import { PROFILE_IDS } from '../rules';
import type { WorkbookSnapshot } from '../snapshot/types';

export interface AnalyzeOptions {
  file: string;
  profile?: string;
  lang?: Lang;
}

export function analyzeWorkbook(wb: WorkbookSnapshot, opts: AnalyzeOptions): FileReport {
  const recognized = recognizeWorkbook(wb);
  const tables = auditWorkbook(recognized, wb, { profile: opts.profile ?? null, lang: opts.lang });
  return { file: opts.file, error: null, tables };
}

const PROFILE_LABELS: Record<(typeof PROFILE_IDS)[number], { 'zh-CN': string; en: string }> = {
  default: { 'zh-CN': '通用（项目支出绩效自评表）', en: 'Default (national project form)' },
  fushun: { 'zh-CN': '抚顺（部门整体）', en: 'Fushun (department)' },
  hengyang: { 'zh-CN': '衡阳（部门整体）', en: 'Hengyang (department)' },
  jinshui: { 'zh-CN': '金水（部门整体）', en: 'Jinshui (department)' },
  longhua: { 'zh-CN': '龙华（共性指标评分）', en: 'Longhua (rubric)' },
  narrative2023: { 'zh-CN': '优秀/良好/一般/较差 等级', en: 'Grades 85/75/60' },
};

export function listProfiles(lang: Lang = 'zh-CN'): { id: string; label: string }[] {
  return PROFILE_IDS.map((id) => ({ id, label: PROFILE_LABELS[id][lang] }));
}
