/**
 * Office.js → WorkbookSnapshot, in few round trips, constant for ordinary workbooks, and never a
 * response larger than Excel on the web's 5 MB limit:
 *
 *   sync 1: the sheets (names, visibility, protection where ExcelApi 1.2 allows);
 *   sync 2: every sheet's used range dimensions, the first rows of every sheet (a head band of
 *           values, value types, formulas, number formats, merged areas and visible cells), and
 *           the inventory the apply step needs (conditional formats, comments, print area);
 *   sync 3…: what lies below the head bands, in row bands sized from the bytes a cell of that
 *           sheet took in its head band, packed under a byte budget (UTF-8, as it travels).
 *
 * An ordinary workbook (sheets of up to 6000 rows, a few of them, or many small ones) is read in
 * syncs 1 and 2; when the head bands together are too large a response, sync 2 is repeated for
 * the dimensions alone and everything is read in bands. A sheet that cannot hold a form (fewer than two rows or columns) is not read
 * beyond its head band. A response that is still too large is read again in halves.
 *
 * Merged areas (ExcelApi 1.13) are read per band: Excel returns only the merged areas whose
 * top-left cell is in the range (office-js #3611), so slices of whole rows add up without doubles;
 * it fails over 512 merged areas, so each slice is 128 rows (four merged areas a row on average).
 * When a slice still fails, the band is read again without merged areas and `merges` is null for
 * the workbook (recognition carries labels down into blank cells instead).
 *
 * Without ExcelApi 1.4 (no range intersection) the head band is skipped: the dimensions come first
 * and every sheet is read in bands (one more round trip). Without ExcelApi 1.9 a sheet with some
 * (not all) rows or columns hidden costs one more round trip, to ask each row; without 1.2 hidden
 * rows are not known and sheet protection is found when writing.
 */
import { splitSheet } from '../../snapshot/a1';
import type { WorkbookSnapshot } from '../../snapshot/types';
import type { HostCapabilities } from './capabilities';
import { BandReader, bandBytes, isCode, takeBand, type SheetRead } from './read-bands';
import { askHidden, toSheetSnapshot } from './read-snapshot';

/** What the apply step needs besides the snapshot: live objects from the same request context. */
export interface SheetInventory {
  worksheet: Excel.Worksheet;
  /** Every conditional format on the sheet (ExcelApi 1.6), with the formula of custom ones. */
  conditionalFormats: Excel.ConditionalFormatCollection | null;
  /** The sheet's Print_Area name, when the host can set print areas (ExcelApi 1.9). */
  printArea: Excel.NamedItem | null;
}

export interface ExcelReadState {
  snapshot: WorkbookSnapshot;
  /** By sheet name. */
  sheets: Map<string, SheetInventory>;
  visibility: Map<string, string>;
  /** Comments in the workbook (ExcelApi 1.10), for not adding the same note twice. */
  comments: Excel.CommentCollection | null;
  /** Round trips the read took. */
  syncs: number;
  /**
   * By sheet name: whether the sheet's used range carries any data validation (ExcelApi 1.8);
   * absent when not read. Admission's facts ask about single ranges only where it does.
   */
  validated?: Map<string, boolean>;
  /** The workbook's structure is protected (ExcelApi 1.7); absent when not read. */
  structureProtected?: boolean;
}

export interface ReadOptions {
  /** Read only these sheets (by name); default all. */
  only?: string[];
  /** UTF-8 bytes a response may hold (default 4 MB, under the web's 5 MB). */
  budget?: number;
  /** Rows of each sheet read blind in sync 2 (default 6000, fewer when there are many sheets). */
  headRows?: number;
}

const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** A sheet's head band: up to 6000 rows, 24,000 rows in all, at least 200 rows a sheet. */
const HEAD_ROWS = 6000;
const HEAD_ROWS_TOTAL = 24_000;
const MIN_HEAD_ROWS = 200;
/** Bytes per cell assumed for a sheet whose head band was not read. */
const GUESS_CELL_BYTES = 96;
/** The estimate from a head band is raised by this much, for safety. */
const MARGIN = 1.25;
const DIMS = 'rowIndex,columnIndex,rowCount,columnCount';

