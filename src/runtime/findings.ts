/**
 * The report's findings as the pane lists them: one item per indicator row that needs attention,
 * with tags (得分有误 · 待补充 · 未完成 · 缺原因), and one item per table-level problem (budget line,
 * total, grade, weights), table-level problems first, then rows, serious first. Each item names
 * the cell its message is about and offers one action. Counting is src/report/count.ts, shared
 * with the ribbon's feedback and the command line.
 */
import type { FileReport, IndicatorReport, TableReport } from '../report/types';
import {
  countFindings as countAll,
  messageCell,
  rowNeedsAttention,
  rowTags,
  tableProblems,
  type RowTag,
  type TableProblem,
} from '../report/count';
import { messages, type UiMessages } from '../messages';
import { formatScore, percent, scoreDecimals, withUnit } from './numbers';

export type { RowTag };

/** What an item's button does. */
export type FindingAction =
  /** Write the rule's score into the stated score cell ("改为 2 分"). */
  | { kind: 'setScore'; sheet: string; cell: string; value: number; from: string; label: string }
  /** Write a corrected target ("改为 ≤20"). */
  | { kind: 'setTarget'; sheet: string; cell: string; value: string; from: string; label: string }
  /** Open the guided reasons at this row ("填写原因"). */
  | { kind: 'fillReason'; sheet: string; row: number; label: string };

export interface FindingItem {
  key: string;
  scope: 'table' | 'row';
  /** Row tags (rows only), serious first. */
  tags: RowTag[];
  /** 3 table problem or wrong score, 2 needs input, 1 falls short / reason missing. */
  severity: number;
  sheet: string;
  /** `${sheet}!${headerRow}` of the table. */
  table: string;
  /** A1 cell the first line is about, without the sheet. */
  cell: string | null;
  row: number | null;
  /** "项目名 › 指标名". */
  title: string;
  /** What is wrong, one line per tag (rows) or one line (tables). */
  lines: string[];
  /** The core's remarks on how the row was read (e.g. `20≤` read as ≤ 20). */
  notes: string[];
  /** Points lost (weight − expected score), for rows that fall short. */
  lost: number | null;
  action: FindingAction | null;
}

export interface TableState {
  key: string;
  table: TableReport;
  items: FindingItem[];
  /** Overall: 'error' (a wrong score or a table problem), 'warning' (falls short, reason or input missing), 'ok'. */
  state: 'ok' | 'warning' | 'error';
}

/** Points lost on a row: weight − expected score, when both are known. */
export function pointsLost(i: IndicatorReport): number | null {
  if (i.weight === null || i.expectedScore === null) return null;
  return Math.max(0, Math.round((i.weight - i.expectedScore) * 100) / 100);
}

/** The messages the audit gave for a finding of the row (each starts with its cell). */
function findingMessages(i: IndicatorReport): string[] {
  const n = Number(i.wrong) + Number(i.short) + Number(i.missingReason);
  if (i.needsInput) return i.messages.slice(0, 1);
  return i.messages.slice(Math.max(0, i.messages.length - n));
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

/** The cell of the row's message for a tag: score, actual, reason or the unreadable cell. */
export function tagCell(i: IndicatorReport, tag: RowTag): string | null {
  const msgs = findingMessages(i);
  const cells = msgs.map(messageCell);
  if (tag === 'wrong') return i.statedScoreCell ?? cells[0] ?? null;
  if (tag === 'needsInput') return cells[0] ?? i.statedScoreCell ?? null;
  // the audit's order: wrong, short, missing reason
  const order: RowTag[] = (['wrong', 'short', 'missingReason'] as RowTag[]).filter((t) => i[t]);
  return cells[order.indexOf(tag)] ?? i.statedScoreCell ?? null;
}

/** A target written with its operator after the number (`20≤`): the corrected text and its cell. */
export function reversedTarget(
  i: IndicatorReport,
): { cell: string; value: string; from: string } | null {
  for (const msg of i.messages) {
    const cell = messageCell(msg);
    const m = /[“"](\s*(\d+(?:\.\d+)?)\s*([≥≤＞＜><=])\s*([^”"]*))[”"]/.exec(msg);
    if (!cell || !m || !/运算符号写在数字之后|operator follows the number/.test(msg)) continue;
    const op = m[3].replace('＞', '>').replace('＜', '<');
    return { cell, value: `${op}${m[2]}${m[4]}`, from: m[1] };
  }
  return null;
}

function tableTitle(t: TableReport, m: UiMessages): string {
  return t.name ?? m.summary.unnamed;
}

