import * as React from 'react';
import {
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { capabilityLevel } from '../hosts/excel/capabilities';
import { messages } from '../messages';
import { Actions } from './components/Actions';
import { Findings } from './components/Findings';
import { ReasonWizard } from './components/ReasonWizard';
import { Summary } from './components/Summary';
import { PaneContext, useAppState, usePane, type PaneServices } from './context';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    maxWidth: '560px',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    margin: 0,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  busy: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  busyText: { color: tokens.colorNeutralForeground2 },
  lines: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: tokens.spacingHorizontalL },
  detail: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
  intro: { color: tokens.colorNeutralForeground2 },
  caps: { fontSize: tokens.fontSizeBase200 },
});

function Status(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const { store, controller } = usePane();
  const busy = useAppState((st) => st.busy);
  const notice = useAppState((st) => st.notice);
  const ref = React.useRef<HTMLDivElement>(null);
  // a new result is brought into view, also when the command came from the ribbon
  React.useEffect(() => {
    if (notice) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice]);
  return (
    <div aria-live="polite" data-testid="status" ref={ref}>
      {busy && (
        <div className={s.busy} role="status" data-testid="busy">
          <ProgressBar
            thickness="medium"
            value={busy.total && busy.total > 1 ? (busy.done ?? 0) / busy.total : undefined}
            aria-label={m.a11y.progress}
          />
          <Caption1 className={s.busyText}>{busy.label}</Caption1>
        </div>
      )}
      {!busy && notice && (
        <MessageBar
          intent={notice.intent}
          layout="multiline"
          data-testid="notice"
          data-intent={notice.intent}
        >
          <MessageBarBody>
            <MessageBarTitle>{notice.text}</MessageBarTitle>
            {notice.lines && notice.lines.length > 0 && (
              <ul className={s.lines}>
                {notice.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
            {notice.go && (
              <div>
                <Button
                  size="small"
                  appearance="outline"
                  onClick={() =>
                    notice.go && void controller.select(notice.go.sheet, notice.go.cell)
                  }
                  data-testid="notice-go"
                >
                  {notice.go.label}
                </Button>
              </div>
            )}
            {notice.detail && notice.intent === 'error' && (
              <details className={s.detail}>
                <summary>{m.status.technical}</summary>
                <code>{notice.detail}</code>
              </details>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={m.status.dismiss}
                icon={<DismissRegular />}
                onClick={() => store.set({ notice: null })}
                data-testid="notice-dismiss"
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}

/** "检查于 10:32", and when the sheet changed since: "检查于 10:32，表格已修改" with 重新检查. */
function Freshness(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const { controller } = usePane();
  const checkedAt = useAppState((st) => st.checkedAt);
  const stale = useAppState((st) => st.stale);
  const busy = useAppState((st) => st.busy !== null);
  const hasReport = useAppState((st) => st.report !== null);
  if (!hasReport || checkedAt === null) return null;
  const d = new Date(checkedAt);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (!stale) {
    return (
      <Caption1 className={s.subtitle} data-testid="checked-at">
        {m.status.checkedAt(time)}
      </Caption1>
    );
  }
  return (
    <MessageBar intent="warning" data-testid="stale">
      <MessageBarBody>{m.status.stale(time)}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          disabledFocusable={busy}
          onClick={() => void controller.recognize()}
          data-testid="recheck"
        >
          {m.status.recheck}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function CapabilityNotice(): React.ReactElement | null {
  const m = messages();
  const s = useStyles();
  const caps = useAppState((st) => st.caps);
  if (!caps || capabilityLevel(caps) === 'full') return null;
  const lines: string[] = [];
  if (!caps.dataValidation) lines.push(m.capability.noValidation);
  if (!caps.conditionalFormats) lines.push(m.capability.noConditionalFormats);
  if (!caps.mergedAreas) lines.push(m.capability.noMerges);
  if (!caps.pageLayout) lines.push(m.capability.noPrintArea);
  if (!caps.sheetLayout) lines.push(m.capability.noSheetLayout);
  return (
    <MessageBar intent="info" layout="multiline" className={s.caps} data-testid="capabilities">
      <MessageBarBody>
        <MessageBarTitle>{m.capability.title}</MessageBarTitle>
        <ul className={s.lines}>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function Main(): React.ReactElement {
  const m = messages();
  const s = useStyles();
  const wizard = useAppState((st) => st.wizard !== null);
  const report = useAppState((st) => st.report);
  const busy = useAppState((st) => st.busy !== null);
  // with many tables the findings come first, the tables (clean ones folded) after them
  const many = (report?.tables.length ?? 0) > 1;
  return (
    <main className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{m.appTitle}</h1>
        <Caption1 className={s.subtitle}>{m.appSubtitle}</Caption1>
      </header>
      <Status />
      {wizard ? (
        <ReasonWizard />
      ) : (
        <>
          <Actions />
          <CapabilityNotice />
          {!report && !busy && (
            <Body1 className={s.intro} data-testid="intro">
              {m.status.idle}
            </Body1>
          )}
          <Freshness />
          {many ? (
            <>
              <Findings />
              <Summary />
            </>
          ) : (
            <>
              <Summary />
              <Findings />
            </>
          )}
        </>
      )}
      <Text size={100} aria-hidden>
        {' '}
      </Text>
    </main>
  );
}

export function App({ services }: { services: PaneServices }): React.ReactElement {
  const s = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={messages().lang}>
      <PaneContext.Provider value={services}>
        <div className={s.provider}>
          <Main />
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
