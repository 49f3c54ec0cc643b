/**
 * Suggested wording for 未完成原因 and 改进措施, drawn from the reason categories the user ticked
 * (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他) and from how much of the weight was lost.
 * Phrasings are data: one table per language, one entry per category and severity.
 */
import { REASON_CATEGORIES, REASON_CATEGORY_TERMS, type ReasonCategory } from '../model/glossary';
import type { Lang } from './reasons';

export type ReasonCategoryId = ReasonCategory;
export type Severity = 'slight' | 'moderate' | 'large';

/** Category ids (the model's), and the Chinese labels (the tick columns' headers) naming them. */
export const CATEGORY_IDS: readonly ReasonCategoryId[] = REASON_CATEGORIES;
const LABELS: Record<string, ReasonCategoryId> = Object.fromEntries(
  REASON_CATEGORIES.flatMap((id) => REASON_CATEGORY_TERMS[id].map((term) => [term, id])),
);

/** A category id from an id or a label (`经费保障`, `funding`, `Funding`); null if unknown. */
export function categoryOf(c: string): ReasonCategoryId | null {
  const t = c.trim();
  const lower = t.toLowerCase();
  if ((CATEGORY_IDS as readonly string[]).includes(lower)) return lower as ReasonCategoryId;
  return LABELS[t.replace(/[\s\u3000]/g, '')] ?? null;
}

/** The severity of a shortfall (share of the weight lost, 0..1). */
export function severityOf(shortfall: number): Severity {
  const s = Number.isFinite(shortfall) ? Math.min(1, Math.max(0, shortfall)) : 0;
  if (s < 0.1) return 'slight';
  if (s < 0.3) return 'moderate';
  return 'large';
}

interface Table {
  /** Opening of the reason by severity. */
  lead: Record<Severity, string>;
  /** What each category says as a cause, by severity. */
  causes: Record<ReasonCategoryId, Record<Severity, string>>;
  /** What each category promises as an improvement, by severity. */
  measures: Record<ReasonCategoryId, Record<Severity, string>>;
  /** Joins and endings. */
  join: string;
  causesIntro: string;
  reasonEnd: string;
  measuresIntro: string;
  measuresEnd: Record<Severity, string>;
}

const ZH: Table = {
  lead: {
    slight: '本项指标与年度目标略有差距',
    moderate: '本项指标未完全达到年度目标',
    large: '本项指标与年度目标差距较大',
  },
  causes: {
    funding: {
      slight: '部分资金拨付时间偏晚，个别事项实施略有推迟',
      moderate: '资金到位不及时，部分项目未能按计划实施',
      large: '资金保障不足、拨付滞后，主要任务未能按期推进',
    },
    policy: {
      slight: '个别环节的制度规定不够细化',
      moderate: '相关管理制度不够健全，执行标准不够统一',
      large: '制度保障缺位，工作流程和考核要求尚未建立',
    },
    staffing: {
      slight: '阶段性人手紧张，个别工作完成时间延后',
      moderate: '专业人员不足，工作力量较为薄弱',
      large: '人员严重短缺且专业能力不足，难以承担既定任务',
    },
    hardware: {
      slight: '部分设备老化，对工作进度有一定影响',
      moderate: '设施设备条件不足，影响了实施进度',
      large: '硬件条件明显不足，关键设施设备未能到位',
    },
    other: {
      slight: '受客观因素影响，个别事项有所延迟',
      moderate: '受外部环境等客观因素影响，部分工作未能按期完成',
      large: '受重大客观因素影响，计划任务难以按期完成',
    },
  },
  measures: {
    funding: {
      slight: '加强与财政部门沟通，提前做好资金使用计划',
      moderate: '加快资金拨付进度，合理安排支出节奏',
      large: '积极争取资金支持，建立资金保障和调度机制',
    },
    policy: {
      slight: '细化相关操作规程',
      moderate: '修订完善管理制度，统一执行标准',
      large: '建立健全制度体系，明确各环节责任和考核要求',
    },
    staffing: {
      slight: '合理调配人员力量',
      moderate: '充实专业力量，加强业务培训',
      large: '通过招录、借调等方式补充人员，系统开展专业培训',
    },
    hardware: {
      slight: '及时维护更新设备',
      moderate: '改善设施设备条件，保障工作开展',
      large: '加快设施设备购置和建设，尽快补齐硬件短板',
    },
    other: {
      slight: '加强统筹协调，及时跟进进度',
      moderate: '加强统筹协调，及时调整实施计划',
      large: '提前研判风险，制定应对预案并调整年度目标安排',
    },
  },
  join: '；',
  causesIntro: '，主要原因是',
  reasonEnd: '。',
  measuresIntro: '下一步将',
  measuresEnd: {
    slight: '，确保按期完成年度目标。',
    moderate: '，力争全面完成年度目标。',
    large: '，确保下一年度目标任务落实到位。',
  },
};

