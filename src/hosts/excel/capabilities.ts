/**
 * What the running Excel can do, from Office.context.requirements.isSetSupported.
 *
 * Volume-licensed Office 2016 has ExcelApi 1.1 and volume-licensed Office 2019 ExcelApi 1.7 (no
 * data validation); both show add-ins in Internet Explorer 11, which cannot run this pane at all
 * (src/taskpane/taskpane.html says so instead). Retail Office 2019 (EdgeHTML) reaches 1.8 but is
 * turned away for the same reason; Microsoft 365, Office 2021+ with WebView2, Mac and the web have
 * the latest. The plan names the requirement set each edit needs; the host checks it here, and
 * every Office.js member the host uses above the manifest's minimum is listed in API_GUARDS below
 * with the flag that guards it (test/hosts/excel/api-sets.test.ts keeps that list complete).
 */
import type { Capability } from '../../plan/edits';

export interface HostCapabilities {
  /** The capabilities of the plan's enum that this Excel has. */
  set: ReadonlySet<Capability>;
  /** ExcelApi 1.6: conditional formats, suspendApiCalculationUntilNextSync. */
  conditionalFormats: boolean;
  suspendCalculation: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: visible cells (hidden rows in one read), print area. */
  specialCells: boolean;
  /** ExcelApi 1.10: comments, used for notes. */
  comments: boolean;
  /** ExcelApi 1.13: merged areas. */
  mergedAreas: boolean;
  /** SharedRuntime 1.1: the ribbon and the pane share one JavaScript runtime. */
  sharedRuntime: boolean;
  /**
   * ExcelApi 1.2: worksheet protection, hidden rows and columns, column widths, sheet visibility
   * set by the add-in, the used range of values only.
   */
  sheetLayout: boolean;
  /** ExcelApi 1.4: range intersections (the first rows of a sheet read blind). */
  intersect: boolean;
  /** ExcelApi 1.7: resetting a column to the standard width. */
  standardWidth: boolean;
  /** ExcelApi 1.7: whether the workbook's structure is protected. */
  structure: boolean;
  /** ExcelApi 1.9: the worksheet's page layout (print area). */
  pageLayout: boolean;
  /** ExcelApi 1.11: Excel.run waits for a cell edit to end (delayForCellEdit). */
  delayForCellEdit: boolean;
}

/** The flags of HostCapabilities that guard Office.js members. */
export type GuardFlag = Exclude<keyof HostCapabilities, 'set' | 'sharedRuntime'>;

/** The ExcelApi set each flag stands for. */
export const GUARD_SETS: Record<GuardFlag, string> = {
  sheetLayout: '1.2',
  intersect: '1.4',
  conditionalFormats: '1.6',
  suspendCalculation: '1.6',
  standardWidth: '1.7',
  structure: '1.7',
  dataValidation: '1.8',
  specialCells: '1.9',
  pageLayout: '1.9',
  comments: '1.10',
  delayForCellEdit: '1.11',
  mergedAreas: '1.13',
};

/**
 * Every Office.js member the add-in uses that needs more than the manifest's minimum (ExcelApi
 * 1.1), with the flag checked before it is used. `Type.member` as in @types/office-js;
 * `Type.method(param)` when only passing that parameter needs the later set.
 */
