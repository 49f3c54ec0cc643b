/**
 * `npm run validate` (scripts/validate-manifest.ts) on the add-in's manifest and on broken copies:
 * element order and structure as the schema requires, resource-id lengths, the shared-runtime
 * rules (no TaskpaneId), and the ribbon function associated when src/commands loads.
 */
import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { associatedAtLoad } from '../../../scripts/manifest-schema';

const ROOT = path.resolve(__dirname, '../../..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const COMMANDS = readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run validate` (the script, as npm runs it) and returns the failed checks. */
async function failures(xml: string, commandsSource?: string): Promise<string[]> {
  const id = Math.random().toString(36).slice(2);
  const file = path.join(dir, `m${id}.xml`);
  writeFileSync(file, xml);
  const args = ['scripts/validate-manifest.ts', file];
  if (commandsSource !== undefined) {
    const commands = path.join(dir, `c${id}.ts`);
    writeFileSync(commands, commandsSource);
    args.push('--commands', commands);
  }
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT }, (err, out) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout: String(out) }),
    ),
  );
  const failed = stdout.split('\n').filter((l) => l.startsWith('✗') || l.startsWith('  '));
  expect(code).toBe(failed.length > 0 ? 1 : 0);
  return failed;
}

function edit(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  expect(out).not.toBe(MANIFEST);
  return out;
}

test('the manifest passes every check', async () => {
  expect(await failures(MANIFEST)).toEqual([]);
});

test('an element out of order fails', async () => {
  const bad = edit(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, '$3$2$1');
  expect((await failures(bad)).join('\n')).toMatch(/<OfficeApp>.*<Id>.*应在 <Version> 之前/);
});

test('a Supertip before the Label of a control, or an unknown child, fails', async () => {
  const bad = MANIFEST.replace(
    /(<Label resid="Recalc.Label" \/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/,
    '$3$2$1',
  );
  expect(bad).not.toBe(MANIFEST);
  expect((await failures(bad)).join('\n')).toMatch(/<Control>.*<Label>.*应在/);
  const unknown = edit('<Permissions>', '<Bogus /><Permissions>');
  expect((await failures(unknown)).join('\n')).toMatch(/不能含 <Bogus>/);
});

test('a TaskpaneId under the shared runtime fails', async () => {
  const bad = edit(
    '<Action xsi:type="ShowTaskpane">',
    '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>Jixiao.Pane</TaskpaneId>',
  );
  expect((await failures(bad)).join('\n')).toMatch(/TaskpaneId/);
});

test('a resource id longer than 32 characters fails', async () => {
  const long = 'Recalc.Tooltip.ForTheRibbonButton1';
  expect(long.length).toBeGreaterThan(32);
  const bad = MANIFEST.split('"Recalc.Tooltip"').join(`"${long}"`);
  expect((await failures(bad)).join('\n')).toMatch(/资源 id 不超过 32/);
});

test('the associate call must run when the module loads: removing it, or moving it into Office.onReady, fails', async () => {
  expect([...associatedAtLoad(COMMANDS)]).toEqual(['recalc']);
  const removed = COMMANDS.replace(/Office\.actions\.associate\(COMMANDS\.recalc,[^;]*\);/, '');
  expect(removed).not.toBe(COMMANDS);
  expect((await failures(MANIFEST, removed)).join('\n')).toMatch(/命令 recalc/);
  const late = `
    export const COMMANDS = { recalc: 'recalc' } as const;
    Office.onReady(() => { Office.actions.associate(COMMANDS.recalc, async () => undefined); });
  `;
  expect([...associatedAtLoad(late)]).toEqual([]);
  const early = `
    function wire(): void { Office.actions.associate('recalc', async () => undefined); }
    if (typeof Office !== 'undefined') wire();
  `;
  expect([...associatedAtLoad(early)]).toEqual(['recalc']);
});
