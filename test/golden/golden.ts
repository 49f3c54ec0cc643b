/**
 * The golden record of what the product does on every fixture: the report, each plan's edits, the
 * annotated workbook's cells and the report read back from it. Written once before a refactor
 * (`npm run golden -- --write`) and compared by `golden.test.ts`, so a change of structure that
 * changes behaviour fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook, planAdopt, planAnnotate, planReasons, planRemove } from '../../src/core';
import type { Edit } from '../../src/plan/edits';
import type { FileReport } from '../../src/report/types';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { FIXTURE_FILES, FIXTURES, apply, load, reread } from '../plan/support';
import { snapshotWorkbook } from '../../src/hosts/xlsx/snapshot';

export const GOLDEN_DIR = __dirname;

export interface Golden {
  report: FileReport;
  reportEn: FileReport;
  annotate: Edit[];
  adopt: Edit[];
  reasons: Edit[];
  annotatedCells: WorkbookSnapshot;
  annotatedReport: FileReport;
  annotatedAgain: Edit[];
  remove: Edit[];
  removedCells: WorkbookSnapshot;
}

function cellsOf(wb: WorkbookSnapshot): WorkbookSnapshot {
  return wb;
}

/** Every reason answer the wizard could give: one per row the report asks a reason for. */
function answersFor(report: FileReport) {
  const answers = [];
  for (const t of report.tables) {
    for (const ind of t.indicators) {
      if (!ind.missingReason) continue;
      answers.push({
        sheet: t.sheet,
        row: ind.row,
        ticks: ['funding'],
        reason: `原因${ind.row}`,
        improvement: `措施${ind.row}`,
      });
    }
  }
  return answers;
}

export async function computeGolden(file: string): Promise<Golden> {
  const wb = await load(path.join(FIXTURES, file));
  const snap = snapshotWorkbook(wb);
  const report = analyzeWorkbook(snap, { file });
  const reportEn = analyzeWorkbook(snap, { file, lang: 'en' });
  const annotate = planAnnotate(snap);
  const adopt = planAdopt(snap);
  const reasons = planReasons(snap, answersFor(report));
  apply(wb, annotate);
  const { workbook: annotatedWb, snapshot: annotated } = await reread(wb);
  const annotatedReport = analyzeWorkbook(annotated, { file });
  const annotatedAgain = planAnnotate(annotated);
  const remove = planRemove(annotated);
  apply(annotatedWb, remove);
  const { snapshot: removed } = await reread(annotatedWb);
  return {
    report,
    reportEn,
    annotate,
    adopt,
    reasons,
    annotatedCells: cellsOf(annotated),
    annotatedReport,
    annotatedAgain,
    remove,
    removedCells: cellsOf(removed),
  };
}

export function goldenPath(file: string): string {
  return path.join(GOLDEN_DIR, file.replace(/\.xlsx$/, '.json'));
}

/** One JSON value per line for arrays of edits, so a difference reads as a line. */
export function serialise(g: Golden): string {
  return JSON.stringify(JSON.parse(JSON.stringify(g)), null, 1) + '\n';
}

async function main(): Promise<void> {
  if (!process.argv.includes('--write')) {
    console.error('usage: npm run golden -- --write');
    process.exit(2);
  }
  for (const file of FIXTURE_FILES) {
    const g = await computeGolden(file);
    fs.writeFileSync(goldenPath(file), serialise(g));
    console.log(`golden: ${file}`);
  }
}

if (require.main === module) void main();
