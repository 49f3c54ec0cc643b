/**
 * 审核汇总: one row per form over many files, and every finding with its file, sheet and cell.
 * The counts are the pane's (`groupFindings`), so a number in the summary is the number of items
 * the pane lists for that form.
 */
import { countTable, type RowTag } from '../report/count';
import { collectFindings } from '../runtime/findings';
import type { FileReport, TableReport } from '../report/types';
import type { UiMessages } from '../messages';
import type { WebMessages } from '../messages/web';

export interface SummaryRow {
  file: string;
  sheet: string;
  /** Unit or project name (the form's own), or a note for files without forms. */
  name: string;
  kind: string;
  statedTotal: number | null;
  expectedTotal: number | null;
  statedGrade: string | null;
  expectedGrade: string | null;
  /** A fraction (0.85 = 85%). */
  budgetRate: number | null;
  wrong: number;
  short: number;
  missingReason: number;
  needsInput: number;
  table: number;
  /** The file could not be read, or holds no form: the row stands for the file. */
  fileOnly: boolean;
}

export interface FindingRow {
  file: string;
  sheet: string;
  /** A1, without the sheet. */
  cell: string;
  category: string;
  item: string;
  message: string;
}

export interface SummaryInput {
  file: string;
  /** Null when the file could not be read. */
  report: FileReport | null;
  /** The message for a file that could not be read. */
  error?: string;
}

export interface Summary {
  rows: SummaryRow[];
  findings: FindingRow[];
}

/** Rows of one table carrying each tag, and its table-level problems (the pane's counting). */
export function tableCounts(t: TableReport): Record<RowTag | 'table', number> {
  const c = countTable(t);
  return { ...c.byTag, table: c.tableProblems };
}

export function summarize(inputs: readonly SummaryInput[], m: UiMessages, w: WebMessages): Summary {
  const rows: SummaryRow[] = [];
  const findings: FindingRow[] = [];
  const empty = {
    sheet: '',
    statedTotal: null,
    expectedTotal: null,
    statedGrade: null,
    expectedGrade: null,
    budgetRate: null,
    wrong: 0,
    short: 0,
    missingReason: 0,
    needsInput: 0,
    table: 0,
    fileOnly: true,
  };
  for (const input of inputs) {
    const report = input.report;
    if (!report) {
      rows.push({
        ...empty,
        file: input.file,
        name: input.error ?? '',
        kind: w.summary.unreadableRow,
      });
      findings.push({
        file: input.file,
        sheet: '',
        cell: '',
        category: w.summary.unreadableRow,
        item: '',
        message: input.error ?? '',
      });
      continue;
    }
    if (report.tables.length === 0) {
      rows.push({ ...empty, file: input.file, name: '', kind: w.summary.noTablesRow });
      continue;
    }
    for (const t of report.tables) {
      const c = tableCounts(t);
      rows.push({
        file: input.file,
        sheet: t.sheet,
        name: t.name ?? m.summary.unnamed,
        kind: m.summary.kind[t.kind] ?? t.kind,
        statedTotal: t.total?.stated ?? null,
        expectedTotal: t.total?.expected ?? null,
        statedGrade: t.grade?.stated ?? null,
        expectedGrade: t.grade?.expected ?? null,
        budgetRate: t.budget?.rate ?? null,
        ...c,
        fileOnly: false,
      });
    }
    for (const item of collectFindings(report, m).items) {
      findings.push({
        file: input.file,
        sheet: item.sheet,
        cell: item.cell ?? '',
        category:
          item.scope === 'table'
            ? w.summary.columns.table
            : item.tags.map((t) => w.summary.columns[t]).join('、'),
        item: item.title,
        message: [...item.lines, ...item.notes].filter(Boolean).join('；'),
      });
    }
  }
  return { rows, findings };
}

/** Whether a form row has anything to look at. */
export function rowHasProblems(r: SummaryRow): boolean {
  return r.fileOnly || r.wrong + r.short + r.missingReason + r.needsInput + r.table > 0;
}
