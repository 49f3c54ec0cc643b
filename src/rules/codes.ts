/**
 * Every reason and assumption the rules can report, as string literals. The texts (Chinese and
 * English) live in src/messages/reasons.ts, which must cover every code listed here.
 */

/** Why a value could not be used (the rule cannot be applied: "needs input"). */
export const REASON_CODES = [
  'empty',
  'placeholder',
  'notANumber',
  'malformedNumber',
  'cellError',
  'booleanValue',
  'missingTarget',
  'missingActual',
  'missingOperator',
  'missingWeight',
  'negativeWeight',
  'missingStatedScore',
  'unitMismatch',
  'actualNotNumeric',
  'qualitativeUnclear',
  'nonPositiveBudget',
  'missingBudget',
  'missingExecuted',
  'missingValue',
  'zeroDenominator',
  'invalidCount',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Something the rules assumed or noticed while reading a value (informational). */
export const ASSUMPTION_CODES = [
  'numberStoredAsText',
  'percentFromFormat',
  'operatorReversed',
  'operatorConflict',
  'operatorCellConflict',
  'operatorCellUnrecognized',
  'operatorAssumed',
  'unitCellConflict',
  'unitScaled',
  'unitEquated',
  'bareTargetAssumed',
  'unitAssumedFromActual',
  'perPeriodTarget',
  'approximateValue',
  'compoundTarget',
  'dateTarget',
  'qualitativeUnitWithNumber',
  'actualIsCompletion',
  'actualHasOperator',
  'actualTextAsCompletion',
  'bareNumberAsCompletion',
  'qualitativeMatched',
  'qualitativeLevel',
  'qualitativeKeyword',
  'qualitativeContainsTarget',
  'qualitativeFromCompletion',
  'completionOutsideBand',
  'nonPositiveTargetShort',
  'strictOperatorAtTarget',
  'usedInitialBudget',
  'usedAdjustedBudget',
  'budgetWeightFromProfile',
  'executionRateCapped',
  'negativeExecution',
  'totalCapped',
] as const;
export type AssumptionCode = (typeof ASSUMPTION_CODES)[number];

/** Findings about a row (what the verdict flags mean, in words). */
export const FINDING_CODES = [
  'short',
  'scoreWrong',
  'scoreAboveWeight',
  'scoreNegative',
  'scoreOutsideBand',
  'missingReason',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type MessageCode = ReasonCode | AssumptionCode | FindingCode;

/** Message parameters: plain strings and numbers, ready for a template. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

export function msg(code: MessageCode, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}
