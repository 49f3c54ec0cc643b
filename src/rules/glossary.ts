/**
 * The Chinese domain vocabulary the rules read: operator words, units, placeholders, qualitative
 * keywords. This is data for recognising what finance staff type; messages shown to users live in
 * src/messages/reasons.ts instead.
 */
import type { Operator } from './types';

/** Operator symbols after NFKC normalisation, longest first. */
export const OPERATOR_SYMBOLS: readonly (readonly [string, Operator])[] = [
  ['>=', '>='],
  ['=>', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** Operator words that come before the number (不少于20次). Longest first. */
export const OPERATOR_WORDS_BEFORE: readonly (readonly [string, Operator])[] = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['高于或等于', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['低于或等于', '<='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['控制在', '<='],
  ['不超', '<='],
  ['至少', '>='],
  ['最少', '>='],
  ['至多', '<='],
  ['最多', '<='],
  ['达到', '>='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['等于', '='],
];

/** Operator words that come after the number and unit (30次以上). Longest first. */
export const OPERATOR_WORDS_AFTER: readonly (readonly [string, Operator])[] = [
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['或以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
];

/** Words for "inclusive" that may trail an operator word: 95%以上(含). */
export const INCLUSIVE_MARKS = ['(含)', '(含本数)', '含'];

/** Prefixes that make a target per period (每月不超过10万). */
export const PERIOD_WORDS = [
  '每月',
  '每年',
  '每季度',
  '每季',
  '每周',
  '每天',
  '每日',
  '月均',
  '年均',
];

/** Words that mark a value as approximate. */
export const APPROXIMATE_WORDS = ['约', '近', '左右', '大约', '接近'];

/** Cell contents that mean "nothing here". Compared after NFKC normalisation and trimming. */
export const PLACEHOLDERS = [
  '-',
  '--',
  '—',
  '——',
  '―',
  '−',
  '/',
  '\\',
  '无',
  '暂无',
  '无此项',
  '不适用',
  'n/a',
  'na',
  'N/A',
  'NA',
  '/ ',
  '…',
  '……',
  '...',
  '*',
  '×',
];

/**
 * Reason cells holding exactly one of these still count as empty. The list is deliberately
 * exact (no trimming), because the compiled status formula compares cell text with it literally.
 */
export const REASON_FILLERS: readonly string[] = [
  '',
  ' ',
  '\u3000',
  '/',
  '／',
  '-',
  '－',
  '—',
  '——',
  '无',
];

/** Unit cell contents that mean "qualitative indicator". */
export const QUALITATIVE_UNIT_WORDS = ['定性', '定性指标', '定性描述'];

/** Scale prefixes of units (20万元, 3亿元, 5千元). */
export const SCALE_PREFIXES: readonly (readonly [string, number])[] = [
  ['百万', 1e6],
  ['千万', 1e7],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
];

/**
 * Known units: text → [base unit, factor]. Units of the same base compare after multiplying by
 * the factor. Percent values are stored as written (95 for 95%), so % has factor 1 and ‰ 0.1.
 */
export const KNOWN_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  '%': ['%', 1],
  '‰': ['%', 0.1],
  百分点: ['%', 1],
  百分比: ['%', 1],
  元: ['元', 1],
  人次: ['人次', 1],
  人: ['人', 1],
  次: ['次', 1],
  件: ['件', 1],
  篇: ['篇', 1],
  页: ['页', 1],
  个: ['个', 1],
  项: ['项', 1],
  户: ['户', 1],
  家: ['家', 1],
  场: ['场', 1],
  期: ['期', 1],
  册: ['册', 1],
  份: ['份', 1],
  条: ['条', 1],
  台: ['台', 1],
  辆: ['辆', 1],
  套: ['套', 1],
  批: ['批', 1],
  座: ['座', 1],
  所: ['所', 1],
  名: ['人', 1],
  位: ['人', 1],
  吨: ['吨', 1],
  千克: ['千克', 1],
  公斤: ['千克', 1],
  米: ['米', 1],
  公里: ['米', 1000],
  千米: ['米', 1000],
  平方米: ['平方米', 1],
  平方公里: ['平方米', 1e6],
  亩: ['亩', 1],
  秒: ['秒', 1],
  分钟: ['秒', 60],
  小时: ['秒', 3600],
  天: ['天', 1],
  日: ['天', 1],
  个工作日: ['工作日', 1],
  工作日: ['工作日', 1],
  周: ['周', 1],
  个月: ['月', 1],
  月: ['月', 1],
  年: ['年', 1],
};

/** Grade-like levels, best first within each scale. */
export const LEVEL_SCALES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  grade: [
    ['优秀', 4],
    ['优', 4],
    ['良好', 3],
    ['良', 3],
    ['合格', 2],
    ['中等', 2],
    ['一般', 2],
    ['中', 2],
    ['不合格', 1],
    ['较差', 1],
    ['差', 1],
  ],
  satisfaction: [
    ['非常满意', 5],
    ['很满意', 5],
    ['满意', 4],
    ['比较满意', 3],
    ['较满意', 3],
    ['基本满意', 2],
    ['不满意', 1],
  ],
};

/** Words that say a qualitative target was not achieved. Checked first. */
export const NOT_ACHIEVED_WORDS = [
  '未完成',
  '未达成',
  '未达到',
  '未实现',
  '没有完成',
  '没完成',
  '未开展',
  '未落实',
  '不达标',
  '不及时',
  '不合格',
  '不满意',
  '效果较差',
  '较差',
  '否',
  '无效',
];
/** Words that say a qualitative target was partly achieved (60–80%). */
export const PARTLY_WORDS = [
  '部分完成',
  '部分达成',
  '部分实现',
  '部分达到',
  '部分落实',
  '部分',
  '一定效果',
];
/** Words that say a qualitative target was basically achieved (80–100%, not full). */
export const BASICALLY_WORDS = [
  '基本完成',
  '基本达成',
  '基本实现',
  '基本达到',
  '基本落实',
  '基本',
  '大部分',
];
/** Words that say a qualitative target was fully achieved. */
export const ACHIEVED_WORDS = [
  '全部完成',
  '圆满完成',
  '已完成',
  '完成',
  '已达成',
  '达成',
  '已达到',
  '达到',
  '已实现',
  '实现',
  '已落实',
  '落实',
  '达标',
  '符合',
  '是',
  '有',
  '全部',
];
/** Characters that negate a sentence; text containing them never "contains the target". */
export const NEGATION_MARKS = ['未', '不', '没', '否', '无'];

/** Date-like patterns make a target qualitative (2021年12月31日前, 2021-12-31, 12月底前). */
export const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}\s*年/,
  /\d{1,2}\s*月\s*\d{0,2}\s*[日号底前]/,
  /\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?/,
  /\d{1,2}:\d{2}/,
];
