/**
 * Looking up glossary terms by normalised key. Every lookup is a hash-map probe (plus one probe
 * for the key with its bracketed remark dropped, and a short bucket scan for prefixes), so
 * scanning a sheet stays linear in its number of cells.
 */
import {
  BASIC_DATA_TERMS,
  BUDGET_ROLES,
  BUDGET_SYNONYMS,
  BUDGET_TOTAL_LABELS,
  COLUMN_ROLES,
  COLUMN_SYNONYMS,
  GRADE_LABELS,
  HEADER_GROUP_WORDS,
  INSIDE_ONLY_TOTALS,
  NAME_LABELS,
  NAME_REMARKS,
  PATTERNS,
  REPORTING_UNIT_LABELS,
  PLACEHOLDER_PATTERNS,
  REASON_CATEGORIES,
  REASON_CATEGORY_TERMS,
  REASON_GROUP,
  SUBHEADER_CONTENT,
  SUBHEADER_NAME,
  SUBHEADER_WEIGHT,
  TITLE_TERMS,
  TOTAL_LABELS,
  TRAILER_PREFIXES,
  TRAILER_WORDS,
  type BudgetRole,
  type ColumnRole,
  type ReasonCategory,
} from '../model/glossary';
import { stripBrackets, termKey } from './text';

export type HeaderTerm =
  | { kind: 'role'; role: ColumnRole }
  | { kind: 'reasonGroup' }
  | { kind: 'tick'; category: ReasonCategory }
  | { kind: 'group' }
  | { kind: 'sub'; sub: 'name' | 'weight' | 'content' };

/** Memoises a function of a key: forms repeat the same texts on every row and every sheet. */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= 50000) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Terms shorter than this match only exactly (after dropping brackets), never as a prefix. */
const MIN_PREFIX_TERM = 4;

class TermIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly buckets = new Map<string, { term: string; value: T }[]>();

  add(term: string, value: T): void {
    const key = termKey(term);
    const list = this.exact.get(key);
    if (list) list.push(value);
    else this.exact.set(key, [value]);
    if (key.length >= MIN_PREFIX_TERM) {
      const b = key.slice(0, 2);
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push({ term: key, value });
      else this.buckets.set(b, [{ term: key, value }]);
    }
  }

  /** Values for a key: exact, then without brackets, then the longest term the key starts with. */
  find(key: string, prefix = true): T[] {
    const hit = this.exact.get(key);
    if (hit) return hit;
    const stripped = stripBrackets(key);
    if (stripped !== key) {
      const h = this.exact.get(stripped);
      if (h) return h;
    }
    if (!prefix) return [];
    const bucket = this.buckets.get(key.slice(0, 2));
    if (!bucket) return [];
    let best: { term: string; value: T }[] = [];
    let bestLength = 0;
    for (const e of bucket) {
      if (!stripped.startsWith(e.term)) continue;
      if (e.term.length > bestLength) {
        best = [e];
        bestLength = e.term.length;
      } else if (e.term.length === bestLength) best.push(e);
    }
    return best.map((e) => e.value);
  }
}

const headerIndex = new TermIndex<HeaderTerm>();
for (const role of COLUMN_ROLES) {
  for (const s of COLUMN_SYNONYMS[role]) headerIndex.add(s, { kind: 'role', role });
}
for (const s of REASON_GROUP) headerIndex.add(s, { kind: 'reasonGroup' });
for (const category of REASON_CATEGORIES) {
  for (const s of REASON_CATEGORY_TERMS[category]) headerIndex.add(s, { kind: 'tick', category });
}
for (const s of HEADER_GROUP_WORDS) headerIndex.add(s, { kind: 'group' });
for (const s of SUBHEADER_NAME) headerIndex.add(s, { kind: 'sub', sub: 'name' });
for (const s of SUBHEADER_WEIGHT) headerIndex.add(s, { kind: 'sub', sub: 'weight' });
for (const s of SUBHEADER_CONTENT) headerIndex.add(s, { kind: 'sub', sub: 'content' });

const headerCache = new Map<string, HeaderTerm[]>();

/** Header terms a key stands for (several when a word is both a role and a sub-header: 分值). */
export function headerTerms(key: string): HeaderTerm[] {
  let hit = headerCache.get(key);
  if (hit === undefined) {
    hit = headerIndex.find(key);
    if (headerCache.size >= 50000) headerCache.clear();
    headerCache.set(key, hit);
  }
  return hit;
}

const budgetIndex = new TermIndex<BudgetRole>();
for (const role of BUDGET_ROLES) for (const s of BUDGET_SYNONYMS[role]) budgetIndex.add(s, role);

/** The budget column a header key names, if any. */
export const budgetRole = memo(
  (key: string): BudgetRole | null => budgetIndex.find(key)[0] ?? null,
);