function rowItem(
  t: TableReport,
  i: IndicatorReport,
  multi: boolean,
  decimals: number,
  m: UiMessages,
): FindingItem {
  const tags = rowTags(i);
  const lines: string[] = [];
  const score = (x: number): string => formatScore(x, decimals);
  for (const tag of tags) {
    if (tag === 'wrong') {
      lines.push(
        i.expectedScore !== null
          ? m.findings.wrongLine(
              i.statedScore === null ? null : score(i.statedScore),
              score(i.expectedScore),
            )
          : (findingMessages(i)[0] ?? ''),
      );
    } else if (tag === 'short') {
      lines.push(
        m.findings.shortLine(
          i.target,
          withUnit(i.actual, i.target),
          i.completion === null || i.completion === undefined ? null : percent(i.completion),
        ),
      );
    } else if (tag === 'missingReason') lines.push(m.findings.missingReasonLine);
    else lines.push(stripCell(findingMessages(i)[0] ?? ''));
  }
  const path = multi ? tableTitle(t, m) : (i.level2 ?? i.level1);
  const title = [path, i.name || m.findings.row(i.row)].filter(Boolean).join(' › ');
  const reversed = reversedTarget(i);
  let action: FindingAction | null = null;
  if (i.wrong && i.expectedScore !== null && i.statedScoreCell) {
    action = {
      kind: 'setScore',
      sheet: t.sheet,
      cell: i.statedScoreCell,
      value: i.expectedScore,
      from: i.statedScore === null ? m.summary.none : score(i.statedScore),
      label: m.findings.setScore(score(i.expectedScore)),
    };
  } else if (i.missingReason) {
    action = { kind: 'fillReason', sheet: t.sheet, row: i.row, label: m.findings.fillReason };
  } else if (reversed) {
    action = {
      kind: 'setTarget',
      sheet: t.sheet,
      cell: reversed.cell,
      value: reversed.value,
      from: reversed.from,
      label: m.findings.setTarget(reversed.value),
    };
  }
  return {
    key: `${t.sheet}!${i.row}`,
    scope: 'row',
    tags,
    severity: i.wrong ? 3 : i.needsInput ? 2 : 1,
    sheet: t.sheet,
    table: `${t.sheet}!${t.headerRow}`,
    cell: tagCell(i, tags[0]),
    row: i.row,
    title,
    lines,
    notes: rowNotes(i).map(stripCell),
    lost: i.short ? pointsLost(i) : null,
    action,
  };
}

/** The message without its leading "H25：". */
export function stripCell(message: string): string {
  return message.replace(/^\$?[A-Z]{1,3}\$?[1-9]\d*[：:]\s*/, '');
}

/** The label a weight-sum finding is about: the 一级/二级 label on the finding's row. */
function weightLabel(t: TableReport, p: TableProblem): string | null {
  const row = Number(/\d+$/.exec(p.cell ?? '')?.[0] ?? NaN);
  const i = t.indicators.find((x) => x.row === row);
  if (!i) return null;
  return /level2/i.test(p.code) ? (i.level2 ?? i.level1) : (i.level1 ?? i.level2);
}

function problemItem(
  t: TableReport,
  p: TableProblem,
  n: number,
  decimals: number,
  multi: boolean,
  m: UiMessages,
): FindingItem {
  const score = (x: number | null): string =>
    x === null ? m.summary.none : formatScore(x, decimals);
  let what: string;
  let line: string;
  if (p.kind === 'budget') {
    what = m.findings.tableItems.budget;
    line = stripCell(p.message ?? '');
  } else if (p.kind === 'totalBlank') {
    what = m.findings.tableItems.total;
    line = m.findings.totalBlank(score(t.total?.expected ?? null));
  } else if (p.kind === 'total') {
    what = m.findings.tableItems.total;
    line = m.findings.totalWrong(score(t.total?.stated ?? null), score(t.total?.sumOfStated ?? 0));
  } else if (p.kind === 'grade') {
    what = m.findings.tableItems.grade;
    line = m.findings.gradeWrong(t.grade?.stated ?? m.summary.none, t.grade?.expected ?? '');
  } else if (/weight/i.test(p.code)) {
    const label = weightLabel(t, p);
    what = label ? `${label} › ${m.findings.tableItems.weights}` : m.findings.tableItems.weights;
    line = stripCell(p.message ?? '');
  } else {
    what = m.findings.tableItems.other;
    line = stripCell(p.message ?? '');
  }
  return {
    key: `${t.sheet}!${t.headerRow}:${p.code}:${n}`,
    scope: 'table',
    tags: [],
    severity: 3,
    sheet: t.sheet,
    table: `${t.sheet}!${t.headerRow}`,
    cell: p.cell,
    row: null,
    // with one table its name adds nothing; with many it says which form
    title: multi ? `${tableTitle(t, m)} › ${what}` : what,
    lines: [line],
    notes: [],
    lost: null,
    action: null,
  };
}

/** Items of one table: its problems first, then its rows, serious first. */
export function tableFindings(
  t: TableReport,
  multi: boolean,
  m: UiMessages = messages(),
): TableState {
  const decimals = scoreDecimals(t);
  const problems = tableProblems(t).map((p, n) => problemItem(t, p, n, decimals, multi, m));
  const rows = t.indicators
    .filter(rowNeedsAttention)
    .map((i) => rowItem(t, i, multi, decimals, m))
    .sort((a, b) => b.severity - a.severity || (a.row ?? 0) - (b.row ?? 0));
  const items = [...problems, ...rows];
  const state =
    problems.length > 0 || rows.some((r) => r.severity >= 3)
      ? 'error'
      : items.length > 0
        ? 'warning'
        : 'ok';
  return { key: `${t.sheet}!${t.headerRow}`, table: t, items, state };
}

export interface Findings {
  tables: TableState[];
  /** Every item: all table-level problems first, then rows, serious first. */
  items: FindingItem[];
  /** The count the pane, the ribbon and the CLI all show. */
  count: number;
}

export function collectFindings(report: FileReport | null, m: UiMessages = messages()): Findings {
  if (!report) return { tables: [], items: [], count: 0 };
  const multi = report.tables.length > 1;
  const tables = report.tables.map((t) => tableFindings(t, multi, m));
  const all = tables.flatMap((t) => t.items);
  const items = [
    ...all.filter((i) => i.scope === 'table'),
    ...all.filter((i) => i.scope === 'row').sort((a, b) => b.severity - a.severity),
  ];
  return { tables, items, count: countAll(report) };
}

/** The one count of findings (distinct rows plus table-level problems). */
export function countFindings(report: FileReport | null): number {
  return countAll(report);
}
