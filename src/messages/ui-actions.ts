/**
 * The pane's actions, their progress and the status lines they leave (Chinese, then English in
 * the same shape).
 */

export const actionsZh = {
  groupLabel: '操作',
  recognize: '识别并检查',
  recognizeHint: '读取工作簿，识别自评表并逐行核对得分',
  annotate: '写入公式与校验',
  annotateHint: '在表旁写入计算公式、数据验证和高亮，表格离开插件也能自查',
  recalc: '一键重算',
  recalcHint: '重新识别、检查，并刷新已写入的公式和高亮',
  adopt: '采用系统得分',
  adoptHint: '把“得分”列改为按规则计算的得分（原值会保存，可撤销）',
  remove: '撤销写入',
  removeHint: '删除插件写入的公式、校验和高亮，恢复原来的得分',
  removeNothing: '工作簿中没有插件写入的内容，无需撤销',
  confirmRemove:
    '将删除插件写入的辅助列、数据验证和高亮，并把采用过的得分恢复为原值。您自己填写的内容保持不变。继续吗？',
  adoptValues: '填入得分数值',
  adoptValuesHint: '把系统得分作为数值填入“得分”列（不引用辅助列，删除辅助列后数值仍在）',
  confirmAdoptList: (n: number): string => `将改动以下 ${n} 个得分：`,
  confirmAdoptNone: '没有需要改动的得分：所有填报得分都与按规则计算的一致。',
  confirmAdoptRef: '“得分”列将引用辅助列中的系统得分；原值会保存，可用“撤销写入”恢复。',
  confirmAdoptValues:
    '将直接填入数值。“撤销写入”不会恢复这些单元格，如需恢复请用 Excel 的撤消或手动改回。',
  steps: '步骤',
  step1: '① 识别并检查',
  step2: '② 写入公式与校验',
  step3: '③ 一键重算',
  step2Disabled: '请先完成 ① 识别并检查',
  step3Disabled: '请先完成 ② 写入公式与校验',
  moreTitle: '得分与撤销',
  more: '更多操作',
  profile: '评分规则',
  profileHint: '不同地区的评分口径不同，请选择与本表一致的规则',
  profileAuto: '自动判断',
  confirmAdopt: '将用系统得分替换表中“得分”列的数值。原值会保存，可随时“撤销写入”。继续吗？',
  adoptChange: (cell: string, from: string, to: string): string => `${cell} ${from}→${to}`,
  confirm: '继续',
  cancel: '取消',
};

export const actionsEn: typeof actionsZh = {
  groupLabel: 'Actions',
  recognize: 'Recognize and check',
  recognizeHint: 'Read the workbook, find the forms and check every score',
  annotate: 'Write formulas and checks',
  annotateHint:
    'Write formulas, data validation and highlights beside the form so it checks itself',
  recalc: 'Recalculate',
  recalcHint: 'Recognize, check and refresh the formulas and highlights again',
  adopt: 'Use computed scores',
  adoptHint: 'Replace the score column with the computed scores (the originals are kept)',
  remove: 'Undo writes',
  removeHint: 'Remove what the add-in wrote and restore the original scores',
  removeNothing: 'The add-in has written nothing in this workbook',
  confirmRemove:
    'The helper columns, data validation and highlights will be removed, and adopted scores restored. What you typed stays. Continue?',
  adoptValues: 'Fill in score values',
  adoptValuesHint:
    'Write the computed scores as plain numbers (no reference to the helper columns)',
  confirmAdoptList: (n: number): string => `These ${n} score(s) will change:`,
  confirmAdoptNone: 'No score needs changing: every stated score matches the rules.',
  confirmAdoptRef:
    'The score cells will refer to the computed scores; the originals are kept and Undo writes restores them.',
  confirmAdoptValues:
    'Plain numbers will be written. Undo writes does not restore these cells; use Excel’s Undo or change them back.',
  steps: 'Steps',
  step1: '① Recognize and check',
  step2: '② Write formulas and checks',
  step3: '③ Recalculate',
  step2Disabled: 'Run ① Recognize and check first',
  step3Disabled: 'Run ② Write formulas and checks first',
  moreTitle: 'Scores and undo',
  more: 'More actions',
  profile: 'Scoring rules',
  profileHint: 'Regions score differently: pick the rules this form follows',
  profileAuto: 'Detect automatically',
  confirmAdopt:
    'The score column will be replaced by the computed scores. The originals are kept and can be restored with Undo writes. Continue?',
  adoptChange: (cell: string, from: string, to: string): string => `${cell} ${from}→${to}`,
  confirm: 'Continue',
  cancel: 'Cancel',
};

