/**
 * The report after a command is derived from the command's one analysis, not read back: it must
 * equal what a fresh read of the written workbook gives (the golden record's annotated report).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analysisCount, annotateWorkbook } from '../../src/core';
import { snapshotWorkbook } from '../../src/hosts/xlsx/snapshot';
import { FIXTURE_FILES, FIXTURES, load } from '../plan/support';
import { goldenPath, type Golden } from './golden';

describe('report after annotating', () => {
  it.each(FIXTURE_FILES)('%s: derived report equals the report read back', async (file) => {
    const expected = (JSON.parse(fs.readFileSync(goldenPath(file), 'utf8')) as Golden)
      .annotatedReport;
    const snap = snapshotWorkbook(await load(path.join(FIXTURES, file)));
    const before = analysisCount();
    const result = annotateWorkbook(snap, { file });
    const report = result.reportAfter();
    expect(analysisCount() - before).toBe(1);
    expect(JSON.parse(JSON.stringify(report))).toEqual(expected);
  });
});
