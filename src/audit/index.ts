/**
 * The audit stage: the rules module applied to the recognized model. Every row gets the verdicts
 * short / wrong / needsInput / missingReason with Chinese messages naming the cell; the table
 * gets its budget line, weight sums, total and grade checked.
 */
import type { FormTable, RecognizedWorkbook } from '../model/table';
import type { Lang } from '../messages/reasons';
import type { TableReport } from '../report/types';
import { D, getProfile, parseNumber, resolveProfile, type Profile } from '../rules';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { auditBasicData } from './basic-data';
import { auditBudget } from './budget';
import { costFindings } from './cost';
import { at, auditMessage, show, type AuditContext } from './context';
import { auditIndicator } from './indicator';
import { chooseProfile } from './profile';
import { auditRubricRow } from './rubric';
import { auditTotals, weightFindings } from './table';

export { chooseProfile } from './profile';
export { parseEvidence, ruleFor } from './rubric';
export {
  rowModel,
  reasonCells,
  valueOperand,
  type RowModel,
  type Source,
  type ValueOperand,
} from './row-model';
import { colName } from '../snapshot/a1';

/** A recognized table with its audit: the report, the profile it was scored by, its sheet. */
export interface AuditedTable {
  table: FormTable;
  report: TableReport;
  profile: Profile;
  sheet: SheetSnapshot;
}

export interface AuditOptions {
  /** A profile id or object; by default chosen per table from the form itself. */
  profile?: string | Profile | null;
  lang?: Lang;
}

type Finding = NonNullable<TableReport['findings']>[number];

/** Numbers typed wrongly (`31..5`) in the form's cells outside the indicator rows. */
function malformedNumbers(
  table: FormTable,
  sheet: SheetSnapshot | null,
  ctx: AuditContext,
): Finding[] {
  if (!sheet) return [];
  const indicatorRows = new Set(table.indicators.map((i) => i.row));
  const out: Finding[] = [];
  const { top, bottom, left, right } = table.block;
  for (let r = top; r <= bottom; r++) {
    if (indicatorRows.has(r)) continue;
    const row = sheet.values[r - 1];
    if (!row) continue;
    for (let c = left; c <= Math.min(right, row.length); c++) {
      const v = row[c - 1];
      if (typeof v !== 'string' || !/\d/.test(v)) continue;
      const p = parseNumber(v);
      if (!p.ok && p.reason === 'malformedNumber') {
        const cell = `${colName(c)}${r}`;
        out.push({
          code: 'malformedNumber',
          cell,
          message: auditMessage(ctx, 'malformedNumber', { cell, value: v.trim() }),
        });
      }
    }
  }
  return out;
}

/** The profile a table is scored by: the one asked for, or the one its form calls for. */
function profileFor(table: FormTable, options: AuditOptions): Profile {
  return options.profile ? resolveProfile(options.profile) : getProfile(chooseProfile(table));
}

export function auditTable(
  table: FormTable,
  sheet: SheetSnapshot | null,
  options: AuditOptions = {},
): TableReport {
  const profile = profileFor(table, options);
  const ctx: AuditContext = { profile, lang: options.lang ?? 'zh-CN', sheet };
  const rows = table.indicators.map((ind) =>
    table.kind === 'rubric' ? auditRubricRow(ind, ctx) : auditIndicator(ind, table, ctx),
  );
  const budget = table.budget ? auditBudget(table.budget, ctx) : null;
  const findings: Finding[] = [
    ...(table.kind === 'basic-data'
      ? auditBasicData(table, ctx)
      : weightFindings(table, rows, budget, ctx)),
    ...malformedNumbers(table, sheet, ctx),
    ...costFindings(table, rows, sheet, ctx),
  ];
  const totals = table.kind === 'basic-data' ? null : auditTotals(table, rows, budget, ctx);
  if (totals && !table.total && rows.length > 0 && table.columns.score !== null) {
    const cell = `${colName(table.columns.score)}${table.headerRow}`;
    const stated = rows.reduce((a, r) => (r.stated ? a.plus(r.stated) : a), new D(0));
    findings.push({
      code: 'noTotalRow',
      cell,
      message: at(
        cell,
        auditMessage(ctx, 'noTotalRow', {
          sum: show(stated),
          expected: show(totals.expectedTotal),
        }),
      ),
    });
  }
  return {
    sheet: table.sheet,
    kind: table.kind,
    name: table.name,
    headerRow: table.headerRow,
    budget: budget?.report ?? null,
    indicators: rows.map((r) => r.report),
    total: totals?.total ?? null,
    grade: totals?.grade ?? null,
    profile: profile.id,
    findings,
  };
}

/** Audits every table of a recognized workbook, in sheet order, keeping table and sheet. */
export function auditTables(
  recognized: RecognizedWorkbook,
  snapshot: WorkbookSnapshot,
  options: AuditOptions = {},
): AuditedTable[] {
  const out: AuditedTable[] = [];
  recognized.sheets.forEach((s, i) => {
    const sheet =
      snapshot.sheets[i]?.name === s.name
        ? snapshot.sheets[i]
        : snapshot.sheets.find((x) => x.name === s.name);
    if (!sheet) return;
    for (const table of s.tables) {
      const profile = profileFor(table, options);
      const report = auditTable(table, sheet, { ...options, profile });
      out.push({ table, report, profile, sheet });
    }
  });
  return out;
}

/** Audits every table of a recognized workbook, in sheet order. */
export function auditWorkbook(
  recognized: RecognizedWorkbook,
  snapshot: WorkbookSnapshot,
  options: AuditOptions = {},
): TableReport[] {
  return auditTables(recognized, snapshot, options).map((t) => t.report);
}
