/**
 * What a file that is not an .xlsx workbook is, from the reader's detail (src/hosts/xlsx/sniff.ts
 * writes these details): the command line and the offline page each say it in their own words.
 */
export type NotXlsxKind =
  'empty' | 'legacyXls' | 'xlsb' | 'openDocument' | 'plainText' | 'word' | 'powerPoint' | 'other';

export function notXlsxKind(detail: string): NotXlsxKind {
  if (/the file is empty/.test(detail)) return 'empty';
  if (/\.xls\)|97-2003/.test(detail)) return 'legacyXls';
  if (/\.xlsb/.test(detail)) return 'xlsb';
  if (/OpenDocument/.test(detail)) return 'openDocument';
  if (/plain text/.test(detail)) return 'plainText';
  if (/Word document/.test(detail)) return 'word';
  if (/PowerPoint/.test(detail)) return 'powerPoint';
  return 'other';
}
