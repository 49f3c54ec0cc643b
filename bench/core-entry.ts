/** What the audit-overhead bench times, bundled as the add-in and the offline page ship it. */
export { analyzeWorkbook } from '../src/core';
export { snapshotWorkbook } from '../src/hosts/xlsx/snapshot';
