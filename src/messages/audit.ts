/**
 * Texts of the audit's table-level findings (weights, totals, budget line, grade, basic data),
 * in Chinese with an English fallback. Row-level reasons live in reasons.ts.
 */
import type { RubricRuleKey } from '../model/glossary';
import type { Lang } from './reasons';

type Params = Readonly<Record<string, string | number>>;
type Text = Readonly<Record<Lang, (p: Params) => string>>;

const s = (p: Params, k: string): string => String(p[k] ?? '');

export const AUDIT_TEXTS = {
  budgetRateWrong: {
    'zh-CN': (p) =>
      `执行率填报 ${s(p, 'stated')}，按 执行数 ${s(p, 'executed')} ÷ ${s(p, 'baseLabel')} ${s(p, 'base')} 计算应为 ${s(p, 'expected')}`,
    en: (p) =>
      `Stated rate ${s(p, 'stated')}; executed ${s(p, 'executed')} ÷ ${s(p, 'base')} gives ${s(p, 'expected')}`,
  },
  budgetRateWrongBase: {
    'zh-CN': (p) =>
      `执行率 ${s(p, 'stated')} 是按年初预算数 ${s(p, 'initial')} 计算的，应以全年（调整）预算数 ${s(p, 'adjusted')} 为基数`,
    en: (p) =>
      `The rate ${s(p, 'stated')} was computed against the initial budget ${s(p, 'initial')}, not the adjusted ${s(p, 'adjusted')}`,
  },
  budgetScoreWrong: {
    'zh-CN': (p) =>
      `预算执行得分填报 ${s(p, 'stated')}，按 min(执行率,100%) × 分值 ${s(p, 'weight')} 应为 ${s(p, 'expected')}`,
    en: (p) =>
      `Budget score ${s(p, 'stated')}; min(rate, 100%) × ${s(p, 'weight')} gives ${s(p, 'expected')}`,
  },
  budgetCapped: {
    'zh-CN': (p) => `执行率 ${s(p, 'rate')} 超过 100%，得分按分值封顶`,
    en: (p) => `The rate ${s(p, 'rate')} exceeds 100%; the score is capped at the weight`,
  },
  budgetNeedsInput: {
    'zh-CN': (p) => `预算执行率无法计算：${s(p, 'reason')}`,
    en: (p) => `The execution rate cannot be computed: ${s(p, 'reason')}`,
  },
  adjustedBudgetBlank: {
    'zh-CN': (p) =>
      `全年（调整）预算数未填写，执行率按年初预算数 ${s(p, 'initial')} 计算；如有调整预算请补填`,
    en: (p) => `The adjusted budget is blank; the rate uses the initial budget ${s(p, 'initial')}`,
  },
  noTotalRow: {
    'zh-CN': (p) =>
      `表格没有总分行：各项填报得分合计 ${s(p, 'sum')}，按规则应为 ${s(p, 'expected')}`,
    en: (p) =>
      `The table has no total row: the stated scores sum to ${s(p, 'sum')}; by the rules ${s(p, 'expected')}`,
  },
  costOverTarget: {
    'zh-CN': (p) =>
      `成本指标「${s(p, 'name')}」目标为“${s(p, 'target')}”，但本表全年执行数 ${s(p, 'executed')} 万元已超出，却得满分 ${s(p, 'stated')}；按执行数计应得 ${s(p, 'expected')} 分，请核实实际完成值`,
    en: (p) =>
      `Cost indicator "${s(p, 'name')}" targets "${s(p, 'target')}" but this form executed ${s(p, 'executed')} (10k yuan) and still takes full marks ${s(p, 'stated')}; by the executed amount it scores ${s(p, 'expected')}`,
  },
  actualNeedsNumber: {
    'zh-CN': (p) =>
      `指标值为“${s(p, 'target')}”，实际完成值写的是文字“${s(p, 'value')}”，请填写实际完成的数值`,
    en: (p) =>
      `The target is "${s(p, 'target')}" but the actual is the word "${s(p, 'value')}"; enter the number achieved`,
  },
  budgetFromPart: {
    'zh-CN': (p) => `${s(p, 'total')}一行金额为 0，按“${s(p, 'part')}”一行的金额计算执行率`,
    en: (p) => `The ${s(p, 'total')} line holds zeros; the rate uses the "${s(p, 'part')}" line`,
  },
  hiddenSheet: {
    'zh-CN': (p) => `工作表“${s(p, 'sheet')}”是隐藏的，其中的自评表同样已审核`,
    en: (p) => `Sheet "${s(p, 'sheet')}" is hidden; its form was audited all the same`,
  },
  scoreFormula: {
    'zh-CN': (p) => `该单元格是公式 ${s(p, 'formula')}，按其计算结果 ${s(p, 'value')} 核对`,
    en: (p) =>
      `The cell holds the formula ${s(p, 'formula')}; its result ${s(p, 'value')} was checked`,
  },
  malformedNumber: {
    'zh-CN': (p) => `${s(p, 'cell')} 的数字「${s(p, 'value')}」写法有误，无法识别，请更正`,
    en: (p) => `${s(p, 'cell')}: the number "${s(p, 'value')}" is malformed`,
  },
  totalWrong: {
    'zh-CN': (p) => `总分填报 ${s(p, 'stated')}，但各项填报得分合计为 ${s(p, 'sum')}`,
    en: (p) =>
      `The stated total ${s(p, 'stated')} differs from the sum of the stated scores ${s(p, 'sum')}`,
  },
  totalDiffersFromExpected: {
    'zh-CN': (p) => `按评分规则，总分应为 ${s(p, 'expected')}（填报 ${s(p, 'stated')}）`,
    en: (p) => `By the rules the total is ${s(p, 'expected')} (stated ${s(p, 'stated')})`,
  },
  totalMissing: {
    'zh-CN': () => `总分未填写`,
    en: () => `The total is blank`,
  },
  weightsTotal: {
    'zh-CN': (p) => `各项分值合计 ${s(p, 'sum')}，应为 ${s(p, 'expected')}`,
    en: (p) => `The weights sum to ${s(p, 'sum')}, not ${s(p, 'expected')}`,
  },
  level1WeightLabel: {
    'zh-CN': (p) =>
      `一级指标「${s(p, 'label')}」标明 ${s(p, 'stated')} 分，其下各项分值合计 ${s(p, 'sum')}`,
    en: (p) =>
      `First-level "${s(p, 'label')}" states ${s(p, 'stated')} points; its rows sum to ${s(p, 'sum')}`,
  },
  level2WeightLabel: {
    'zh-CN': (p) =>
      `二级指标「${s(p, 'label')}」分值 ${s(p, 'stated')}，其下各项分值合计 ${s(p, 'sum')}`,
    en: (p) =>
      `Second-level "${s(p, 'label')}" states ${s(p, 'stated')}; its rows sum to ${s(p, 'sum')}`,
  },
  level1WeightProfile: {
    'zh-CN': (p) =>
      `一级指标「${s(p, 'label')}」各项分值合计 ${s(p, 'sum')}，与评分方案规定的 ${s(p, 'expected')} 分不符`,
    en: (p) =>
      `First-level "${s(p, 'label')}" sums to ${s(p, 'sum')}; the profile sets ${s(p, 'expected')}`,
  },
  gradeWrong: {
    'zh-CN': (p) =>
      `等级填报「${s(p, 'stated')}」，总分 ${s(p, 'total')} 对应的等级应为「${s(p, 'expected')}」`,
    en: (p) =>
      `Grade "${s(p, 'stated')}" does not match the total ${s(p, 'total')}: "${s(p, 'expected')}"`,
  },
  gradeDiffersFromExpected: {
    'zh-CN': (p) => `按规则得分 ${s(p, 'total')}，等级应为「${s(p, 'expected')}」`,
    en: (p) => `By the rules (${s(p, 'total')}) the grade is "${s(p, 'expected')}"`,
  },
  staffRateWrong: {
    'zh-CN': (p) =>
      `控制率填报 ${s(p, 'stated')}，实际在职 ${s(p, 'actual')} ÷ 编制 ${s(p, 'establishment')} 应为 ${s(p, 'expected')}`,
    en: (p) =>
      `Staff control rate ${s(p, 'stated')}; ${s(p, 'actual')} ÷ ${s(p, 'establishment')} = ${s(p, 'expected')}`,
  },
  partsSumWrong: {
    'zh-CN': (p) =>
      `「${s(p, 'label')}」${s(p, 'period')} 填报 ${s(p, 'stated')}，但其分项合计 ${s(p, 'sum')}（${s(p, 'parts')}）`,
    en: (p) =>
      `"${s(p, 'label')}" ${s(p, 'period')}: ${s(p, 'stated')} but its parts sum to ${s(p, 'sum')}`,
  },
  partExceedsWhole: {
    'zh-CN': (p) =>
      `「${s(p, 'part')}」${s(p, 'period')} ${s(p, 'value')} 超过了「${s(p, 'whole')}」${s(p, 'total')}`,
    en: (p) =>
      `"${s(p, 'part')}" ${s(p, 'period')} ${s(p, 'value')} exceeds "${s(p, 'whole')}" ${s(p, 'total')}`,
  },
  targetMissingUsedCompletion: {
    'zh-CN': (p) =>
      `年度指标值空缺，按完成程度 ${s(p, 'completion')} 计分（得分 = 完成程度 × 分值）`,
    en: (p) =>
      `No target: scored from the stated completion ${s(p, 'completion')} (score = completion × weight)`,
  },
  targetMissingQualitative: {
    'zh-CN': (p) => `年度指标值空缺，按定性指标“${s(p, 'text')}”已达成、得满分计`,
    en: (p) =>
      `No target: scored as the qualitative statement "${s(p, 'text')}" achieved (full marks)`,
  },
  rubricJudged: {
    'zh-CN': () => `按评分标准人工评分，已核对得分不超过分值`,
    en: () => `Judged against the criteria; checked that the score is within the weight`,
  },
  rubricComputed: {
    'zh-CN': (p) => `按评分标准由数据「${s(p, 'data')}」计算得 ${s(p, 'expected')} 分`,
    en: (p) => `From the data "${s(p, 'data')}" the criteria give ${s(p, 'expected')}`,
  },
  rubricDataUnreadable: {
    'zh-CN': (p) => `评分依据「${s(p, 'data')}」无法识别：应为 a/b、x% 或数字，多个用分号分隔`,
    en: (p) =>
      `The data "${s(p, 'data')}" cannot be read: use a/b, x% or a number, separated by semicolons`,
  },
  rubricDataMissing: {
    'zh-CN': (p) => `该指标按公式评分，请在「评分依据」填写数据（${s(p, 'hint')}）`,
    en: (p) => `This criterion is computed: fill in the data (${s(p, 'hint')})`,
  },
} satisfies Record<string, Text>;

export type AuditTextCode = keyof typeof AUDIT_TEXTS;

export function auditText(code: AuditTextCode, params: Params, lang: Lang): string {
  return AUDIT_TEXTS[code][lang](params);
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
