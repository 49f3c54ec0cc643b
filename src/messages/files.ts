/**
 * Chinese messages about files for the command line: what a folder skipped and why, inputs and
 * outputs that would collide, and per-file failures — never with internal error text.
 */

/** Why a file of a folder was not checked, by its extension; null when it is checked. */
export function skippedReason(name: string): string | null {
  const ext = name.toLowerCase().replace(/^.*(\.[^.]+)$/, '$1');
  switch (ext) {
    case '.xlsx':
    case '.xlsm':
      return null;
    case '.xls':
    case '.et':
      return '旧版 Excel/WPS 格式，请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再检查';
    case '.ods':
      return 'OpenDocument 表格，请在 LibreOffice 或 Excel 中另存为 .xlsx 再检查';
    case '.csv':
      return 'CSV 文本没有公式和格式，请在 Excel 中另存为 .xlsx 再检查';
    case '.xlsb':
      return '二进制工作簿，请在 Excel 中另存为 .xlsx 再检查';
    case '.xltx':
    case '.xltm':
      return 'Excel 模板，请在 Excel 中用它新建工作簿、填好后保存为 .xlsx 再检查';
    default:
      return '不是 Excel 工作簿';
  }
}

export const FILE_TEXTS = {
  skipped: (file: string, why: string) => `${file}：已跳过（${why}）。`,
  subfolder: (dir: string) => `${dir}：子文件夹未检查（如需检查，请把它也列在命令行上）。`,
  notRegular: (file: string) => `${file}：已跳过（不是普通文件，例如管道或设备）。`,
  lockFile: (file: string) => `${file}：已跳过（Excel 打开文件时生成的临时文件）。`,
  noInput: '没有可以检查的 .xlsx/.xlsm 工作簿。',
  isInput: (file: string, out: string) =>
    `${file}：输出文件 ${out} 就是某个输入文件（可能经由链接），为保护原文件未写入。请换一个 --out 文件夹。`,
  duplicate: (file: string, first: string) => `${file}：与 ${first} 是同一个文件，只检查一次。`,
  renamed: (file: string, out: string) => `${file}：与另一个输入文件同名，输出改名为 ${out}。`,
  writeFailed: (file: string, why: string) => `${file}：未能写入输出文件（${why}），原文件未改动。`,
  processFailed: (file: string) =>
    `${file}：处理这个工作簿时出错，未写入输出文件。请用 Excel 打开并另存后再试。`,
  checkFailed: (file: string) =>
    `${file}：检查这个工作簿时出错，已跳过。请用 Excel 打开并另存后再试。`,
  tooLarge: '文件解压后过大（可能是压缩炸弹或异常文件），为保护电脑内存未读取。',
  corrupt: '文件已损坏，无法读取。请用 Excel 打开并另存后再试。',
  outDirFailed: (dir: string, why: string) => `无法使用输出文件夹 ${dir}（${why}）。`,
  folderUnreadable: (dir: string, why: string) =>
    `${dir}：无法读取这个文件夹（${why}），其中的工作簿未检查。`,
};

/** Why a folder could not be listed, in words. */
export function fsReadErrorText(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'ENOENT':
      return '文件夹不存在';
    default:
      return '文件系统错误';
  }
}

/** A file-system error code in words. */
export function fsErrorText(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'EROFS':
      return '文件夹是只读的';
    case 'ENOSPC':
      return '磁盘空间不足，请腾出空间或换一个输出文件夹';
    case 'EDQUOT':
      return '磁盘空间不足：超出了磁盘配额，请腾出空间或换一个输出文件夹';
    case 'EFBIG':
      return '磁盘空间不足：文件超出了系统允许的大小，请腾出空间或换一个输出文件夹';
    case 'ENOENT':
      return '文件夹不存在';
    case 'ENOTDIR':
    case 'EEXIST':
      return '同名的文件已存在，不是文件夹';
    case 'EISDIR':
      return '同名的文件夹已存在';
    case 'ENAMETOOLONG':
      return '文件名过长';
    default:
      return '文件系统错误';
  }
}
