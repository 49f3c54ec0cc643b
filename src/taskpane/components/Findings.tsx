import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  CounterBadge,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TextBulletListSquareEditRegular } from '@fluentui/react-icons';
import { messages } from '../../messages';
import {
  GROUP_ORDER,
  groupFindings,
  type FindingGroup,
  type FindingItem,
} from '../../runtime/findings';
import { useAppState, usePane } from '../context';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  none: { color: tokens.colorPaletteGreenForeground1 },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
  },
  groupName: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  hint: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    marginBottom: tokens.spacingVerticalXS,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minHeight: 'auto',
    fontWeight: tokens.fontWeightRegular,
  },
  itemBody: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0, width: '100%' },
  itemHead: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  itemTitle: {
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  itemWhere: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  itemMsg: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  itemNote: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
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

const COLOURS: Record<FindingGroup, 'danger' | 'warning' | 'important' | 'informative' | 'severe'> =
  {
    wrong: 'danger',
    short: 'warning',
    missingReason: 'severe',
    needsInput: 'informative',
    table: 'danger',
  };

function Item({ item }: { item: FindingItem }): React.ReactElement {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const where = item.row !== null ? m.findings.row(item.row) : (item.cell ?? '');
  return (
    <li>
      <Button
        appearance="subtle"
        className={s.item}
        onClick={() => item.cell && void controller.select(item.sheet, item.cell)}
        disabled={!item.cell}
        aria-label={[
          item.title,
          where,
          item.message,
          ...item.notes,
          item.cell ? m.findings.select(item.cell) : '',
        ]
          .filter(Boolean)
          .join('，')}
        data-testid="finding"
        data-cell={item.cell ?? ''}
      >
        <span className={s.itemBody}>
          <span className={s.itemHead}>
            <span className={s.itemTitle}>{item.title}</span>
            {item.group === 'short' && item.lost !== null && item.lost > 0 && (
              <Badge appearance="tint" color="warning" size="small" className={s.badge}>
                {m.findings.lost(item.lost)}
              </Badge>
            )}
            <Caption1 className={s.itemWhere}>
              {where}
              {item.cell && item.row !== null ? ` · ${item.cell}` : ''}
            </Caption1>
          </span>
          {item.message && <span className={s.itemMsg}>{item.message}</span>}
          {item.notes.map((n) => (
            <span key={n} className={s.itemNote}>
              {n}
            </span>
          ))}
        </span>
      </Button>
    </li>
  );
}

export function Findings(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const report = useAppState((st) => st.report);
  const busy = useAppState((st) => st.busy !== null);
  const groups = React.useMemo(() => groupFindings(report, m), [report, m]);
  if (!report || report.tables.length === 0) return null;
  const present = GROUP_ORDER.filter((g) => groups[g].length > 0);
  const missing = groups.missingReason.length;
  return (
    <section aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" className={s.heading} block>
        {m.findings.title}
      </Subtitle2>
      {present.length === 0 && <div className={s.none}>{m.findings.none}</div>}
      {missing > 0 && (
        <div className={s.wizard}>
          <span className={s.wizardText}>{m.findings.startWizardHint(missing)}</span>
          <Button
            appearance="primary"
            size="small"
            icon={<TextBulletListSquareEditRegular />}
            onClick={() => controller.startWizard()}
            disabled={busy}
            data-testid="start-wizard"
          >
            {m.findings.startWizard}
          </Button>
        </div>
      )}
      {present.length > 0 && (
        <Accordion
          multiple
          collapsible
          defaultOpenItems={present.slice(0, 2)}
          aria-label={m.a11y.findingsList}
        >
          {present.map((g) => (
            <AccordionItem key={g} value={g} data-testid={`group-${g}`}>
              <AccordionHeader size="small" expandIconPosition="end">
                <span className={s.header}>
                  <span className={s.groupName}>{m.findings.groups[g]}</span>
                  <CounterBadge
                    count={groups[g].length}
                    color={COLOURS[g] === 'danger' ? 'danger' : 'informative'}
                    appearance={COLOURS[g] === 'danger' ? 'filled' : 'ghost'}
                    size="small"
                    aria-label={m.findings.count(groups[g].length)}
                    overflowCount={999}
                  />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Caption1 className={s.hint}>{m.findings.groupHint[g]}</Caption1>
                <ul className={s.list}>
                  {groups[g].map((item) => (
                    <Item key={item.key} item={item} />
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
