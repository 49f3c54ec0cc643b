/**
 * One indicator row of a project or department form: the rules module's verdict, turned into the
 * report's row with Chinese messages that name the cell.
 */
import type { CellRef } from '../model/cell';
import type { FormTable, Indicator } from '../model/table';
import type { IndicatorReport } from '../report/types';
import { rowBasis } from './basis';
import { Memo, valueKey } from './memo';
import type { CellValue } from '../snapshot/types';
import {
  anyReason,
  ASSUMPTION_CODES,
  NOTED_ASSUMPTION_CODES,
  completionVerdict,
  D,
  rowVerdict,
  type Decimal,
  type Message,
  type MessageCode,
  type Verdict,
} from '../rules';
import {
  at,
  auditMessage,
  displayOf,
  num,
  ruleMessage,
  parseCell,
  showRate,
  type AuditContext,
} from './context';

/** Row results the table-level checks need beyond the report. */
export interface AuditedIndicator {
  report: IndicatorReport;
  weight: Decimal | null;
  stated: Decimal | null;
  expected: Decimal | null;
}

/** Assumptions worth telling the user about; the rest of the rules' remarks stay internal. */
const SHOWN_ASSUMPTIONS = new Set<MessageCode>(NOTED_ASSUMPTION_CODES);

const TARGET_CODES = new Set<MessageCode>([
  'missingTarget',
  'missingOperator',
  'operatorReversed',
  'operatorConflict',
  'operatorAssumed',
  'perPeriodTarget',
  'compoundTarget',
  'nonPositiveTargetShort',
  'strictOperatorAtTarget',
]);
const OPERATOR_CODES = new Set<MessageCode>(['operatorCellConflict', 'operatorCellUnrecognized']);
const ACTUAL_CODES = new Set<MessageCode>([
  'missingActual',
  'actualNotNumeric',
  'actualIsCompletion',
  'actualTextAsCompletion',
  'bareNumberAsCompletion',
  'qualitativeUnclear',
  'qualitativeFromCompletion',
  'unitMismatch',
  'unitScaled',
  'unitCellConflict',
]);
const SCORE_CODES = new Set<MessageCode>([
  'scoreWrong',
  'scoreAboveWeight',
  'scoreNegative',
  'scoreOutsideBand',
  'missingStatedScore',
]);
const WEIGHT_CODES = new Set<MessageCode>(['missingWeight', 'negativeWeight']);

function cellFor(ind: Indicator, m: Message): string | null {
  const c = m.code;
  const pick = (cell: CellRef | null): string | null => cell?.address ?? null;
  if (c === 'missingReason') {
    return pick(ind.reasonText) ?? ind.reasonTicks[0]?.cell.address ?? pick(ind.improvement);
  }
  if (OPERATOR_CODES.has(c)) return pick(ind.operator) ?? pick(ind.target);
  if (TARGET_CODES.has(c)) return pick(ind.target);
  if (ACTUAL_CODES.has(c)) return pick(ind.actual);
  if (SCORE_CODES.has(c)) return pick(ind.score);
  if (WEIGHT_CODES.has(c)) return pick(ind.weight);
  if (c === 'short') return pick(ind.actual);
  return pick(ind.target) ?? pick(ind.nameCell);
}

function shown(m: Message, failed: boolean): boolean {
  return failed || !isAssumption(m.code) || SHOWN_ASSUMPTIONS.has(m.code);
}

const ASSUMPTIONS = new Set<MessageCode>(ASSUMPTION_CODES);
function isAssumption(code: MessageCode): boolean {
  return ASSUMPTIONS.has(code);
}

/** The target as the form states it, operator and unit columns included. */
function targetText(ind: Indicator): string | null {
  const t = displayOf(ind.target);
  if (t === null) return null;
  const op = displayOf(ind.operator);
  const unit = displayOf(ind.unit);
  const m = /^(.*?)([≥≤＞＜<>=]+)$/.exec(t);
  const addUnit = unit && !/定性/.test(unit) && !t.endsWith(unit);
  // An operator written after the number (`20≤`) means "at most 20" on these forms (the rules
  // read it so and say so in the row's messages): shown as `≤20%`.
  const u = addUnit ? unit : '';
  const withUnit = m ? `${m[2]}${m[1]}${u}` : `${t}${u}`;
  return op ? `${op}${withUnit}` : withUnit;
}

/** How a row without a target was scored (Fushun-style forms). */
type Fallback =
  { kind: 'completion'; completion: Decimal } | { kind: 'qualitative'; text: string } | null;

const verdicts = new Memo<{ verdict: Verdict; fallback: Fallback }>();