const budgetTotalRank = new Map<string, number>();
BUDGET_TOTAL_LABELS.forEach((s, i) => budgetTotalRank.set(termKey(s), i));

/**
 * The rank (0 = best) of a budget total label, or null. Accepts `label:amount` and a label with a
 * bracketed remark (`年度部门预算支出小计(一+二)`).
 */
export function budgetTotalRankOf(key: string): { rank: number; amountInLabel: boolean } | null {
  const [head, ...rest] = key.split(':');
  const probe = (k: string): number | undefined =>
    budgetTotalRank.get(k) ?? budgetTotalRank.get(stripBrackets(k));
  const rank = probe(head);
  if (rank === undefined) return null;
  return { rank, amountInLabel: rest.join(':') !== '' };
}

const totalSet = new Set(TOTAL_LABELS.map(termKey));
/** Labels that may also stand before a stated total outside the table (not 合计 / 总计). */
const outsideTotalSet = new Set(
  TOTAL_LABELS.filter((s) => !(INSIDE_ONLY_TOTALS as readonly string[]).includes(s)).map(termKey),
);

function totalLabelIn(set: Set<string>, key: string): boolean {
  if (set.has(key)) return true;
  const stripped = stripBrackets(key);
  if (stripped !== key && set.has(stripped)) return true;
  const colon = key.indexOf(':');
  return colon > 0 && set.has(key.slice(0, colon));
}
const insideTotal = memo((key: string) => totalLabelIn(totalSet, key));
const outsideTotal = memo((key: string) => totalLabelIn(outsideTotalSet, key));

/** True when the key is a total label (总分, 合计, 总评价得分 …); `outside` leaves out 合计 / 总计. */
export function isTotalLabel(key: string, outside = false): boolean {
  return outside ? outsideTotal(key) : insideTotal(key);
}

const gradeSet = new Set(GRADE_LABELS.map(termKey));
/** True when the key is a grade label (自评结果, 评价等级 …). */
export const isGradeLabel = memo(
  (key: string): boolean => gradeSet.has(key) || gradeSet.has(stripBrackets(key)),
);

const nameLabels = new Map<string, 'project' | 'department'>();
for (const s of NAME_LABELS.project) nameLabels.set(termKey(s), 'project');
for (const s of NAME_LABELS.department) nameLabels.set(termKey(s), 'department');

const directNameLabel = memo(
  (key: string): 'project' | 'department' | undefined =>
    nameLabels.get(key) ?? nameLabels.get(stripBrackets(key)),
);

/**
 * A name label (项目名称, 部门（单位）名称 …), with the value when written in the same cell
 * (`部门名称：xxx`). The value is null when it is only a remark such as `（盖章）`.
 */
export function nameLabel(
  key: string,
  rawText: string,
): { kind: 'project' | 'department'; inlineValue: string | null } | null {
  const direct = directNameLabel(key);
  if (direct) return { kind: direct, inlineValue: null };
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  const head = key.slice(0, colon);
  const kind = nameLabels.get(head) ?? nameLabels.get(stripBrackets(head));
  if (!kind) return null;
  const m = /[:：]([\s\S]*)$/.exec(rawText);
  const value = m ? m[1] : '';
  return { kind, inlineValue: stripBrackets(termKey(value)) === '' ? null : value };
}

const remarks = NAME_REMARKS.map(termKey);
const reportingLabels = new Set(REPORTING_UNIT_LABELS.map(termKey));

/** A name with its remarks (`（盖章）`) and surrounding whitespace removed; '' when nothing is left. */
export function withoutRemarks(text: string): string {
  let out = text;
  for (const raw of NAME_REMARKS) {
    out = out.split(raw).join('');
    out = out.split(raw.replace('(', '（').replace(')', '）')).join('');
  }
  const cleaned = out.replace(/[\s\u3000]+/g, ' ').trim();
  const key = termKey(cleaned);
  return key === '' || remarks.includes(key) ? '' : cleaned;
}

/** A reporting-unit label (填报单位), with the unit when written in the same cell. */
export function reportingUnit(key: string, rawText: string): { inlineValue: string | null } | null {
  const colon = key.indexOf(':');
  const head = colon >= 0 ? key.slice(0, colon) : key;
  if (!reportingLabels.has(head) && !reportingLabels.has(stripBrackets(head))) return null;
  if (colon < 0) return { inlineValue: null };
  const m = /[:：]([^:：]*)/.exec(rawText);
  // Only the text before a wide gap: `填报单位： （盖章）        （2022年度）`.
  const first = m ? (m[1].split(/\s{2,}|\u3000{2,}/).find((x) => x.trim() !== '') ?? '') : '';
  const value = withoutRemarks(first);
  return { inlineValue: value === '' ? null : value };
}

