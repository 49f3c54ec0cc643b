/**
 * Reads an .xlsx package (bytes) into the host-neutral snapshot, without ExcelJS: only the
 * workbook, its relationships, shared strings, styles and the worksheets are inflated.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../../snapshot/types';
import { Package, REL_TYPE, readWorkbookInfo, relOfType, type WorkbookInfo } from './package';
import { readSheet } from './sheet';
import { readSharedStrings, readStyles } from './styles';
import { ZipError, type ZipLimits } from './zip';

/** `'My sheet'!$A$1:$Q$109,'My sheet'!$S$1:$T$9` → `A1:Q109,S1:T9`. */
export function printAreaOf(value: string): string | null {
  const parts: string[] = [];
  for (const piece of splitOutsideQuotes(value)) {
    const bang = piece.lastIndexOf('!');
    const range = (bang >= 0 ? piece.slice(bang + 1) : piece).replace(/\$/g, '').trim();
    if (!/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/i.test(range)) return null;
    parts.push(range);
  }
  return parts.length > 0 ? parts.join(',') : null;
}

function splitOutsideQuotes(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (const ch of s) {
    if (ch === "'") q = !q;
    if (ch === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** Whether a worksheet part's text ends with the end of its root element. */
function endsItsRoot(xml: string): boolean {
  const close = xml.lastIndexOf('</');
  if (close < 0) return /<(?:[\w.-]+:)?worksheet\b[^<]*\/>\s*$/.test(xml);
  return /^<\/(?:[\w.-]+:)?worksheet\s*>\s*$/.test(xml.slice(close));
}

export interface PackageRead {
  pkg: Package;
  info: WorkbookInfo;
  workbook: WorkbookSnapshot;
}

export function readPackage(bytes: Uint8Array, limits?: ZipLimits): PackageRead {
  const pkg = new Package(bytes, limits);
  const { info, workbook } = readOpened(pkg);
  return { pkg, info, workbook };
}

/** The snapshot of an opened package. */
export function snapshotOfPackage(pkg: Package): WorkbookSnapshot {
  return readOpened(pkg).workbook;
}

function readOpened(pkg: Package): { info: WorkbookInfo; workbook: WorkbookSnapshot } {
  const info = readWorkbookInfo(pkg);
  const rels = pkg.rels(info.part);
  const sst = relOfType(rels, REL_TYPE.sharedStrings);
  const st = relOfType(rels, REL_TYPE.styles);
  const rich = new Map<number, string>();
  const strings = readSharedStrings(sst?.part ? pkg.text(sst.part) : null, rich);
  const styles = readStyles(st?.part ? pkg.text(st.part) : null);
  const sheets: SheetSnapshot[] = [];
  info.sheets.forEach((ref, index) => {
    if (ref.kind !== 'worksheet') return;
    // A worksheet whose part is missing or cut short is damage, not an empty sheet: reading on
    // would report a clean workbook, or write a copy no spreadsheet opens.
    if (!ref.part) throw new ZipError('corrupt', `the part of worksheet ${ref.name} is missing`);
    const xml = pkg.text(ref.part) ?? '';
    if (!endsItsRoot(xml)) throw new ZipError('corrupt', `worksheet ${ref.name} is cut short`);
    const sheet = readSheet(xml, ref.name, {
      strings,
      rich,
      styles,
      date1904: info.date1904,
    });
    const pa = info.definedNames.find(
      (d) => d.localSheetId === index && d.name.toLowerCase() === '_xlnm.print_area',
    );
    sheet.printArea = pa ? printAreaOf(pa.value) : null;
    // A sheet the user hid (the add-in's own helper sheet is very hidden and not marked).
    if (ref.state === 'hidden') sheet.hidden = true;
    sheets.push(sheet);
  });
  return { info, workbook: { sheets } };
}
