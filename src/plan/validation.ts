/** Data validation with prompts and alerts on the form's input cells. */
import { valueOperand, type RowModel } from '../audit';
import type { Indicator } from '../model/table';
import { D, formula as F, parseNumber } from '../rules';
import { a1 as A1 } from '../snapshot/a1';
import type { TableContext } from './context';
import type { SimpleEdit } from './edits';
import { toOperand } from './indicator-cells';
import { runs } from './writer';

type Rule = Extract<SimpleEdit, { kind: 'dataValidation' }>['rule'];
interface Texts {
  title: string;
  message: string;
  errorTitle: string;
  error: string;
}

function showNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return new D(n).toDecimalPlaces(2).toString();
}

export function planValidation(
  ctx: TableContext,
  rows: { ind: Indicator; model: RowModel; status: string }[],
): void {
  const { a, edits, w, texts, dvRanges } = ctx;
  const t = a.table;
  const add = (
    range: string,
    rule: Rule,
    msg: Texts,
    style: 'stop' | 'warning',
    ignoreBlanks: boolean,
    tag: string,
  ): void => {
    edits.push({
      id: `${w.name}!${range}#dv-${tag}`,
      kind: 'dataValidation',
      sheet: w.name,
      range,
      rule,
      ignoreBlanks,
      prompt: { title: msg.title, message: msg.message },
      error: { title: msg.errorTitle, message: msg.error, style },
      requires: 'ExcelApi1.8',
    });
    dvRanges.push(range);
  };
  /** One list validation per run of consecutive indicator rows in a column. */
  const perRun = (col: number, values: string[], msg: Texts, tag: string): void => {
    for (const [r0, r1] of runs(rows.map((x) => x.ind.row))) {
      const range = r0 === r1 ? A1(col, r0) : `${A1(col, r0)}:${A1(col, r1)}`;
      add(range, { type: 'list', values }, msg, 'stop', true, tag);
    }
  };
  if (t.columns.operator) {
    perRun(t.columns.operator, ['≥', '≤', '=', '>', '<'], texts.validation.operator, 'op');
  }
  for (const tick of t.columns.reasonTicks) perRun(tick.col, ['√'], texts.validation.tick, 'tick');
  for (const { ind, model, status } of rows) {
    if (ind.score && ind.weight) {
      const S = ind.score.address;
      const W = toOperand(valueOperand(ind.weight));
      const weight = parseNumber(ind.weight.value, ind.weight.numberFormat);
      const wText = weight.ok
        ? showNumber(weight.value.toNumber())
        : texts.validation.weightUnknown;
      if (model.kind === 'range' && weight.ok) {
        const min = weight.value.times(model.lo).toDecimalPlaces(2).toNumber();
        const max = weight.value.times(model.hi).toDecimalPlaces(2).toNumber();
        const formula = F.scoreValidationFormula({
          cell: S,
          weight: W,
          lo: model.lo,
          hi: model.hi,
          profile: a.profile,
        });
        add(
          S,
          { type: 'custom', formula },
          texts.validation.band(showNumber(min), showNumber(max)),
          'warning',
          true,
          'band',
        );
      } else {
        add(
          S,
          { type: 'custom', formula: F.scoreValidationFormula({ cell: S, weight: W }) },
          texts.validation.score(wText),
          'stop',
          true,
          'score',
        );
      }
    }
    const reasonCell = ind.reasonText ?? (ind.reasonTicks.length === 0 ? ind.improvement : null);
    if (reasonCell) {
      const formula = F.reasonValidationFormula({
        cell: reasonCell.address,
        status,
        labels: ctx.labels,
      });
      add(
        reasonCell.address,
        { type: 'custom', formula },
        texts.validation.reason,
        'warning',
        false,
        'reason',
      );
    }
  }
}
