/**
 * Queued operations and their round trips: operations are grouped into chunks of about the
 * payload budget, each chunk is queued and synced once (calculation suspended until the sync,
 * ExcelApi 1.6), so Excel recalculates once per chunk.
 */

/** One queued Office.js operation: its estimated request size, the edits it carries, its sheet. */
export interface Op {
  bytes: number;
  ids: string[];
  sheet: string;
  run: () => void;
  /** The operation adds a sheet (fails when the workbook's structure is protected). */
  adds?: boolean;
}

/** Per-operation overhead of Office.js's request format (object paths, action ids). */
export const OP_OVERHEAD = 160;

/** Splits operations, in order, into chunks of at most `budget` bytes (one op may exceed it). */
export function chunk(ops: readonly Op[], budget: number): Op[][] {
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The chunk that failed, and what was applied before it. */
export class BatchFailure extends Error {
  constructor(
    readonly cause: unknown,
    /** Index of the chunk that failed; the chunks before it were applied. */
    readonly index: number,
    readonly chunks: Op[][],
    readonly syncs: number,
  ) {
    super('batch failed');
    this.name = 'BatchFailure';
  }
}

/** Runs the chunks, one sync each; resolves with the number of syncs or rejects a BatchFailure. */
export async function runChunks(
  context: Excel.RequestContext,
  chunks: Op[][],
  suspendCalculation: boolean,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let syncs = 0;
  for (let i = 0; i < chunks.length; i++) {
    onProgress?.(i + 1, chunks.length);
    try {
      if (suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const op of chunks[i]) op.run();
      await context.sync();
      syncs++;
    } catch (e) {
      throw new BatchFailure(e, i, chunks, syncs);
    }
  }
  return syncs;
}
