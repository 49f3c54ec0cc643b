import * as React from 'react';
import { Caption1, tokens } from '@fluentui/react-components';
import { messages } from '../../messages';
import { pointsLost, rowNotes, stripCell } from '../../runtime/findings';
import type { WizardRow } from '../../runtime/store';
import { formatScore, percent } from '../format';
import { useWizardStyles } from './wizard-styles';

/** The row in hand: its indicator, where it is, and its target, actual, weight and points lost. */
export function WizardRowCard({
  row,
  cell,
  actual,
  decimals: d,
  headingRef,
}: {
  row: WizardRow;
  /** The cell its reason goes into, when known. */
  cell: string | null;
  actual: string | null;
  decimals: number;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}): React.ReactElement {
  const m = messages();
  const s = useWizardStyles();
  const i = row.indicator;
  const lost = pointsLost(i);
  const completion = i.completion ?? null;
  return (
    <div className={s.card}>
      <h3
        className={s.name}
        ref={headingRef}
        tabIndex={-1}
        style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}
      >
        {i.name}
      </h3>
      <Caption1 className={s.path}>
        {[row.tableName, i.level1, i.level2].filter(Boolean).join(' › ')} · {row.sheet} ·{' '}
        {m.findings.row(row.row)}
        {cell ? ` · ${m.wizard.reasonCell(cell)}` : ''}
      </Caption1>
      <dl className={s.facts}>
        <dt className={s.dt}>{m.wizard.target}</dt>
        <dd className={s.dd}>{i.target ?? '—'}</dd>
        <dt className={s.dt}>{m.wizard.actual}</dt>
        <dd className={s.dd} data-testid="wizard-actual">
          {actual ?? '—'}
        </dd>
        <dt className={s.dt}>{m.wizard.completion}</dt>
        <dd className={s.dd} data-testid="wizard-completion">
          {completion === null ? '—' : percent(completion)}
        </dd>
        <dt className={s.dt}>{m.wizard.weight}</dt>
        <dd className={s.dd}>{formatScore(i.weight, d)}</dd>
        <dt className={s.dt}>{m.wizard.lost}</dt>
        <dd className={`${s.dd} ${s.lost}`}>{lost === null ? '—' : formatScore(lost, d)}</dd>
      </dl>
      {rowNotes(i).map((n) => (
        <Caption1 key={n} className={s.path}>
          {stripCell(n)}
        </Caption1>
      ))}
    </div>
  );
}
