/**
 * Texts of the audit's table-level findings (weights, totals, budget line, grade, basic data),
 * in Chinese with an English fallback. Row-level reasons live in reasons.ts.
 */
import type { RubricRuleKey } from '../model/glossary';
import type { Lang } from './reasons';

/** The parameters of a text that takes none. */
type NoParams = Readonly<Record<never, never>>;
/** A parameter: text or a number, shown as given. */
type Arg = string | number;

/** Each finding's parameters: a wrong or missing key does not compile. */
export interface AuditParams {
  budgetRateWrong: {
    stated: Arg;
    executed: Arg;
    /** Which budget figure the rate is computed against. */
    baseKind: 'adjusted' | 'initial';
    base: Arg;
    expected: Arg;
  };
  budgetRateWrongBase: {
    stated: Arg;
    initial: Arg;
    adjusted: Arg;
  };
  budgetScoreWrong: { stated: Arg; weight: Arg; expected: Arg };
  budgetCapped: { rate: Arg };
  budgetNeedsInput: { reason: Arg };
  adjustedBudgetBlank: { initial: Arg };
  noTotalRow: { sum: Arg; expected: Arg };
  costOverTarget: {
    name: Arg;
    target: Arg;
    executed: Arg;
    stated: Arg;
    expected: Arg;
  };
  malformedNumber: { cell: Arg; value: Arg };
  actualNeedsNumber: { target: Arg; value: Arg };
  budgetFromPart: { total: Arg; part: Arg };
  hiddenSheet: { sheet: Arg };
  scoreFormula: { formula: Arg; value: Arg };
  formulaNotComputed: { formula: Arg };
  totalWrong: { stated: Arg; sum: Arg };
  totalDiffersFromExpected: { expected: Arg; stated: Arg };
  totalMissing: NoParams;
  weightsTotal: { sum: Arg; expected: Arg };
  level1WeightLabel: { label: Arg; stated: Arg; sum: Arg };
  level2WeightLabel: { label: Arg; stated: Arg; sum: Arg };
  level1WeightProfile: { label: Arg; sum: Arg; expected: Arg };
  gradeWrong: { stated: Arg; total: Arg; expected: Arg };
  gradeDiffersFromExpected: { total: Arg; expected: Arg };
  staffRateWrong: {
    stated: Arg;
    actual: Arg;
    establishment: Arg;
    expected: Arg;
  };
  partsSumWrong: {
    label: Arg;
    period: Arg;
    stated: Arg;
    sum: Arg;
    parts: Arg;
  };
  partExceedsWhole: {
    part: Arg;
    period: Arg;
    value: Arg;
    whole: Arg;
    total: Arg;
  };
  targetMissingUsedCompletion: { completion: Arg };
  targetMissingQualitative: { text: Arg };
  rubricJudged: NoParams;
  rubricComputed: { data: Arg; expected: Arg };
  rubricDataUnreadable: { data: Arg };
  rubricDataMissing: { hint: Arg };
}

type AuditTexts = {
  readonly [K in keyof AuditParams]: Readonly<Record<Lang, (p: AuditParams[K]) => string>>;
};

