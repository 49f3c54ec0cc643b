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

/**
 * Something the rules assumed while reading a value that a reviewer should be told (shown under
 * the row: an operator read the other way round, a unit scaled, a completion taken for the actual…).
 */
export const NOTED_ASSUMPTION_CODES = [
  'operatorReversed',
  'operatorConflict',
  'operatorCellConflict',
  'operatorCellUnrecognized',
  'operatorAssumed',
  'unitCellConflict',
  'unitScaled',
  'perPeriodTarget',
  'compoundTarget',
  'actualIsCompletion',
  'actualTextAsCompletion',
  'bareNumberAsCompletion',
  'qualitativeFromCompletion',
  'completionOutsideBand',
  'nonPositiveTargetShort',
  'strictOperatorAtTarget',
] as const;

/** What the rules noticed in passing (kept in the report's data, not shown under the row). */
export const QUIET_ASSUMPTION_CODES = [
  'numberStoredAsText',
  'percentFromFormat',
  'unitAssumedFromActual',
  'approximateValue',
  'dateTarget',
  'qualitativeUnitWithNumber',
  'actualHasOperator',
  'qualitativeMatched',
  'qualitativeLevel',
  'qualitativeKeyword',
  'qualitativeContainsTarget',
  'usedInitialBudget',
  'usedAdjustedBudget',
  'budgetWeightFromProfile',
  'executionRateCapped',
  'negativeExecution',
  'totalCapped',
] as const;

/** Something the rules assumed or noticed while reading a value (informational). */
export const ASSUMPTION_CODES = [...NOTED_ASSUMPTION_CODES, ...QUIET_ASSUMPTION_CODES] as const;
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

/** The parameter names the rules' messages use; a misspelt name does not compile. */
export const MESSAGE_PARAM_KEYS = [
  'value',
  'why',
  'actual',
  'cap',
  'cell',
  'completion',
  'executed',
  'expected',
  'initial',
  'max',
  'min',
  'period',
  'rate',
  'read',
  'sign',
  'stated',
  'sum',
  'target',
  'unit',
  'used',
  'weight',
] as const;
export type MessageParamKey = (typeof MESSAGE_PARAM_KEYS)[number];

/** Message parameters: plain strings and numbers, ready for a template, under known names. */
export type MessageParams = Readonly<Partial<Record<MessageParamKey, string | number>>>;

export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

export function msg(code: MessageCode, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}
