/**
 * The rules module: parsing targets and values, scoring, profiles, verdicts, and the compiler from
 * each rule to a native spreadsheet formula. Pure TypeScript and decimal.js; no Office, DOM or I/O.
 */
export * from './types';
export * from './codes';
export {
  D,
  Decimal,
  DEFAULT_DECIMALS,
  RATE_DECIMALS,
  fromNumber,
  toDecimal,
  toNumber,
  sumOf,
  roundTo,
  roundGuarded,
  roundScore,
  roundRate,
  type NumLike,
} from './decimal';
export {
  parseNumber,
  cellNumber,
  resolveNum,
  type NumberResult,
  type NumberOk,
  type NumInput,
} from './number';
export { parseTarget, type TargetInput } from './target';
export { parseActual, type ActualInput } from './actual';
export { parseOperatorCell, OPERATOR_SIGN } from './operators';
export { parseUnitCell, isPercentUnit } from './units';
export {
  parseLevel,
  judgeQualitative,
  judgeByKeywords,
  bandOf,
  type Judgement,
} from './qualitative';
export { scoreIndicator, sameBySynonym, completionDegree, meets, type ScoreInput } from './score';
export {
  scoreCompletion,
  capScore,
  type ScoreOk,
  type ScoreResult,
  type ScoreKind,
} from './completion';
export { budgetExecution, type BudgetInput, type BudgetOk, type BudgetResult } from './budget';
export {
  procurement,
  fixedAssets,
  staffControl,
  contractStaff,
  expenseControl,
  quarterlyExecution,
  timeliness,
  satisfaction,
  keyTasks,
  tierPoints,
  type RubricOk,
  type RubricResult,
} from './rubric';
export { gradeFor, totalScore, type GradeResult, type TotalResult } from './grade';
export { reasonPresent, anyReason } from './cell';
export {
  rowVerdict,
  completionVerdict,
  verdictFromScore,
  statusOf,
  scoreDifference,
  type RowStatus,
  type StatusLabels,
  type Verdict,
  type VerdictInput,
} from './verdict';
export {
  ProfileSchema,
  RubricSchema,
  TierSchema,
  TieredRuleSchema,
  builtinProfiles,
  defaultProfile,
  getProfile,
  resolveProfile,
  isProfileId,
  PROFILE_IDS,
  LONGHUA_RUBRIC,
  type Profile,
  type ProfileId,
  type ProfileInput,
  type Rubric,
  type Tier,
  type TieredRule,
} from './profiles';
export * as formula from './formula';

import { builtinProfiles } from './profiles';
/** The built-in profiles (alias of builtinProfiles). */
export const profiles = builtinProfiles;
