/**
 * Inputs that exist but cannot be read (no permission, an I/O error) and folders that cannot be
 * listed: each gets a true Chinese line, exit code 2, and the other inputs are still processed.
 * The failures are injected into `fs.promises` (the tests may run as root, for whom chmod stops
 * nothing).
 */
import { spawnSync } from 'child_process';
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

test('a folder that cannot be listed: one Chinese line, exit 2, the other inputs still checked and written', async () => {
  const locked = path.join(dir, 'locked');
  await fs.mkdir(locked);
  await fs.copyFile(JINSHUI, path.join(locked, 'form.xlsx'));
  const readdir = fs.readdir.bind(fs);
  jest.spyOn(fs, 'readdir').mockImplementation(((folder: string, ...rest: [never]) => {
    if (folder === locked) return Promise.reject(fsError('EACCES'));
    return readdir(folder, ...rest);
  }) as typeof fs.readdir);
  const check = await run([locked, JINSHUI]);
  expect(check.code).toBe(2);
  expect(check.err).toContain(
    `${locked}：无法读取这个文件夹（没有读取权限），其中的工作簿未检查。`,
  );
  expect(check.err).not.toMatch(/EACCES|scandir|内部错误/);
  expect(check.out).toContain('部门整体绩效自评表');
  expect(check.out).toContain('1 个无法读取');

  const out = path.join(dir, 'out');
  const fix = await run(['--json', '--fix', '--out', out, locked, JINSHUI]);
  expect(fix.code).toBe(2);
  expect(fix.err).toContain('无法读取这个文件夹');
  const json = JSON.parse(fix.out) as { files: { file: string; error: string | null }[] };
  expect(json.files.map((f) => f.error === null)).toEqual([false, true]);
  expect(await fs.readdir(out)).toEqual(['jinshui-department.xlsx']);
});

test('an input whose name is near the 255-byte limit is written under that name', async () => {
  const name = `${'a'.repeat(245)}.xlsx`; // 250 bytes: a legal name
  const input = path.join(dir, name);
  await fs.copyFile(JINSHUI, input);
  const out = path.join(dir, 'out');
  const r = await run(['--fix', '--out', out, input]);
  expect(r.err).not.toContain('文件名过长');
  expect(r.code).toBe(1);
  expect(await fs.readdir(out)).toEqual([name]);
});

test('a link to a folder inside a folder is said to be a subfolder, not "not a workbook"', async () => {
  const folder = path.join(dir, 'forms');
  await fs.mkdir(path.join(dir, 'elsewhere'));
  await fs.mkdir(folder);
  await fs.copyFile(JINSHUI, path.join(folder, 'form.xlsx'));
  await fs.symlink(path.join(dir, 'elsewhere'), path.join(folder, 'archive'));
  const r = await run([folder]);
  expect(r.err).toContain(`${path.join(folder, 'archive')}：子文件夹未检查`);
  expect(r.err).not.toContain('不是 Excel 工作簿');
  expect(r.code).toBe(1);
});

test('an output folder that cannot be made on a read-only file system says so, not 文件夹不存在', async () => {
  // Node's recursive mkdir reports ENOENT there; creating the first missing folder alone gives EROFS
  const mkdir = fs.mkdir.bind(fs);
  jest.spyOn(fs, 'mkdir').mockImplementation(((
    folder: string,
    options?: { recursive?: boolean },
  ) => {
    if (!folder.startsWith(path.join(dir, 'ro'))) return mkdir(folder, options);
    return Promise.reject(fsError(options?.recursive ? 'ENOENT' : 'EROFS'));
  }) as typeof fs.mkdir);
  const out = path.join(dir, 'ro', 'new', 'sub');
  const r = await run(['--fix', '--out', out, JINSHUI]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`无法使用输出文件夹 ${out}（文件夹是只读的）`);
  expect(r.err).not.toContain('文件夹不存在');
});

test('the same file named twice (directly and through a link) is checked and written once', async () => {
  const input = path.join(dir, 'form.xlsx');
  await fs.copyFile(JINSHUI, input);
  await fs.symlink(input, path.join(dir, 'link.xlsx'));
  const out = path.join(dir, 'out');
  const r = await run(['--fix', '--out', out, input, path.join(dir, '.', 'form.xlsx'), dir]);
  expect(r.code).toBe(1);
  expect(r.err).not.toContain('同名');
  expect(r.err).toContain(`${path.join(dir, 'link.xlsx')}：与 ${input} 是同一个文件，只检查一次。`);
  expect(await fs.readdir(out)).toEqual(['form.xlsx']);
});

test('a named pipe inside a folder is skipped and said so, instead of being read forever', async () => {
  const folder = path.join(dir, 'forms');
  await fs.mkdir(folder);
  await fs.copyFile(JINSHUI, path.join(folder, 'form.xlsx'));
  const made = spawnSync('mkfifo', [path.join(folder, 'pipe.xlsx')]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
  const r = await run([folder]);
  expect(r.err).toContain(`${path.join(folder, 'pipe.xlsx')}：已跳过（不是普通文件`);
  expect(r.code).toBe(1);
}, 20_000);
