/** The scoring profiles' names as the user sees them: regions or form types, all alike. */
import type { ProfileId } from '../rules';
import type { Lang } from './reasons';

/** One table per language, every profile in each (the compiler checks both are complete). */
const PROFILE_LABELS: Readonly<Record<Lang, Readonly<Record<ProfileId, string>>>> = {
  'zh-CN': {
    default: '通用（项目支出绩效自评表）',
    fushun: '抚顺（部门整体）',
    hengyang: '衡阳（部门整体）',
    jinshui: '金水（部门整体）',
    longhua: '龙华（共性指标评分）',
    narrative2023: '通用（项目支出，优秀/良好/一般/较差）',
  },
  en: {
    default: 'Default (national project form)',
    fushun: 'Fushun (department)',
    hengyang: 'Hengyang (department)',
    jinshui: 'Jinshui (department)',
    longhua: 'Longhua (rubric)',
    narrative2023: 'Default (project form, grades 85/75/60)',
  },
};

export function profileLabel(id: ProfileId, lang: Lang = 'zh-CN'): string {
  return PROFILE_LABELS[lang][id];
}
