/**
 * Every word the task pane, the ribbon commands and the Excel host show: Simplified Chinese first,
 * English for an Office whose display language is not Chinese. One shape, checked by the compiler.
 */

/** Reason categories of the forms' tick columns (未完成原因), as the core names them. */
export const REASON_CATEGORIES = [
  '经费保障',
  '制度保障',
  '人员保障',
  '硬件条件保障',
  '其他',
] as const;

const pct = (x: number): string =>
  `${Number((Math.round(x * 10000) / 100).toFixed(2)).toString()}%`;
const pts = (x: number): string => String(Math.round(x * 100) / 100);

export const zhCN = {
  lang: 'zh-CN',
  appTitle: '绩效自评助手',
  appSubtitle: '识别并检查绩效自评表',
  loading: '正在加载…',

  actions: {
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
  },

  progress: {
    reading: '正在读取工作表…',
    analyzing: '正在识别表格并核对得分…',
    planning: '正在准备写入内容…',
    writing: (done: number, total: number): string =>
      total > 1 ? `正在写入 Excel（${done}/${total}）…` : '正在写入 Excel…',
    selecting: '正在定位单元格…',
  },

  status: {
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
  },

  capability: {
    title: '当前 Excel 版本的限制',
    noValidation: '不支持数据验证：输入时不会弹出提示，但插件中的检查不受影响。',
    noConditionalFormats: '不支持条件格式：高亮改为静态填充色，修改数据后请点“一键重算”刷新。',
    noMerges:
      '这个版本的 Excel 不提供合并单元格的范围：合并区域下方的空白格按上方的内容识别，结果不受影响。',
    noPrintArea: '不会把打印区域设为自评表，也不会写入批注。',
    noSheetLayout:
      '无法隐藏插件的辅助工作表“_自评助手”，也不会调整列宽、读取隐藏的行列：请不要修改该工作表，“撤销写入”会删除它。',
  },

  summary: {
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
    totalLabel: (stated: string, expected: string): string =>
      `自评得分 ${stated}，应得 ${expected}`,
    cleanTables: (n: number): string => `另有 ${n} 张表未发现问题`,
    none: '—',
    rows: (n: number): string => `${n} 项指标`,
    where: (sheet: string, row: number): string => `工作表“${sheet}”第 ${row} 行起`,
    budgetScore: (rate: string, score: string | null): string =>
      score === null ? rate : `${rate}，得分 ${score}`,
    totalLine: (stated: string, expected: string): string =>
      `自评 ${stated} 分 · 应为 ${expected} 分`,
    gradeLine: (stated: string, expected: string): string => `等级 ${stated} · 应为 ${expected}`,
  },

  findings: {
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
  },

  wizard: {
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
  },

  errors: {
    editMode: 'Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再点一次。',
    protected: (sheet: string | null): string =>
      sheet
        ? `工作表“${sheet}”受保护，无法写入。请在“审阅 → 撤消工作表保护”后重试。`
        : '工作表受保护，无法写入。请在“审阅 → 撤消工作表保护”后重试。',
    structureProtected:
      '工作簿的结构受保护，插件无法添加用于记录写入内容的隐藏工作表，因此没有写入任何内容。请在“审阅 → 保护工作簿”中取消结构保护后重试。',
    undoIncomplete: (cause: string): string =>
      `撤销写入没有全部完成：${cause} 已撤销的部分保持撤销后的样子，插件的记录仍保留在工作簿中。处理上述问题后再点一次“撤销写入”，即可撤销剩下的内容。`,
    payloadTooLarge: '要写入的内容超过了 Excel 单次请求的大小限制。请分批选择工作表后重试。',
    notFound: '找不到要操作的工作表或单元格，可能已被重命名或删除。请先点“识别并检查”。',
    unsupported: '当前版本的 Excel 不支持这项操作。请升级到 Microsoft 365 或使用 Excel 网页版。',
    busy: 'Excel 正忙，请稍候几秒再试。',
    general: (code: string): string =>
      `Excel 没有完成这次操作${code ? `（${code}）` : ''}。请重试；如仍失败，请保存并重新打开工作簿。`,
    unexpected: (detail: string): string => `发生了意外错误：${detail}`,
    notExcel: '此加载项需要在 Excel 中运行。',
  },

  a11y: {
    progress: '进度',
    findingsList: '检查结果列表',
    tablesList: '识别到的表格列表',
    close: '关闭',
  },
};

