/**
 * The notices a command leaves in the pane: what a check found, what a write did and where (the
 * helper columns, with a button to show them), the plan's own notices, and what the host skipped
 * or could not write.
 */
import type { PlanNotice } from '../core';
import type { ApplyOutcome, Edit } from '../plan/edits';
import type { ScoreChange } from '../plan/values';
import { countReports } from '../report/count';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { ExcelApplyReport } from '../hosts/excel/apply';
import { messages } from '../messages';
import { formatScore, scoreDecimals } from './numbers';
import type { Notice } from './store';

export function checkedNotice(report: FileReport): Notice {
  const m = messages();
  if (report.error) return { intent: 'error', text: report.error };
  if (report.tables.length === 0) return { intent: 'warning', text: m.status.noTables };
  const c = countReports([report]);
  return {
    intent: c.total === 0 ? 'success' : 'warning',
    text: m.status.checked(
      report.tables.length,
      c.total,
      m.status.countDetail(c.rows, c.tableProblems),
    ),
  };
}

/** The plan's notices, warnings first, said to the user (none is dropped). */
export function noticeLines(notices: readonly PlanNotice[]): string[] {
  return [
    ...notices.filter((n) => n.level === 'warning'),
    ...notices.filter((n) => n.level !== 'warning'),
  ].map((n) => n.text);
}

/** "H25 1.50→2.00，H27 0.00→0.78", in the form's precision. */
export function changeList(before: FileReport | null, changed: ScoreChange[]): string {
  const m = messages();
  const multiSheet = new Set(changed.map((c) => c.sheet)).size > 1;
  return changed
    .map((c) => {
      const t = before?.tables.find(
        (x) => x.sheet === c.sheet && x.indicators.some((i) => i.row === c.row),
      );
      const d = t ? scoreDecimals(t) : 2;
      const where = multiSheet ? `${c.sheet}!${c.cell}` : c.cell;
      return m.actions.adoptChange(
        where,
        c.from === null ? m.summary.none : formatScore(c.from, d),
        formatScore(c.to, d),
      );
    })
    .join(m.lang === 'zh-CN' ? '，' : ', ');
}

/** What a stated score or target cell held in a report (for "由 1.50 改为 2"). */
export function cellText(report: FileReport, sheet: string, cell: string): string | null {
  for (const t of report.tables) {
    if (t.sheet !== sheet) continue;
    for (const i of t.indicators) {
      if (i.statedScoreCell === cell)
        return i.statedScore === null ? null : formatScore(i.statedScore, scoreDecimals(t));
    }
  }
  return null;
}

/**
 * The notice after writing: what was written and where (the helper columns, which sit off
 * screen, with a button to show them), every notice of the plan (protected sheet, sheet too
 * large, no room), and what the host skipped.
 */
export function writtenNotice(
  report: FileReport,
  snapshot: WorkbookSnapshot,
  edits: readonly Edit[],
  applied: ExcelApplyReport,
  notices: readonly PlanNotice[],
): Notice {
  const m = messages();
  const s = summarise(applied.outcomes);
  const status = new Map(applied.outcomes.map((o) => [o.id, o.status]));
  const texts: string[] = [];
  let go: Notice['go'];
  const printed = (sheet: string): boolean => status.get(`${sheet}#print`) !== 'applied';
  for (const sheet of snapshot.sheets) {
    const id = `${sheet.name}#cols`;
    const st = status.get(id);
    if (st !== 'applied') continue;
    const cols = helperColumnsOf(edits, id);
    if (!cols) continue;
    texts.push(m.status.helperColumns(sheet.name, cols.from, cols.to, cols.n, printed(sheet.name)));
    if (!go) {
      const t = report.tables.find((x) => x.sheet === sheet.name);
      go = {
        label: m.status.showHelper,
        sheet: sheet.name,
        cell: `${cols.from}${t?.headerRow ?? 1}`,
      };
    }
  }
  const warn = notices.some((n) => n.level === 'warning');
  const lines = [...noticeLines(notices), ...s.lines];
  if (texts.length === 0) {
    return { intent: 'warning', text: lines[0] ?? m.status.helperNone, lines: lines.slice(1) };
  }
  return {
    intent: warn ? 'warning' : s.intent,
    text: texts[0],
    lines: [...texts.slice(1), ...lines],
    go,
  };
}

/** The helper columns of a `column` edit, from the plan as applied. */
function helperColumnsOf(
  edits: readonly Edit[],
  id: string,
): { from: string; to: string; n: number } | null {
  const e = edits.find((x) => x.id === id);
  if (!e || e.kind !== 'column') return null;
  const [from, to = from] = e.columns.split(':');
  const index = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { from, to, n: index(to) - index(from) + 1 };
}

/** Counts outcomes for the notice: written, skipped by reason, substituted, failed. */
export function summarise(outcomes: ApplyOutcome[]): {
  intent: Notice['intent'];
  written: number;
  skipped: number;
  lines: string[];
} {
  const m = messages().status;
  const substitutedBy = new Set(outcomes.flatMap((o) => (o.status === 'substituted' ? o.by : [])));
  let written = 0;
  let protectedN = 0;
  let notEmpty = 0;
  let capability = 0;
  let userValidation = 0;
  let substituted = 0;
  let failed = 0;
  for (const o of outcomes) {
    if (o.status === 'applied' && !substitutedBy.has(o.id)) written++;
    else if (o.status === 'substituted') substituted++;
    else if (o.status === 'failed') failed++;
    else if (o.status === 'skipped') {
      if (o.reason === 'protected') protectedN++;
      else if (o.reason === 'cellNotEmpty') notEmpty++;
      else if (o.reason === 'userValidation' || o.reason === 'userFill') userValidation++;
      else capability++;
    }
  }
  const lines: string[] = [];
  if (protectedN) lines.push(m.skippedProtected(protectedN));
  if (notEmpty) lines.push(m.skippedNotEmpty(notEmpty));
  if (capability) lines.push(m.skippedCapability(capability));
  if (userValidation) lines.push(m.skippedUserValidation(userValidation));
  if (substituted) lines.push(m.substituted(substituted));
  if (failed) lines.push(m.failed(failed));
  const skipped = protectedN + notEmpty + capability + userValidation;
  const intent = failed || protectedN ? 'warning' : 'success';
  return { intent, written: written + substituted, skipped, lines };
}