export const AUDIT_TEXTS: AuditTexts = {
  budgetRateWrong: {
    'zh-CN': (p) =>
      `执行率填报 ${p.stated}，按 执行数 ${p.executed} ÷ ${p.baseKind === 'adjusted' ? '全年预算数' : '年初预算数'} ${p.base} 计算应为 ${p.expected}`,
    en: (p) => `Stated rate ${p.stated}; executed ${p.executed} ÷ ${p.base} gives ${p.expected}`,
  },
  budgetRateWrongBase: {
    'zh-CN': (p) =>
      `执行率 ${p.stated} 是按年初预算数 ${p.initial} 计算的，应以全年（调整）预算数 ${p.adjusted} 为基数`,
    en: (p) =>
      `The rate ${p.stated} was computed against the initial budget ${p.initial}, not the adjusted ${p.adjusted}`,
  },
  budgetScoreWrong: {
    'zh-CN': (p) =>
      `预算执行得分填报 ${p.stated}，按 min(执行率,100%) × 分值 ${p.weight} 应为 ${p.expected}`,
    en: (p) => `Budget score ${p.stated}; min(rate, 100%) × ${p.weight} gives ${p.expected}`,
  },
  budgetCapped: {
    'zh-CN': (p) => `执行率 ${p.rate} 超过 100%，得分按分值封顶`,
    en: (p) => `The rate ${p.rate} exceeds 100%; the score is capped at the weight`,
  },
  budgetNeedsInput: {
    'zh-CN': (p) => `预算执行率无法计算：${p.reason}`,
    en: (p) => `The execution rate cannot be computed: ${p.reason}`,
  },
  adjustedBudgetBlank: {
    'zh-CN': (p) =>
      `全年（调整）预算数未填写，执行率按年初预算数 ${p.initial} 计算；如有调整预算请补填`,
    en: (p) => `The adjusted budget is blank; the rate uses the initial budget ${p.initial}`,
  },
  noTotalRow: {
    'zh-CN': (p) => `表格没有总分行：各项填报得分合计 ${p.sum}，按规则应为 ${p.expected}`,
    en: (p) =>
      `The table has no total row: the stated scores sum to ${p.sum}; by the rules ${p.expected}`,
  },
  costOverTarget: {
    'zh-CN': (p) =>
      `成本指标「${p.name}」目标为“${p.target}”，但本表全年执行数 ${p.executed} 万元已超出，却得满分 ${p.stated}；按执行数计应得 ${p.expected} 分，请核实实际完成值`,
    en: (p) =>
      `Cost indicator "${p.name}" targets "${p.target}" but this form executed ${p.executed} (10k yuan) and still takes full marks ${p.stated}; by the executed amount it scores ${p.expected}`,
  },
  actualNeedsNumber: {
    'zh-CN': (p) => `指标值为“${p.target}”，实际完成值写的是文字“${p.value}”，请填写实际完成的数值`,
    en: (p) =>
      `The target is "${p.target}" but the actual is the word "${p.value}"; enter the number achieved`,
  },
  budgetFromPart: {
    'zh-CN': (p) => `${p.total}一行金额为 0，按“${p.part}”一行的金额计算执行率`,
    en: (p) => `The ${p.total} line holds zeros; the rate uses the "${p.part}" line`,
  },
  hiddenSheet: {
    'zh-CN': (p) => `工作表“${p.sheet}”是隐藏的，其中的自评表同样已审核`,
    en: (p) => `Sheet "${p.sheet}" is hidden; its form was audited all the same`,
  },
  formulaNotComputed: {
    'zh-CN': (p) =>
      `该单元格是公式 ${p.formula}，但文件中没有它的计算结果（文件可能由程序生成，尚未在 Excel 中计算）：请在 Excel 或 WPS 中打开、保存后再检查`,
    en: (p) =>
      `This cell holds the formula ${p.formula}, but the file has no computed result for it (it may have been written by a program and never calculated in Excel): open and save it in Excel or WPS, then check again`,
  },
  scoreFormula: {
    'zh-CN': (p) => `该单元格是公式 ${p.formula}，按其计算结果 ${p.value} 核对`,
    en: (p) => `The cell holds the formula ${p.formula}; its result ${p.value} was checked`,
  },
  malformedNumber: {
    'zh-CN': (p) => `${p.cell} 的数字「${p.value}」写法有误，无法识别，请更正`,
    en: (p) => `${p.cell}: the number "${p.value}" is malformed`,
  },
  totalWrong: {
    'zh-CN': (p) => `总分填报 ${p.stated}，但各项填报得分合计为 ${p.sum}`,
    en: (p) => `The stated total ${p.stated} differs from the sum of the stated scores ${p.sum}`,
  },
  totalDiffersFromExpected: {
    'zh-CN': (p) => `按评分规则，总分应为 ${p.expected}（填报 ${p.stated}）`,
    en: (p) => `By the rules the total is ${p.expected} (stated ${p.stated})`,
  },
  totalMissing: {
    'zh-CN': () => `总分未填写`,
    en: () => `The total is blank`,
  },
  weightsTotal: {
    'zh-CN': (p) => `各项分值合计 ${p.sum}，应为 ${p.expected}`,
    en: (p) => `The weights sum to ${p.sum}, not ${p.expected}`,
  },
  level1WeightLabel: {
    'zh-CN': (p) => `一级指标「${p.label}」标明 ${p.stated} 分，其下各项分值合计 ${p.sum}`,
    en: (p) => `First-level "${p.label}" states ${p.stated} points; its rows sum to ${p.sum}`,
  },
  level2WeightLabel: {
    'zh-CN': (p) => `二级指标「${p.label}」分值 ${p.stated}，其下各项分值合计 ${p.sum}`,
    en: (p) => `Second-level "${p.label}" states ${p.stated}; its rows sum to ${p.sum}`,
  },
  level1WeightProfile: {
    'zh-CN': (p) =>
      `一级指标「${p.label}」各项分值合计 ${p.sum}，与评分方案规定的 ${p.expected} 分不符`,
    en: (p) => `First-level "${p.label}" sums to ${p.sum}; the profile sets ${p.expected}`,
  },
  gradeWrong: {
    'zh-CN': (p) => `等级填报「${p.stated}」，总分 ${p.total} 对应的等级应为「${p.expected}」`,
    en: (p) => `Grade "${p.stated}" does not match the total ${p.total}: "${p.expected}"`,
  },
  gradeDiffersFromExpected: {
    'zh-CN': (p) => `按规则得分 ${p.total}，等级应为「${p.expected}」`,
    en: (p) => `By the rules (${p.total}) the grade is "${p.expected}"`,
  },
  staffRateWrong: {
    'zh-CN': (p) =>
      `控制率填报 ${p.stated}，实际在职 ${p.actual} ÷ 编制 ${p.establishment} 应为 ${p.expected}`,
    en: (p) => `Staff control rate ${p.stated}; ${p.actual} ÷ ${p.establishment} = ${p.expected}`,
  },
  partsSumWrong: {
    'zh-CN': (p) =>
      `「${p.label}」${p.period} 填报 ${p.stated}，但其分项合计 ${p.sum}（${p.parts}）`,
    en: (p) => `"${p.label}" ${p.period}: ${p.stated} but its parts sum to ${p.sum}`,
  },
  partExceedsWhole: {
    'zh-CN': (p) => `「${p.part}」${p.period} ${p.value} 超过了「${p.whole}」${p.total}`,
    en: (p) => `"${p.part}" ${p.period} ${p.value} exceeds "${p.whole}" ${p.total}`,
  },
  targetMissingUsedCompletion: {
    'zh-CN': (p) => `年度指标值空缺，按完成程度 ${p.completion} 计分（得分 = 完成程度 × 分值）`,
    en: (p) =>
      `No target: scored from the stated completion ${p.completion} (score = completion × weight)`,
  },
  targetMissingQualitative: {
    'zh-CN': (p) => `年度指标值空缺，按定性指标“${p.text}”已达成、得满分计`,
    en: (p) => `No target: scored as the qualitative statement "${p.text}" achieved (full marks)`,
  },
  rubricJudged: {
    'zh-CN': () => `按评分标准人工评分，已核对得分不超过分值`,
    en: () => `Judged against the criteria; checked that the score is within the weight`,
  },
  rubricComputed: {
    'zh-CN': (p) => `按评分标准由数据「${p.data}」计算得 ${p.expected} 分`,
    en: (p) => `From the data "${p.data}" the criteria give ${p.expected}`,
  },
  rubricDataUnreadable: {
    'zh-CN': (p) => `评分依据「${p.data}」无法识别：应为 a/b、x% 或数字，多个用分号分隔`,
    en: (p) =>
      `The data "${p.data}" cannot be read: use a/b, x% or a number, separated by semicolons`,
  },
  rubricDataMissing: {
    'zh-CN': (p) => `该指标按公式评分，请在「评分依据」填写数据（${p.hint}）`,
    en: (p) => `This criterion is computed: fill in the data (${p.hint})`,
  },
};

