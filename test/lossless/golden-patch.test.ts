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
    expect(JSON.parse(JSON.stringify(a))).toEqual(golden.annotatedCells);
    const removed = patchPackage(new Package(annotated.bytes), planRemove(a));
    const r = await exceljsSnapshot(removed.bytes);
    expect(JSON.parse(JSON.stringify(r))).toEqual(golden.removedCells);
  });
});
