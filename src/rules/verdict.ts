/**
 * Row verdicts, the vocabulary the rest of the product uses:
 * - short: the target is not met;
 * - wrong: the stated score differs from the rule's score by more than the profile's tolerance,
 *   lies outside the qualitative band's range, exceeds the weight, or is negative;
 * - needsInput: the rule cannot be applied (missing operator where direction matters, an
 *   unparsable number, a missing weight or stated score …);
 * - missingReason: the row is short, the form has reason cells, and none is filled in.
 * The status is the first that applies of needsInput, wrong, missingReason, short, done — the
 * same order as the compiled status formula.
 */
import { anyReason } from './cell';
import { msg, type Message } from './codes';
import { roundGuarded, type Decimal } from './decimal';
import { resolveNum, type NumInput } from './number';
import { resolveProfile, type Profile, type ProfileInput } from './profiles';
import { scoreCompletion, type ScoreResult } from './completion';
import { scoreIndicator, type ScoreInput } from './score';
import type { CellValue, ScoreRange } from './types';
import { D } from './decimal';

export type RowStatus = 'done' | 'short' | 'wrong' | 'missingReason' | 'needsInput';

/** The words a status cell shows for each row status (supplied by the messages module). */
export type StatusLabels = Readonly<Record<RowStatus, string>>;

export interface VerdictInput extends ScoreInput {
  /** The 得分 cell; leave undefined when the form has no score column. */
  statedScore?: NumInput;
  /** The reason cells (原因说明 text, tick columns …); undefined or [] when the form has none. */
  reasons?: readonly CellValue[];
}

export interface Verdict {
  status: RowStatus;
  short: boolean;
  wrong: boolean;
  needsInput: boolean;
  missingReason: boolean;
  /** The rule's score, when definite. */
  expected: Decimal | null;
  /** The qualitative band's score range, when only that is known. */
  range: ScoreRange | null;
  score: ScoreResult;
  messages: Message[];
}

/** Differences are compared after rounding to 6 decimals (guarded), as the status formula does. */
export const DIFF_DECIMALS = 6;
export const DIFF_GUARD = 3;

/** |a − b| as the status formula sees it. */
export function scoreDifference(a: Decimal, b: Decimal): Decimal {
  return roundGuarded(a.minus(b).abs(), DIFF_DECIMALS, DIFF_GUARD);
}

export function statusOf(
  v: Pick<Verdict, 'needsInput' | 'wrong' | 'missingReason' | 'short'>,
): RowStatus {
  if (v.needsInput) return 'needsInput';
  if (v.wrong) return 'wrong';
  if (v.missingReason) return 'missingReason';
  if (v.short) return 'short';
  return 'done';
}

export function rowVerdict(input: VerdictInput): Verdict {
  const profile = resolveProfile(input.profile);
  return verdictFromScore(
    scoreIndicator({ ...input, profile }),
    input.statedScore,
    input.reasons,
    profile,
  );
}

/**
 * The verdict of a row whose actual is a completion degree (a fraction), the JavaScript side of
 * statusFormula({ kind: 'completion' }).
 */
export function completionVerdict(input: {
  completion: NumInput;
  weight: NumInput;
  statedScore?: NumInput;
  reasons?: readonly CellValue[];
  profile?: ProfileInput;
  qualitative?: boolean;
}): Verdict {
  const profile = resolveProfile(input.profile);
  const score = scoreCompletion({ ...input, profile });
  return verdictFromScore(score, input.statedScore, input.reasons, profile);
}

/** Verdict flags from a score result, a stated score and reason cells. */
export function verdictFromScore(
  score: ScoreResult,
  statedScore: NumInput | undefined,
  reasonCells: readonly CellValue[] | undefined,
  profile: Profile,
): Verdict {
  const messages: Message[] = [...score.messages];
  let needsInput = !score.ok;
  const short = score.ok && score.short;
  let wrong = false;

  if (statedScore !== undefined) {
    const s = resolveNum(statedScore, 'missingStatedScore');
    if (!s.ok) {
      needsInput = true;
      messages.push(msg('missingStatedScore', s.raw ? { value: s.raw } : undefined));
    } else if (score.ok) {
      const stated = s.value;
      const tol = new D(profile.tolerance);
      if (stated.isNegative() && !stated.isZero()) {
        wrong = true;
        messages.push(msg('scoreNegative', { stated: stated.toString() }));
      } else if (stated.greaterThan(score.weight)) {
        wrong = true;
        messages.push(
          msg('scoreAboveWeight', { stated: stated.toString(), weight: score.weight.toString() }),
        );
      } else if (score.score !== null) {
        if (scoreDifference(stated, score.score).greaterThan(tol)) {
          wrong = true;
          messages.push(
            msg('scoreWrong', { stated: stated.toString(), expected: score.score.toString() }),
          );
        }
      } else if (score.range) {
        if (
          stated.lessThan(score.range.min.minus(tol)) ||
          stated.greaterThan(score.range.max.plus(tol))
        ) {
          wrong = true;
          messages.push(
            msg('scoreOutsideBand', {
              stated: stated.toString(),
              min: score.range.min.toString(),
              max: score.range.max.toString(),
            }),
          );
        }
      }
    }
  }

  const reasons = reasonCells ?? [];
  const missingReason = short && reasons.length > 0 && !anyReason(reasons);
  if (short) messages.push(msg('short'));
  if (missingReason) messages.push(msg('missingReason'));

  const flags = { needsInput, wrong, missingReason, short };
  return {
    status: statusOf(flags),
    ...flags,
    expected: score.ok ? score.score : null,
    range: score.ok ? score.range : null,
    score,
    messages,
  };
}
