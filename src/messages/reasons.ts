/**
 * User-facing texts (Chinese and English) for every reason, assumption and finding code the rules
 * produce, and the row status labels that the status formula writes into the sheet.
 */
import type { MessageCode, MessageParamKey, MessageParams } from '../rules/codes';
import type { RowStatus, StatusLabels } from '../rules/verdict';

export type Lang = 'zh-CN' | 'en';

type P = MessageParams;
type Text = (p: P) => string;

const s = (p: P, k: MessageParamKey): string => (p[k] === undefined ? '' : String(p[k]));
/** 「value」 in Chinese, "value" in English, or nothing when the value is empty. */
const qz = (p: P, k: MessageParamKey = 'value'): string => (s(p, k) ? `“${s(p, k)}”` : '');
const qe = (p: P, k: MessageParamKey = 'value'): string => (s(p, k) ? `"${s(p, k)}"` : '');

const WHY_ZH: Record<string, string> = {
  empty: '为空',
  placeholder: '为占位符',
  notANumber: '不是数字',
  malformedNumber: '数字格式有误',
  cellError: '为错误值',
  booleanValue: '为逻辑值',
  missingWeight: '缺失',
};
const WHY_EN: Record<string, string> = {
  empty: 'is empty',
  placeholder: 'is a placeholder',
  notANumber: 'is not a number',
  malformedNumber: 'is a malformed number',
  cellError: 'is an error',
  booleanValue: 'is TRUE/FALSE',
  missingWeight: 'is missing',
};
const whyZ = (p: P): string => (p.why ? `（${WHY_ZH[String(p.why)] ?? String(p.why)}）` : '');
const whyE = (p: P): string => (p.why ? ` (${WHY_EN[String(p.why)] ?? String(p.why)})` : '');

