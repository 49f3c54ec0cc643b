/**
 * The report's findings grouped for the pane: falls short, scored wrongly, missing reason, needs
 * input, and table-level problems (total, grade, budget line, weights).
 */
import type { FileReport, IndicatorReport } from '../report/types';
import { messages, type UiMessages } from '../messages';

export type FindingGroup = 'short' | 'wrong' | 'missingReason' | 'needsInput' | 'table';

export const GROUP_ORDER: FindingGroup[] = [
  'wrong',
  'short',
  'missingReason',
  'needsInput',
  'table',
];

export interface FindingItem {
  key: string;
  group: FindingGroup;
  sheet: string;
  /** A1 cell to select, without the sheet. */
  cell: string | null;
  row: number | null;
  title: string;
  /** What is wrong, in one line. */
  message: string;
  /** The core's remarks on how the row was read (e.g. `20≤` read as ≤ 20), shown beneath. */
  notes: string[];
  /** Points lost (weight − expected score), for rows that fall short. */
  lost: number | null;
}

/** Points lost on a row: weight − expected score, when both are known. */
export function pointsLost(i: IndicatorReport): number | null {
  if (i.weight === null || i.expectedScore === null) return null;
  return Math.max(0, Math.round((i.weight - i.expectedScore) * 100) / 100);
}

function rowCell(i: IndicatorReport): string {
  return i.statedScoreCell ?? `A${i.row}`;
}

/**
 * The core's remarks on a row beside its findings: the audit lists them first, then one message
 * per finding (score, shortfall, missing reason), which the pane says in its own words.
 */
export function rowNotes(i: IndicatorReport): string[] {
  if (i.needsInput) return i.messages.slice(1);
  const findings = Number(i.wrong) + Number(i.short) + Number(i.missingReason);
  return i.messages.slice(0, Math.max(0, i.messages.length - findings));
}

export function groupFindings(
  report: FileReport | null,
  m: UiMessages = messages(),
): Record<FindingGroup, FindingItem[]> {
  const out: Record<FindingGroup, FindingItem[]> = {
    short: [],
    wrong: [],
    missingReason: [],
    needsInput: [],
    table: [],
  };
  if (!report) return out;
  for (const t of report.tables) {
    for (const i of t.indicators) {
      const base = {
        sheet: t.sheet,
        cell: rowCell(i),
        row: i.row,
        title: i.name,
        lost: pointsLost(i),
      };
      const notes = rowNotes(i);
      if (i.wrong) {
        out.wrong.push({
          ...base,
          key: `${t.sheet}!${i.row}:wrong`,
          group: 'wrong',
          message:
            i.expectedScore !== null
              ? m.findings.wrongLine(i.statedScore, i.expectedScore)
              : (i.messages[0] ?? ''),
          notes,
        });
      }
      if (i.short) {
        out.short.push({
          ...base,
          key: `${t.sheet}!${i.row}:short`,
          group: 'short',
          message: m.findings.shortLine(i.target, i.actual, i.completion ?? null),
          notes,
        });
      }
      if (i.missingReason) {
        out.missingReason.push({
          ...base,
          key: `${t.sheet}!${i.row}:reason`,
          group: 'missingReason',
          message: m.findings.missingReasonLine,
          notes: [],
        });
      }
      if (i.needsInput) {
        out.needsInput.push({
          ...base,
          key: `${t.sheet}!${i.row}:input`,
          group: 'needsInput',
          message: i.messages[0] ?? '',
          notes,
        });
      }
    }
    const table = (key: string, cell: string | null, title: string, message: string): void => {
      out.table.push({
        key: `${t.sheet}!${t.headerRow}:${key}`,
        group: 'table',
        sheet: t.sheet,
        cell,
        row: null,
        title,
        message,
        notes: [],
        lost: null,
      });
    };
    if (t.total?.wrong) {
      table(
        'total',
        t.total.cell ?? null,
        m.findings.tableItems.total,
        t.total.messages?.[0] ?? '',
      );
    }
    if (t.grade?.wrong) {
      table(
        'grade',
        t.grade.cell ?? null,
        m.findings.tableItems.grade,
        `${t.grade.stated ?? ''} → ${t.grade.expected ?? ''}`,
      );
    }
    if (t.budget?.wrong) {
      table(
        'budget',
        t.budget.scoreCell ?? t.budget.rateCell ?? null,
        m.findings.tableItems.budget,
        t.budget.messages?.[0] ?? '',
      );
    }
    (t.findings ?? []).forEach((f, n) =>
      table(`${f.code}:${n}`, f.cell, t.name ?? t.sheet, f.message),
    );
  }
  return out;
}

export function countFindings(report: FileReport | null, m: UiMessages = messages()): number {
  const g = groupFindings(report, m);
  return GROUP_ORDER.reduce((n, k) => n + g[k].length, 0);
}
