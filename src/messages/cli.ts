import { notXlsxKind } from './read-failure';

/** Why a file is not an .xlsx workbook, and what to do, in one line. */
function notXlsxMessage(detail: string): string {
  switch (notXlsxKind(detail)) {
    case 'empty':
      return '文件是空的（0 字节），可能是复制、下载或保存时中断了。请重新取得这个文件后再试。';
    case 'legacyXls':
      return '这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再试。';
    case 'xlsb':
      return '这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试。';
    case 'openDocument':
      return '这是 OpenDocument 文件（.ods），请在 LibreOffice、WPS 或 Excel 中另存为 .xlsx 后再试。';
    case 'plainText':
      return '这是文本文件（例如 CSV），没有表格格式，请在 Excel 中另存为 .xlsx 后再试。';
    case 'word':
      return '这是 Word 文档，不是 Excel 工作簿（可能改了扩展名）。';
    case 'powerPoint':
      return '这是 PowerPoint 演示文稿，不是 Excel 工作簿（可能改了扩展名）。';
    default:
      return '这不是 .xlsx 工作簿（可能是 .xls、.csv 或改了扩展名的文件），请在 Excel 中另存为 .xlsx 后再试。';
  }
}

/** Chinese one-line messages for inputs the CLI cannot read. */
export function readErrorMessage(reason: string, detail: string): string {
  switch (reason) {
    case 'notFound':
      return '找不到这个文件，请检查路径。';
    case 'noAccess':
      return '没有读取这个文件的权限，请检查文件的权限设置后再试。';
    case 'unreadable':
      return '读取这个文件时出错（磁盘、网络或系统错误），请把文件复制到本机后再试。';
    case 'notXlsx':
      return notXlsxMessage(detail);
    case 'encrypted':
      return '这个工作簿设置了打开密码，请在 Excel 中取消密码后另存一份再检查。';
    case 'corrupt':
      return `文件已损坏，无法读取（${detail}）。请用 Excel 打开并另存后再试。`;
    default:
      return `无法读取：${detail}`;
  }
}

/** `--profile` with a name that is not a built-in profile (the run stops before reading). */
export function unknownProfileMessage(name: string, known: readonly string[]): string {
  return `没有名为“${name}”的评分方案。可用的方案：${known.join('、')}（不指定 --profile 时按表格自动选择）。`;
}
