/** The pane's results: the forms found (summary cards) and the findings list. */

/** A share as a percentage with up to two decimals (`0.8765` → `87.65%`). */
export const pct = (x: number): string =>
  `${Number((Math.round(x * 10000) / 100).toFixed(2)).toString()}%`;
/** Points with up to two decimals. */
export const pts = (x: number): string => String(Math.round(x * 100) / 100);

export const summaryZh = {
  title: '识别到的表格',
  titleCount: (n: number): string => `识别到的表格（${n}）`,
  kind: {
    project: '项目支出绩效自评表',
    department: '部门整体支出绩效自评表',
    rubric: '共性指标评分表',
    'basic-data': '基础数据表',
  } as Record<string, string>,
  unnamed: '（未命名表格）',
  sheet: '工作表',
  stated: '自评得分',
  expected: '应得',
  grade: '等级',
  budget: '预算执行率',
  ok: '未发现问题',
  mismatch: '总分有误',
  stateError: (n: number): string => `${n} 项需处理`,
  stateWarning: (n: number): string => `${n} 项需关注`,
  totalBlank: '未填写',
  budgetBase: { adjusted: '全年预算数', initial: '年初预算数' } as Record<string, string>,
  budgetOver: '超过 100%，得分按分值封顶',
  adjustedBlank: '全年（调整）预算数未填写，按年初预算数计算',
  cardLabel: (name: string, kind: string, total: string, state: string): string =>
    `${name}，${kind}，${total}，${state}`,
  totalLabel: (stated: string, expected: string): string => `自评得分 ${stated}，应得 ${expected}`,
  cleanTables: (n: number): string => `另有 ${n} 张表未发现问题`,
  none: '—',
  rows: (n: number): string => `${n} 项指标`,
  where: (sheet: string, row: number): string => `工作表“${sheet}”第 ${row} 行起`,
  budgetScore: (rate: string, score: string | null): string =>
    score === null ? rate : `${rate}，得分 ${score}`,
  totalLine: (stated: string, expected: string): string =>
    `自评 ${stated} 分 · 应为 ${expected} 分`,
  gradeLine: (stated: string, expected: string): string => `等级 ${stated} · 应为 ${expected}`,
};

export const summaryEn: typeof summaryZh = {
  title: 'Forms found',
  titleCount: (n: number): string => `Forms found (${n})`,
  kind: {
    project: 'Project expenditure form',
    department: 'Department-wide form',
    rubric: 'Common indicator rubric',
    'basic-data': 'Basic data table',
  },
  unnamed: '(untitled form)',
  sheet: 'Sheet',
  stated: 'Stated score',
  expected: 'Expected',
  grade: 'Grade',
  budget: 'Budget execution',
  ok: 'No problems',
  mismatch: 'Total wrong',
  stateError: (n: number): string => `${n} to fix`,
  stateWarning: (n: number): string => `${n} to review`,
  totalBlank: 'blank',
  budgetBase: { adjusted: 'adjusted budget', initial: 'initial budget' },
  budgetOver: 'over 100%; the score is capped at the weight',
  adjustedBlank: 'no adjusted budget; the initial budget is used',
  cardLabel: (name: string, kind: string, total: string, state: string): string =>
    `${name}, ${kind}, ${total}, ${state}`,
  totalLabel: (stated: string, expected: string): string =>
    `stated score ${stated}, expected ${expected}`,
  cleanTables: (n: number): string => `${n} more form(s) without problems`,
  none: '—',
  rows: (n: number): string => `${n} indicators`,
  where: (sheet: string, row: number): string => `sheet “${sheet}” from row ${row}`,
  budgetScore: (rate: string, score: string | null): string =>
    score === null ? rate : `${rate}, score ${score}`,
  totalLine: (stated: string, expected: string): string =>
    `Stated ${stated} · expected ${expected}`,
  gradeLine: (stated: string, expected: string): string => `Grade ${stated} · expected ${expected}`,
};

