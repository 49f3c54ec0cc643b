/**
 * The plan stage: the analysis → edits (see edits.ts), applied alike by every host. The plan never
 * recognizes or audits: the core hands it the analysis (input.ts).
 */
export * from './edits';
export { foreignHelperPlan, planAnnotation, prepareAnnotation, type Preparation } from './annotate';
export { chooseAdoptions, withAdoptedValues, type Adoption } from './adoption';
export type { PlanAnalysis, PlanNotice, PlanOptions, PlanResult, PlanTable } from './input';
export { MAX_PLANNED_ROWS } from './layout';
export { planRemoveDetailed } from './remove';
export { planReasons, combinedReason, type ReasonAnswer } from './reasons';
export { attachCells } from './cells';
export {
  HELPER_SHEET,
  MARKER,
  readRegistry,
  restoreWorkbook,
  type Entry as RegistryEntry,
  type Registry,
  type RegistryRead,
} from './registry';
