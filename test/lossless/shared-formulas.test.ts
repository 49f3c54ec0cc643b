/**
 * A stated score that is the master of a shared formula (`<f t="shared" ref="H27:H28" si="0">`)
 * replaced by --adopt: the cells sharing it keep their formula (written out in full), and
 * --remove gives every formula back as the input had it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { cellXml, JINSHUI, run, SHEET, tempDirPerTest } from './jinshui-cells';

const tempDir = tempDirPerTest('shared-formulas-');

test('--adopt over a shared formula master leaves no orphan; --remove gives the formulas back', async () => {
  const parts = unzipSync(await fs.readFile(JINSHUI));
  const xml = strFromU8(parts[SHEET])
    // H27 states 1 (the rule gives 0.78): adopted; H28 states 1, right: kept
    .replace(
      '<c r="H27" s="5"><v>0</v></c>',
      '<c r="H27" s="5"><f t="shared" ref="H27:H28" si="0">G27*1</f><v>1</v></c>',
    )
    .replace(
      '<c r="H28" s="5"><v>1</v></c>',
      '<c r="H28" s="5"><f t="shared" si="0"/><v>1</v></c>',
    );
  expect(xml).toContain('si="0"/>');
  const input = path.join(tempDir(), 'shared.xlsx');
  await fs.writeFile(input, zipSync({ ...parts, [SHEET]: strToU8(xml) }));

  expect(await run(['--adopt', '--out', path.join(tempDir(), 'a'), input])).toBe(1);
  const adopted = await fs.readFile(path.join(tempDir(), 'a', 'shared.xlsx'));
  expect(cellXml(adopted, 'H27')).toContain('<f>K27</f>');
  expect(cellXml(adopted, 'H28')).toContain('<f>G28*1</f>');

  const adoptedPath = path.join(tempDir(), 'a', 'shared.xlsx');
  expect(await run(['--remove', '--out', path.join(tempDir(), 'r'), adoptedPath])).toBe(1);
  const before = await readWorkbook(input);
  const after = await readWorkbook(path.join(tempDir(), 'r', 'shared.xlsx'));
  if (!before.ok || !after.ok) throw new Error('unreadable');
  const formulas = (wb: typeof before.workbook) => wb.sheets[0].formulas?.slice(26, 28);
  expect(formulas(after.workbook)).toEqual(formulas(before.workbook));
  const removed = await fs.readFile(path.join(tempDir(), 'r', 'shared.xlsx'));
  expect(cellXml(removed, 'H28')).toContain('<f>G28*1</f>');
});
