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
import { useAppState, usePane } from '../context';
import { percent, same, score } from '../format';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
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
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  good: { color: tokens.colorPaletteGreenForeground1 },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
});

function TableCard({ table }: { table: TableReport }): React.ReactElement {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const total = table.total;
  const grade = table.grade;
  const budget = table.budget;
  const totalOk = !total || (!total.wrong && same(total.stated, total.expected));
  const kind = m.summary.kind[table.kind] ?? table.kind;
  const name = table.name ?? m.summary.unnamed;
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
        aria-label={`${name}，${kind}，${m.summary.sheet} ${table.sheet}`}
        data-testid="table-card"
      >
        <div className={s.head}>
          <span className={s.name}>{name}</span>
          <Badge appearance="tint" color={totalOk ? 'success' : 'danger'} size="small">
            {totalOk ? m.summary.ok : m.summary.mismatch}
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
              <span>
                <span className={totalOk ? undefined : s.bad}>{score(total.stated)}</span>
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
              <span className={mergeClasses(budget.wrong && s.bad)}>
                {m.summary.budgetScore(
                  percent(budget.rate),
                  budget.expectedScore === null ? null : score(budget.expectedScore),
                )}
              </span>
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
  if (!report || report.tables.length === 0) return null;
  return (
    <section aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading" className={s.heading} block>
        {m.summary.titleCount(report.tables.length)}
      </Subtitle2>
      <ul className={s.list} aria-label={m.a11y.tablesList}>
        {report.tables.map((t) => (
          <TableCard key={`${t.sheet}!${t.headerRow}`} table={t} />
        ))}
      </ul>
    </section>
  );
}
