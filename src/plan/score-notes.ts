/**
 * A note in plain words on each computed score (the helper column 系统得分): "得分 = 指标值 ÷
 * 实际值 × 分值". Written as the cell's input prompt (data validation that accepts anything), so
 * Excel shows it when the cell is selected, and 撤销写入 removes it with the other validations.
 * Only when the plan is asked for it (`explainScores`: the task pane); files written by the
 * command line are unchanged.
 */
import type { RowModel } from '../audit';
import type { Indicator } from '../model/table';
import { scoreNoteText, scoreNoteTitle, type ScoreRule } from '../messages/score-notes';
import { a1 as A1 } from '../snapshot/a1';
import type { TableContext } from './context';

export function scoreRule(model: RowModel, reverse: 'ratio' | 'deviation'): ScoreRule {
  switch (model.kind) {
    case 'quantitative':
      if (model.operator === '<=' || model.operator === '<') {
        return reverse === 'ratio' ? 'atMostRatio' : 'atMostDeviation';
      }
      return model.operator === '=' ? 'equal' : 'atLeast';
    case 'completion':
      return 'completion';
    case 'range':
      return 'range';
    case 'rubricComputed':
    case 'rubricJudged':
      return 'rubric';
    default:
      return 'none';
  }
}

export function planScoreNotes(
  ctx: TableContext,
  rows: readonly { ind: Indicator; model: RowModel }[],
): void {
  const { w, edits, dvRanges, layout, lang, a } = ctx;
  for (const { ind, model } of rows) {
    const cell = A1(layout.score, ind.row);
    edits.push({
      id: `${w.name}!${cell}#dv-note`,
      kind: 'dataValidation',
      sheet: w.name,
      range: cell,
      rule: { type: 'custom', formula: '=TRUE' },
      ignoreBlanks: true,
      prompt: {
        title: scoreNoteTitle(lang),
        message: scoreNoteText(scoreRule(model, a.profile.reverseFormula), lang),
      },
      requires: 'ExcelApi1.8',
    });
    dvRanges.push(cell);
  }
}
