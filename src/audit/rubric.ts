/**
 * Rows of a rubric self-score table (Longhua): rows whose criterion is a formula are recomputed
 * from the figures in the 评分依据（数据） column; rows judged against written criteria are
 * checked to lie within [0, 分值].
 *
 * 评分依据 convention: the figures in the rubric's order, separated by `;`. A figure is a ratio
 * `a/b`, a percentage `x%`, or a plain number. A ratio or percentage is the rate itself.
 */
import { RUBRIC_RULE_NAMES, type RubricRuleKey } from '../model/glossary';
import type { Indicator } from '../model/table';
import { rubricDataHint } from '../messages/audit';
import type { IndicatorReport } from '../report/types';
import {
  D,
  parseNumber,
  procurement,
  quarterlyExecution,
  satisfaction,
  tierPoints,
  timeliness,
  keyTasks,
  roundScore,
  type Decimal,
  type Rubric,
  type RubricResult,
} from '../rules';
import { LONGHUA_RUBRIC } from '../rules';
import { at, auditMessage, displayOf, num, ruleMessage, show, type AuditContext } from './context';
import type { AuditedIndicator } from './indicator';

type Figure =
  | { kind: 'ratio'; num: Decimal; den: Decimal }
  | { kind: 'rate'; value: Decimal }
  | { kind: 'count'; value: Decimal };

/** Parses the 评分依据 text; null when any part is unreadable. */
export function parseEvidence(text: string): Figure[] | null {
  const parts = text
    .replace(/[；，,]/g, ';')
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const out: Figure[] = [];
  for (const p of parts) {
    const slash = p.split(/[/／÷]/);
    if (slash.length === 2) {
      const a = parseNumber(slash[0]);
      const b = parseNumber(slash[1]);
      if (!a.ok || !b.ok) return null;
      out.push({ kind: 'ratio', num: a.value, den: b.value });
      continue;
    }
    const n = parseNumber(p);
    if (!n.ok) return null;
    out.push(n.percent ? { kind: 'rate', value: n.value } : { kind: 'count', value: n.value });
  }
  return out.length > 0 ? out : null;
}

/** The rate a figure stands for: x% itself, or a ÷ b; null for counts and zero denominators. */
export function rateOf(f: Figure): Decimal | null {
  if (f.kind === 'rate') return f.value;
  if (f.kind === 'ratio') return f.den.isZero() ? null : f.num.div(f.den);
  return null;
}

export function ruleFor(name: string): RubricRuleKey | null {
  for (const [key, re] of RUBRIC_RULE_NAMES) if (re.test(name)) return key;
  return null;
}

function tiered(rule: Rubric['fixedAssets'], figs: Figure[]): RubricResult | null {
  if (figs.length !== 1) return null;
  const r = rateOf(figs[0]);
  return r === null ? null : { ok: true, rate: r, score: tierPoints(rule, r), messages: [] };
}

function compute(key: RubricRuleKey, figs: Figure[], ctx: AuditContext): RubricResult | null {
  const rubric = ctx.profile.rubric ?? LONGHUA_RUBRIC;
  const opts = { rubric, profile: ctx.profile };
  switch (key) {
    case 'procurement': {
      if (figs.length !== 1) return null;
      const f = figs[0];
      if (f.kind === 'ratio') return procurement({ actual: f.num, plan: f.den, ...opts });
      const r = rateOf(f);
      return r === null ? null : procurement({ actual: r, plan: 1, ...opts });
    }
    case 'fixedAssets':
      return tiered(rubric.fixedAssets, figs);
    case 'staffControl':
      return tiered(rubric.staffControl, figs);
    case 'contractStaff':
      return tiered(rubric.contractStaff, figs);
    case 'expenseControl': {
      if (figs.length < 1 || figs.length > 2) return null;
      let score = new D(0);
      for (const f of figs) {
        const r = rateOf(f);
        if (r === null) return null;
        score = score.plus(tierPoints(rubric.expenseControl, r));
      }
      return { ok: true, rate: null, score, messages: [] };
    }
    case 'quarterly': {
      if (figs.length !== 4) return null;
      const q = figs.map(rateOf);
      if (q.some((x) => x === null)) return null;
      const [a, b, c, d] = q as Decimal[];
      return quarterlyExecution({ progress: [a, b, c, d], ...opts });
    }
    case 'timeliness': {
      if (figs.length !== 1) return null;
      const f = figs[0];
      if (f.kind === 'ratio') return timeliness({ completed: f.num, planned: f.den, ...opts });
      const r = rateOf(f);
      return r === null ? null : timeliness({ completed: r, planned: 1, ...opts });
    }
    case 'satisfaction': {
      if (figs.length !== 1) return null;
      const r = rateOf(figs[0]);
      return r === null ? null : satisfaction({ rate: r, ...opts });
    }
    case 'keyTasks': {
      if (figs.length !== 1 || figs[0].kind !== 'count') return null;
      return keyTasks({ notDone: figs[0].value, ...opts });
    }
  }
}