const TEXTS: Record<MessageCode, { 'zh-CN': Text; en: Text }> = {
  // Reasons: the rule cannot be applied.
  empty: { 'zh-CN': () => '单元格为空', en: () => 'The cell is empty' },
  placeholder: {
    'zh-CN': (p) => `${qz(p)}是占位符，没有数值`,
    en: (p) => `${qe(p)} is a placeholder, not a value`,
  },
  notANumber: { 'zh-CN': (p) => `${qz(p)}不是数字`, en: (p) => `${qe(p)} is not a number` },
  malformedNumber: {
    'zh-CN': (p) => `数字${qz(p)}格式有误（如多余的小数点），请核对`,
    en: (p) => `The number ${qe(p)} is malformed (e.g. a doubled decimal point); please check it`,
  },
  cellError: {
    'zh-CN': (p) => `单元格为错误值 ${s(p, 'value')}`,
    en: (p) => `The cell holds the error ${s(p, 'value')}`,
  },
  booleanValue: {
    'zh-CN': () => '单元格为逻辑值（TRUE/FALSE），不是数字',
    en: () => 'The cell holds TRUE/FALSE, not a number',
  },
  missingTarget: {
    'zh-CN': (p) => `年度指标值${qz(p)}无法识别${whyZ(p)}`,
    en: (p) => `The annual target ${qe(p)} cannot be read${whyE(p)}`,
  },
  missingActual: {
    'zh-CN': (p) => `实际完成值${qz(p)}无法识别${whyZ(p)}`,
    en: (p) => `The actual value ${qe(p)} cannot be read${whyE(p)}`,
  },
  missingOperator: {
    'zh-CN': (p) =>
      `指标值${qz(p, 'target')}缺少运算符号（≥、≤、=），实际值与指标值不等时无法判断是否完成`,
    en: (p) =>
      `The target ${qe(p, 'target')} has no operator (≥, ≤, =); when the actual differs it cannot be judged`,
  },
  missingWeight: {
    'zh-CN': (p) => `缺少分值${whyZ(p)}`,
    en: (p) => `The weight is missing${whyE(p)}`,
  },
  negativeWeight: {
    'zh-CN': (p) => `分值 ${s(p, 'value')} 为负数`,
    en: (p) => `The weight ${s(p, 'value')} is negative`,
  },
  missingStatedScore: {
    'zh-CN': (p) => (s(p, 'value') ? `得分${qz(p)}不是数字` : '缺少得分'),
    en: (p) =>
      s(p, 'value') ? `The stated score ${qe(p)} is not a number` : 'The stated score is missing',
  },
  unitMismatch: {
    'zh-CN': (p) => `指标值单位“${s(p, 'target')}”与实际值单位“${s(p, 'actual')}”不一致，无法比较`,
    en: (p) =>
      `The target's unit "${s(p, 'target')}" and the actual's unit "${s(p, 'actual')}" differ; they cannot be compared`,
  },
  actualNotNumeric: {
    'zh-CN': (p) => `定量指标的实际完成值${qz(p)}不是数字，请填写数值或完成百分比`,
    en: (p) =>
      `The actual value ${qe(p)} of a quantitative target is not a number; enter a value or a completion percentage`,
  },
  qualitativeUnclear: {
    'zh-CN': (p) =>
      `无法从实际完成情况${qz(p)}判断定性指标${qz(p, 'target')}的完成档次，请填写完成程度`,
    en: (p) =>
      `Cannot tell from ${qe(p)} how far the qualitative target ${qe(p, 'target')} was achieved; enter a completion degree`,
  },
  nonPositiveBudget: {
    'zh-CN': (p) => `预算数 ${s(p, 'value')} 不大于零，无法计算执行率`,
    en: (p) =>
      `The budget ${s(p, 'value')} is not above zero; the execution rate cannot be computed`,
  },
  missingBudget: {
    'zh-CN': () => '缺少预算数（全年预算数/调整预算数和年初预算数均无数值）',
    en: () => 'No budget figure (neither the adjusted nor the initial budget holds a number)',
  },
  missingExecuted: { 'zh-CN': () => '缺少执行数', en: () => 'The executed amount is missing' },
  missingValue: {
    'zh-CN': (p) => (s(p, 'value') ? `数值${qz(p)}无法使用` : '缺少数值'),
    en: (p) => (s(p, 'value') ? `The value ${qe(p)} cannot be used` : 'A value is missing'),
  },
  zeroDenominator: {
    'zh-CN': (p) => `分母 ${s(p, 'value')} 不大于零，无法计算比率`,
    en: (p) => `The denominator ${s(p, 'value')} is not above zero; the rate cannot be computed`,
  },
  invalidCount: {
    'zh-CN': (p) => `项数 ${s(p, 'value')} 应为不小于零的整数`,
    en: (p) => `The count ${s(p, 'value')} must be a whole number of at least zero`,
  },

  // Assumptions and notes.
  numberStoredAsText: {
    'zh-CN': (p) => `${qz(p)}是以文本形式保存的数字`,
    en: (p) => `${qe(p)} is a number stored as text`,
  },
  percentFromFormat: {
    'zh-CN': (p) => `按单元格的百分比格式读取 ${s(p, 'value')}`,
    en: (p) => `${s(p, 'value')} was read as a percentage from the cell's format`,
  },
  operatorReversed: {
    'zh-CN': (p) => `运算符号写在数字之后${qz(p)}，按“${s(p, 'read')}”理解`,
    en: (p) => `The operator follows the number in ${qe(p)}; read as "${s(p, 'read')}"`,
  },
  operatorConflict: {
    'zh-CN': (p) => `指标值${qz(p)}中的运算符号相互矛盾`,
    en: (p) => `The operators in the target ${qe(p)} contradict each other`,
  },
  operatorCellConflict: {
    'zh-CN': (p) =>
      `运算符号列为“${s(p, 'cell')}”，与指标值${qz(p)}不一致，按“${s(p, 'used')}”理解`,
    en: (p) =>
      `The operator column says "${s(p, 'cell')}" but the target ${qe(p)} says otherwise; read as "${s(p, 'used')}"`,
  },
  operatorCellUnrecognized: {
    'zh-CN': (p) => `无法识别运算符号${qz(p)}，已忽略`,
    en: (p) => `The operator ${qe(p)} is not recognised and was ignored`,
  },
  operatorAssumed: {
    'zh-CN': (p) => `指标值未写运算符号，按“${s(p, 'sign')}”处理`,
    en: (p) => `The target has no operator; "${s(p, 'sign')}" was assumed`,
  },
  unitCellConflict: {
    'zh-CN': (p) =>
      `度量单位列为“${s(p, 'cell')}”，指标值${qz(p)}的单位为“${s(p, 'used')}”，按后者计算`,
    en: (p) =>
      `The unit column says "${s(p, 'cell')}" but the target ${qe(p)} uses "${s(p, 'used')}"; the latter was used`,
  },
  unitScaled: {
    'zh-CN': (p) =>
      `指标值单位“${s(p, 'target')}”与实际值单位“${s(p, 'actual')}”量级不同，已换算后比较`,
    en: (p) =>
      `The target in "${s(p, 'target')}" and the actual in "${s(p, 'actual')}" were converted to the same scale`,
  },
  unitAssumedFromActual: {
    'zh-CN': (p) => `指标值 ${s(p, 'value')} 未写单位，按实际值的单位“${s(p, 'unit')}”理解`,
    en: (p) =>
      `The target ${s(p, 'value')} has no unit; the actual's unit "${s(p, 'unit')}" was assumed`,
  },
  perPeriodTarget: {
    'zh-CN': (p) => `指标值${qz(p)}按“${s(p, 'period')}”计，请确认实际值也是同一期间的数值`,
    en: (p) =>
      `The target ${qe(p)} is per period (${s(p, 'period')}); check that the actual is for the same period`,
  },
  approximateValue: {
    'zh-CN': (p) => `${qz(p)}是约数，按写出的数值计算`,
    en: (p) => `${qe(p)} is approximate; the written number was used`,
  },
  compoundTarget: {
    'zh-CN': (p) => `指标值${qz(p)}包含多个数字，按定性指标处理`,
    en: (p) => `The target ${qe(p)} contains several numbers and is treated as qualitative`,
  },
  dateTarget: {
    'zh-CN': (p) => `指标值${qz(p)}是日期或时限，按定性指标处理`,
    en: (p) => `The target ${qe(p)} is a date or deadline and is treated as qualitative`,
  },
  qualitativeUnitWithNumber: {
    'zh-CN': (p) => `度量单位为定性指标，但指标值 ${s(p, 'value')} 是数字，按定量指标处理`,
    en: (p) =>
      `The unit column says qualitative but the target ${s(p, 'value')} is a number; treated as quantitative`,
  },
  actualIsCompletion: {
    'zh-CN': (p) => `实际完成值${qz(p)}是完成百分比（指标值为${qz(p, 'target')}），按完成程度计分`,
    en: (p) =>
      `The actual ${qe(p)} is a completion percentage (target ${qe(p, 'target')}); scored as the completion degree`,
  },
  actualHasOperator: {
    'zh-CN': (p) => `实际完成值${qz(p)}带有运算符号，按 ${s(p, 'used')} 计算`,
    en: (p) => `The actual ${qe(p)} carries an operator; ${s(p, 'used')} was used`,
  },
  actualTextAsCompletion: {
    'zh-CN': (p) => `实际完成值${qz(p)}表示已完成，按完成程度 100% 计分`,
    en: (p) => `The actual ${qe(p)} says done; scored as 100% completion`,
  },
  bareNumberAsCompletion: {
    'zh-CN': (p) => `定性指标的实际值 ${s(p, 'value')} 按完成程度 ${s(p, 'completion')} 理解`,
    en: (p) =>
      `The qualitative actual ${s(p, 'value')} was read as ${s(p, 'completion')} completion`,
  },
  qualitativeMatched: {
    'zh-CN': (p) => `实际完成情况${qz(p)}与指标值一致，达成预期指标`,
    en: (p) => `The actual ${qe(p)} matches the target: achieved`,
  },
  qualitativeLevel: {
    'zh-CN': (p) => `按等级比较实际完成情况${qz(p)}与指标值${qz(p, 'target')}`,
    en: (p) => `The level ${qe(p)} was compared with the target level ${qe(p, 'target')}`,
  },
  qualitativeKeyword: {
    'zh-CN': (p) => `按实际完成情况${qz(p)}中的用语判断完成档次`,
    en: (p) => `The achievement band was judged from the wording ${qe(p)}`,
  },
  qualitativeContainsTarget: {
    'zh-CN': (p) => `实际完成情况${qz(p)}包含指标值${qz(p, 'target')}，视为达成`,
    en: (p) => `The actual ${qe(p)} contains the target ${qe(p, 'target')}; taken as achieved`,
  },
  qualitativeFromCompletion: {
    'zh-CN': (p) => `按填写的完成程度 ${s(p, 'completion')} 计分`,
    en: (p) => `Scored from the stated completion degree ${s(p, 'completion')}`,
  },
  completionOutsideBand: {
    'zh-CN': (p) => `完成程度 ${s(p, 'completion')} 与完成情况${qz(p)}对应的档次不符`,
    en: (p) => `The completion degree ${s(p, 'completion')} does not fit the band of ${qe(p)}`,
  },
  nonPositiveTargetShort: {
    'zh-CN': (p) => `指标值 ${s(p, 'target')} 不大于零且未完成，完成程度按 0 计`,
    en: (p) =>
      `The target ${s(p, 'target')} is not above zero and was missed; completion counts as 0`,
  },
  strictOperatorAtTarget: {
    'zh-CN': (p) => `实际值等于指标值 ${s(p, 'target')}，但运算符号要求严格大于或小于，视为未完成`,
    en: (p) => `The actual equals the target ${s(p, 'target')} but the operator is strict; not met`,
  },
  usedInitialBudget: {
    'zh-CN': (p) => `无全年预算数（调整预算数），按年初预算数 ${s(p, 'initial')} 计算执行率`,
    en: (p) => `No adjusted budget; the rate uses the initial budget ${s(p, 'initial')}`,
  },
  usedAdjustedBudget: {
    'zh-CN': () => '按全年预算数（调整预算数）计算执行率',
    en: () => 'The rate uses the adjusted budget',
  },
  budgetWeightFromProfile: {
    'zh-CN': (p) => `预算执行未写分值，按 ${s(p, 'weight')} 分计算`,
    en: (p) => `The budget line has no weight; ${s(p, 'weight')} was used`,
  },
  executionRateCapped: {
    'zh-CN': (p) => `执行率 ${s(p, 'rate')} 超过 100%，得分以分值为上限`,
    en: (p) => `The execution rate ${s(p, 'rate')} exceeds 100%; the score is capped at the weight`,
  },
  negativeExecution: {
    'zh-CN': (p) => `执行数 ${s(p, 'executed')} 为负数`,
    en: (p) => `The executed amount ${s(p, 'executed')} is negative`,
  },
  totalCapped: {
    'zh-CN': (p) =>
      `各项得分合计 ${s(p, 'sum')} 超过 ${s(p, 'cap')} 分，总分按 ${s(p, 'cap')} 分计`,
    en: (p) =>
      `The scores add up to ${s(p, 'sum')}, above ${s(p, 'cap')}; the total is capped at ${s(p, 'cap')}`,
  },

  // Findings.
  short: { 'zh-CN': () => '未完成年度指标值', en: () => 'The target is not met' },
  scoreWrong: {
    'zh-CN': (p) => `得分 ${s(p, 'stated')} 与按规则计算的 ${s(p, 'expected')} 不符`,
    en: (p) => `The stated score ${s(p, 'stated')} differs from the rule's ${s(p, 'expected')}`,
  },
  scoreAboveWeight: {
    'zh-CN': (p) => `得分 ${s(p, 'stated')} 超过分值 ${s(p, 'weight')}`,
    en: (p) => `The stated score ${s(p, 'stated')} exceeds the weight ${s(p, 'weight')}`,
  },
  scoreNegative: {
    'zh-CN': (p) => `得分 ${s(p, 'stated')} 为负数`,
    en: (p) => `The stated score ${s(p, 'stated')} is negative`,
  },
  scoreOutsideBand: {
    'zh-CN': (p) =>
      `得分 ${s(p, 'stated')} 不在该完成档次的得分范围 ${s(p, 'min')}–${s(p, 'max')} 内`,
    en: (p) =>
      `The stated score ${s(p, 'stated')} is outside the band's range ${s(p, 'min')}–${s(p, 'max')}`,
  },
  missingReason: {
    'zh-CN': () => '指标未完成，但未填写未完成原因',
    en: () => 'The target is not met but no reason is given',
  },
};

