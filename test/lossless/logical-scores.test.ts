/**
 * A stated score typed as a logical value (`t="b"`, FALSE) replaced by --adopt comes back from
 * --remove as the logical value it was, not as the text "FALSE".
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as path from 'path';
import { cellXml, JINSHUI, run, SHEET, tempDirPerTest } from './jinshui-cells';

const tempDir = tempDirPerTest('logical-scores-');

test('--adopt then --remove gives a logical score cell back as a logical value', async () => {
  const parts = unzipSync(await fs.readFile(JINSHUI));
  const original = '<c r="H27" s="5" t="b"><v>0</v></c>';
  const xml = strFromU8(parts[SHEET]).replace('<c r="H27" s="5"><v>0</v></c>', original);
  expect(xml).toContain(original);
  const input = path.join(tempDir(), 'logical.xlsx');
  await fs.writeFile(input, zipSync({ ...parts, [SHEET]: strToU8(xml) }));

  expect(await run(['--adopt', '--out', path.join(tempDir(), 'a'), input])).toBe(1);
  const adopted = path.join(tempDir(), 'a', 'logical.xlsx');
  expect(cellXml(await fs.readFile(adopted), 'H27')).toContain('<f>K27</f>');
  expect(await run(['--remove', '--out', path.join(tempDir(), 'r'), adopted])).toBe(1);
  expect(cellXml(await fs.readFile(path.join(tempDir(), 'r', 'logical.xlsx')), 'H27')).toBe(
    original,
  );
});
