/**
 * Per-member API-set gating of the in-memory host: the ExcelApi set that each member it implements
 * needs, as the `[Api set: …]` tags of @types/office-js give it (test/hosts/excel/api-sets.test.ts
 * checks every entry against the tags). A member not listed here is ExcelApi 1.1.
 *
 * A property read (load) or write, or a method, whose set the simulated Excel lacks fails the sync
 * with ApiNotFound, as a real Excel of that version does.
 */
import { SimOfficeError } from './api';

/** `Type.member` → set; `{ get, set }` where reading and writing need different sets. */
export const MEMBER_SETS: Record<string, string | { get: string; set: string }> = {
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'ConditionalFormat.custom': '1.6',
  'ConditionalFormat.delete': '1.6',
  'ConditionalFormat.priority': '1.6',
  'ConditionalFormat.stopIfTrue': '1.6',
  'ConditionalFormat.type': '1.6',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.clearAll': '1.6',
  'ConditionalFormatCollection.getCount': '1.6',
  'CommentCollection.add': '1.10',
  'CommentCollection.add(content)': '1.10',
  'DataValidation.clear': '1.8',
  'DataValidation.errorAlert': '1.8',
  'DataValidation.ignoreBlanks': '1.8',
  'DataValidation.prompt': '1.8',
  'DataValidation.rule': '1.8',
  'DataValidation.type': '1.8',
  'NamedItem.delete': '1.4',
  'NamedItem.formula': '1.7',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'PageLayout.getPrintAreaOrNullObject': '1.9',
  'PageLayout.setPrintArea': '1.9',
  'Range.columnHidden': '1.2',
  'Range.conditionalFormats': '1.6',
  'Range.dataValidation': '1.8',
  'Range.getIntersectionOrNullObject': '1.4',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.getSpecialCellsOrNullObject': '1.9',
  'Range.rowHidden': '1.2',
  'RangeAreas.address': '1.9',
  'RangeAreas.areaCount': '1.9',
  'RangeAreas.areas': '1.9',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.useStandardWidth': '1.7',
  'RunOptions.delayForCellEdit': '1.11',
  'Workbook.comments': '1.10',
  'Workbook.protection': '1.7',
  'WorkbookProtection.protected': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRange(valuesOnly)': '1.2',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.names': '1.4',
  'Worksheet.pageLayout': '1.9',
  'Worksheet.protection': '1.2',
  'Worksheet.visibility': { get: '1.1', set: '1.2' },
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetProtection.protected': '1.2',
};

/** Whether `have` (e.g. '1.13') is at least `want` ('1.9'). */
export function atLeast(have: string, want: string): boolean {
  const [h1, h2] = have.split('.').map(Number);
  const [w1, w2] = want.split('.').map(Number);
  return h1 > w1 || (h1 === w1 && (h2 ?? 0) >= (w2 ?? 0));
}

/** The set `member` needs for reading or writing (methods: 'get'). */
export function memberSet(member: string, access: 'get' | 'set' = 'get'): string {
  const entry = MEMBER_SETS[member];
  if (entry === undefined) return '1.1';
  return typeof entry === 'string' ? entry : entry[access];
}

/** Throws ApiNotFound when an Excel of version `have` lacks `member`. */
export function gate(have: string, member: string, access: 'get' | 'set' = 'get'): void {
  const want = memberSet(member, access);
  if (!atLeast(have, want)) {
    throw new SimOfficeError(
      'ApiNotFound',
      `The API you are trying to use could not be found: ${member}${access === 'set' ? ' (set)' : ''} needs ExcelApi ${want}; this Excel supports ${have}.`,
      member,
    );
  }
}