/** The text of a reason, assumption or finding code. */
export function reasonText(
  code: MessageCode,
  params: MessageParams | undefined,
  lang: Lang,
): string {
  return TEXTS[code][lang](params ?? {});
}

/** Every code that has a text (for tests). */
export const REASON_TEXT_CODES = Object.keys(TEXTS) as MessageCode[];

const STATUS: Record<RowStatus, { 'zh-CN': string; en: string }> = {
  done: { 'zh-CN': '完成', en: 'Done' },
  short: { 'zh-CN': '未完成', en: 'Short' },
  wrong: { 'zh-CN': '得分有误', en: 'Score wrong' },
  missingReason: { 'zh-CN': '缺少原因', en: 'Reason missing' },
  needsInput: { 'zh-CN': '待补充', en: 'Needs input' },
};

/** The label the status formula writes for a row status. */
export function statusLabel(status: RowStatus, lang: Lang = 'zh-CN'): string {
  return STATUS[status][lang];
}

/** Every status's label in one language: what the formula compilers take as `labels`. */
export function statusLabels(lang: Lang = 'zh-CN'): StatusLabels {
  return {
    done: STATUS.done[lang],
    short: STATUS.short[lang],
    wrong: STATUS.wrong[lang],
    missingReason: STATUS.missingReason[lang],
    needsInput: STATUS.needsInput[lang],
  };
}
