/**
 * The demo page: a simple Excel-like window (ribbon, grid of the sample workbook, sheet tabs) with
 * the built task pane beside it in a 320 px frame, all on the in-memory Excel host. The sample is
 * a seed fixture read with the xlsx host (demo/sample.ts), fetched as `sample.json` from the demo
 * server. The page exposes the host as `window.__sim` for the pane's frame (demo/bridge.ts) and
 * for the e2e test.
 *
 * The grid shows what Excel would: computed values, number formats, merged cells, static fills
 * and conditional formats (evaluated), the selection, and the notes.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeHost, type SimHost } from '../tools/office-sim';
import { cellKey, type SimSheet, type WorkbookInit } from '../tools/office-sim/workbook';
import { cellA1 } from '../src/snapshot/a1';
import { SheetGrid } from '../src/web/SheetGrid';
import { formatValue } from './numfmt';

/** What demo/serve.ts serves as sample.json. */
export interface Sample extends WorkbookInit {
  /** The fixture's file name. */
  file: string;
}

declare global {
  interface Window {
    __sim: SimHost;
  }
}

const params = new URLSearchParams(location.search);
const listeners = new Set<() => void>();
let version = 0;
let host: SimHost;
let sampleFile = '';

function useVersion(): number {
  return React.useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => version,
  );
}

function display(v: string | number | boolean, format: string | undefined): string {
  return formatValue(v, format);
}

const S = {
  app: { display: 'flex', height: '100vh' } as React.CSSProperties,
  excel: { flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 } as React.CSSProperties,
  ribbon: {
    background: '#fff',
    borderBottom: '1px solid #e1dfdd',
    padding: '6px 12px',
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    fontSize: 13,
  } as React.CSSProperties,
  tabLabel: { color: '#107c41', fontWeight: 600, marginRight: 12 } as React.CSSProperties,
  group: {
    display: 'flex',
    gap: 4,
    padding: '2px 8px',
    borderLeft: '1px solid #e1dfdd',
    alignItems: 'center',
  } as React.CSSProperties,
  ribbonButton: {
    display: 'flex',
    alignItems: 'center',
    gap: 6,
    border: '1px solid transparent',
    background: 'transparent',
    borderRadius: 4,
    padding: '4px 8px',
    cursor: 'pointer',
    fontSize: 13,
    fontFamily: 'inherit',
  } as React.CSSProperties,
  gridWrap: { flex: 1, overflow: 'auto', background: '#fff' } as React.CSSProperties,
  tabs: {
    display: 'flex',
    gap: 2,
    background: '#f3f2f1',
    borderTop: '1px solid #e1dfdd',
    padding: '0 8px',
    fontSize: 12,
  } as React.CSSProperties,
  pane: {
    width: 320,
    borderLeft: '1px solid #e1dfdd',
    display: 'flex',
    flexDirection: 'column',
    background: '#fff',
  } as React.CSSProperties,
  paneTitle: {
    fontSize: 12,
    padding: '6px 10px',
    borderBottom: '1px solid #e1dfdd',
    color: '#323130',
  } as React.CSSProperties,
  frame: { border: 0, flex: 1, width: 320 } as React.CSSProperties,
};

/** The sheet as Excel shows it, drawn by the grid the offline page shares. */
function Grid({ sheet }: { sheet: SimSheet }): React.ReactElement {
  useVersion();
  const doc = host.doc;
  const used = doc.usedRange(sheet, false);
  const sel = doc.selection && doc.selection.sheet === sheet.name ? doc.selection.range : null;
  return (
    <SheetGrid
      name={sheet.name}
      rows={used ? used.bottom + 1 : 1}
      cols={used ? used.right + 1 : 1}
      merges={sheet.merges}
      hiddenRows={sheet.hiddenRows}
      hiddenColumns={sheet.hiddenColumns}
      width={(c) => Math.round((sheet.columnWidths.get(c) ?? 48) / 0.75)}
      selection={sel}
      boldFirstRow
      cell={(r, c) => {
        const a1 = cellA1(r, c);
        const v = doc.value(sheet, r, c);
        const fill = doc.effectiveFill(sheet.name, a1);
        const cf = doc.conditionalFormatsAt(sheet.name, a1).length > 0;
        const formula = doc.formula(sheet.name, a1);
        const note = sheet.notes.get(cellKey(r, c));
        return {
          text: display(v.value, sheet.numberFormats.get(cellKey(r, c))),
          numeric: typeof v.value === 'number',
          fill,
          color: fill === '#FFC7CE' && cf ? '#9C0006' : formula ? '#0b5394' : undefined,
          title: [formula, note].filter(Boolean).join('\n'),
          note: Boolean(note),
        };
      }}
    />
  );
}