const EN: Table = {
  lead: {
    slight: 'The indicator fell slightly short of its annual target',
    moderate: 'The indicator did not fully reach its annual target',
    large: 'The indicator fell well short of its annual target',
  },
  causes: {
    funding: {
      slight: 'some funds arrived late and a few items were delayed',
      moderate: 'funds were not in place on time and some projects slipped',
      large: 'funding was insufficient and late, so the main tasks stalled',
    },
    policy: {
      slight: 'a few procedures were not detailed enough',
      moderate: 'management rules were incomplete and applied unevenly',
      large: 'the rules, procedures and review requirements were missing',
    },
    staffing: {
      slight: 'staff were stretched for a period and some work was late',
      moderate: 'there were too few specialist staff',
      large: 'severe staff shortages and missing skills prevented delivery',
    },
    hardware: {
      slight: 'some ageing equipment slowed the work',
      moderate: 'equipment and facilities were inadequate and slowed delivery',
      large: 'key equipment and facilities were not available',
    },
    other: {
      slight: 'outside factors delayed a few items',
      moderate: 'outside factors prevented some work from finishing on time',
      large: 'major outside factors made the planned work impossible on schedule',
    },
  },
  measures: {
    funding: {
      slight: 'plan spending earlier with the finance bureau',
      moderate: 'speed up disbursement and pace spending',
      large: 'seek additional funding and set up a funding schedule',
    },
    policy: {
      slight: 'detail the operating procedures',
      moderate: 'revise the management rules and apply them uniformly',
      large: 'build a complete set of rules with clear responsibilities',
    },
    staffing: {
      slight: 'reallocate staff',
      moderate: 'add specialist staff and train them',
      large: 'recruit or second staff and run systematic training',
    },
    hardware: {
      slight: 'maintain and renew equipment in time',
      moderate: 'improve equipment and facilities',
      large: 'procure and build the missing facilities quickly',
    },
    other: {
      slight: 'coordinate closely and follow progress',
      moderate: 'coordinate closely and adjust the plan in time',
      large: 'assess risks early, prepare contingency plans and adjust the targets',
    },
  },
  join: '; ',
  causesIntro: ', mainly because ',
  reasonEnd: '.',
  measuresIntro: 'Next we will ',
  measuresEnd: {
    slight: ', to meet the annual target on time.',
    moderate: ', to reach the annual target in full.',
    large: ", to make sure next year's targets are delivered.",
  },
};

/**
 * A suggested reason and improvement for a row that falls short, from the ticked categories
 * (ids or Chinese labels; none means 其他) and the share of the weight lost (0..1).
 */
export function suggestReasonText(
  categories: readonly string[],
  shortfall: number,
  lang: string,
): { reason: string; improvement: string } {
  const t = /^zh/i.test(lang) || lang === '' ? ZH : EN;
  const sev = severityOf(shortfall);
  const ids = [...new Set(categories.map(categoryOf).filter((c): c is ReasonCategoryId => !!c))];
  const picked = ids.length > 0 ? CATEGORY_IDS.filter((c) => ids.includes(c)) : ['other' as const];
  const causes = picked.map((c) => t.causes[c][sev]).join(t.join);
  const measures = picked.map((c) => t.measures[c][sev]).join(t.join);
  return {
    reason: `${t.lead[sev]}${t.causesIntro}${causes}${t.reasonEnd}`,
    improvement: `${t.measuresIntro}${measures}${t.measuresEnd[sev]}`,
  };
}

/** The language of a display-language string. */
export function suggestionLang(lang: string): Lang {
  return /^zh/i.test(lang) || lang === '' ? 'zh-CN' : 'en';
}

/**
 * What one reason cell of the form gets when the form has a single 原因及改进措施 column, in the
 * form's own words: "原因：…；改进措施：…" (either part left out when blank).
 */
export function combinedReason(reason: string, improvement: string): string {
  const r = reason.trim().replace(/[。；;.]+$/, '');
  const i = improvement.trim().replace(/[。；;.]+$/, '');
  const parts = [r ? `原因：${r}` : '', i ? `改进措施：${i}` : ''].filter((p) => p !== '');
  return parts.length > 0 ? `${parts.join('；')}。` : '';
}