export type AuditTextCode = keyof AuditParams;

export function auditText<K extends AuditTextCode>(
  code: K,
  params: AuditParams[K],
  lang: Lang,
): string {
  const text: (p: AuditParams[K]) => string = AUDIT_TEXTS[code][lang];
  return text(params);
}

/** What to write in 评分依据 for each rubric rule (the figures, in order). */
const RUBRIC_DATA_HINTS: Readonly<Record<RubricRuleKey, Readonly<Record<Lang, string>>>> = {
  procurement: { 'zh-CN': '实际采购金额/采购计划金额', en: 'actual purchases/planned purchases' },
  fixedAssets: {
    'zh-CN': '在用固定资产/固定资产总额，或 x%',
    en: 'assets in use/all assets, or x%',
  },
  staffControl: { 'zh-CN': '在编人数/编制数', en: 'staff on establishment/establishment' },
  contractStaff: { 'zh-CN': '编外人员比率 x%', en: 'contract staff ratio x%' },
  expenseControl: {
    'zh-CN': '“三公”经费控制率;日常公用经费控制率',
    en: 'three-public control rate;daily public expense control rate',
  },
  quarterly: {
    'zh-CN': '四个季度的累计支出进度，如 26.1%;50.6%;73.6%;99.45%',
    en: 'cumulative progress of the four quarters, e.g. 26.1%;50.6%;73.6%;99.45%',
  },
  timeliness: { 'zh-CN': '已完成项目数/计划完成项目数', en: 'projects completed/planned' },
  satisfaction: { 'zh-CN': '满意度 x%', en: 'satisfaction x%' },
  keyTasks: { 'zh-CN': '未完成的重点工作项数', en: 'number of key tasks not done' },
};

export function rubricDataHint(key: RubricRuleKey, lang: Lang): string {
  return RUBRIC_DATA_HINTS[key][lang];
}
