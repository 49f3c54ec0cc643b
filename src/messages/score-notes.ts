/**
 * How a computed score (the helper column 系统得分) is worked out, in plain words, shown as the
 * cell's input prompt so a person checking the workbook can check the formula.
 */
import type { Lang } from './reasons';

export type ScoreRule =
  | 'atLeast'
  | 'atMostRatio'
  | 'atMostDeviation'
  | 'equal'
  | 'completion'
  | 'range'
  | 'rubric'
  | 'none';

const ZH: Record<ScoreRule, string> = {
  atLeast: '得分 = 实际值 ÷ 指标值 × 分值；达到指标值得满分。',
  atMostRatio: '得分 = 指标值 ÷ 实际值 × 分值；不超过指标值得满分。',
  atMostDeviation: '得分 = (1 − 超出部分 ÷ 指标值) × 分值；不超过指标值得满分。',
  equal: '得分 = (1 − |实际值 − 指标值| ÷ 指标值) × 分值。',
  completion: '得分 = 完成程度 × 分值。',
  range: '定性指标：按完成情况在评分规则给出的分值区间内评分。',
  rubric: '按评分标准（评分依据列的数据）计算。',
  none: '按规则无法计算，请补充指标值或实际完成值。',
};
const EN: Record<ScoreRule, string> = {
  atLeast: 'Score = actual ÷ target × weight; full marks when the target is met.',
  atMostRatio: 'Score = target ÷ actual × weight; full marks when within the target.',
  atMostDeviation: 'Score = (1 − overshoot ÷ target) × weight; full marks when within the target.',
  equal: 'Score = (1 − |actual − target| ÷ target) × weight.',
  completion: 'Score = completion × weight.',
  range: 'Qualitative: scored within the band of the weight the rules give for its result.',
  rubric: 'Computed by the rubric from the figures in the evidence column.',
  none: 'The rules cannot score this row: complete the target or the actual value.',
};

export function scoreNoteTitle(lang: Lang): string {
  return lang === 'zh-CN' ? '系统得分怎么算' : 'How this score is computed';
}

export function scoreNoteText(rule: ScoreRule, lang: Lang): string {
  return (lang === 'zh-CN' ? ZH : EN)[rule];
}
