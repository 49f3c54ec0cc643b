/**
 * A stated score that is the master of a shared formula (`<f t="shared" ref="H27:H28" si="0">`)
 * replaced by --adopt: the cells sharing it keep their formula (written out in full), and
 * --remove gives every formula back as the input had it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { readWorkbook } from '../../src/hosts/xlsx/read';

const JINSHUI = path.join(__dirname, '..', 'fixtures', 'jinshui-department.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';

async function run(args: string[]): Promise<number> {
  return runAudit(args, { out: () => undefined, err: () => undefined });
}

function cellXml(xlsx: Uint8Array, a1: string): string {
  const xml = strFromU8(unzipSync(xlsx)[SHEET]);
  const m = new RegExp(`<c r="${a1}"[^>]*?(/>|>.*?</c>)`).exec(xml);
  return m ? m[0] : '';
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shared-formulas-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

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
  const input = path.join(dir, 'shared.xlsx');
  await fs.writeFile(input, zipSync({ ...parts, [SHEET]: strToU8(xml) }));

  expect(await run(['--adopt', '--out', path.join(dir, 'a'), input])).toBe(1);
  const adopted = await fs.readFile(path.join(dir, 'a', 'shared.xlsx'));
  expect(cellXml(adopted, 'H27')).toContain('<f>K27</f>');
  expect(cellXml(adopted, 'H28')).toContain('<f>G28*1</f>');

  const adoptedPath = path.join(dir, 'a', 'shared.xlsx');
  expect(await run(['--remove', '--out', path.join(dir, 'r'), adoptedPath])).toBe(1);
  const before = await readWorkbook(input);
  const after = await readWorkbook(path.join(dir, 'r', 'shared.xlsx'));
  if (!before.ok || !after.ok) throw new Error('unreadable');
  const formulas = (wb: typeof before.workbook) => wb.sheets[0].formulas?.slice(26, 28);
  expect(formulas(after.workbook)).toEqual(formulas(before.workbook));
  const removed = await fs.readFile(path.join(dir, 'r', 'shared.xlsx'));
  expect(cellXml(removed, 'H28')).toContain('<f>G28*1</f>');
});
