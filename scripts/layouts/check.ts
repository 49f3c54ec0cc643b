/**
 * Checks the layout corpus (test/fixtures/layouts): every workbook is read through the xlsx host
 * and analysed by the core, and what comes out is compared with its hand-written
 * `<name>.expected.json`: each expected table must be found (sheet, header row, kind, name), each
 * of its rows must have the expected score and flags (and say what it must say), its budget line,
 * total and table findings must be as written, and no other table may be found.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/core';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import type { IndicatorReport, TableReport } from '../../src/report/types';
import type { Expected, ExpectedRow, ExpectedTable } from './kit';

export const LAYOUT_DIR = path.join(__dirname, '..', '..', 'test', 'fixtures', 'layouts');

export interface LayoutScore {
  tablesExpected: number;
  tablesFound: number;
  rows: number;
  rowsRight: number;
  falseTables: number;
  problems: string[];
}

const close = (a: number | null | undefined, b: number | null): boolean =>
  a === null || a === undefined ? b === null : b !== null && Math.abs(a - b) < 0.005;

function flagsOf(r: IndicatorReport): string {
  return `${r.short ? 's' : ''}${r.wrong ? 'w' : ''}${r.needsInput ? 'n' : ''}${r.missingReason ? 'r' : ''}`;
}

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');

function says(texts: readonly string[], words: readonly string[] | undefined): string[] {
  const all = texts.join('\n');
  return (words ?? []).filter((w) => !all.includes(w));
}

function rowProblem(exp: ExpectedRow, got: IndicatorReport | undefined): string | null {
  if (!got) return `row ${exp.name}: not read`;
  const flags = flagsOf(got);
  const sorted = (f: string) => [...f].sort().join('');
  const problems: string[] = [];
  if (!close(got.expectedScore, exp.score)) {
    problems.push(`score ${got.expectedScore} ≠ ${exp.score}`);
  }
  if (sorted(flags) !== sorted(exp.flags)) problems.push(`flags '${flags}' ≠ '${exp.flags}'`);
  const missing = says(got.messages, exp.says);
  if (missing.length > 0) problems.push(`messages lack ${missing.join(' / ')}`);
  return problems.length > 0
    ? `row ${got.row} ${exp.name}: ${problems.join('; ')} [${got.messages.join(' | ')}]`
    : null;
}

function matches(e: ExpectedTable, t: TableReport): boolean {
  return (
    t.sheet === e.sheet &&
    t.headerRow === e.headerRow &&
    (e.name === undefined || (t.name !== null && norm(t.name) === norm(e.name)))
  );
}

/** Compares one workbook's report with its expected findings. */
export function scoreWorkbook(expected: Expected, tables: TableReport[], score: LayoutScore): void {
  const used = new Set<TableReport>();
  const where = expected.file;
  for (const e of expected.tables) {
    score.tablesExpected++;
    const rowsHere = e.rows.length + (e.budget ? 1 : 0) + (e.total ? 1 : 0) + (e.findings ? 1 : 0);
    score.rows += rowsHere;
    const t = tables.find((x) => !used.has(x) && matches(e, x));
    if (!t) {
      score.problems.push(`${where}: table ${e.sheet}!R${e.headerRow} ${e.name ?? ''} not found`);
      continue;
    }
    used.add(t);
    if (t.kind !== e.kind) {
      score.problems.push(`${where}: ${e.sheet}!R${e.headerRow} kind ${t.kind} ≠ ${e.kind}`);
      continue;
    }
    score.tablesFound++;
    const byName = new Map<string, IndicatorReport[]>();
    for (const r of t.indicators) {
      const k = norm(r.name);
      byName.set(k, [...(byName.get(k) ?? []), r]);
    }
    for (const er of e.rows) {
      const got = byName.get(norm(er.name))?.shift();
      const p = rowProblem(er, got);
      if (p) score.problems.push(`${where}: ${e.sheet}!R${e.headerRow} ${p}`);
      else score.rowsRight++;
    }
    const extra = [...byName.values()].flat();
    if (extra.length > 0) {
      score.problems.push(
        `${where}: ${e.sheet}!R${e.headerRow} rows not expected: ${extra.map((r) => `${r.row} ${r.name}`).join(', ')}`,
      );
      score.rowsRight -= Math.min(extra.length, e.rows.length);
    }
    if (e.budget) {
      const b = t.budget;
      const missing = b ? says(b.messages ?? [], e.budget.says) : [];
      if (!b || !close(b.expectedScore, e.budget.score) || missing.length > 0) {
        score.problems.push(
          `${where}: ${e.sheet}!R${e.headerRow} budget ${b ? `${b.expectedScore} [${(b.messages ?? []).join(' | ')}]` : 'not found'} ≠ ${e.budget.score}${missing.length ? ` lacks ${missing.join(' / ')}` : ''}`,
        );
      } else score.rowsRight++;
    }
    if (e.total) {
      const tt = t.total;
      const missing = tt ? says(tt.messages ?? [], e.total.says) : [];
      const ok =
        tt !== null &&
        close(tt.stated, e.total.stated) &&
        close(tt.expected, e.total.expected) &&
        (e.total.wrong === undefined || tt.wrong === e.total.wrong) &&
        missing.length === 0;
      if (!ok) {
        score.problems.push(
          `${where}: ${e.sheet}!R${e.headerRow} total ${tt ? `${tt.stated}/${tt.expected} wrong=${tt.wrong} [${(tt.messages ?? []).join(' | ')}]` : 'not found'} ≠ ${e.total.stated}/${e.total.expected}${missing.length ? ` lacks ${missing.join(' / ')}` : ''}`,
        );
      } else score.rowsRight++;
    }
    if (e.findings) {
      const got = (t.findings ?? []).map((f) => f.code).sort();
      const want = [...e.findings].sort();
      const missing = says(
        (t.findings ?? []).map((f) => f.message),
        e.says,
      );
      if (JSON.stringify(got) !== JSON.stringify(want) || missing.length > 0) {
        score.problems.push(
          `${where}: ${e.sheet}!R${e.headerRow} findings [${got.join(', ')}] ≠ [${want.join(', ')}]${missing.length ? ` lacks ${missing.join(' / ')}` : ''} {${(t.findings ?? []).map((f) => f.message).join(' | ')}}`,
        );
      } else score.rowsRight++;
    }
  }
  for (const t of tables) {
    if (used.has(t)) continue;
    score.falseTables++;
    score.problems.push(
      `${where}: false table ${t.sheet}!R${t.headerRow} (${t.kind} ${t.name ?? ''})`,
    );
  }
}

/** Checks every workbook of the corpus that has an expected-findings file. */
export async function checkLayouts(dir = LAYOUT_DIR): Promise<LayoutScore> {
  const score: LayoutScore = {
    tablesExpected: 0,
    tablesFound: 0,
    rows: 0,
    rowsRight: 0,
    falseTables: 0,
    problems: [],
  };
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.expected.json')).sort();
  for (const f of files) {
    const expected = JSON.parse(await fs.readFile(path.join(dir, f), 'utf8')) as Expected;
    const read = await readWorkbook(path.join(dir, expected.file));
    if (!read.ok) {
      score.problems.push(`${expected.file}: cannot read (${read.reason})`);
      score.tablesExpected += expected.tables.length;
      continue;
    }
    const report = analyzeWorkbook(read.workbook, { file: expected.file });
    scoreWorkbook(expected, report.tables, score);
  }
  return score;
}

export function scoreLine(s: LayoutScore): string {
  return `layouts: ${s.tablesFound}/${s.tablesExpected} tables, ${s.rowsRight}/${s.rows} rows, ${s.falseTables} false tables`;
}
