/**
 * Texts of the offline web page (离线网页版) that the task pane does not have: choosing files,
 * progress over many files, files that cannot be read, downloads and the batch summary
 * (审核汇总). Everything the page shares with the pane (findings, table cards, the reasons
 * wizard) comes from ./ui.ts.
 */
import { planLang } from './plan';
import { notXlsxKind, type NotXlsxKind } from './read-failure';

export type WebReadFailure =
  | 'empty'
  | 'legacyXls'
  | 'wpsEt'
  | 'csv'
  | 'ods'
  | 'xlsb'
  | 'notXlsx'
  | 'encrypted'
  | 'corrupt'
  | 'notFound'
  | 'internal';

const zhCN = {
  title: '绩效自评助手 · 离线网页版',
  subtitle:
    '检查绩效自评表的得分、合计、等级和预算执行率，生成带公式与校验的批注副本。文件只在本机浏览器中读取，不会上传。',
  drop: {
    label: '把 .xlsx 文件或整个文件夹拖到这里',
    or: '或者',
    chooseFiles: '选择文件',
    chooseFolder: '选择文件夹',
    hint: '可一次选择多个文件；文件夹中的 .xlsx 文件会逐个检查（子文件夹也包括在内）。',
  },
  options: {
    title: '批注副本选项',
    adopt: '采用系统得分',
    adoptHint: '把与规则不一致或空白的得分改为对系统得分的引用（原值记录在副本中，可撤销）。',
    remove: '撤销此前的写入',
    removeHint: '下载的副本去掉插件或本页面此前写入的公式、校验和高亮，恢复原来的得分。',
    rerun: '选项已更改，正在重新生成副本…',
  },
  progress: (n: number, total: number, name: string): string =>
    `正在检查第 ${n} 个文件，共 ${total} 个：${name}`,
  progressDone: (total: number): string => `已检查 ${total} 个文件。`,
  tabs: { summary: '审核汇总', files: '逐个文件' },
  files: {
    title: (n: number): string => `文件（${n}）`,
    pending: '等待检查',
    unreadable: '无法读取',
    noTables: '未发现绩效自评表',
    findings: (n: number): string => (n === 0 ? '未发现问题' : `${n} 处需要处理`),
    download: '下载批注副本',
    downloadHint: '与命令行 --fix 相同：公式、数据验证、高亮、辅助列和隐藏的记录表。',
    written: (written: number, skipped: number): string =>
      skipped === 0
        ? `副本中写入 ${written} 项。`
        : `副本中写入 ${written} 项，跳过 ${skipped} 项。`,
    reasonsPending: (n: number): string => `已填写 ${n} 行原因，已写入下载的副本。`,
    clear: '清空列表',
  },
  grid: {
    title: (sheet: string): string => `工作表“${sheet}”`,
    hint: '点击检查结果中的条目，表格中对应的单元格会被标出。',
  },
  summary: {
    heading: (forms: number, files: number): string => `审核汇总：${files} 个文件，${forms} 张表`,
    filter: '筛选（文件名、单位或项目名称）',
    onlyProblems: '只看有问题的表',
    empty: '还没有检查任何文件。',
    noMatch: '没有符合筛选条件的表。',
    shown: (n: number, total: number): string => `显示 ${n} / ${total} 行`,
    downloadSummary: '下载汇总表（.xlsx）',
    downloadZip: '下载全部批注副本（.zip）',
    summaryFile: '审核汇总.xlsx',
    zipFile: '批注副本.zip',
    sortHint: '点击列标题排序',
    columns: {
      file: '文件',
      sheet: '工作表',
      name: '单位或项目名称',
      kind: '表格类型',
      statedTotal: '填报总分',
      expectedTotal: '应得总分',
      statedGrade: '填报等级',
      expectedGrade: '应得等级',
      budgetRate: '预算执行率',
      wrong: '得分有误',
      short: '未完成',
      missingReason: '缺少原因',
      needsInput: '待补充',
      table: '表格问题',
    },
    sheetSummary: '审核汇总',
    sheetFindings: '问题清单',
    findingColumns: {
      file: '文件',
      sheet: '工作表',
      cell: '单元格',
      category: '类别',
      item: '指标或项目',
      message: '说明',
    },
    unreadableRow: '无法读取',
    noTablesRow: '未发现绩效自评表',
  },
  readError: {
    empty:
      '文件是空的（0 字节），没有内容可读。可能是复制、下载或保存时中断了：请重新取得这个文件（例如从邮件或网盘重新下载）后再试。',
    legacyXls:
      '这是旧版 Excel 97-2003 工作簿（.xls），本页面只能读取 .xlsx。请用 Excel 或 WPS 打开它，点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再把新文件拖进来。',
    wpsEt:
      '这是 WPS 表格文件（.et/.ett），本页面只能读取 .xlsx。请在 WPS 中打开它，点“文件 → 另存为”，文件类型选“Excel 文件（*.xlsx）”，再把新文件拖进来。',
    csv: '这是 CSV 文本文件，没有合并单元格和表格格式，无法识别自评表。请打开原来的 Excel 工作簿，另存为 .xlsx 后再试。',
    ods: '这是 OpenDocument 表格（.ods）。请用 WPS、LibreOffice 或 Excel 打开，另存为 .xlsx 后再试。',
    xlsb: '这是二进制工作簿（.xlsb）。请在 Excel 中打开，另存为“Excel 工作簿（*.xlsx）”后再试。',
    notXlsx:
      '这不是 .xlsx 工作簿（可能是 .xls、.et、.csv 或改了扩展名的文件）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再试。',
    encrypted:
      '这个工作簿设置了打开密码，浏览器无法读取。请在 Excel 或 WPS 中打开，取消“文件 → 信息 → 保护工作簿 → 用密码进行加密”，另存一份后再试。',
    corrupt:
      '文件已损坏或不完整，无法读取。请用 Excel 或 WPS 打开（会提示修复），另存为 .xlsx 后再试；如果是从邮件或网盘下载的，请重新下载。',
    notFound: '浏览器无法读取这个文件（可能已被移动、删除，或没有访问权限）。',
    internal: '检查这个文件时出错。其他文件不受影响；请把这个文件和下面的技术信息发给技术支持。',
  },
  network: '本页面不联网：所有检查都在这台电脑上完成。',
  setCell: '网页版不修改单元格：请在 Excel 或 WPS 中按提示修改后，再把文件拖进来检查。',
  workerFallback: '浏览器不允许后台线程，改在页面中检查（大批文件时页面可能短暂无响应）。',
};

