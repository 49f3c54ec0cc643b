import * as React from 'react';
import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { TextBulletListSquareEditRegular } from '@fluentui/react-icons';
import { messages } from '../../messages';
import { countReports } from '../../report/count';
import { collectFindings, type FindingItem } from '../../runtime/findings';
import { useAppState, usePane } from '../context';
import { plainList } from './list-style';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS} 0` },
  count: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
    marginBottom: tokens.spacingVerticalS,
  },
  none: { color: tokens.colorPaletteGreenForeground1 },
  list: plainList(tokens.spacingVerticalXS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  serious: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  mild: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  main: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minHeight: 'auto',
    fontWeight: tokens.fontWeightRegular,
  },
  body: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0, width: '100%' },
  head: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  where: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  tags: { display: 'flex', flexWrap: 'wrap', columnGap: '4px', rowGap: '2px' },
  line: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  note: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  action: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalS, marginBottom: '2px' },
  wizard: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  wizardText: { flexGrow: 1, fontSize: tokens.fontSizeBase200 },
});

const TAG_COLOUR = {
  wrong: 'danger',
  needsInput: 'informative',
  short: 'warning',
  missingReason: 'severe',
} as const;

function Item({ item }: { item: FindingItem }): React.ReactElement {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const busy = useAppState((st) => st.busy !== null);
  const where =
    item.row !== null
      ? `${m.findings.row(item.row)}${item.cell ? ` · ${item.cell}` : ''}`
      : (item.cell ?? '');
  const act = item.action;
  const run = (): void => {
    if (!act) return;
    if (act.kind === 'fillReason') controller.startWizard({ sheet: act.sheet, row: act.row });
    else void controller.setCell(act.sheet, act.cell, act.value, act.from);
  };
  return (
    <li
      className={`${s.item} ${item.severity >= 3 ? s.serious : s.mild}`}
      data-testid="finding"
      data-cell={item.cell ?? ''}
      data-key={item.key}
      data-tags={item.scope === 'table' ? 'table' : item.tags.join(' ')}
    >
      <Button
        appearance="subtle"
        className={s.main}
        onClick={() => item.cell && void controller.select(item.sheet, item.cell)}
        disabledFocusable={!item.cell}
        title={item.cell ? m.findings.select(item.cell) : undefined}
        data-testid="finding-go"
      >
        <span className={s.body}>
          <span className={s.head}>
            <span className={s.title} data-testid="finding-title">
              {item.title}
            </span>
            <Caption1 className={s.where}>{where}</Caption1>
          </span>
          <span className={s.tags}>
            {item.scope === 'table' ? (
              <Badge appearance="tint" color="danger" size="small">
                {m.findings.tableTag}
              </Badge>
            ) : (
              item.tags.map((t) => (
                <Badge key={t} appearance="tint" color={TAG_COLOUR[t]} size="small" data-tag={t}>
                  {m.findings.tags[t]}
                </Badge>
              ))
            )}
            {item.lost !== null && item.lost > 0 && (
              <Badge appearance="tint" color="warning" size="small">
                {m.findings.lost(item.lost)}
              </Badge>
            )}
          </span>
          {item.lines.map((l) => (
            <span key={l} className={s.line}>
              {l}
            </span>
          ))}
          {item.notes.map((n) => (
            <span key={n} className={s.note}>
              {n}
            </span>
          ))}
        </span>
      </Button>
      {act && (
        <Button
          size="small"
          appearance="outline"
          className={s.action}
          onClick={run}
          disabledFocusable={busy}
          data-testid="finding-action"
        >
          {act.label}
        </Button>
      )}
    </li>
  );
}

export function Findings(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const report = useAppState((st) => st.report);
  const busy = useAppState((st) => st.busy !== null);
  const found = React.useMemo(() => collectFindings(report, m), [report, m]);
  if (!report || report.tables.length === 0) return null;
  const c = countReports([report]);
  const missing = c.byTag.missingReason;
  return (
    <section aria-labelledby="findings-heading" data-testid="findings">
      <Subtitle2 as="h2" id="findings-heading" className={s.heading} block>
        {m.findings.title}
      </Subtitle2>
      {c.total === 0 ? (
        <div className={s.none}>{m.findings.none}</div>
      ) : (
        <Caption1 className={s.count} data-testid="findings-count">
          {m.findings.countLine(c.total, m.status.countDetail(c.rows, c.tableProblems))}
        </Caption1>
      )}
      {missing > 0 && (
        <div className={s.wizard}>
          <span className={s.wizardText}>{m.findings.startWizardHint(missing)}</span>
          <Button
            appearance="primary"
            size="small"
            icon={<TextBulletListSquareEditRegular />}
            onClick={() => controller.startWizard()}
            disabledFocusable={busy}
            data-testid="start-wizard"
          >
            {m.findings.startWizard}
          </Button>
        </div>
      )}
      {found.items.length > 0 && (
        <ul className={s.list} aria-label={m.a11y.findingsList}>
          {found.items.map((item) => (
            <Item key={item.key} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
