/** Excel's errors as the pane tells them, the limits of older Excel, and accessible labels. */

export const errorsZh = {
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
};

export const errorsEn: typeof errorsZh = {
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
};

export const capabilityZh = {
  title: '当前 Excel 版本的限制',
  noValidation: '不支持数据验证：输入时不会弹出提示，但插件中的检查不受影响。',
  noConditionalFormats: '不支持条件格式：高亮改为静态填充色，修改数据后请点“一键重算”刷新。',
  noMerges:
    '这个版本的 Excel 不提供合并单元格的范围：合并区域下方的空白格按上方的内容识别，结果不受影响。',
  noPrintArea: '不会把打印区域设为自评表，也不会写入批注。',
  noSheetLayout:
    '无法隐藏插件的辅助工作表“_自评助手”，也不会调整列宽、读取隐藏的行列：请不要修改该工作表，“撤销写入”会删除它。',
};

export const capabilityEn: typeof capabilityZh = {
  title: 'Limits of this version of Excel',
  noValidation: 'No data validation: no input prompts, but the checks in this pane still work.',
  noConditionalFormats:
    'No conditional formats: highlights are static fills; choose Recalculate after editing data.',
  noMerges:
    'This Excel does not report merged areas: blank cells under a label are read as part of it; results are the same.',
  noPrintArea: 'The print area is not set to the form, and no notes are written.',
  noSheetLayout:
    'The helper sheet "_自评助手" cannot be hidden, column widths are left alone and hidden rows are not seen: do not edit that sheet; Undo deletes it.',
};

export const a11yZh = {
  progress: '进度',
  findingsList: '检查结果列表',
  tablesList: '识别到的表格列表',
  close: '关闭',
};

export const a11yEn: typeof a11yZh = {
  progress: 'Progress',
  findingsList: 'Findings',
  tablesList: 'Forms found',
  close: 'Close',
};
