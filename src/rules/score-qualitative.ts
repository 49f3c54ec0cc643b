/**
 * Scoring a qualitative target (达到预期 / 满意 / 及时 …): from the actual's words, a completion
 * figure standing in the actual, or the row's stated completion degree; when the words give only
 * a band, the score is a range.
 */
import { msg, type Message } from './codes';
import { clamp, D, ONE, roundRate, roundScore, ZERO, type Decimal } from './decimal';
import { fail } from './number';
import type { Profile } from './profiles';
import { bandOf, judgeQualitative } from './qualitative';
import { isPercentUnit } from './units';
import type { Actual, QualitativeBand, QualitativeTarget, ScoreRange } from './types';
import { fromCompletion, percentText, scoreOf, type ScoreResult } from './completion';

function bandRange(band: QualitativeBand, weight: Decimal, profile: Profile): ScoreRange {
  const b = profile.qualitativeBands[band];
  return {
    min: roundScore(new D(b.min).times(weight), profile.decimals),
    max: roundScore(new D(b.max).times(weight), profile.decimals),
  };
}

export function scoreQualitative(
  t: QualitativeTarget,
  a: Actual,
  weight: Decimal,
  stated: Decimal | null,
  profile: Profile,
  messages: Message[],
): ScoreResult {
  if (a.kind === 'number') {
    let c: Decimal | null = null;
    if (isPercentUnit(a.unit)) {
      c = a.value.times(a.unit ? a.unit.factor : 1).div(100);
      messages.push(
        msg('actualIsCompletion', {
          value: `${a.value.toString()}${a.unit?.text ?? ''}`,
          target: t.text,
        }),
      );
    } else if (!a.unit && a.value.greaterThanOrEqualTo(0) && a.value.lessThanOrEqualTo(100)) {
      c = a.value.lessThanOrEqualTo(1) ? a.value : a.value.div(100);
      messages.push(
        msg('bareNumberAsCompletion', { value: a.value.toString(), completion: percentText(c) }),
      );
    }
    if (c !== null && (a.operator === '>=' || a.operator === '>')) {
      // "95%以上" for 基本满意: a lower bound. In the achieved band it counts as met, and the
      // score may lie anywhere from c × weight to the full weight.
      const lower = clamp(roundRate(c), ZERO, ONE);
      const band = bandOf(lower, profile.qualitativeBands);
      const met = band === 'achieved';
      return {
        ok: true,
        kind: 'qualitative',
        direction: null,
        met,
        short: !met,
        degree: null,
        completion: null,
        score: lower.eq(ONE) ? scoreOf(ONE, weight, profile) : null,
        range: lower.eq(ONE) ? null : { min: scoreOf(lower, weight, profile), max: weight },
        band,
        weight,
        messages,
      };
    }
    if (c !== null) return fromCompletion('qualitative', c, weight, profile, messages, true);
    if (stated) return fromCompletion('qualitative', stated, weight, profile, messages, true);
    const f = fail('qualitativeUnclear', a.value.toString(), {
      value: a.value.toString(),
      target: t.text,
    });
    return { ...f, messages: [...messages, ...f.messages] };
  }
  const j = judgeQualitative(t, a.text);
  if (j) {
    messages.push(msg(j.code, { value: a.text, target: t.text }));
    if (j.full) return fromCompletion('qualitative', ONE, weight, profile, messages, true);
    if (stated) {
      const r = fromCompletion('qualitative', stated, weight, profile, messages, true);
      if (r.band !== j.band) {
        messages.push(
          msg('completionOutsideBand', { value: a.text, completion: percentText(stated) }),
        );
      }
      return r;
    }
    return {
      ok: true,
      kind: 'qualitative',
      direction: null,
      met: false,
      short: true,
      degree: null,
      completion: null,
      score: null,
      range: bandRange(j.band, weight, profile),
      band: j.band,
      weight,
      messages,
    };
  }
  if (stated) {
    messages.push(
      msg('qualitativeFromCompletion', { value: a.text, completion: percentText(stated) }),
    );
    return fromCompletion('qualitative', stated, weight, profile, messages, true);
  }
  const f = fail('qualitativeUnclear', a.text, { value: a.text, target: t.text });
  return { ...f, messages: [...messages, ...f.messages] };
}
