/** The scoring profiles' names as the user sees them: regions or form types, all alike. */
import type { ProfileId } from '../rules';
import type { Lang } from './reasons';

const PROFILE_LABELS: Record<ProfileId, Record<Lang, string>> = {
  default: { 'zh-CN': '通用（项目支出绩效自评表）', en: 'Default (national project form)' },
  fushun: { 'zh-CN': '抚顺（部门整体）', en: 'Fushun (department)' },
  hengyang: { 'zh-CN': '衡阳（部门整体）', en: 'Hengyang (department)' },
  jinshui: { 'zh-CN': '金水（部门整体）', en: 'Jinshui (department)' },
  longhua: { 'zh-CN': '龙华（共性指标评分）', en: 'Longhua (rubric)' },
  narrative2023: { 'zh-CN': '优秀/良好/一般/较差 等级', en: 'Grades 85/75/60' },
};

export function profileLabel(id: ProfileId, lang: Lang = 'zh-CN'): string {
  return PROFILE_LABELS[id][lang];
}
