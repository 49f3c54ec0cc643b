/**
 * The bands of a read: blocks of rows of one sheet's used range, queued in a request with their
 * merged areas and visible cells and taken from it after the sync; and sync 3… of the read, what
 * lies below the head bands in row bands packed under a byte budget.
 */
import { rangeA1 } from '../../snapshot/a1';
import type { CellRange } from '../../snapshot/types';
import { jsonBytes } from './payload';
import type { SheetInventory } from './read';

/** Rows of one merged-areas request: Excel fails over 512 merged areas. */
const MERGE_SLICE = 128;
/** Bands per round trip at most (each is a few operations in the request). */
const MAX_BANDS = 200;
const CONTENT = 'rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,formulas,numberFormat';

/** A block of rows of one sheet's used range, as read. */
export interface Band {
  top: number;
  bottom: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** Merged areas anchored in the band; null when not read. */
  merges: string[] | null;
  /** The band's visible cells (ExcelApi 1.9): an address, '' when none; null when not read. */
  visible: string | null;
}

/** Queued loads of one band, read after the sync. */
export interface PendingBand {
  range: Excel.Range;
  merges: Excel.RangeAreas[] | null;
  visible: Excel.RangeAreas | null;
}

export interface SheetRead {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** The used range's data validation (ExcelApi 1.8), for whether the sheet has any. */
  validation: Excel.DataValidation | null;
  inventory: SheetInventory;
  printArea: Excel.RangeAreas | null;
  head: PendingBand | null;
  area: CellRange | null;
  bands: Band[];
  cellBytes: number;
}

export function isCode(e: unknown, code: string): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { code?: string; debugInfo?: { code?: string } };
  return o.code === code || o.debugInfo?.code === code;
}

export function takeBand(p: PendingBand): Band {
  const r = p.range;
  return {
    top: r.rowIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    values: r.values,
    valueTypes: r.valueTypes,
    formulas: r.formulas,
    numberFormat: r.numberFormat,
    merges: p.merges ? p.merges.flatMap((m) => (m.isNullObject ? [] : [m.address])) : null,
    visible: p.visible ? (p.visible.isNullObject ? '' : p.visible.address) : null,
  };
}

/** What a band took in the response, in UTF-8 bytes. */
export function bandBytes(b: Band): number {
  return (
    jsonBytes(b.values) +
    jsonBytes(b.valueTypes) +
    jsonBytes(b.formulas) +
    jsonBytes(b.numberFormat)
  );
}

/** Rows of a sheet still to read. */
interface Todo {
  read: SheetRead;
  top: number;
  bottom: number;
}

/** Queues bands in a request; `merges` is whether merged areas are still read with them. */
export class BandReader {
  constructor(
    public merges: boolean,
    private readonly specialCells: boolean,
  ) {}

  queue(ws: Excel.Worksheet, range: Excel.Range, top: number, bottom: number): PendingBand {
    range.load(CONTENT);
    const slices: Excel.RangeAreas[] = [];
    for (let r = top; this.merges && r <= bottom; r += MERGE_SLICE) {
      const last = Math.min(bottom, r + MERGE_SLICE - 1);
      slices.push(
        ws
          .getRange(`A${r + 1}:XFD${last + 1}`)
          .getMergedAreasOrNullObject()
          .load('address'),
      );
    }
    return {
      range,
      merges: this.merges ? slices : null,
      visible: this.specialCells
        ? range.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible).load('address')
        : null,
    };
  }

  /**
   * Sync 3…: the rows of every sheet below its head band, in bands sized from the bytes a cell
   * of that sheet took in its head band, packed into responses under `budget`. A response that
   * is too large is read again in halves; any other failure drops the merged areas once.
   */
  async readRest(reads: SheetRead[], budget: number, sync: () => Promise<void>): Promise<void> {
    let todo: Todo[] = [];
    for (const r of reads) {
      const a = r.area!;
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      const from = r.bands.length > 0 ? r.bands[r.bands.length - 1].bottom + 1 : a.top;
      if (from > a.bottom) continue;
      if (r.bands.length > 0 && (rows < 2 || cols < 2)) continue; // cannot hold a form
      const perBand = Math.max(1, Math.floor(budget / (r.cellBytes * cols)));
      for (let top = from; top <= a.bottom; top += perBand) {
        todo.push({ read: r, top, bottom: Math.min(a.bottom, top + perBand - 1) });
      }
    }
    while (todo.length > 0) {
      // pack bands into one response up to the budget
      const batch: Todo[] = [];
      let bytes = 0;
      for (const t of todo) {
        const a = t.read.area!;
        const est = (t.bottom - t.top + 1) * (a.right - a.left + 1) * t.read.cellBytes;
        if (batch.length > 0 && (bytes + est > budget || batch.length >= MAX_BANDS)) break;
        batch.push(t);
        bytes += est;
      }
      const pending = batch.map((t) =>
        this.queue(
          t.read.ws,
          t.read.ws.getRange(
            rangeA1({
              top: t.top,
              bottom: t.bottom,
              left: t.read.area!.left,
              right: t.read.area!.right,
            }),
          ),
          t.top,
          t.bottom,
        ),
      );
      try {
        await sync();
      } catch (e) {
        if (isCode(e, 'InvalidOperationInCellEditMode')) throw e;
        if (isCode(e, 'ResponsePayloadSizeLimitExceeded')) {
          // the cells were larger than estimated: read these bands again in halves, estimated at
          // twice the size (a single row that is still too large fails)
          if (batch.every((t) => t.top === t.bottom)) throw e;
          for (const r of new Set(batch.map((t) => t.read))) r.cellBytes *= 2;
          const halves = batch.flatMap((t): Todo[] => {
            const n = Math.min(2, t.bottom - t.top + 1);
            const size = Math.ceil((t.bottom - t.top + 1) / n);
            const parts: Todo[] = [];
            for (let top = t.top; top <= t.bottom; top += size) {
              parts.push({ read: t.read, top, bottom: Math.min(t.bottom, top + size - 1) });
            }
            return parts;
          });
          todo = [...halves, ...todo.slice(batch.length)];
          continue;
        }
        if (this.merges) {
          this.merges = false;
          continue;
        }
        throw e;
      }
      batch.forEach((t, i) => t.read.bands.push(takeBand(pending[i])));
      todo = todo.slice(batch.length);
    }
  }
}