export const progressZh = {
  reading: '正在读取工作表…',
  analyzing: '正在识别表格并核对得分…',
  planning: '正在准备写入内容…',
  writing: (done: number, total: number): string =>
    total > 1 ? `正在写入 Excel（${done}/${total}）…` : '正在写入 Excel…',
  selecting: '正在定位单元格…',
};

export const progressEn: typeof progressZh = {
  reading: 'Reading the worksheets…',
  analyzing: 'Recognizing the forms and checking scores…',
  planning: 'Preparing the changes…',
  writing: (done: number, total: number): string =>
    total > 1 ? `Writing to Excel (${done}/${total})…` : 'Writing to Excel…',
  selecting: 'Selecting the cell…',
};

export const statusZh = {
  idle: '打开绩效自评表所在的工作簿，然后点击“识别并检查”。',
  noTables:
    '没有在这个工作簿中找到绩效自评表。请确认表头包含“三级指标”“年度指标值”“实际完成值”“分值”“得分”等列。',
  checked: (tables: number, findings: number, detail = ''): string =>
    findings === 0
      ? `已检查 ${tables} 张表，未发现问题。`
      : `已检查 ${tables} 张表，${findings} 项需要处理${detail ? `（${detail}）` : ''}。`,
  countDetail: (rows: number, tableProblems: number): string =>
    [rows > 0 ? `${rows} 行指标` : '', tableProblems > 0 ? `${tableProblems} 个表格问题` : '']
      .filter(Boolean)
      .join('、'),
  helperColumns: (sheet: string, from: string, to: string, n: number, printed: boolean): string =>
    `已在工作表“${sheet}”的 ${from === to ? from : `${from}–${to}`} 列写入 ${n} 列辅助列${printed ? '' : '（不打印）'}。`,
  helperNone: '没有写入辅助列。',
  showHelper: '查看辅助列',
  adoptedList: (n: number, list: string): string =>
    `已将 ${n} 个得分改为系统得分：${list}。可用“撤销写入”恢复原值。`,
  adoptedValues: (n: number, list: string): string => `已填入 ${n} 个得分：${list}。`,
  adoptedNone: '没有得分被改动：所有填报得分都与按规则计算的一致。',
  setCell: (cell: string, from: string, to: string): string =>
    `已将 ${cell} 由 ${from} 改为 ${to}。`,
  nothingToRemove: '工作簿中没有插件写入的内容，无需撤销。',
  stale: (time: string): string => `检查于 ${time}，表格已修改`,
  recheck: '重新检查',
  checkedAt: (time: string): string => `检查于 ${time}`,
  planNoticesTitle: '写入时的提示',
  applied: (written: number, skipped: number): string =>
    skipped === 0
      ? `已写入 ${written} 项。`
      : `已写入 ${written} 项，跳过 ${skipped} 项（见下方说明）。`,
  recalculated: (findings: number, detail = ''): string =>
    findings === 0
      ? '已重算，未发现问题。'
      : `已重算，还有 ${findings} 项需要处理${detail ? `（${detail}）` : ''}。`,
  adopted: (n: number): string => `已将 ${n} 个得分改为系统得分。可用“撤销写入”恢复原值。`,
  removed: '已撤销插件写入的内容，原有得分已恢复。',
  removedNoAdopt: '已删除插件写入的辅助列、数据验证和高亮。',
  removedFlat: (cells: string): string =>
    `${cells} 原来的文字带有多种格式（如部分文字加粗或着色），Excel 加载项无法写回这种格式：文字已恢复，格式需要手动调整（命令行和离线网页版的“撤销写入”可以原样恢复）。`,
  reasonsWritten: (n: number): string => `已写入 ${n} 行的原因说明和改进措施，并重新检查。`,
  skippedProtected: (n: number): string => `${n} 项位于受保护的工作表，未写入。`,
  skippedNotEmpty: (n: number): string => `${n} 个单元格已有内容，为保护您填写的内容未覆盖。`,
  skippedCapability: (n: number): string =>
    `当前 Excel 版本不支持 ${n} 处数据验证或打印区域设置，已略过；插件中的检查和表旁公式照常有效。`,
  skippedUserValidation: (n: number): string =>
    `${n} 处单元格已有您自己的数据验证或填充色，已保留，未写入插件的。`,
  substituted: (n: number): string =>
    `${n} 处条件格式改为静态填充色，数据修改后请点“一键重算”刷新。`,
  failed: (n: number): string => `${n} 项写入失败。`,
  dismiss: '关闭',
  technical: '技术信息',
};

