/** The reason wizard: filling in the reasons and improvements of rows that fall short. */
import { pct, pts } from './ui-results';

/** Reason categories of the forms' tick columns (未完成原因), as the core names them. */
export const REASON_CATEGORIES = [
  '经费保障',
  '制度保障',
  '人员保障',
  '硬件条件保障',
  '其他',
] as const;

/** Labels of the reason categories in the pane's language (the ids stay Chinese). */
export const CATEGORY_LABELS_EN: Record<string, string> = {
  经费保障: 'Funding',
  制度保障: 'Rules and procedures',
  人员保障: 'Staffing',
  硬件条件保障: 'Equipment and facilities',
  其他: 'Other',
};

export const wizardZh = {
  title: '填写未完成原因',
  progress: (i: number, n: number): string => `第 ${i} / ${n} 行`,
  remaining: (n: number): string => (n === 0 ? '这是最后一行' : `还剩 ${n} 行`),
  indicator: '指标',
  target: '年度指标值',
  actual: '实际完成值',
  completion: '完成程度',
  lost: '扣分',
  weight: '分值',
  categories: '原因类别（可多选）',
  categoriesHint: '据此给出建议写法；表中有对应的勾选列时，会在该列打“√”',
  reason: '原因说明',
  reasonPlaceholder: '说明未完成的具体原因',
  improvement: '改进措施',
  improvementPlaceholder: '说明下一步如何改进',
  suggestion: '建议写法',
  useSuggestion: '填入建议写法',
  back: '上一行',
  skip: '跳过',
  next: '下一行',
  finish: '完成并写入',
  exit: '退出',
  exitHint: '不写入，返回检查结果',
  nothing: '已填写的行会写入表中自己的原因单元格；跳过的行保持不变。',
  answered: (n: number, total: number): string => `已填写 ${n} / ${total} 行`,
  empty: '没有需要填写原因的行。',
  skipLast: (n: number): string =>
    n === 0 ? '跳过并退出（不写入任何内容）' : `跳过本行，写入已填写的 ${n} 行`,
  finishCount: (n: number): string => (n === 0 ? '完成（没有要写入的行）' : `完成并写入 ${n} 行`),
  needOne: '请至少勾选一个原因类别，或自己填写原因说明。',
  reasonCell: (cell: string): string => `写入 ${cell}`,
  pct,
  pts,
};

export const wizardEn: typeof wizardZh = {
  title: 'Reasons for shortfalls',
  progress: (i: number, n: number): string => `Row ${i} of ${n}`,
  remaining: (n: number): string => (n === 0 ? 'This is the last row' : `${n} left`),
  indicator: 'Indicator',
  target: 'Target',
  actual: 'Actual',
  completion: 'Completion',
  lost: 'Points lost',
  weight: 'Weight',
  categories: 'Reason categories (any number)',
  categoriesHint:
    'They shape the suggested wording, and are ticked in the form’s tick columns if it has them',
  reason: 'Reason',
  reasonPlaceholder: 'Why the target was not met',
  improvement: 'Improvement',
  improvementPlaceholder: 'What will be done about it',
  suggestion: 'Suggested wording',
  useSuggestion: 'Use the suggestion',
  back: 'Back',
  skip: 'Skip',
  next: 'Next',
  finish: 'Finish and write',
  exit: 'Exit',
  exitHint: 'Leave without writing',
  nothing:
    'Filled rows are written into the form’s own reason cells; skipped rows stay as they are.',
  answered: (n: number, total: number): string => `${n} of ${total} filled`,
  empty: 'No row needs a reason.',
  skipLast: (n: number): string =>
    n === 0 ? 'Skip and leave (nothing is written)' : `Skip this row, write the ${n} filled`,
  finishCount: (n: number): string =>
    n === 0 ? 'Finish (nothing to write)' : `Finish and write ${n} row(s)`,
  needOne: 'Tick at least one category, or write the reason yourself.',
  reasonCell: (cell: string): string => `goes into ${cell}`,
  pct,
  pts,
};
