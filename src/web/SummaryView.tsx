/**
 * The batch summary (审核汇总): a row per form found (and per file that could not be read), to
 * filter, sort and open; the summary workbook and the annotated copies to download.
 */
import * as React from 'react';
import {
  Body1,
  Caption1,
  Checkbox,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { FolderZipRegular, TableSimpleRegular } from '@fluentui/react-icons';
import { displayLanguage, messages } from '../messages';
import { webMessagesFor, type WebMessages } from '../messages/web';
import { CommandButton } from '../taskpane/components/CommandButton';
import { formatScore as score, percent } from '../taskpane/format';
import { download, XLSX_TYPE } from './download';
import { fileError, useWeb, type WebApp } from './state';
import { useWebStyles } from './styles';
import { rowHasProblems, summarize, type SummaryRow } from './summary';
import { zipFiles } from './zip';

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

export function SummaryView({ app, w }: { app: WebApp; w: WebMessages }): React.ReactElement {
  const s = useWebStyles();
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
        <CommandButton
          icon={<TableSimpleRegular />}
          unavailable={busy || done === 0}
          onClick={() => void downloadSummary()}
          testId="download-summary"
        >
          {w.summary.downloadSummary}
        </CommandButton>
        <CommandButton
          appearance="primary"
          icon={<FolderZipRegular />}
          unavailable={busy || annotated.length === 0}
          onClick={downloadZip}
          testId="download-zip"
        >
          {w.summary.downloadZip}
        </CommandButton>
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