export type WebMessages = typeof zhCN;

const enUS: WebMessages = {
  title: 'Self-evaluation assistant · offline page',
  subtitle:
    'Checks the scores, totals, grades and budget execution of self-evaluation forms and makes annotated copies with formulas and validation. Files are read in this browser only and never uploaded.',
  drop: {
    label: 'Drop .xlsx files or a whole folder here',
    or: 'or',
    chooseFiles: 'Choose files',
    chooseFolder: 'Choose a folder',
    hint: 'Several files at once are fine; every .xlsx file in a folder (and its subfolders) is checked.',
  },
  options: {
    title: 'Annotated copy options',
    adopt: 'Adopt the computed scores',
    adoptHint:
      'Scores that differ from the rules (or are blank) become references to the computed score; the originals are kept in the copy.',
    remove: 'Remove an earlier annotation',
    removeHint:
      'The downloaded copy has the formulas, validation and highlights written earlier removed and the original scores restored.',
    rerun: 'Options changed; making the copies again…',
  },
  progress: (n, total, name) => `Checking file ${n} of ${total}: ${name}`,
  progressDone: (total) => `${total} file(s) checked.`,
  tabs: { summary: 'Batch review', files: 'Files' },
  files: {
    title: (n) => `Files (${n})`,
    pending: 'Waiting',
    unreadable: 'Cannot be read',
    noTables: 'No self-evaluation form found',
    findings: (n) => (n === 0 ? 'No problems found' : `${n} item(s) need attention`),
    download: 'Download annotated copy',
    downloadHint:
      'The same as the command line’s --fix: formulas, validation, highlights, helper columns and the hidden record sheet.',
    written: (written, skipped) =>
      skipped === 0
        ? `The copy has ${written} item(s) written.`
        : `The copy has ${written} item(s) written, ${skipped} skipped.`,
    reasonsPending: (n) => `Reasons for ${n} row(s) are written into the downloaded copy.`,
    clear: 'Clear the list',
  },
  grid: {
    title: (sheet) => `Sheet “${sheet}”`,
    hint: 'Choose a finding to mark its cell in the grid.',
  },
  summary: {
    heading: (forms, files) => `Batch review: ${files} file(s), ${forms} form(s)`,
    filter: 'Filter (file, unit or project name)',
    onlyProblems: 'Only forms with problems',
    empty: 'No file checked yet.',
    noMatch: 'No form matches the filter.',
    shown: (n, total) => `Showing ${n} of ${total} rows`,
    downloadSummary: 'Download the summary (.xlsx)',
    downloadZip: 'Download all annotated copies (.zip)',
    summaryFile: 'summary.xlsx',
    zipFile: 'annotated-copies.zip',
    sortHint: 'Choose a column heading to sort',
    columns: {
      file: 'File',
      sheet: 'Sheet',
      name: 'Unit or project',
      kind: 'Form',
      statedTotal: 'Stated total',
      expectedTotal: 'Expected total',
      statedGrade: 'Stated grade',
      expectedGrade: 'Expected grade',
      budgetRate: 'Budget execution',
      wrong: 'Scored wrongly',
      short: 'Short',
      missingReason: 'Missing reason',
      needsInput: 'Needs input',
      table: 'Table problems',
    },
    sheetSummary: 'Summary',
    sheetFindings: 'Findings',
    findingColumns: {
      file: 'File',
      sheet: 'Sheet',
      cell: 'Cell',
      category: 'Category',
      item: 'Indicator or item',
      message: 'Message',
    },
    unreadableRow: 'Cannot be read',
    noTablesRow: 'No self-evaluation form found',
  },
  readError: {
    empty:
      'The file is empty (0 bytes): there is nothing to read. Copying, downloading or saving it was probably interrupted; get the file again (for example download it again) and retry.',
    legacyXls:
      'This is a legacy Excel 97-2003 workbook (.xls); the page reads .xlsx only. Open it in Excel or WPS, choose File → Save As, type “Excel Workbook (*.xlsx)”, and drop the new file here.',
    wpsEt:
      'This is a WPS spreadsheet (.et/.ett); the page reads .xlsx only. Open it in WPS, choose File → Save As, type “Excel file (*.xlsx)”, and drop the new file here.',
    csv: 'This is a CSV text file, without merged cells or layout, so no form can be recognized. Save the original workbook as .xlsx and try again.',
    ods: 'This is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and save it as .xlsx.',
    xlsb: 'This is a binary workbook (.xlsb). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.',
    notXlsx:
      'This is not an .xlsx workbook (perhaps .xls, .et, .csv or a renamed file). Open it in Excel or WPS and save it as .xlsx.',
    encrypted:
      'The workbook has a password to open, which the browser cannot read. Remove the password in Excel or WPS, save a copy and try again.',
    corrupt:
      'The file is damaged or incomplete. Open it in Excel or WPS (which offers to repair it), save it as .xlsx and try again; if it came by mail or download, download it again.',
    notFound: 'The browser cannot read this file (moved, deleted, or no permission).',
    internal:
      'Checking this file failed. The other files are not affected; please send this file and the technical detail below to support.',
  },
  network: 'This page does not use the network: every check runs on this computer.',
  setCell:
    'The page does not change cells: make the change in Excel or WPS, then drop the file here again.',
  workerFallback:
    'The browser does not allow a background thread; checking runs in the page (it may pause briefly on large batches).',
};