function Demo(): React.ReactElement {
  useVersion();
  const [recalcBusy, setRecalcBusy] = React.useState(false);
  const visible = host.doc.sheets.filter((s) => s.visibility === 'Visible');
  const active = host.doc.sheet(host.doc.activeSheet ?? '') ?? visible[0];
  return (
    <div style={S.app}>
      <div style={S.excel}>
        <div style={S.ribbon} role="toolbar" aria-label="开始">
          <span style={S.tabLabel}>开始</span>
          <div style={S.group} aria-label="绩效自评">
            <button
              style={S.ribbonButton}
              aria-pressed={host.taskpane.visible}
              onClick={() => {
                host.taskpane.visible = !host.taskpane.visible;
                version++;
                for (const l of listeners) l();
              }}
              data-testid="ribbon-pane"
            >
              <img src="assets/icon-32.png" width={20} height={20} alt="" /> 自评助手
            </button>
            <button
              style={S.ribbonButton}
              disabled={recalcBusy}
              onClick={() => {
                setRecalcBusy(true);
                void host.invokeAction('recalc').finally(() => setRecalcBusy(false));
              }}
              data-testid="ribbon-recalc"
            >
              <img src="assets/icon-32.png" width={20} height={20} alt="" /> 一键重算
            </button>
          </div>
          <span style={{ marginLeft: 'auto', color: '#605e5c' }}>
            演示：{sampleFile} · 内存中的 Excel（ExcelApi {host.options.excelApi}）· 同步次数{' '}
            {host.log.syncs}
          </span>
        </div>
        <div style={S.gridWrap}>{active && <Grid sheet={active} />}</div>
        <div style={S.tabs}>
          {visible.map((s) => (
            <button
              key={s.id}
              style={{
                ...S.ribbonButton,
                borderRadius: 0,
                background: s === active ? '#fff' : 'transparent',
                color: s === active ? '#107c41' : undefined,
                fontWeight: s === active ? 600 : 400,
              }}
              onClick={() => {
                host.doc.activeSheet = s.name;
                version++;
                for (const l of listeners) l();
              }}
            >
              {s.name}
            </button>
          ))}
        </div>
      </div>
      {/* Hidden, not removed: the shared runtime keeps running, as in Excel. */}
      <aside
        style={{ ...S.pane, display: host.taskpane.visible ? 'flex' : 'none' }}
        aria-label="任务窗格"
      >
        <div style={S.paneTitle}>绩效自评助手</div>
        <iframe
          title="绩效自评助手"
          src={`taskpane.html${location.search}`}
          style={S.frame}
          data-testid="pane"
        />
      </aside>
    </div>
  );
}

async function boot(el: HTMLElement): Promise<void> {
  // `?sample=NAME` loads NAME.json when the server offers it (the e2e test's second workbook)
  const name = params.get('sample');
  const res = await fetch(name && /^[\w-]+$/.test(name) ? `${name}.json` : 'sample.json').catch(
    () => null,
  );
  if (!res || !res.ok) {
    el.textContent = '示例工作簿未能加载：请通过 npm run demo 打开演示页面。';
    return;
  }
  const sample = (await res.json()) as Sample;
  sampleFile = sample.file;
  host = createOfficeHost(sample, {
    excelApi: params.get('excelApi') ?? '1.17',
    displayLanguage: params.get('lang') ?? 'zh-CN',
    onSync: () => {
      version++;
      for (const l of listeners) l();
    },
  });
  window.__sim = host;
  createRoot(el).render(<Demo />);
}

const el = document.getElementById('demo');
if (el) void boot(el);