export function auditRubricRow(ind: Indicator, ctx: AuditContext): AuditedIndicator {
  const weightParsed = ind.weight ? parseNumber(ind.weight.value, ind.weight.numberFormat) : null;
  const statedParsed = ind.score ? parseNumber(ind.score.value, ind.score.numberFormat) : null;
  const weight = weightParsed?.ok ? weightParsed.value : null;
  const stated = statedParsed?.ok ? statedParsed.value : null;
  const messages: string[] = [];
  const scoreCell = ind.score?.address ?? null;
  let needsInput = false;
  let wrong = false;
  let expected: Decimal | null = null;

  if (weight === null) {
    needsInput = true;
    messages.push(
      at(ind.weight?.address ?? ind.nameCell?.address, ruleMessage(ctx, { code: 'missingWeight' })),
    );
  }
  if (stated === null) {
    needsInput = true;
    const code =
      statedParsed && !statedParsed.ok && statedParsed.reason === 'malformedNumber'
        ? 'malformedNumber'
        : 'missingStatedScore';
    messages.push(
      at(
        scoreCell,
        ruleMessage(ctx, {
          code,
          params: statedParsed?.raw ? { value: statedParsed.raw } : undefined,
        }),
      ),
    );
  }

  const key = ruleFor(ind.name);
  const dataText = displayOf(ind.data);
  if (key && ind.data !== null) {
    if (dataText === null) {
      needsInput = true;
      messages.push(
        at(
          ind.data.address,
          auditMessage(ctx, 'rubricDataMissing', { hint: rubricDataHint(key, ctx.lang) }),
        ),
      );
    } else {
      const figs = parseEvidence(dataText);
      const result = figs ? compute(key, figs, ctx) : null;
      if (!result || !result.ok) {
        needsInput = true;
        messages.push(
          at(ind.data.address, auditMessage(ctx, 'rubricDataUnreadable', { data: dataText })),
        );
      } else {
        expected = weight ? D.min(weight, result.score) : result.score;
        expected = roundScore(expected, ctx.profile.decimals);
        if (stated !== null && stated.minus(expected).abs().greaterThan(ctx.profile.tolerance)) {
          wrong = true;
          messages.push(
            at(
              scoreCell,
              `${ruleMessage(ctx, { code: 'scoreWrong', params: { stated: show(stated), expected: show(expected) } })}（${auditMessage(ctx, 'rubricComputed', { data: dataText, expected: show(expected) })}）`,
            ),
          );
        }
      }
    }
  } else if (stated !== null && weight !== null) {
    // Judged against written criteria: the score must lie within [0, weight].
    expected = D.min(weight, D.max(0, stated));
    if (stated.greaterThan(weight)) {
      wrong = true;
      messages.push(
        at(
          scoreCell,
          ruleMessage(ctx, {
            code: 'scoreAboveWeight',
            params: { stated: show(stated), weight: show(weight) },
          }),
        ),
      );
    } else if (stated.isNegative() && !stated.isZero()) {
      wrong = true;
      messages.push(
        at(
          scoreCell,
          ruleMessage(ctx, { code: 'scoreNegative', params: { stated: show(stated) } }),
        ),
      );
    }
  }
  if (needsInput && expected === null) expected = null;
  const report: IndicatorReport = {
    row: ind.row,
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    target: ind.criteria,
    actual: dataText,
    weight: num(weight),
    statedScore: num(stated),
    expectedScore: needsInput ? null : num(expected),
    short: !needsInput && expected !== null && weight !== null && expected.lessThan(weight),
    wrong,
    needsInput,
    missingReason: false,
    messages,
    statedScoreCell: scoreCell,
  };
  return { report, weight, stated, expected: needsInput ? null : expected };
}
