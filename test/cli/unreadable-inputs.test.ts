/**
 * Inputs that exist but cannot be read (no permission, an I/O error) and folders that cannot be
 * listed: each gets a true Chinese line, exit code 2, and the other inputs are still processed.
 * The failures are injected into `fs.promises` (the tests may run as root, for whom chmod stops
 * nothing).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';

const JINSHUI = path.join(__dirname, '..', 'fixtures', 'jinshui-department.xlsx');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAudit(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function fsError(code: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  e.code = code;
  return e;
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'audit-unreadable-'));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

test('an input without read permission is not reported as missing; the next file is checked', async () => {
  const locked = path.join(dir, 'locked.xlsx');
  await fs.copyFile(JINSHUI, locked);
  const readFile = fs.readFile.bind(fs);
  jest.spyOn(fs, 'readFile').mockImplementation((file, ...rest) => {
    if (file === locked) return Promise.reject(fsError('EACCES'));
    return readFile(file, ...rest);
  });
  const r = await run([locked, JINSHUI]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`${locked}：没有读取这个文件的权限`);
  expect(r.err).not.toContain('找不到这个文件');
  expect(r.out).toContain('部门整体绩效自评表');
});