const trailerPrefixes = TRAILER_PREFIXES.map(termKey);
const trailerWords = new Set<string>(TRAILER_WORDS.map(termKey));

/** True when a row starting with this key ends a table: notes, signatures, instructions. */
export const isTrailer = memo(trailer);

function trailer(key: string): boolean {
  if (trailerWords.has(key)) return true;
  if (PATTERNS.numberedNote.test(key)) return true;
  for (const p of trailerPrefixes) if (key.startsWith(p)) return true;
  return false;
}

const titleAny = TITLE_TERMS.any.map(termKey);
/** True when the key reads as a form caption (…自评表, …评价表, …基础数据表). */
export const isTitle = memo(title);

function title(key: string): boolean {
  if (key.length > 60) return false;
  for (const t of titleAny) if (key.includes(t)) return true;
  return false;
}

/** The kind a caption announces, if it says. */
export function titleKind(key: string): 'project' | 'department' | 'basic-data' | null {
  if (TITLE_TERMS.basicData.some((t) => key.includes(termKey(t)))) return 'basic-data';
  if (TITLE_TERMS.project.some((t) => key.includes(termKey(t)))) return 'project';
  if (TITLE_TERMS.department.some((t) => key.includes(termKey(t)))) return 'department';
  return null;
}

/** True for template placeholders (`指标2`, `……`) that stand in for a missing name. */
export const isPlaceholder = memo((key: string): boolean => {
  for (const p of PLACEHOLDER_PATTERNS) if (p.test(key)) return true;
  return false;
});

const basic = {
  staffGroup: new Set(BASIC_DATA_TERMS.staffGroup.map(termKey)),
  establishment: BASIC_DATA_TERMS.establishment.map(termKey),
  actualStaff: BASIC_DATA_TERMS.actualStaff.map(termKey),
  staffRate: BASIC_DATA_TERMS.staffRate.map(termKey),
  expenseGroup: new Set(BASIC_DATA_TERMS.expenseGroup.map(termKey)),
  budgetPeriod: BASIC_DATA_TERMS.budgetPeriod.map(termKey),
  finalPeriod: BASIC_DATA_TERMS.finalPeriod.map(termKey),
};

export type StaffTerm = 'group' | 'establishment' | 'actual' | 'rate';
/** Staff header words of the basic-data table (`2021年实际在职人数` → actual). */
export function staffTerm(key: string): StaffTerm | null {
  const k = stripBrackets(key);
  if (basic.staffGroup.has(k)) return 'group';
  if (basic.actualStaff.some((t) => k.endsWith(t))) return 'actual';
  if (basic.establishment.some((t) => k === t || k.endsWith(t))) return 'establishment';
  if (basic.staffRate.some((t) => k === t || k.endsWith(t))) return 'rate';
  return null;
}

/** True for the 经费控制情况 group label. */
export function isExpenseGroup(key: string): boolean {
  return basic.expenseGroup.has(stripBrackets(key));
}

/** A period column header (`2021年决算数`): its year and kind, or null. */
export function periodOf(
  key: string,
): { year: number | null; kind: 'budget' | 'final' | 'other' } | null {
  const k = stripBrackets(key);
  if (k.length > 16) return null;
  const year = PATTERNS.year.exec(k);
  const isFinal = basic.finalPeriod.some((t) => k.endsWith(t));
  const isBudget = !isFinal && basic.budgetPeriod.some((t) => k.endsWith(t));
  if (!isFinal && !isBudget) return null;
  if (!year && !PATTERNS.relativeYear.test(k)) return null;
  return { year: year ? Number(year[1]) : null, kind: isFinal ? 'final' : 'budget' };
}

/**
 * What a key may be, as bits. A row's union of its keys' bits (`Grid.rowFlags`) tells the scans
 * that look for one kind of term whether the row can hold it at all, so indicator rows (most of a
 * sheet) are passed over by the scans for headers, totals, grades and basic data.
 */
export const TERM = {
  role: 1,
  basic: 2,
  budget: 4,
  total: 8,
  grade: 16,
  /** A trailer (note, signature), a caption, or a name label: what may end a table's body. */
  boundary: 32,
} as const;

export const termFlags = memo((key: string): number => {
  let flags = 0;
  if (headerTerms(key).some((t) => t.kind === 'role')) flags |= TERM.role;
  if (staffTerm(key) !== null || isExpenseGroup(key) || periodOf(key) !== null) {
    flags |= TERM.basic;
  }
  if (budgetRole(key) !== null) flags |= TERM.budget;
  // the labels allowed outside a table are a subset of the total labels
  if (isTotalLabel(key)) flags |= TERM.total;
  if (isGradeLabel(key)) flags |= TERM.grade;
  if (isTrailer(key) || isTitle(key) || nameLabel(key, '') !== null) flags |= TERM.boundary;
  return flags;
});
