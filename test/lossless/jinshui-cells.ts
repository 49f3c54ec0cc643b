/**
 * Shared by the tests that edit one cell of the Jinshui fixture's first sheet, run the command
 * line on it and read the cell's XML back: the fixture, the command line without output, the
 * cell's XML, and a temporary folder per test.
 */
import { strFromU8, unzipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';

export const JINSHUI = path.join(__dirname, '..', 'fixtures', 'jinshui-department.xlsx');
export const SHEET = 'xl/worksheets/sheet1.xml';

/** The command line, its output dropped: the exit code. */
export async function run(args: string[]): Promise<number> {
  return runAudit(args, { out: () => undefined, err: () => undefined });
}

/** The `<c>` element of `a1` on the first sheet, or ''. */
export function cellXml(xlsx: Uint8Array, a1: string): string {
  const xml = strFromU8(unzipSync(xlsx)[SHEET]);
  const m = new RegExp(`<c r="${a1}"[^>]*?(/>|>.*?</c>)`).exec(xml);
  return m ? m[0] : '';
}

/** A fresh temporary folder for each test (removed after it); call inside a test file. */
export function tempDirPerTest(prefix: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
