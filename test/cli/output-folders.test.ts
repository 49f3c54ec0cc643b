/**
 * Output folders that refuse the write, for real: the command line runs as a child process
 *
 * - against a read-only folder (chmod 0555) — as an unprivileged user (`nobody`) when the tests
 *   run as root, for whom permissions do not stop a write;
 * - against a full disk, simulated with the file-size limit (`ulimit -f`, RLIMIT_FSIZE): Node
 *   ignores SIGXFSZ, so the write fails with EFBIG halfway through, as it does with ENOSPC on a
 *   full disk — the temporary file is then partly written and must be removed.
 *
 * Each case checks the Chinese message, the exit code, that no temporary file is left behind and
 * that the next file of the batch is still processed. A mechanism that does not work here fails
 * the test with the reason; nothing is skipped.
 */
import { spawn, spawnSync, type SpawnOptions } from 'child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { randomBytes } from 'crypto';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fsErrorText } from '../../src/messages/files';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const AUDIT = path.join(ROOT, 'src', 'cli', 'audit.ts');
const JINSHUI = path.join(ROOT, 'test', 'fixtures', 'jinshui-department.xlsx');

interface Run {
  code: number | null;
  signal: string | null;
  err: string;
}

function spawnRun(cmd: string, args: string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

/** Arguments to node for the command line in a child process (through tsx, as `npm run audit`). */
function cliArgs(args: string[]): string[] {
  return [TSX, AUDIT, ...args];
}

/** uid and gid of `nobody`, or a failure saying why the test cannot run. */
function nobody(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' });
  const u = id('-u');
  const g = id('-g');
  const uid = Number(u.stdout.trim());
  const gid = Number(g.stdout.trim());
  if (
    u.status !== 0 ||
    g.status !== 0 ||
    !Number.isInteger(uid) ||
    !Number.isInteger(gid) ||
    uid === 0
  ) {
    throw new Error(
      'running as root, the read-only folder test needs an unprivileged user "nobody" to run ' +
        `the command line as (chmod does not stop root): id says ${JSON.stringify(u.stderr || u.stdout)}`,
    );
  }
  return { uid, gid };
}

function tmpFiles(names: string[]): string[] {
  return names.filter((n) => n.endsWith('.tmp'));
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'audit-out-'));
  // readable by the unprivileged user the command line may run as
  await fs.chmod(dir, 0o755);
});
afterEach(async () => {
  await fs.chmod(path.join(dir, 'out'), 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

test('a read-only output folder: each file says so in Chinese, no temporary file, the batch goes on', async () => {
  const first = path.join(dir, 'first.xlsx');
  const second = path.join(dir, 'second.xlsx');
  await fs.copyFile(JINSHUI, first);
  await fs.copyFile(JINSHUI, second);
  await fs.chmod(first, 0o644);
  await fs.chmod(second, 0o644);
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  await fs.chmod(out, 0o555);
  const asUser: SpawnOptions =
    process.getuid?.() === 0 ? { ...nobody(), env: { ...process.env, HOME: dir } } : {};
  // the mechanism: this user cannot create a file in the folder
  const probe = await spawnRun('/bin/sh', ['-c', `: > "${out}/probe"`], asUser);
  if (probe.code === 0) {
    throw new Error(
      `the folder chmod 0555 is writable for the user the test runs as (uid ${
        asUser.uid ?? process.getuid?.()
      }): it cannot test a read-only output folder`,
    );
  }

  const r = await spawnRun(process.execPath, cliArgs(['--fix', '--out', out, first, second]), {
    ...asUser,
    cwd: ROOT,
  });
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.err).toContain(`${first}：未能写入输出文件（没有写入权限），原文件未改动。`);
  // the next file is still processed (and refused for the same reason, in its own line)
  expect(r.err).toContain(`${second}：未能写入输出文件（没有写入权限），原文件未改动。`);
  expect(r.err.indexOf(first)).toBeLessThan(r.err.indexOf(second));
  expect(r.err).not.toMatch(/Error|errno|EACCES|EPERM|at .*\.ts/);
  expect(await fs.readdir(out)).toEqual([]);
  expect(readFileSync(first).equals(readFileSync(JINSHUI))).toBe(true);
}, 120_000);

/** Jinshui's form with a large picture that does not compress: an output of several megabytes. */
function withLargePicture(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(JINSHUI)));
  const ct = new TextDecoder().decode(parts['[Content_Types].xml']);
  parts['[Content_Types].xml'] = strToU8(
    ct.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'),
  );
  parts['xl/media/image1.png'] = new Uint8Array(randomBytes(3 * 1024 * 1024));
  return zipSync(parts, { level: 1 });
}

test('a full disk: the write fails midway in Chinese, the temporary file is removed, the batch goes on', async () => {
  // The limit: 1 MiB per file (ulimit -f counts 512-byte blocks in sh).
  const LIMIT_BLOCKS = 2048;
  // the mechanism: a process under the limit gets EFBIG (Node ignores SIGXFSZ), not killed
  const probeFile = path.join(dir, 'probe.bin');
  const probe = await spawnRun('/bin/sh', [
    '-c',
    `ulimit -f 1 && exec "$0" -e 'try { require("fs").writeFileSync(process.argv[1], Buffer.alloc(4096)); } catch (e) { process.stderr.write(e.code); }' "${probeFile}"`,
    process.execPath,
  ]);
  if (probe.signal !== null || probe.err !== 'EFBIG') {
    throw new Error(
      `the file-size limit (ulimit -f) does not make a write fail with EFBIG here ` +
        `(signal ${probe.signal}, stderr ${JSON.stringify(probe.err)}): it cannot simulate a full disk`,
    );
  }

  const big = path.join(dir, 'big.xlsx');
  const small = path.join(dir, 'small.xlsx');
  await fs.writeFile(big, withLargePicture());
  await fs.copyFile(JINSHUI, small);
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  const r = await spawnRun(
    '/bin/sh',
    [
      '-c',
      `ulimit -f ${LIMIT_BLOCKS} && exec "$0" "$@"`,
      process.execPath,
      ...cliArgs(['--fix', '--out', out, big, small]),
    ],
    { cwd: ROOT },
  );
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.err).toContain(
    `${big}：未能写入输出文件（磁盘空间不足：文件超出了系统允许的大小，请腾出空间或换一个输出文件夹），原文件未改动。`,
  );
  expect(r.err).not.toMatch(/Error|errno|EFBIG|at .*\.ts/);
  // the next file is written
  expect(r.err).toContain(`已写入 ${path.join(out, 'small.xlsx')}`);
  const names = await fs.readdir(out);
  expect(tmpFiles(names)).toEqual([]);
  expect(names).toEqual(['small.xlsx']);
}, 120_000);

test('a full disk is named as such whichever way the system reports it', () => {
  for (const code of ['ENOSPC', 'EDQUOT', 'EFBIG']) {
    expect({ code, text: fsErrorText(code) }).toEqual({
      code,
      text: expect.stringMatching(/^磁盘空间不足.*请腾出空间或换一个输出文件夹$/) as unknown,
    });
  }
});
