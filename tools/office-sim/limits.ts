/**
 * The size limits of Excel on the web that the in-memory host enforces (test-only):
 *
 * - a request and a response are each limited to 5 MB (`payloadLimit`, `responseLimit`), counted
 *   in UTF-8 bytes of their JSON, as they travel (Chinese text is 3 bytes a character);
 * - `Range.getMergedAreasOrNullObject` returns only the merged areas whose top-left cell lies in
 *   the range (office-js #3611), and fails when there are more than 512 of them.
 */
import type { CellRange } from '../../src/snapshot/types';
import { SimOfficeError } from './api';

export const MERGED_AREAS_LIMIT = 512;

const encoder = new TextEncoder();

/** UTF-8 bytes of `value` serialised as JSON. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}

/** The response limit in force: explicit, else the request limit (both 5 MB on the web). */
export function responseLimit(options: { payloadLimit?: number; responseLimit?: number }): number {
  return options.responseLimit ?? options.payloadLimit ?? Infinity;
}

export function responseTooLarge(bytes: number, limit: number): SimOfficeError {
  return new SimOfficeError(
    'ResponsePayloadSizeLimitExceeded',
    `The response payload size (${bytes} bytes) has exceeded the limit (${limit} bytes). Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
  );
}

/** The merged areas Excel returns for `rect`: those anchored (top-left) in it, at most 512. */
export function anchoredMerges(merges: readonly CellRange[], rect: CellRange): CellRange[] {
  const areas = merges.filter(
    (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
  );
  if (areas.length > MERGED_AREAS_LIMIT) {
    throw new SimOfficeError(
      'GeneralException',
      `The range holds ${areas.length} merged areas; getMergedAreasOrNullObject cannot return more than ${MERGED_AREAS_LIMIT}.`,
      'Range.getMergedAreasOrNullObject',
    );
  }
  return areas;
}
