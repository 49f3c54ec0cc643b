import * as React from 'react';
import {
  Badge,
  Caption1,
  Card,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { TableReport } from '../../report/types';
import { messages } from '../../messages';
import { tableFindings, stripCell, type TableState } from '../../runtime/findings';
import { useAppState, usePane } from '../context';
import { formatScore, percent, same, scoreDecimals } from '../format';
import { plainList } from './list-style';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    rowGap: tokens.spacingVerticalXS,
    cursor: 'pointer',
  },
  head: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  name: {
    flexGrow: 1,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground3 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: { color: tokens.colorNeutralForeground3 },
  note: { gridColumn: '1 / span 2', color: tokens.colorNeutralForeground3 },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  good: { color: tokens.colorPaletteGreenForeground1 },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  clean: { marginTop: tokens.spacingVerticalS },
  cleanSummary: { cursor: 'pointer', color: tokens.colorNeutralForeground2, padding: '2px 0' },
});

function TableCard({ state }: { state: TableState }): React.ReactElement {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const table: TableReport = state.table;
  const total = table.total;
  const grade = table.grade;
  const budget = table.budget;
  const d = scoreDecimals(table);
  const score = (x: number | null | undefined): string => formatScore(x, d);
  const totalBlank = total !== null && total.stated === null;
  const totalOk = !!total && !total.wrong && !totalBlank && same(total.stated, total.expected);
  const kind = m.summary.kind[table.kind] ?? table.kind;
  const name = table.name ?? m.summary.unnamed;
  const n = state.items.length;
  const badge =
    state.state === 'ok'
      ? m.summary.ok
      : state.state === 'error'
        ? m.summary.stateError(n)
        : m.summary.stateWarning(n);
  const go = (): void => void controller.select(table.sheet, total?.cell ?? `A${table.headerRow}`);
  return (
    <li>
      <Card
        className={s.card}
        size="small"
        appearance="outline"
        onClick={go}
        onKeyDown={(e: React.KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            go();
          }
        }}
        tabIndex={0}
        role="button"
        data-testid="table-card"
        data-state={state.state}
      >
        <div className={s.head}>
          <span className={s.name}>{name}</span>
          <Badge
            appearance="tint"
            color={
              state.state === 'ok' ? 'success' : state.state === 'error' ? 'danger' : 'warning'
            }
            size="small"
            data-testid="table-badge"
          >
            {badge}
          </Badge>
        </div>
        <Caption1 className={s.meta}>
          {kind} · {m.summary.rows(table.indicators.length)}
          <br />
          {m.summary.where(table.sheet, table.headerRow)}
        </Caption1>
        <div className={s.figures}>
          {total && (
            <>
              <span className={s.label}>{m.summary.stated}</span>
              <span data-testid="card-total">
                <span className={totalOk ? undefined : s.bad}>
                  {totalBlank ? m.summary.totalBlank : score(total.stated)}
                </span>
                {' · '}
                {m.summary.expected}{' '}
                <span className={totalOk ? s.good : undefined}>{score(total.expected)}</span>
              </span>
            </>
          )}
          {grade && (grade.stated || grade.expected) && (
            <>
              <span className={s.label}>{m.summary.grade}</span>
              <span>
                <span className={grade.wrong ? s.bad : undefined}>
                  {grade.stated ?? m.summary.none}
                </span>
                {' · '}
                {m.summary.expected} {grade.expected ?? m.summary.none}
              </span>
            </>
          )}
          {budget && budget.rate !== null && (
            <>
              <span className={s.label}>{m.summary.budget}</span>
              <span className={mergeClasses(budget.wrong && s.bad)} data-testid="card-budget">
                {m.summary.budgetScore(
                  percent(budget.rate),
                  budget.expectedScore === null ? null : score(budget.expectedScore),
                )}
              </span>
              {(budget.messages ?? []).map((msg) => (
                <span key={msg} className={s.note}>
                  {stripCell(msg)}
                </span>
              ))}
            </>
          )}
        </div>
      </Card>
    </li>
  );
}

export function Summary(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const report = useAppState((st) => st.report);
  const states = React.useMemo(
    () => (report ? report.tables.map((t) => tableFindings(t, report.tables.length > 1, m)) : []),
    [report, m],
  );
  if (!report || report.tables.length === 0) return null;
  const multi = states.length > 1;
  // with many tables, those without problems fold away
  const shown = multi ? states.filter((t) => t.state !== 'ok') : states;
  const clean = multi ? states.filter((t) => t.state === 'ok') : [];
  return (
    <section aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading" className={s.heading} block>
        {m.summary.titleCount(report.tables.length)}
      </Subtitle2>
      {shown.length > 0 && (
        <ul className={s.list} aria-label={m.a11y.tablesList}>
          {shown.map((t) => (
            <TableCard key={t.key} state={t} />
          ))}
        </ul>
      )}
      {clean.length > 0 && (
        <details className={s.clean} data-testid="clean-tables">
          <summary className={s.cleanSummary}>{m.summary.cleanTables(clean.length)}</summary>
          <ul className={s.list}>
            {clean.map((t) => (
              <TableCard key={t.key} state={t} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
