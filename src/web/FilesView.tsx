/**
 * The 逐个文件 tab: the files, and for the one chosen what was written, the task pane's own
 * components (table cards, findings, the reasons wizard) and a grid of its sheets.
 */
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { messages } from '../messages';
import type { WebMessages } from '../messages/web';
import { countFindings } from '../runtime/findings';
import { Findings } from '../taskpane/components/Findings';
import { ReasonWizard } from '../taskpane/components/ReasonWizard';
import { Summary } from '../taskpane/components/Summary';
import { useAppState } from '../taskpane/context';
import { download, XLSX_TYPE } from './download';
import { SnapshotGrid } from './SnapshotGrid';
import { fileError, useWeb, type FileEntry, type WebApp } from './state';
import { useWebStyles } from './styles';

function FileItem({ app, f, w }: { app: WebApp; f: FileEntry; w: WebMessages }) {
  const s = useWebStyles();
  const selected = useWeb(app, (st) => st.selected === f.id);
  const r = f.result;
  let badge: React.ReactElement;
  if (!r) badge = <Badge appearance="outline">{w.files.pending}</Badge>;
  else if (!r.ok) badge = <Badge color="danger">{w.files.unreadable}</Badge>;
  else if (r.report.tables.length === 0) badge = <Badge color="warning">{w.files.noTables}</Badge>;
  else {
    const n = countFindings(r.report);
    badge = (
      <Badge color={n === 0 ? 'success' : 'warning'} appearance="tint">
        {w.files.findings(n)}
      </Badge>
    );
  }
  return (
    <li>
      <Button
        appearance={selected ? 'secondary' : 'subtle'}
        className={s.fileButton}
        onClick={() => app.selectFile(f.id)}
        aria-current={selected ? 'true' : undefined}
        data-testid="file"
        data-path={f.path}
      >
        <span className={s.fileBody}>
          <span className={s.fileName}>{f.path}</span>
          <span>{badge}</span>
        </span>
      </Button>
    </li>
  );
}

function FileDetail({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement | null {
  const s = useWebStyles();
  const m = messages();
  const f = useWeb(app, (st) => st.files.find((x) => x.id === st.selected));
  const busy = useWeb(app, (st) => st.progress !== null);
  const wizard = useAppState((st) => st.wizard !== null);
  const notice = useAppState((st) => st.notice);
  if (!f) return null;
  const r = f.result;
  const error = fileError(f, w);
  return (
    <div className={s.pane} data-testid="file-detail">
      <div className={s.card}>
        <Subtitle2 as="h2" block style={{ overflowWrap: 'anywhere' }}>
          {f.path}
        </Subtitle2>
        {error && r && !r.ok && (
          <MessageBar intent="error" layout="multiline" data-testid="file-error">
            <MessageBarBody>
              <MessageBarTitle>{w.files.unreadable}</MessageBarTitle>
              <div className={s.error}>{error}</div>
              <details>
                <summary>{m.status.technical}</summary>
                <code>{r.detail}</code>
              </details>
            </MessageBarBody>
          </MessageBar>
        )}
        {r?.ok && (
          <>
            {r.report.tables.length === 0 && <Body1>{m.status.noTables}</Body1>}
            <Caption1 block className={s.muted}>
              {w.files.written(r.counts.written, r.counts.skipped)}
              {f.answers.length > 0 ? ` ${w.files.reasonsPending(f.answers.length)}` : ''}
            </Caption1>
            {r.notices.map((n) => (
              <Caption1 block key={n} className={s.muted}>
                {n}
              </Caption1>
            ))}
            <Button
              appearance="primary"
              icon={<ArrowDownloadRegular />}
              disabled={busy}
              style={{ marginTop: 8 }}
              onClick={() => r.ok && download(f.name, r.annotated, XLSX_TYPE)}
              title={w.files.downloadHint}
              data-testid="download-file"
            >
              {w.files.download}
            </Button>
          </>
        )}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {r?.ok && (
        // one instance per file: the findings open their first groups for each file
        <div className={s.card} key={f.id}>
          {wizard ? (
            <ReasonWizard />
          ) : (
            <>
              <Summary />
              <Findings />
            </>
          )}
        </div>
      )}
    </div>
  );
}

function GridView({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement | null {
  const s = useWebStyles();
  const f = useWeb(app, (st) => st.files.find((x) => x.id === st.selected));
  const grid = useWeb(app, (st) => st.grid);
  const report = useAppState((st) => st.report);
  if (!f?.result?.ok) return null;
  const sheets = f.result.snapshot.sheets;
  const sheet = sheets.find((x) => x.name === grid?.sheet) ?? sheets[0];
  if (!sheet) return null;
  return (
    <section className={s.gridBox} aria-label={w.grid.title(sheet.name)} data-testid="grid">
      <Caption1 className={s.muted} style={{ padding: '6px 10px' }}>
        {w.grid.title(sheet.name)} · {w.grid.hint}
      </Caption1>
      <div className={s.gridScroll}>
        <SnapshotGrid
          sheet={sheet}
          cell={grid?.sheet === sheet.name ? grid.cell : null}
          report={report}
        />
      </div>
      <div className={s.sheetTabs} role="tablist">
        {sheets.map((x) => (
          <Button
            key={x.name}
            size="small"
            appearance={x === sheet ? 'secondary' : 'transparent'}
            role="tab"
            aria-selected={x === sheet}
            onClick={() => app.web.set({ grid: { sheet: x.name, cell: null } })}
          >
            {x.name}
          </Button>
        ))}
      </div>
    </section>
  );
}

export function FilesView({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useWebStyles();
  const files = useWeb(app, (st) => st.files);
  return (
    <div className={s.files} data-testid="files">
      <section className={s.card} aria-labelledby="files-title">
        <div className={s.toolbar}>
          <Subtitle2 as="h2" id="files-title">
            {w.files.title(files.length)}
          </Subtitle2>
          <span className={s.grow} />
          <Button size="small" appearance="subtle" onClick={() => app.clear()}>
            {w.files.clear}
          </Button>
        </div>
        <ul className={s.fileList}>
          {files.map((f) => (
            <FileItem key={f.id} app={app} f={f} w={w} />
          ))}
        </ul>
      </section>
      <FileDetail app={app} w={w} />
      <GridView app={app} w={w} />
    </div>
  );
}