export const findingsZh = {
  title: '检查结果',
  none: '没有发现问题。',
  groups: {
    short: '未完成目标',
    wrong: '得分有误',
    missingReason: '缺少未完成原因',
    needsInput: '需要补充信息',
    table: '合计、等级与预算',
  },
  groupHint: {
    short: '实际完成值未达到年度指标值，按规则应扣分',
    wrong: '填写的得分与按规则计算的得分不一致',
    missingReason: '未完成的指标需要说明原因和改进措施',
    needsInput: '指标值或完成值无法解析，请补充或改写',
    table: '总分、等级、权重或预算执行率与计算结果不一致',
  },
  count: (n: number): string => `${n} 项`,
  select: (cell: string): string => `定位到 ${cell}`,
  row: (row: number): string => `第 ${row} 行`,
  lost: (x: number): string => `扣 ${pts(x)} 分`,
  wrongLine: (stated: string | null, expected: string): string =>
    stated === null
      ? `未填写得分，按规则应得 ${expected} 分`
      : `填报 ${stated} 分，按规则应得 ${expected} 分`,
  shortLine: (target: string | null, actual: string | null, completion: string | null): string =>
    [
      target ? `指标值 ${target}` : '',
      actual ? `实际 ${actual}` : '',
      completion !== null ? `完成 ${completion}` : '',
    ]
      .filter(Boolean)
      .join('，'),
  missingReasonLine: '尚未填写未完成原因和改进措施',
  tableItems: {
    total: '总分',
    grade: '等级',
    budget: '预算执行',
    weights: '分值合计',
    other: '表格检查',
  },
  tags: { wrong: '得分有误', needsInput: '待补充', short: '未完成', missingReason: '缺原因' },
  tableTag: '表格问题',
  setScore: (score: string): string => `改为 ${score} 分`,
  setTarget: (value: string): string => `改为 ${value}`,
  fillReason: '填写原因',
  totalBlank: (expected: string): string => `总分未填写，按规则应为 ${expected} 分`,
  totalWrong: (stated: string, sum: string): string => `总分填报 ${stated}，各项得分合计 ${sum}`,
  gradeWrong: (stated: string, expected: string): string =>
    `等级填报“${stated}”，应为“${expected}”`,
  countLine: (n: number, detail: string): string => `${n} 项需要处理：${detail}`,
  startWizard: '逐行填写未完成原因',
  startWizardHint: (n: number): string => `共 ${n} 行需要填写`,
};

export const findingsEn: typeof findingsZh = {
  title: 'Findings',
  none: 'No problems found.',
  groups: {
    short: 'Target not met',
    wrong: 'Score is wrong',
    missingReason: 'Reason missing',
    needsInput: 'Needs input',
    table: 'Totals, grade and budget',
  },
  groupHint: {
    short: 'The actual value falls short of the target, so points are lost',
    wrong: 'The stated score differs from the score the rules give',
    missingReason: 'A row that falls short needs a reason and an improvement',
    needsInput: 'The target or actual value cannot be read; complete or rewrite it',
    table: 'Total, grade, weights or budget execution differ from the computed ones',
  },
  count: (n: number): string => `${n}`,
  select: (cell: string): string => `Select ${cell}`,
  row: (row: number): string => `Row ${row}`,
  lost: (x: number): string => `−${pts(x)} pts`,
  wrongLine: (stated: string | null, expected: string): string =>
    stated === null
      ? `No score; the rules give ${expected}`
      : `Stated ${stated}; the rules give ${expected}`,
  shortLine: (target: string | null, actual: string | null, completion: string | null): string =>
    [
      target ? `target ${target}` : '',
      actual ? `actual ${actual}` : '',
      completion !== null ? `${completion} done` : '',
    ]
      .filter(Boolean)
      .join(', '),
  missingReasonLine: 'No reason or improvement written yet',
  tableItems: {
    total: 'Total score',
    grade: 'Grade',
    budget: 'Budget execution',
    weights: 'Weights',
    other: 'Table check',
  },
  tags: {
    wrong: 'Score wrong',
    needsInput: 'Needs input',
    short: 'Short',
    missingReason: 'No reason',
  },
  tableTag: 'Table',
  setScore: (score: string): string => `Change to ${score}`,
  setTarget: (value: string): string => `Change to ${value}`,
  fillReason: 'Write the reason',
  totalBlank: (expected: string): string => `The total is blank; by the rules ${expected}`,
  totalWrong: (stated: string, sum: string): string =>
    `Stated total ${stated}; the scores sum to ${sum}`,
  gradeWrong: (stated: string, expected: string): string =>
    `Grade “${stated}”, should be “${expected}”`,
  countLine: (n: number, detail: string): string => `${n} item(s) need attention: ${detail}`,
  startWizard: 'Fill in the missing reasons',
  startWizardHint: (n: number): string => `${n} row(s) to fill in`,
};