export const API_GUARDS: Record<string, GuardFlag> = {
  'Application.suspendApiCalculationUntilNextSync': 'suspendCalculation',
  'Comment.content': 'comments',
  'CommentCollection.add': 'comments',
  'CommentCollection.add(content)': 'comments',
  'ConditionalFormat.custom': 'conditionalFormats',
  'ConditionalFormat.customOrNullObject': 'conditionalFormats',
  'ConditionalFormat.delete': 'conditionalFormats',
  'ConditionalFormat.stopIfTrue': 'conditionalFormats',
  'ConditionalFormatCollection.add': 'conditionalFormats',
  'ConditionalFormatRule.formula': 'conditionalFormats',
  'ConditionalRangeFill.color': 'conditionalFormats',
  'ConditionalRangeFont.bold': 'conditionalFormats',
  'ConditionalRangeFont.color': 'conditionalFormats',
  'ConditionalRangeFormat.fill': 'conditionalFormats',
  'ConditionalRangeFormat.font': 'conditionalFormats',
  'CustomConditionalFormat.format': 'conditionalFormats',
  'CustomConditionalFormat.rule': 'conditionalFormats',
  'DataValidation.clear': 'dataValidation',
  'DataValidation.type': 'dataValidation',
  'DataValidationErrorAlert.message': 'dataValidation',
  'DataValidationErrorAlert.showAlert': 'dataValidation',
  'DataValidationErrorAlert.style': 'dataValidation',
  'DataValidationErrorAlert.title': 'dataValidation',
  'DataValidationPrompt.message': 'dataValidation',
  'DataValidationPrompt.showPrompt': 'dataValidation',
  'DataValidationPrompt.title': 'dataValidation',
  'DataValidationRule.custom': 'dataValidation',
  'DataValidationRule.decimal': 'dataValidation',
  'DataValidationRule.list': 'dataValidation',
  'DataValidation.errorAlert': 'dataValidation',
  'DataValidation.ignoreBlanks': 'dataValidation',
  'DataValidation.prompt': 'dataValidation',
  'DataValidation.rule': 'dataValidation',
  'NamedItem.delete': 'pageLayout',
  'NamedItemCollection.getItemOrNullObject': 'pageLayout',
  'PageLayout.getPrintAreaOrNullObject': 'pageLayout',
  'PageLayout.setPrintArea': 'pageLayout',
  'Range.columnHidden': 'sheetLayout',
  'Range.conditionalFormats': 'conditionalFormats',
  'Range.dataValidation': 'dataValidation',
  'Range.getIntersectionOrNullObject': 'intersect',
  'RunOptions.delayForCellEdit': 'delayForCellEdit',
  'Range.getMergedAreasOrNullObject': 'mergedAreas',
  'Range.getSpecialCellsOrNullObject': 'specialCells',
  'Range.rowHidden': 'sheetLayout',
  'RangeAreas.address': 'specialCells',
  'RangeFormat.columnWidth': 'sheetLayout',
  'RangeFormat.useStandardWidth': 'standardWidth',
  'Workbook.comments': 'comments',
  'Workbook.protection': 'structure',
  'WorkbookProtection.protected': 'structure',
  'Worksheet.getUsedRange(valuesOnly)': 'sheetLayout',
  'Worksheet.names': 'pageLayout',
  'Worksheet.pageLayout': 'pageLayout',
  'Worksheet.protection': 'sheetLayout',
  'Worksheet.visibility': 'sheetLayout',
  'WorksheetProtection.protected': 'sheetLayout',
};

const VERSIONS: Record<Capability, string> = {
  'ExcelApi1.1': '1.1',
  'ExcelApi1.2': '1.2',
  'ExcelApi1.4': '1.4',
  'ExcelApi1.6': '1.6',
  'ExcelApi1.7': '1.7',
  'ExcelApi1.8': '1.8',
  'ExcelApi1.9': '1.9',
  'ExcelApi1.10': '1.10',
  'ExcelApi1.13': '1.13',
};

export type SetSupported = (name: string, version: string) => boolean;

function officeIsSetSupported(): SetSupported {
  return (name, version) => {
    try {
      return Office.context.requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
}

export function detectCapabilities(
  isSetSupported: SetSupported = officeIsSetSupported(),
): HostCapabilities {
  const set = new Set<Capability>();
  for (const [cap, version] of Object.entries(VERSIONS) as [Capability, string][]) {
    if (isSetSupported('ExcelApi', version)) set.add(cap);
  }
  return {
    set,
    conditionalFormats: set.has('ExcelApi1.6'),
    suspendCalculation: set.has('ExcelApi1.6'),
    dataValidation: set.has('ExcelApi1.8'),
    specialCells: set.has('ExcelApi1.9'),
    comments: set.has('ExcelApi1.10'),
    mergedAreas: set.has('ExcelApi1.13'),
    sharedRuntime: isSetSupported('SharedRuntime', '1.1'),
    sheetLayout: set.has('ExcelApi1.2'),
    intersect: set.has('ExcelApi1.4'),
    standardWidth: set.has('ExcelApi1.7'),
    structure: set.has('ExcelApi1.7'),
    pageLayout: set.has('ExcelApi1.9'),
    delayForCellEdit: isSetSupported('ExcelApi', '1.11'),
  };
}

/** Which of the three levels the pane describes: full, Office 2019, Office 2016. */
export function capabilityLevel(c: HostCapabilities): 'full' | 'noMerges' | 'basic' {
  if (c.mergedAreas && c.dataValidation && c.conditionalFormats) return 'full';
  if (c.dataValidation && c.conditionalFormats) return 'noMerges';
  return 'basic';
}