export function webMessagesFor(lang: string | null | undefined): WebMessages {
  return planLang(lang) === 'zh-CN' ? zhCN : enUS;
}

/** The failure to report for a file name before reading it, or null when it may be an .xlsx. */
export function failureByName(name: string): WebReadFailure | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  switch (ext) {
    case 'xls':
    case 'xlt':
      return 'legacyXls';
    case 'et':
    case 'ett':
      return 'wpsEt';
    case 'csv':
    case 'txt':
      return 'csv';
    case 'ods':
      return 'ods';
    case 'xlsb':
      return 'xlsb';
    default:
      return null;
  }
}

/** What the page says of each kind of file that is not a workbook. */
const NOT_XLSX: Record<NotXlsxKind, WebReadFailure> = {
  empty: 'empty',
  legacyXls: 'legacyXls',
  xlsb: 'xlsb',
  openDocument: 'ods',
  plainText: 'csv',
  word: 'notXlsx',
  powerPoint: 'notXlsx',
  other: 'notXlsx',
};

/** The xlsx host's read failure (`notXlsx`, `encrypted`, `corrupt`, `notFound`) for the page. */
export function failureOfRead(reason: string, detail: string): WebReadFailure {
  if (reason === 'notXlsx') {
    return NOT_XLSX[notXlsxKind(detail)];
  }
  if (reason === 'encrypted' || reason === 'corrupt' || reason === 'notFound') return reason;
  return 'internal';
}
