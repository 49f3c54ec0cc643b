/**
 * The package patcher writes what the ExcelJS host wrote: on every fixture, the workbook annotated
 * by the patcher and read back by ExcelJS (an independent reader) has the golden annotated cells,
 * and after the patcher's --remove the golden removed cells.
 */
import * as fs from 'fs';
import * as path from 'path';
import { planAnnotate, planRemove } from '../../src/core';
import { Package, patchPackage } from '../../src/hosts/xlsx/package/patch';
import { snapshotWorkbook } from '../../src/hosts/xlsx/snapshot';
import { goldenPath } from '../golden/golden';
import { HELPER_SHEET } from '../../src/plan/registry';
import { FIXTURE_FILES, FIXTURES, load } from '../plan/support';

async function exceljsSnapshot(bytes: Uint8Array) {
  return snapshotWorkbook(await load(Buffer.from(bytes)));
}

describe('patcher against the golden annotated cells', () => {
  it.each(FIXTURE_FILES)('%s', async (file) => {
    const golden = JSON.parse(fs.readFileSync(goldenPath(file), 'utf8')) as {
      annotatedCells: unknown;
      removedCells: unknown;
    };
    const input = new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));
    const snap = snapshotWorkbook(await load(path.join(FIXTURES, file)));
    const annotated = patchPackage(new Package(input), planAnnotate(snap));
    expect(annotated.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    const a = await exceljsSnapshot(annotated.bytes);
    // One cell more than the ExcelJS host writes: the patcher records on the helper sheet (D1)
    // that it asked the workbook for a full recalculation on load, so that --remove takes it back.
    const helper = a.sheets.find((x) => x.name === HELPER_SHEET)!;
    expect(helper.values[0][3]).toBe('fullCalcOnLoad:attr');
    const withoutMark = JSON.parse(JSON.stringify(a)) as typeof a;
    const h = withoutMark.sheets.find((x) => x.name === HELPER_SHEET)!;
    for (const rows of [h.values, h.formulas, h.numberFormats]) rows?.[0]?.splice(3, 1);
    expect(withoutMark).toEqual(golden.annotatedCells);
    const removed = patchPackage(new Package(annotated.bytes), planRemove(a));
    const r = await exceljsSnapshot(removed.bytes);
    expect(JSON.parse(JSON.stringify(r))).toEqual(golden.removedCells);
  });
});