export async function readWorkbook(
  context: Excel.RequestContext,
  caps: HostCapabilities,
  options: ReadOptions = {},
): Promise<ExcelReadState> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  // --- sync 1: the sheets -------------------------------------------------------------------
  const sheets = context.workbook.worksheets;
  sheets.load(
    caps.sheetLayout
      ? 'items/name,items/visibility,items/protection/protected'
      : 'items/name,items/visibility',
  );
  const structure = caps.structure ? context.workbook.protection.load('protected') : null;
  await sync();
  const wanted = sheets.items.filter(
    (ws) => !options.only || options.only.some((n) => n.toLowerCase() === ws.name.toLowerCase()),
  );

  // --- sync 2: dimensions, head bands, inventory --------------------------------------------
  const intersect = caps.intersect;
  const bandReader = new BandReader(caps.mergedAreas, caps.specialCells);
  const headRows =
    options.headRows ??
    Math.min(
      HEAD_ROWS,
      Math.max(MIN_HEAD_ROWS, Math.floor(HEAD_ROWS_TOTAL / Math.max(1, wanted.length))),
    );
  let comments: Excel.CommentCollection | null;
  const queueSheets = (withHead: boolean): SheetRead[] =>
    wanted.map((ws) => {
      const used = caps.sheetLayout ? ws.getUsedRange(true) : ws.getUsedRange();
      used.load(caps.sheetLayout ? `${DIMS},rowHidden,columnHidden` : DIMS);
      const head = withHead
        ? bandReader.queue(
            ws,
            used.getIntersectionOrNullObject(ws.getRange(`A1:XFD${headRows}`)),
            0,
            headRows - 1,
          )
        : null;
      const conditionalFormats = caps.conditionalFormats
        ? ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula')
        : null;
      const printName = caps.pageLayout ? ws.names.getItemOrNullObject('Print_Area') : null;
      const printArea = caps.pageLayout
        ? ws.pageLayout.getPrintAreaOrNullObject().load('address')
        : null;
      return {
        ws,
        used,
        validation: caps.dataValidation ? used.dataValidation.load('type') : null,
        inventory: { worksheet: ws, conditionalFormats, printArea: printName },
        printArea,
        head,
        area: null,
        bands: [],
        cellBytes: GUESS_CELL_BYTES,
      };
    });
  let reads: SheetRead[];
  for (let withHead = intersect; ;) {
    reads = queueSheets(withHead);
    comments = caps.comments ? context.workbook.comments.load('items/content') : null;
    try {
      await sync();
      break;
    } catch (e) {
      if (isCode(e, 'InvalidOperationInCellEditMode')) throw e;
      // too large a response: dimensions first; any other failure: merged areas (more than 512)
      if (withHead && isCode(e, 'ResponsePayloadSizeLimitExceeded')) withHead = false;
      else if (withHead && bandReader.merges) bandReader.merges = false;
      else if (withHead) withHead = false;
      else throw e;
    }
  }

  for (const r of reads) {
    const u = r.used;
    r.area = {
      top: u.rowIndex,
      left: u.columnIndex,
      bottom: u.rowIndex + u.rowCount - 1,
      right: u.columnIndex + u.columnCount - 1,
    };
    if (r.head && !r.head.range.isNullObject) {
      const band = takeBand(r.head);
      r.bands.push(band);
      const cells = (band.bottom - band.top + 1) * u.columnCount;
      r.cellBytes = Math.max(8, (bandBytes(band) / Math.max(1, cells)) * MARGIN);
    }
  }

  // --- sync 3…: the rest, in bands under the budget -----------------------------------------
  await bandReader.readRest(reads, budget, sync);

  const perRow = await askHidden(reads, caps, sync);

  const snapshot: WorkbookSnapshot = { sheets: [] };
  const inventories = new Map<string, SheetInventory>();
  const visibility = new Map<string, string>();
  const validated = new Map<string, boolean>();
  for (const r of reads) {
    const sheet = toSheetSnapshot(r, bandReader.merges, caps, perRow.get(r));
    if (r.printArea) {
      // `项目1!$A$1:$Q$109` → `A1:Q109`; null when the sheet has none
      const local = r.printArea.isNullObject
        ? null
        : splitSheet(String(r.printArea.address).split(',')[0]).local.replace(/\$/g, '');
      Object.assign(sheet, { printArea: local });
    }
    // A sheet the user hid (the add-in's own helper sheet is very hidden and not marked).
    if (r.ws.visibility === 'Hidden') Object.assign(sheet, { hidden: true });
    snapshot.sheets.push(sheet);
    inventories.set(r.ws.name, r.inventory);
    visibility.set(r.ws.name, r.ws.visibility);
    if (r.validation) validated.set(r.ws.name, String(r.validation.type) !== 'None');
  }
  return {
    snapshot,
    sheets: inventories,
    visibility,
    comments,
    syncs,
    ...(caps.dataValidation ? { validated } : {}),
    ...(structure ? { structureProtected: structure.protected } : {}),
  };
}
