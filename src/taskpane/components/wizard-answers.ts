/**
 * The reason wizard's answers: when one counts, the suggested wording for a row, and the answers
 * to write when the wizard finishes (a row with ticks but no words of the user's own gets the
 * suggested wording).
 */
import { draftReason } from '../../messages/drafts';
import type { IndicatorReport } from '../../report/types';
import type { ReasonAnswer } from '../../runtime/core-api';
import { pointsLost } from '../../runtime/findings';
import { wizardKey, type WizardAnswer, type WizardState } from '../../runtime/store';
import { withUnit } from '../format';

export const EMPTY: WizardAnswer = { ticks: [], reason: '', improvement: '' };

/** At least one category or the user's own words. */
export function valid(a: WizardAnswer | undefined): boolean {
  return !!a && (a.ticks.length > 0 || a.reason.trim() !== '');
}

/** The suggested reason and improvement for a row, in `lang` (the form's language). */
export function draftFor(
  i: IndicatorReport,
  ticks: string[],
  lang: string,
): { reason: string; improvement: string } {
  const lost = pointsLost(i);
  const shortfall = i.weight && lost !== null ? Math.min(1, lost / i.weight) : 0;
  return draftReason(
    { name: i.name, target: i.target, actual: withUnit(i.actual, i.target) },
    ticks,
    shortfall,
    lang,
  );
}

/** The answers to write, in the order of the rows; `drop` leaves one row's answer out. */
export function reasonAnswers(
  wizard: WizardState,
  lang: string,
  drop: string | null = null,
): ReasonAnswer[] {
  const list: ReasonAnswer[] = [];
  for (const r of wizard.rows) {
    const k = wizardKey(r.sheet, r.row);
    const a = wizard.answers[k];
    if (!a || k === drop) continue;
    if (!valid(a)) continue;
    const auto = a.reason.trim() === '' ? draftFor(r.indicator, a.ticks, lang) : null;
    list.push({
      sheet: r.sheet,
      row: r.row,
      ticks: a.ticks,
      reason: auto ? auto.reason : a.reason.trim(),
      improvement: a.improvement.trim() || (auto ? auto.improvement : ''),
    });
  }
  return list;
}
