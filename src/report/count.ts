/**
 * The one way findings are counted, for the task pane, the ribbon's feedback and the command line:
 * each indicator row that needs attention counts once, whatever is wrong with it (得分有误,
 * 未完成, 缺原因, 待补充 are tags of the row), and each table-level problem counts once (a stated
 * total that differs from the sum of the scores or is blank, a wrong grade, a wrong budget line,
 * weights that do not add up, and the audit's other table findings).
 */
import type { FileReport, IndicatorReport, TableReport } from './types';

export type RowTag = 'wrong' | 'needsInput' | 'short' | 'missingReason';

/** Serious first: the order of tags on a row and of rows in a list. */
export const ROW_TAGS: readonly RowTag[] = ['wrong', 'needsInput', 'short', 'missingReason'];

export type TableProblemKind = 'total' | 'totalBlank' | 'grade' | 'budget' | 'finding';

export interface TableProblem {
  kind: TableProblemKind;
  /** The audit's code for `finding` (e.g. level1WeightLabel); the kind otherwise. */
  code: string;
  /** The cell the problem is about (A1, no sheet), when known. */
  cell: string | null;
  /** The audit's message (with its cell prefix), when there is one. */
  message: string | null;
}

export function rowTags(i: IndicatorReport): RowTag[] {
  return ROW_TAGS.filter((t) => i[t]);
}

export function rowNeedsAttention(i: IndicatorReport): boolean {
  return i.wrong || i.needsInput || i.short || i.missingReason;
}

/** The cell a message such as "H25：得分 1.5 …" is about, or null. */
export function messageCell(message: string | null | undefined): string | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d*)[：:]/.exec(message ?? '');
  return m ? `${m[1]}${m[2]}` : null;
}

/** Table-level problems, in the order a reviewer reads the form: budget, total, grade, others. */
export function tableProblems(t: TableReport): TableProblem[] {
  const out: TableProblem[] = [];
  const b = t.budget;
  if (b?.wrong) {
    const message = b.messages?.[0] ?? null;
    out.push({
      kind: 'budget',
      code: 'budget',
      cell: messageCell(message) ?? b.rateCell ?? b.scoreCell ?? null,
      message,
    });
  }
  const total = t.total;
  if (total && total.stated === null) {
    const message = total.messages?.find((m) => messageCell(m) === (total.cell ?? null)) ?? null;
    out.push({ kind: 'totalBlank', code: 'totalBlank', cell: total.cell ?? null, message });
  } else if (total?.wrong) {
    out.push({
      kind: 'total',
      code: 'total',
      cell: total.cell ?? null,
      message: total.messages?.[0] ?? null,
    });
  }
  if (t.grade?.wrong) {
    out.push({ kind: 'grade', code: 'grade', cell: t.grade.cell ?? null, message: null });
  }
  for (const f of t.findings ?? []) {
    out.push({ kind: 'finding', code: f.code, cell: f.cell, message: f.message });
  }
  return out;
}

export interface FindingCount {
  /** Rows that need attention plus table-level problems. */
  total: number;
  /** Distinct indicator rows that need attention. */
  rows: number;
  /** Table-level problems. */
  tableProblems: number;
  /** Rows carrying each tag (a row may carry several). */
  byTag: Record<RowTag, number>;
  /** Tables with at least one finding. */
  tablesWithFindings: number;
  tables: number;
}

export function emptyCount(): FindingCount {
  return {
    total: 0,
    rows: 0,
    tableProblems: 0,
    byTag: { wrong: 0, needsInput: 0, short: 0, missingReason: 0 },
    tablesWithFindings: 0,
    tables: 0,
  };
}

export function countTable(t: TableReport, into: FindingCount = emptyCount()): FindingCount {
  const rows = t.indicators.filter(rowNeedsAttention);
  const problems = tableProblems(t).length;
  into.rows += rows.length;
  into.tableProblems += problems;
  into.total += rows.length + problems;
  for (const r of rows) for (const tag of rowTags(r)) into.byTag[tag]++;
  into.tables++;
  if (rows.length + problems > 0) into.tablesWithFindings++;
  return into;
}

/** Counts over any number of files (the CLI's summary) or one (the pane). */
export function countReports(reports: readonly (FileReport | null)[]): FindingCount {
  const c = emptyCount();
  for (const r of reports) for (const t of r?.tables ?? []) countTable(t, c);
  return c;
}

export function countFindings(report: FileReport | null): number {
  return countReports([report]).total;
}

export function tableHasFindings(t: TableReport): boolean {
  return countTable(t).total > 0;
}
