/**
 * One indicator row of a project or department form: the rules module's verdict, turned into the
 * report's row with Chinese messages that name the cell.
 */
import type { CellRef } from '../model/cell';
import type { FormTable, Indicator } from '../model/table';
import type { IndicatorReport } from '../report/types';
import { rowBasis } from './basis';
import { contentId, Memo, reserveIds } from './memo';
import type { CellValue } from '../snapshot/types';
import {
  reasonPresent,
  ASSUMPTION_CODES,
  NOTED_ASSUMPTION_CODES,
  completionVerdict,
  D,
  rowVerdict,
  type Decimal,
  type Message,
  type MessageCode,
  type NumberResult,
  type ScoreResult,
  type Verdict,
  verdictFromScore,
} from '../rules';
import {
  at,
  auditMessage,
  displayOf,
  notComputed,
  num,
  ruleMessage,
  parseCell,
  show,
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

/**
 * What a row's contents give, whatever its cells' addresses: the verdict and everything the
 * report takes from the same contents, so that a row repeating earlier contents costs a lookup.
 */
interface Judged {
  verdict: Verdict;
  fallback: Fallback;
  weight: Decimal | null;
  stated: Decimal | null;
  expected: Decimal | null;
  /** The target as the form states it, and the actual as shown. */
  target: string | null;
  actual: string | null;
}

const verdicts = new Memo<string, Judged>();

/** Profiles by number, for row keys. */
const profileIds = new Map<string, number>();

/** A cell's contents as far as the rules see them (value and number format); 0 for no cell. */
function cellId(x: CellRef | null): number {
  return x ? contentId(x.value, x.numberFormat) : 0;
}

/**
 * Everything a row's verdict depends on, as a short string of content ids: the contents of the
 * cells the rules read, never their addresses (messages name cells only when the report is
 * made), so rows that repeat the same contents share one verdict.
 */
/** The row's reason cells: its ticks, then its reason text (or, without one, 改进措施). */
function reasonsOf(ind: Indicator): CellValue[] {
  const reasons: CellValue[] = [];
  for (const t of ind.reasonTicks) reasons.push(t.cell.value);
  if (ind.reasonText) reasons.push(ind.reasonText.value);
  else if (ind.improvement) reasons.push(ind.improvement.value);
  return reasons;
}

/**
 * What the rules see of the reasons (as `reasonsOf` hands them over): 0 none passed or none
 * there, 1 one of them filled, 2 all empty.
 */
function reasonState(ind: Indicator, hasReasonColumns: boolean): number {
  if (!hasReasonColumns && ind.improvement === null) return 0;
  const last = ind.reasonText ?? ind.improvement;
  if (ind.reasonTicks.length === 0 && last === null) return 0;
  for (const t of ind.reasonTicks) if (reasonPresent(t.cell.value)) return 1;
  return last !== null && reasonPresent(last.value) ? 1 : 2;
}

function rowKey(ind: Indicator, hasReasonColumns: boolean, ctx: AuditContext): string {
  let profile = profileIds.get(ctx.profile.id);
  if (profile === undefined) {
    profile = profileIds.size;
    profileIds.set(ctx.profile.id, profile);
  }
  reserveIds(8);
  return String.fromCharCode(
    profile,
    reasonState(ind, hasReasonColumns),
    cellId(ind.target),
    cellId(ind.operator),
    cellId(ind.unit),
    cellId(ind.actual),
    cellId(ind.completion),
    cellId(ind.weight),
    cellId(ind.score),
    ind.weightInLabel === undefined || ind.weightInLabel === null
      ? 0
      : contentId(ind.weightInLabel, '\u0003weightInLabel'),
  );
}

/** A rule message's text in one language; verdicts are shared, so their texts are too. */
const texts = new WeakMap<Message, Partial<Record<AuditContext['lang'], string>>>();
function messageText(ctx: AuditContext, m: Message): string {
  let byLang = texts.get(m);
  if (byLang === undefined) {
    byLang = {};
    texts.set(m, byLang);
  }
  let text = byLang[ctx.lang];
  if (text === undefined) {
    text = ruleMessage(ctx, m);
    byLang[ctx.lang] = text;
  }
  return text;
}

export function auditIndicator(
  ind: Indicator,
  table: FormTable,
  ctx: AuditContext,
): AuditedIndicator {
  const hasReasonColumns = ind.reasonTicks.length > 0 || table.columns.reasonText !== null;
  const key = rowKey(ind, hasReasonColumns, ctx);
  const judged =
    verdicts.peek(key) ??
    verdicts.put(
      key,
      judge(ind, hasReasonColumns || ind.improvement ? reasonsOf(ind) : undefined, ctx),
    );
  const fallback = judged.fallback;
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
  return report(ind, judged, notes, ctx);
}

/** The row's weight: its 分值 cell, or the weight written in its label on a score sheet. */
function weightOf(ind: Indicator): NumberResult | null {
  if (ind.weight) return parseCell(ind.weight.value, ind.weight.numberFormat);
  if (ind.weightInLabel !== undefined && ind.weightInLabel !== null) {
    return parseCell(ind.weightInLabel, null);
  }
  return null;
}

/**
 * A score sheet row (Dazhou-style 评分表): no target, actual or completion column at all, only a
 * weight and the evaluator's 得分. The rule is the weight's range: any score from 0 to the weight
 * stands; above it, the weight.
 */
function scoreOnly(
  ind: Indicator,
  weight: NumberResult | null,
  stated: NumberResult | undefined,
): ScoreResult | null {
  if (ind.target || ind.actual || ind.completion || !weight?.ok || !stated?.ok) return null;
  if (weight.value.isNegative()) return null;
  const score = D.min(weight.value, D.max(stated.value, 0));
  return {
    ok: true,
    kind: 'completion',
    direction: null,
    met: true,
    short: false,
    degree: null,
    completion: weight.value.isZero() ? null : score.div(weight.value),
    score,
    range: null,
    band: null,
    weight: weight.value,
    messages: [],
  };
}

function judge(ind: Indicator, reasons: CellValue[] | undefined, ctx: AuditContext): Judged {
  const weightParsed = weightOf(ind);
  const statedParsed = ind.score ? parseCell(ind.score.value, ind.score.numberFormat) : undefined;
  const { verdict, fallback } = verdictOf(ind, weightParsed, statedParsed, reasons, ctx);
  const weight = weightParsed && weightParsed.ok ? weightParsed.value : null;
  const stated = statedParsed && statedParsed.ok ? statedParsed.value : null;
  let expected: Decimal | null = verdict.expected;
  if (expected === null && verdict.range) {
    // A qualitative band: any score inside it is right; the nearest edge otherwise.
    const { min, max } = verdict.range;
    expected = stated === null ? max : D.min(max, D.max(min, stated));
  }
  if (verdict.needsInput) expected = verdict.score.ok ? expected : null;
  return {
    verdict,
    fallback,
    weight,
    stated,
    expected,
    target: targetText(ind),
    actual: displayOf(ind.actual),
  };
}

function verdictOf(
  ind: Indicator,
  weightParsed: NumberResult | null,
  statedParsed: NumberResult | undefined,
  reasons: CellValue[] | undefined,
  ctx: AuditContext,
): { verdict: Verdict; fallback: Fallback } {
  const common = {
    weight: weightParsed,
    profile: ctx.profile,
    statedScore: statedParsed,
    reasons,
  };
  const basis = rowBasis(ind);
  let fallback: Fallback = null;
  let verdict: Verdict;
  const only = basis.kind === 'none' ? scoreOnly(ind, weightParsed, statedParsed) : null;
  if (only) {
    verdict = verdictFromScore(only, statedParsed, common.reasons, ctx.profile);
    return { verdict, fallback };
  }
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
  judged: Judged,
  notes: string[],
  ctx: AuditContext,
): AuditedIndicator {
  const { verdict, weight, stated, expected } = judged;
  const failed = verdict.needsInput;
  const messages: string[] = notes;
  const ruleTexts = messages.length;
  const uncomputed = notComputed(ind.score);
  for (const m of verdict.messages) {
    if (!shown(m, failed)) continue;
    const text =
      uncomputed !== null && m.code === 'missingStatedScore'
        ? at(ind.score?.address, auditMessage(ctx, 'formulaNotComputed', { formula: uncomputed }))
        : at(cellFor(ind, m), messageText(ctx, m));
    // A row has a handful of messages: a scan is cheaper than a set per row.
    if (messages.indexOf(text, ruleTexts) < 0) messages.push(text);
  }
  if (judged.target !== null && verdict.messages.some((m) => m.code === 'actualNotNumeric')) {
    messages.push(
      at(
        ind.actual?.address,
        auditMessage(ctx, 'actualNeedsNumber', {
          target: judged.target,
          value: judged.actual ?? '',
        }),
      ),
    );
  }
  const formula = ind.score?.formula;
  if (formula && stated !== null && (verdict.wrong || verdict.short)) {
    messages.push(
      at(ind.score?.address, auditMessage(ctx, 'scoreFormula', { formula, value: show(stated) })),
    );
  }
  const completionDegree = verdict.score.ok ? verdict.score.completion : null;
  return {
    report: {
      row: ind.row,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: judged.target,
      actual: judged.actual,
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
