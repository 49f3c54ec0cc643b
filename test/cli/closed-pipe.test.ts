/**
 * `npm run audit -- … | head`: when the reader of the output goes away, the command line neither
 * crashes with a Node stack trace (EPIPE) nor stops the batch — every output is still written
 * and the exit code is the batch's.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const AUDIT = path.join(ROOT, 'src', 'cli', 'audit.ts');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const NAMES = [
  'jinshui-department.xlsx',
  'hengyang.xlsx',
  'longhua-rubric.xlsx',
  'fushun-department.xlsx',
  'narrative-2023.xlsx',
];

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'audit-pipe-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('a reader that closes the output after the first line stops neither the batch nor its outputs', async () => {
  const out = path.join(dir, 'out');
  const inputs = NAMES.map((n) => path.join(FIXTURES, n));
  const run = await new Promise<{ code: number | null; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, AUDIT, '--fix', '--out', out, ...inputs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (err += d));
    // like `| head -1`: read the first chunk, then close the pipe
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
  expect(run.err).not.toMatch(/EPIPE|node:|\n\s+at /);
  expect(run.code).toBe(1);
  expect((await fs.readdir(out)).sort()).toEqual([...NAMES].sort());
}, 120_000);
