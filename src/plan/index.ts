/**
 * The plan stage: model + findings → edits (see edits.ts), applied alike by every host.
 */
export * from './edits';
export {
  planAnnotateDetailed,
  MAX_PLANNED_ROWS,
  type PlanOptions,
  type PlanNotice,
  type PlanResult,
} from './annotate';
export { planRemoveDetailed } from './remove';
export { planReasons, combinedReason, type ReasonAnswer } from './reasons';
export {
  HELPER_SHEET,
  MARKER,
  readRegistry,
  restoreWorkbook,
  type Entry as RegistryEntry,
  type Registry,
} from './registry';
