/**
 * One indicator row's helper cells: the rule's score, the row status, the progress status and the
 * completion degree as formulas over the form's live cells and the two 识别 cells, which hold what
 * the rules read out of text (`30次以上` → ≥ 30) as constants, or live links when the form cell is a
 * number.
 */
import { reasonCells, valueOperand, type RowModel, type Source, type ValueOperand } from '../audit';
import type { Indicator } from '../model/table';
import type { IndicatorReport } from '../report/types';
import { formula as F, statusOf, type Decimal, type RowStatus } from '../rules';
import { a1 as A1 } from '../snapshot/a1';
import { isBlankCell } from '../snapshot/cells';
import type { TableContext } from './context';
import { cellContent, type CellEntry } from './registry';
import { FORMAT } from './writer';

export function toOperand(v: ValueOperand): F.Operand {
  return v.kind === 'ref' ? v.ref : v.value;
}

function decimalNumber(d: Decimal | null): number | string {
  return d === null ? '' : d.toNumber();
}

/** The row's status as the status column shows it. */
export function rowStatus(r: IndicatorReport): RowStatus {
  return statusOf(r);
}

/** The row's status without the stated-score check (the 完成情况 column). */
export function progressStatus(r: IndicatorReport): RowStatus {
  if (r.missingReason) return 'missingReason';
  if (r.short) return 'short';
  return r.expectedScore === null ? 'needsInput' : 'done';
}

/** A number format that shows the operator and unit around a number: `"≥"General"次"`. */
function sourceFormat(operator: string | null, unit: string | null): string {
  const sign: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };
  const clean = (s: string) => s.replace(/["\\]/g, '');
  const pre = operator ? `"${sign[operator] ?? ''}"` : '';
  const post = unit ? `"${clean(unit)}"` : '';
  return pre || post ? `${pre}General${post}` : 'General';
}

function writeSource(
  ctx: TableContext,
  a1: string,
  s: Source,
  numberFormat: string,
  purpose: string,
): void {
  if (s.kind === 'link') {
    ctx.w.formula(a1, F.linkFormula(s.ref, s.transform), decimalNumber(s.value), {
      role: 'helper',
      numberFormat,
      purpose,
    });
  } else {
    ctx.w.value(a1, s.value.toNumber(), { role: 'helper', numberFormat, purpose });
  }
}

interface RowFormulas {
  score: string;
  status: string;
  progress: string;
  completion: string | null;
}

/** The score, status, progress and completion formulas of one row model. */
function rowFormulas(
  ctx: TableContext,
  ind: Indicator,
  model: RowModel,
  cells: { score: string; target: string; actual: string },
): RowFormulas {
  const { a, labels } = ctx;
  const profile = a.profile;
  const purposes = ctx.texts.purposes;
  const W = ind.weight ? toOperand(valueOperand(ind.weight)) : 0;
  const S = ind.score ? toOperand(valueOperand(ind.score)) : undefined;
  const reasons = reasonCells(ind, a.table)?.map((c) => c.address);
  const { target, actual, score } = cells;
  switch (model.kind) {
    case 'quantitative': {
      writeSource(
        ctx,
        target,
        model.target,
        sourceFormat(model.operator, model.unit),
        purposes.target,
      );
      writeSource(ctx, actual, model.actual, sourceFormat(null, model.unit), purposes.actual);
      const q = { actual, target, operator: model.operator, profile };
      const common = { kind: 'quantitative' as const, ...q, weight: W, reasons, labels };
      return {
        completion: F.completionFormula(q),
        score: F.indicatorScoreFormula({ ...q, weight: W }),
        status: F.statusFormula({ ...common, stated: S }),
        progress: F.statusFormula(common),
      };
    }
    case 'completion': {
      writeSource(ctx, actual, model.completion, FORMAT.percent, purposes.actual);
      const common = { kind: 'completion' as const, completion: actual, weight: W, reasons };
      return {
        completion: F.completionOnlyFormula(actual),
        score: F.completionScoreFormula({ completion: actual, weight: W, profile }),
        status: F.statusFormula({ ...common, stated: S, profile, labels }),
        progress: F.statusFormula({ ...common, profile, labels }),
      };
    }
    case 'range': {
      ctx.w.value(actual, model.label, {
        role: 'helper',
        numberFormat: FORMAT.text,
        purpose: purposes.band,
      });
      const o = { weight: W, stated: S, lo: model.lo, hi: model.hi, profile };
      return {
        completion: null,
        score: F.rangeScoreFormula(o),
        status: F.rangeStatusFormula({ ...o, met: model.met, reasons, labels }),
        progress: F.rangeStatusFormula({
          ...o,
          stated: undefined,
          met: model.met,
          reasons,
          labels,
        }),
      };
    }
    case 'rubricComputed':
      return {
        completion: null,
        score: F.rubricScoreFormula({
          weight: W,
          // An adopted stated score references this cell: no guard on it, or it would be circular.
          stated: ind.score && ctx.adopted.has(ind.score.address) ? undefined : (S ?? 0),
          points: model.points,
          profile,
        }),
        status: F.rubricStatusFormula({
          weight: W,
          stated: S ?? 0,
          expected: score,
          judged: false,
          profile,
          labels,
        }),
        progress: F.rubricProgressFormula({ weight: W, expected: score, labels }),
      };
    case 'rubricJudged':
      return {
        completion: null,
        score: F.judgedScoreFormula({ weight: W, stated: S ?? 0 }),
        status: F.rubricStatusFormula({
          weight: W,
          stated: S ?? 0,
          expected: score,
          judged: true,
          profile,
          labels,
        }),
        progress: F.rubricProgressFormula({ weight: W, expected: score, labels }),
      };
    case 'fixed': {
      const status = F.fixedStatusFormula('needsInput', labels);
      return { completion: null, score: F.BLANK_FORMULA, status, progress: status };
    }
  }
}

/** Writes one indicator row's helper cells; returns its score, status and progress cells. */
export function planRow(
  ctx: TableContext,
  ind: Indicator,
  model: RowModel,
  after: IndicatorReport,
): { score: string; status: string; progress: string } | null {
  const { w, layout, labels } = ctx;
  const purposes = ctx.texts.purposes;
  const r = ind.row;
  const score = A1(layout.score, r);
  const status = A1(layout.status, r);
  const progress = A1(layout.progress, r);
  if (!w.free(score) || !w.free(status)) return null;
  const formCompletion =
    ind.completion !== null && isBlankCell(cellContent(w.base, ind.completion.address));
  const completion =
    formCompletion && ind.completion ? ind.completion.address : A1(layout.completion, r);
  const completionRole: CellEntry['role'] = formCompletion ? 'form' : 'helper';

  const f = rowFormulas(ctx, ind, model, {
    score,
    target: A1(layout.target, r),
    actual: A1(layout.actual, r),
  });
  w.formula(score, f.score, after.expectedScore ?? '', {
    role: 'helper',
    numberFormat: FORMAT.score,
    purpose: purposes.score,
  });
  w.formula(status, f.status, labels[rowStatus(after)], {
    role: 'helper',
    purpose: purposes.status,
  });
  w.formula(progress, f.progress, labels[progressStatus(after)], {
    role: 'helper',
    purpose: purposes.progress,
  });
  if (f.completion !== null && w.free(completion)) {
    w.formula(completion, f.completion, after.completion ?? '', {
      role: completionRole,
      numberFormat: FORMAT.percent,
      purpose: purposes.completion,
    });
  }
  return { score, status, progress };
}