/** Everything a row's verdict and its messages depend on. */
function rowKey(
  ind: Indicator,
  hasReasonColumns: boolean,
  reasonsFilled: boolean,
  ctx: AuditContext,
): string {
  const c = (x: CellRef | null) =>
    x ? `${valueKey(x.value)}\u0001${x.numberFormat ?? ''}\u0001${x.address}` : '-';
  return [
    ctx.profile.id,
    ctx.lang,
    c(ind.target),
    c(ind.operator),
    c(ind.unit),
    c(ind.actual),
    c(ind.completion),
    c(ind.weight),
    c(ind.score),
    hasReasonColumns ? (reasonsFilled ? 'R' : 'r') : '-',
    ind.improvement ? 'I' : '-',
    ind.completion ? 'C' : '-',
  ].join('\u0002');
}

export function auditIndicator(
  ind: Indicator,
  table: FormTable,
  ctx: AuditContext,
): AuditedIndicator {
  const reasons = [
    ...ind.reasonTicks.map((t) => t.cell.value),
    ...(ind.reasonText ? [ind.reasonText.value] : []),
    ...(ind.reasonText === null && ind.improvement ? [ind.improvement.value] : []),
  ];
  const hasReasonColumns = ind.reasonTicks.length > 0 || table.columns.reasonText !== null;
  const key = rowKey(ind, hasReasonColumns, anyReason(reasons), ctx);
  const { verdict, fallback } = verdicts.get(key, () => judge(ind, hasReasonColumns, reasons, ctx));
  const notes: string[] = [];
  if (fallback?.kind === 'completion') {
    notes.push(
      at(
        ind.completion?.address,
        auditMessage(ctx, 'targetMissingUsedCompletion', {
          completion: showRate(fallback.completion),
        }),
      ),
    );
  } else if (fallback?.kind === 'qualitative') {
    notes.push(
      at(
        (ind.completion ?? ind.actual)?.address,
        auditMessage(ctx, 'targetMissingQualitative', { text: fallback.text }),
      ),
    );
  }
  return report(ind, verdict, notes, ctx);
}

function judge(
  ind: Indicator,
  hasReasonColumns: boolean,
  reasons: CellValue[],
  ctx: AuditContext,
): { verdict: Verdict; fallback: Fallback } {
  const weightParsed = ind.weight ? parseCell(ind.weight.value, ind.weight.numberFormat) : null;
  const statedParsed = ind.score ? parseCell(ind.score.value, ind.score.numberFormat) : undefined;
  const common = {
    weight: weightParsed,
    profile: ctx.profile,
    statedScore: ind.score ? statedParsed : undefined,
    reasons: hasReasonColumns || ind.improvement ? reasons : undefined,
  };
  const basis = rowBasis(ind);
  let fallback: Fallback = null;
  let verdict: Verdict;
  switch (basis.kind) {
    case 'completion':
      verdict = completionVerdict({ completion: basis.completion, ...common });
      fallback = { kind: 'completion', completion: basis.completion.value };
      break;
    case 'statement':
      verdict = rowVerdict({ ...basis, ...common });
      fallback = { kind: 'qualitative', text: basis.text };
      break;
    default:
      verdict = rowVerdict({
        target: basis.target,
        actual: basis.actual,
        completion: basis.kind === 'target' ? basis.completion : undefined,
        ...common,
      });
  }
  return { verdict, fallback };
}

function report(
  ind: Indicator,
  verdict: Verdict,
  notes: string[],
  ctx: AuditContext,
): AuditedIndicator {
  const weightParsed = ind.weight ? parseCell(ind.weight.value, ind.weight.numberFormat) : null;
  const statedParsed = ind.score ? parseCell(ind.score.value, ind.score.numberFormat) : undefined;
  const weight = weightParsed && weightParsed.ok ? weightParsed.value : null;
  const stated = statedParsed && statedParsed.ok ? statedParsed.value : null;
  let expected: Decimal | null = verdict.expected;
  if (expected === null && verdict.range) {
    // A qualitative band: any score inside it is right; the nearest edge otherwise.
    const { min, max } = verdict.range;
    expected = stated === null ? max : D.min(max, D.max(min, stated));
  }
  if (verdict.needsInput) expected = verdict.score.ok ? expected : null;

  const failed = verdict.needsInput;
  const messages: string[] = [...notes];
  const seen = new Set<string>();
  for (const m of verdict.messages) {
    if (!shown(m, failed)) continue;
    const text = at(cellFor(ind, m), ruleMessage(ctx, m));
    if (!seen.has(text)) {
      seen.add(text);
      messages.push(text);
    }
  }
  const completionDegree = verdict.score.ok ? verdict.score.completion : null;
  return {
    report: {
      row: ind.row,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: targetText(ind),
      actual: displayOf(ind.actual),
      weight: num(weight),
      statedScore: num(stated),
      expectedScore: num(expected),
      short: verdict.short,
      wrong: verdict.wrong,
      needsInput: verdict.needsInput,
      missingReason: verdict.missingReason,
      messages,
      completion: num(completionDegree),
      statedScoreCell: ind.score?.address ?? null,
    },
    weight,
    stated,
    expected,
  };
}
