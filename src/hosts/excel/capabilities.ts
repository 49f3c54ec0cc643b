/**
 * What the running Excel can do, from Office.context.requirements.isSetSupported.
 *
 * Office 2016 (MSI) has ExcelApi 1.1–1.2, Office 2019 up to 1.8, Microsoft 365 and Excel on the
 * web the latest. The plan names the requirement set each edit needs; the host checks it here.
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
}

const VERSIONS: Record<Capability, string> = {
  'ExcelApi1.1': '1.1',
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
  };
}

/** Which of the three levels the pane describes: full, Office 2019, Office 2016. */
export function capabilityLevel(c: HostCapabilities): 'full' | 'noMerges' | 'basic' {
  if (c.mergedAreas && c.dataValidation && c.conditionalFormats) return 'full';
  if (c.dataValidation && c.conditionalFormats) return 'noMerges';
  return 'basic';
}
