/**
 * A stated score typed as a logical value (`t="b"`, FALSE) replaced by --adopt comes back from
 * --remove as the logical value it was, not as the text "FALSE".
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';

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
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'logical-scores-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('--adopt then --remove gives a logical score cell back as a logical value', async () => {
  const parts = unzipSync(await fs.readFile(JINSHUI));
  const original = '<c r="H27" s="5" t="b"><v>0</v></c>';
  const xml = strFromU8(parts[SHEET]).replace('<c r="H27" s="5"><v>0</v></c>', original);
  expect(xml).toContain(original);
  const input = path.join(dir, 'logical.xlsx');
  await fs.writeFile(input, zipSync({ ...parts, [SHEET]: strToU8(xml) }));

  expect(await run(['--adopt', '--out', path.join(dir, 'a'), input])).toBe(1);
  const adopted = path.join(dir, 'a', 'logical.xlsx');
  expect(cellXml(await fs.readFile(adopted), 'H27')).toContain('<f>K27</f>');
  expect(await run(['--remove', '--out', path.join(dir, 'r'), adopted])).toBe(1);
  expect(cellXml(await fs.readFile(path.join(dir, 'r', 'logical.xlsx')), 'H27')).toBe(original);
});
