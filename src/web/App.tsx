/**
 * The offline page: choose or drop files, the batch summary (审核汇总), and per file the task
 * pane's own components (table cards, findings, the reasons wizard) beside a grid of the sheet.
 */
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Tab,
  TabList,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DocumentArrowUpRegular,
  FolderOpenRegular,
  FolderZipRegular,
  TableSimpleRegular,
} from '@fluentui/react-icons';
import { displayLanguage, messages } from '../messages';
import { webMessagesFor, type WebMessages } from '../messages/web';
import { countFindings } from '../runtime/findings';
import { Findings } from '../taskpane/components/Findings';
import { ReasonWizard } from '../taskpane/components/ReasonWizard';
import { Summary } from '../taskpane/components/Summary';
import { PaneContext, useAppState } from '../taskpane/context';
import { formatScore as score, percent } from '../taskpane/format';
import { download, XLSX_TYPE } from './download';
import { collectDropped, collectInput } from './files';
import type { JobMode } from './job';
import { SnapshotGrid } from './SnapshotGrid';
import { useWeb, type FileEntry, type WebApp } from './state';
import { rowHasProblems, summarize, type SummaryRow } from './summary';
import { zipFiles } from './zip';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '1600px',
    margin: '0 auto',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  title: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sub: { color: tokens.colorNeutralForeground2 },
  top: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap', rowGap: '12px' },
  drop: {
    flex: '1 1 420px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    textAlign: 'center',
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}` },
  dropButtons: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  panel: {
    flex: '0 1 420px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1 },
  tableWrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  /** A file's read error in the summary: two lines, the whole text on hover and in its view. */
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    maxWidth: '220px',
  },
  files: {
    display: 'grid',
    gridTemplateColumns: '260px 400px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  fileList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
  },
  fileButton: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  fileBody: { display: 'flex', flexDirection: 'column', minWidth: 0, rowGap: '2px' },
  fileName: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  gridBox: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '80vh',
    minHeight: '320px',
  },
  gridScroll: { overflow: 'auto', flexGrow: 1 },
  sheetTabs: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '2px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 8px',
  },
  error: { whiteSpace: 'pre-wrap' },
});

function WebContext({ app, children }: { app: WebApp; children: React.ReactNode }) {
  const services = React.useMemo(
    () => ({ store: app.pane, controller: app.controller, core: app.core }),
    [app],
  );
  return <PaneContext.Provider value={services}>{children}</PaneContext.Provider>;
}

/** The message for a file that could not be read, or null. */
function fileError(f: FileEntry, w: WebMessages): string | null {
  if (!f.result || f.result.ok) return null;
  return w.readError[f.result.failure];
}

function DropZone({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useStyles();
  const [over, setOver] = React.useState(false);
  const files = React.useRef<HTMLInputElement>(null);
  const folder = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
  const take = (list: FileList | null, inFolder: boolean): void => {
    if (!list) return;
    void collectInput(list, inFolder).then((got) => app.addFiles(got));
  };
  return (
    <section
      className={`${s.drop} ${over ? s.dropActive : ''}`}
      data-testid="drop"
      aria-label={w.drop.label}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void collectDropped(e.dataTransfer).then((got) => app.addFiles(got));
      }}
    >
      <DocumentArrowUpRegular fontSize={40} aria-hidden />
      <Subtitle2>{w.drop.label}</Subtitle2>
      <div className={s.dropButtons}>
        <Caption1>{w.drop.or}</Caption1>
        <Button
          appearance="primary"
          icon={<DocumentArrowUpRegular />}
          onClick={() => files.current?.click()}
        >
          {w.drop.chooseFiles}
        </Button>
        <Button icon={<FolderOpenRegular />} onClick={() => folder.current?.click()}>
          {w.drop.chooseFolder}
        </Button>
      </div>
      <Caption1 className={s.muted}>{w.drop.hint}</Caption1>
      <Caption1 className={s.muted}>{w.network}</Caption1>
      <input
        ref={files}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.xls,.et,.ett,.csv,.ods,.xlsb"
        hidden
        data-testid="input-files"
        onChange={(e) => {
          take(e.target.files, false);
          e.target.value = '';
        }}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        data-testid="input-folder"
        onChange={(e) => {
          take(e.target.files, true);
          e.target.value = '';
        }}
      />
    </section>
  );
}

function Options({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useStyles();
  const m = messages();
  const mode = useWeb(app, (st) => st.mode);
  const profile = useAppState((st) => st.profile);
  const profiles = useAppState((st) => st.profiles);
  const options = [{ id: '', label: m.actions.profileAuto }, ...profiles];
  const current = options.find((o) => o.id === profile) ?? options[0];
  return (
    <section className={s.panel} aria-label={w.options.title}>
      <Field label={m.actions.profile} hint={m.actions.profileHint} size="small">
        <Dropdown
          size="small"
          value={current.label}
          selectedOptions={[current.id]}
          onOptionSelect={(_, d) => app.controller.setProfile(d.optionValue ?? '')}
          data-testid="profile"
        >
          {options.map((o) => (
            <Option key={o.id || 'auto'} value={o.id}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={w.options.title} size="small">
        <RadioGroup
          value={mode}
          onChange={(_, d) => app.setMode(d.value as JobMode)}
          data-testid="mode"
        >
          <Radio value="fix" label={`${m.actions.annotate}（${w.files.downloadHint}）`} />
          <Radio value="adopt" label={`${w.options.adopt}：${w.options.adoptHint}`} />
          <Radio value="remove" label={`${w.options.remove}：${w.options.removeHint}`} />
        </RadioGroup>
      </Field>
    </section>
  );
}

function Progress({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement | null {
  const m = messages();
  const progress = useWeb(app, (st) => st.progress);
  const count = useWeb(app, (st) => st.files.length);
  if (!progress) {
    return count > 0 ? (
      <Caption1 data-testid="progress-done">{w.progressDone(count)}</Caption1>
    ) : null;
  }
  return (
    <div role="status" data-testid="progress">
      <ProgressBar
        value={progress.done / progress.total}
        thickness="large"
        aria-label={m.a11y.progress}
      />
      <Caption1 data-testid="progress-text">
        {w.progress(progress.done + 1, progress.total, progress.current)}
      </Caption1>
    </div>
  );
}

type SortKey = keyof SummaryRow;

const COLUMNS: { key: SortKey; numeric?: boolean; rate?: boolean }[] = [
  { key: 'file' },
  { key: 'sheet' },
  { key: 'name' },
  { key: 'kind' },
  { key: 'statedTotal', numeric: true },
  { key: 'expectedTotal', numeric: true },
  { key: 'statedGrade' },
  { key: 'expectedGrade' },
  { key: 'budgetRate', numeric: true, rate: true },
  { key: 'wrong', numeric: true },
  { key: 'short', numeric: true },
  { key: 'missingReason', numeric: true },
  { key: 'needsInput', numeric: true },
  { key: 'table', numeric: true },
];

function compare(a: SummaryRow, b: SummaryRow, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (x === y) return 0;
  if (x === null || x === '') return 1;
  if (y === null || y === '') return -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'zh-CN');
}

/**
 * The summary over the files, rendered at low priority: while the worker reports file after
 * file, the table (hundreds of rows) re-renders in interruptible slices, so the page and its
 * progress bar stay responsive.
 */
function useSummary(app: WebApp) {
  const files = React.useDeferredValue(useWeb(app, (st) => st.files));
  const w = webMessagesFor(displayLanguage());
  return React.useMemo(() => {
    const done = files.filter((f) => f.result);
    return summarize(
      done.map((f) => ({
        file: f.path,
        report: f.result?.ok ? f.result.report : null,
        error: fileError(f, w) ?? undefined,
      })),
      messages(),
      w,
    );
  }, [files, w]);
}

function SummaryView({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useStyles();
  const files = React.useDeferredValue(useWeb(app, (st) => st.files));
  const busy = useWeb(app, (st) => st.progress !== null);
  const summary = useSummary(app);
  const [filter, setFilter] = React.useState('');
  const [onlyProblems, setOnlyProblems] = React.useState(false);
  const [sort, setSort] = React.useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const rows = React.useMemo(() => {
    const q = filter.trim().toLowerCase();
    const out = summary.rows
      .map((r, n) => ({ r, n }))
      .filter(({ r }) => !onlyProblems || rowHasProblems(r))
      .filter(
        ({ r }) => !q || [r.file, r.name, r.sheet, r.kind].some((t) => t.toLowerCase().includes(q)),
      );
    if (sort) out.sort((a, b) => compare(a.r, b.r, sort.key) * sort.dir || a.n - b.n);
    return out;
  }, [summary, filter, onlyProblems, sort]);
  const done = files.filter((f) => f.result).length;
  const annotated = files.filter((f) => f.result?.ok);

  const downloadSummary = async (): Promise<void> => {
    const bytes = await app.worker.summary(summary, displayLanguage());
    download(w.summary.summaryFile, bytes, XLSX_TYPE);
  };
  const downloadZip = (): void => {
    const zip = zipFiles(
      annotated.map((f) => ({
        path: f.path,
        bytes: f.result?.ok ? f.result.annotated : new Uint8Array(),
      })),
    );
    download(w.summary.zipFile, zip, 'application/zip');
  };
  const cell = (r: SummaryRow, key: SortKey, rate?: boolean): React.ReactNode => {
    const v = r[key];
    if (v === null || v === undefined || v === '') return <span className={s.muted}>—</span>;
    if (typeof v === 'number') {
      if (rate) return percent(v);
      return key === 'statedTotal' || key === 'expectedTotal' ? score(v) : String(v);
    }
    return String(v);
  };
  return (
    <section className={s.card} aria-labelledby="summary-title" data-testid="summary">
      <div className={s.toolbar}>
        <Subtitle2 as="h2" id="summary-title">
          {w.summary.heading(summary.rows.filter((r) => !r.fileOnly).length, done)}
        </Subtitle2>
        <span className={s.grow} />
        <Button
          icon={<TableSimpleRegular />}
          disabled={busy || done === 0}
          onClick={() => void downloadSummary()}
          data-testid="download-summary"
        >
          {w.summary.downloadSummary}
        </Button>
        <Button
          appearance="primary"
          icon={<FolderZipRegular />}
          disabled={busy || annotated.length === 0}
          onClick={downloadZip}
          data-testid="download-zip"
        >
          {w.summary.downloadZip}
        </Button>
      </div>
      <div className={s.toolbar}>
        <Input
          placeholder={w.summary.filter}
          aria-label={w.summary.filter}
          value={filter}
          onChange={(_, d) => setFilter(d.value)}
          style={{ minWidth: 320 }}
          data-testid="filter"
        />
        <Checkbox
          label={w.summary.onlyProblems}
          checked={onlyProblems}
          onChange={(_, d) => setOnlyProblems(Boolean(d.checked))}
          data-testid="only-problems"
        />
        <Caption1 className={s.muted}>
          {w.summary.shown(rows.length, summary.rows.length)} · {w.summary.sortHint}
        </Caption1>
      </div>
      {summary.rows.length === 0 ? (
        <Body1 className={s.muted}>{w.summary.empty}</Body1>
      ) : (
        <div className={s.tableWrap}>
          <Table size="small" sortable aria-label={w.tabs.summary} data-testid="summary-table">
            <TableHeader>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableHeaderCell
                    key={c.key}
                    sortDirection={
                      sort?.key === c.key
                        ? sort.dir === 1
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                    onClick={() =>
                      setSort((cur) =>
                        cur?.key === c.key
                          ? { key: c.key, dir: cur.dir === 1 ? -1 : 1 }
                          : { key: c.key, dir: 1 },
                      )
                    }
                    data-key={c.key}
                  >
                    {w.summary.columns[c.key as keyof WebMessages['summary']['columns']]}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map(({ r, n }) => (
                <TableRow
                  key={n}
                  data-testid="summary-row"
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    const f = files.find((x) => x.path === r.file);
                    if (!f) return;
                    app.selectFile(f.id, r.sheet || undefined);
                    app.web.set({ tab: 'files' });
                  }}
                >
                  {COLUMNS.map((c) => (
                    <TableCell
                      key={c.key}
                      data-key={c.key}
                      className={c.numeric ? s.num : undefined}
                    >
                      <span
                        className={
                          (c.numeric &&
                            !c.rate &&
                            typeof r[c.key] === 'number' &&
                            (r[c.key] as number) > 0 &&
                            !['statedTotal', 'expectedTotal'].includes(c.key)) ||
                          (c.key === 'statedTotal' &&
                            r.statedTotal !== null &&
                            r.expectedTotal !== null &&
                            Math.abs(r.statedTotal - r.expectedTotal) >= 0.005) ||
                          (r.fileOnly && c.key === 'kind')
                            ? s.bad
                            : r.fileOnly && c.key === 'name'
                              ? s.clamp
                              : undefined
                        }
                        title={r.fileOnly && c.key === 'name' ? r.name : undefined}
                      >
                        {cell(r, c.key, c.rate)}
                      </span>
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows.length === 0 && <Body1 className={s.muted}>{w.summary.noMatch}</Body1>}
        </div>
      )}
    </section>
  );
}

function FileItem({ app, f, w }: { app: WebApp; f: FileEntry; w: WebMessages }) {
  const s = useStyles();
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
  const s = useStyles();
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
  const s = useStyles();
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

function FilesView({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useStyles();
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

function Page({ app }: { app: WebApp }): React.ReactElement {
  const s = useStyles();
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
  const s = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={messages().lang} className={s.provider}>
      <WebContext app={app}>
        <Page app={app} />
      </WebContext>
    </FluentProvider>
  );
}
