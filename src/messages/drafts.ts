/**
 * A draft 未完成原因 and 改进措施 written from the row's own facts: what the target was, what was
 * achieved and by how much it falls short ("结转结余率 25.79%，高于年度指标值（≤20%）5.79 个百分点，
 * 主要原因是：…"), then one sentence per ticked category, in the form's language. Reviewers send
 * back generic text; a draft that states the row's figures is one they can check.
 */
import { CATEGORY_IDS, categoryOf, suggestReasonText } from './suggestions';
import type { ReasonCategoryId } from './suggestions';

export interface RowFacts {
  name: string;
  target: string | null;
  actual: string | null;
}

const LABEL_ZH: Record<ReasonCategoryId, string> = {
  funding: '经费保障',
  policy: '制度保障',
  staffing: '人员保障',
  hardware: '硬件条件保障',
  other: '其他',
};
const LABEL_EN: Record<ReasonCategoryId, string> = {
  funding: 'funding',
  policy: 'rules and procedures',
  staffing: 'staffing',
  hardware: 'equipment',
  other: 'other factors',
};

function num(text: string | null): { op: string; value: number; unit: string } | null {
  const m = /^\s*([≥≤><=＞＜]?)\s*(-?\d+(?:\.\d+)?)\s*([^\d\s]*)\s*$/.exec(text ?? '');
  if (!m) return null;
  return { op: m[1], value: Number(m[2]), unit: m[3].replace('％', '%') };
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** "结转结余率 25.79%，高于年度指标值（≤20%）5.79 个百分点" — or the qualitative equivalent. */
export function factSentence(f: RowFacts, zh: boolean): string {
  const t = num(f.target);
  const a = num(f.actual);
  if (t && a) {
    const unit = a.unit || t.unit;
    const diff = round(Math.abs(a.value - t.value));
    const above = a.value > t.value;
    if (zh) {
      const by = unit === '%' ? `${diff} 个百分点` : `${diff}${unit ? ` ${unit}` : ''}`;
      return `${f.name} ${round(a.value)}${unit}，${above ? '高于' : '低于'}年度指标值（${f.target}）${by}`;
    }
    const by = unit === '%' ? `${diff} percentage points` : `${diff}${unit ? ` ${unit}` : ''}`;
    return `${f.name} was ${round(a.value)}${unit}, ${by} ${above ? 'above' : 'below'} the annual target (${f.target})`;
  }
  if (zh) {
    return `${f.name}实际完成“${f.actual ?? '—'}”，未达到年度指标值“${f.target ?? '—'}”`;
  }
  return `${f.name} reached "${f.actual ?? '—'}", short of the annual target "${f.target ?? '—'}"`;
}

/**
 * The draft: the fact sentence, then one cause per ticked category; the improvement, one measure
 * per ticked category. No category ticked: the fact sentence and an open "主要原因是…".
 */
export function draftReason(
  facts: RowFacts,
  categories: readonly string[],
  shortfall: number,
  lang: string,
): { reason: string; improvement: string } {
  const zh = /^zh/i.test(lang) || lang === '';
  const ids = [...new Set(categories.map(categoryOf).filter((c): c is ReasonCategoryId => !!c))];
  const picked = CATEGORY_IDS.filter((c) => ids.includes(c));
  const fact = factSentence(facts, zh);
  if (picked.length === 0) {
    return { reason: zh ? `${fact}，主要原因是…` : `${fact}, mainly because…`, improvement: '' };
  }

  // the phrasings per category and severity are the suggestions module's
  const one = (c: ReasonCategoryId): { reason: string; improvement: string } =>
    suggestReasonText([c], shortfall, zh ? 'zh-CN' : 'en');
  const cause = (c: ReasonCategoryId): string => {
    const r = one(c).reason;
    const i = r.indexOf(zh ? '主要原因是' : 'mainly because ');
    const body = (i >= 0 ? r.slice(i + (zh ? 5 : 15)) : r).replace(/[。.]$/, '');
    return zh ? `${LABEL_ZH[c]}方面，${body}` : `${LABEL_EN[c]}: ${body}`;
  };
  const measure = (c: ReasonCategoryId): string =>
    one(c)
      .improvement.replace(zh ? /^下一步将/ : /^Next we will /, '')
      .replace(/[，,][^，,]*[。.]$/, '');
  if (zh) {
    return {
      reason: `${fact}，主要原因是：${picked.map(cause).join('；')}。`,
      improvement: `下一步将${picked.map(measure).join('；')}。`,
    };
  }
  return {
    reason: `${fact}, mainly because of ${picked.map(cause).join('; ')}.`,
    improvement: `Next we will ${picked.map(measure).join('; ')}.`,
  };
}

/** The language of a form: Chinese when its indicator names are. */
export function formLanguage(names: readonly string[]): 'zh-CN' | 'en' {
  const text = names.join('');
  if (text === '') return 'zh-CN';
  return /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en';
}