export type UiMessages = typeof zhCN;

export const enUS: UiMessages = {
  lang: 'en-US',
  appTitle: 'Self-evaluation assistant',
  appSubtitle: 'Recognize and check performance self-evaluation forms',
  loading: 'Loading…',

  actions: {
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
  },

  progress: {
    reading: 'Reading the worksheets…',
    analyzing: 'Recognizing the forms and checking scores…',
    planning: 'Preparing the changes…',
    writing: (done: number, total: number): string =>
      total > 1 ? `Writing to Excel (${done}/${total})…` : 'Writing to Excel…',
    selecting: 'Selecting the cell…',
  },

  status: {
    idle: 'Open the workbook with the self-evaluation form, then choose Recognize and check.',
    noTables:
      'No self-evaluation form was found in this workbook. Check that the header has indicator, target, actual, weight and score columns.',
    checked: (tables: number, findings: number, detail = ''): string =>
      findings === 0
        ? `Checked ${tables} table(s): no problems found.`
        : `Checked ${tables} table(s): ${findings} item(s) need attention${detail ? ` (${detail})` : ''}.`,
    countDetail: (rows: number, tableProblems: number): string =>
      [
        rows > 0 ? `${rows} row(s)` : '',
        tableProblems > 0 ? `${tableProblems} table problem(s)` : '',
      ]
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
  },

  capability: {
    title: 'Limits of this version of Excel',
    noValidation: 'No data validation: no input prompts, but the checks in this pane still work.',
    noConditionalFormats:
      'No conditional formats: highlights are static fills; choose Recalculate after editing data.',
    noMerges:
      'This Excel does not report merged areas: blank cells under a label are read as part of it; results are the same.',
    noPrintArea: 'The print area is not set to the form, and no notes are written.',
    noSheetLayout:
      'The helper sheet "_自评助手" cannot be hidden, column widths are left alone and hidden rows are not seen: do not edit that sheet; Undo deletes it.',
  },

  summary: {
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
    gradeLine: (stated: string, expected: string): string =>
      `Grade ${stated} · expected ${expected}`,
  },

  findings: {
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
  },

  wizard: {
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
  },

  errors: {
    editMode: 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    protected: (sheet: string | null): string =>
      sheet
        ? `The sheet “${sheet}” is protected. Unprotect it (Review → Unprotect Sheet) and try again.`
        : 'The sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
    structureProtected:
      'The workbook’s structure is protected, so the add-in cannot add the hidden sheet that records what it writes; nothing was written. Unprotect the workbook structure (Review → Protect Workbook) and try again.',
    undoIncomplete: (cause: string): string =>
      `Undo did not finish: ${cause} What was undone stays undone, and the add-in’s record is still in the workbook. Fix the problem above and click Undo again to undo the rest.`,
    payloadTooLarge: 'Too much to write in one request for Excel. Try fewer sheets at a time.',
    notFound:
      'The sheet or cell was not found; it may have been renamed or deleted. Choose Recognize and check first.',
    unsupported: 'This version of Excel cannot do this. Use Microsoft 365 or Excel on the web.',
    busy: 'Excel is busy. Wait a few seconds and try again.',
    general: (code: string): string =>
      `Excel did not complete the operation${code ? ` (${code})` : ''}. Try again; if it still fails, save and reopen the workbook.`,
    unexpected: (detail: string): string => `Something unexpected happened: ${detail}`,
    notExcel: 'This add-in runs in Excel.',
  },

  a11y: {
    progress: 'Progress',
    findingsList: 'Findings',
    tablesList: 'Forms found',
    close: 'Close',
  },
};

/** Labels of the reason categories in the pane's language (the ids stay Chinese). */
export const CATEGORY_LABELS_EN: Record<string, string> = {
  经费保障: 'Funding',
  制度保障: 'Rules and procedures',
  人员保障: 'Staffing',
  硬件条件保障: 'Equipment and facilities',
  其他: 'Other',
};
