/**
 * The offline page: choose or drop files, the batch summary (审核汇总), and per file the task
 * pane's own components (table cards, findings, the reasons wizard) beside a grid of the sheet.
 */
import * as React from 'react';
import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  webLightTheme,
} from '@fluentui/react-components';
import { displayLanguage, messages } from '../messages';
import { webMessagesFor } from '../messages/web';
import { PaneContext } from '../taskpane/context';
import { FilesView } from './FilesView';
import { DropZone, Options, Progress } from './Intake';
import { useWeb, type WebApp } from './state';
import { useWebStyles } from './styles';
import { SummaryView } from './SummaryView';

function WebContext({ app, children }: { app: WebApp; children: React.ReactNode }) {
  const services = React.useMemo(
    () => ({ store: app.pane, controller: app.controller, core: app.core }),
    [app],
  );
  return <PaneContext.Provider value={services}>{children}</PaneContext.Provider>;
}

function Page({ app }: { app: WebApp }): React.ReactElement {
  const s = useWebStyles();
  const w = webMessagesFor(displayLanguage());
  const tab = useWeb(app, (st) => st.tab);
  const count = useWeb(app, (st) => st.files.length);
  return (
    <main className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{w.title}</h1>
        <Body1 className={s.sub}>{w.subtitle}</Body1>
      </header>
      {!app.worker.background && (
        <MessageBar intent="warning">
          <MessageBarBody>{w.workerFallback}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.top}>
        <DropZone app={app} w={w} />
        <Options app={app} w={w} />
      </div>
      <Progress app={app} w={w} />
      {count > 0 && (
        <>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => app.web.set({ tab: d.value as 'summary' | 'files' })}
          >
            <Tab value="summary" data-testid="tab-summary">
              {w.tabs.summary}
            </Tab>
            <Tab value="files" data-testid="tab-files">
              {w.tabs.files}
            </Tab>
          </TabList>
          {tab === 'summary' ? <SummaryView app={app} w={w} /> : <FilesView app={app} w={w} />}
        </>
      )}
    </main>
  );
}

export function App({ app }: { app: WebApp }): React.ReactElement {
  const s = useWebStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={messages().lang} className={s.provider}>
      <WebContext app={app}>
        <Page app={app} />
      </WebContext>
    </FluentProvider>
  );
}