export const statusEn: typeof statusZh = {
  idle: 'Open the workbook with the self-evaluation form, then choose Recognize and check.',
  noTables:
    'No self-evaluation form was found in this workbook. Check that the header has indicator, target, actual, weight and score columns.',
  checked: (tables: number, findings: number, detail = ''): string =>
    findings === 0
      ? `Checked ${tables} table(s): no problems found.`
      : `Checked ${tables} table(s): ${findings} item(s) need attention${detail ? ` (${detail})` : ''}.`,
  countDetail: (rows: number, tableProblems: number): string =>
    [rows > 0 ? `${rows} row(s)` : '', tableProblems > 0 ? `${tableProblems} table problem(s)` : '']
      .filter(Boolean)
      .join(', '),
  helperColumns: (sheet: string, from: string, to: string, n: number, printed: boolean): string =>
    `Wrote ${n} helper column(s) in ${from === to ? from : `${from}–${to}`} on “${sheet}”${printed ? '' : ' (not printed)'}.`,
  helperNone: 'No helper columns were written.',
  showHelper: 'Show the helper columns',
  adoptedList: (n: number, list: string): string =>
    `Replaced ${n} score(s) with the computed ones: ${list}. Undo writes restores them.`,
  adoptedValues: (n: number, list: string): string => `Filled in ${n} score(s): ${list}.`,
  adoptedNone: 'No score changed: every stated score matches the rules.',
  setCell: (cell: string, from: string, to: string): string =>
    `${cell} changed from ${from} to ${to}.`,
  nothingToRemove: 'The add-in has written nothing in this workbook.',
  stale: (time: string): string => `Checked at ${time}; the sheet has changed since`,
  recheck: 'Check again',
  checkedAt: (time: string): string => `Checked at ${time}`,
  planNoticesTitle: 'Notes from writing',
  applied: (written: number, skipped: number): string =>
    skipped === 0
      ? `Wrote ${written} item(s).`
      : `Wrote ${written} item(s), skipped ${skipped} (see below).`,
  recalculated: (findings: number, detail = ''): string =>
    findings === 0
      ? 'Recalculated: no problems found.'
      : `Recalculated: ${findings} item(s) left${detail ? ` (${detail})` : ''}.`,
  adopted: (n: number): string =>
    `Replaced ${n} score(s) with the computed ones. Undo writes restores them.`,
  removed: 'Removed what the add-in wrote; the original scores are back.',
  removedNoAdopt: 'Removed the helper columns, data validation and highlights.',
  removedFlat: (cells: string): string =>
    `${cells}: the original text had several formats (part of it bold or coloured, for example), which an Excel add-in cannot write back. The text is back; its formatting needs to be redone by hand (撤销写入 on the command line or the offline web page restores it exactly).`,
  reasonsWritten: (n: number): string => `Wrote the reasons for ${n} row(s) and checked again.`,
  skippedProtected: (n: number): string =>
    `${n} item(s) are on protected sheets and were not written.`,
  skippedNotEmpty: (n: number): string =>
    `${n} cell(s) already had content and were left untouched.`,
  skippedCapability: (n: number): string =>
    `This Excel cannot set ${n} data validation or print-area item(s); they were left out. The checks and formulas still work.`,
  skippedUserValidation: (n: number): string =>
    `${n} range(s) already have your own data validation or fill, which was kept; the add-in’s was not added.`,
  substituted: (n: number): string =>
    `${n} highlight(s) were written as static fills: choose Recalculate after editing data.`,
  failed: (n: number): string => `${n} item(s) could not be written.`,
  dismiss: 'Dismiss',
  technical: 'Technical details',
};
