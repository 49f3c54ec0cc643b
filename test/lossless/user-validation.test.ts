/**
 * The user's own data validation through --fix, --fix again and --remove, on a real fixture and
 * as openpyxl (Debian's python3-openpyxl, an independent reader and writer) sees it: the user
 * replaces the add-in's validation on a score cell with a rule of their own, in a file openpyxl
 * saves; the next --fix keeps theirs and adds none of ours on top, --remove keeps theirs too.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { annotateWorkbook } from '../../src/core';
import { patchPackage } from '../../src/hosts/xlsx/package/patch';
import { openPackage } from '../../src/hosts/xlsx/read';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'jinshui-department.xlsx');
const SHEET = '部门整体绩效自评表';

async function cli(args: string[]): Promise<number> {
  return runAudit(args, { out: () => undefined, err: () => undefined });
}

function python(script: string, ...args: string[]): string {
  return execFileSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
}

/** Every validation of the form's sheet as `sqref title`, sorted. */
function validations(file: string): string[] {
  const out = python(
    `import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps(sorted(f"{dv.sqref} {dv.promptTitle}" for dv in ws.data_validations.dataValidation)))`,
    file,
    SHEET,
  );
  return JSON.parse(out) as string[];
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'user-dv-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("a score cell whose validation the user replaced keeps the user's, alone, through --fix and --remove", async () => {
  const at = (step: string) => path.join(dir, step, 'jinshui-department.xlsx');
  await cli(['--fix', '--out', path.join(dir, 'fix'), FIXTURE]);
  const ours = validations(at('fix'));
  expect(ours).toContain('H25 得分');
  await fs.mkdir(path.join(dir, 'user'));
  python(
    `import sys, openpyxl
from openpyxl.worksheet.datavalidation import DataValidation
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[3]]
ws.data_validations.dataValidation = [dv for dv in ws.data_validations.dataValidation if str(dv.sqref) != 'H25']
mine = DataValidation(type='list', formula1='"0,5,10"', promptTitle='单位评分', prompt='按单位细则打分', showInputMessage=True)
mine.add('H25')
ws.add_data_validation(mine)
wb.save(sys.argv[2])`,
    at('fix'),
    at('user'),
    SHEET,
  );
  const mine = ours.map((v) => (v === 'H25 得分' ? 'H25 单位评分' : v)).sort();
  expect(validations(at('user'))).toEqual(mine);

  await cli(['--fix', '--out', path.join(dir, 'again'), at('user')]);
  expect(validations(at('again'))).toEqual(mine);

  await cli(['--remove', '--out', path.join(dir, 'removed'), at('again')]);
  expect(validations(at('removed'))).toEqual(['H25 单位评分']);
});

test('score notes the pane wrote (系统得分怎么算) are the add-in’s: --fix takes them off, --remove leaves none', async () => {
  // what the pane writes (score notes in the 系统得分 column), written into the file by the
  // package host, as a workbook saved from Excel after 写入 would hold it
  const opened = await openPackage(FIXTURE);
  if (!opened.ok) throw new Error(opened.detail);
  const plan = annotateWorkbook(opened.workbook, { file: 'j', lang: 'zh-CN', explainScores: true });
  const pane = path.join(dir, 'pane', 'jinshui-department.xlsx');
  await fs.mkdir(path.dirname(pane), { recursive: true });
  await fs.writeFile(pane, patchPackage(opened.pkg, plan.edits, undefined, opened.workbook).bytes);
  const notes = validations(pane).filter((v) => v.endsWith(' 系统得分怎么算'));
  expect(notes.length).toBeGreaterThan(10);

  // the command line writes no notes: the pane's are taken off, the rest stay
  await cli(['--fix', '--out', path.join(dir, 'pane-fix'), pane]);
  const fixed = validations(path.join(dir, 'pane-fix', 'jinshui-department.xlsx'));
  expect(fixed.filter((v) => v.endsWith(' 系统得分怎么算'))).toEqual([]);
  expect(fixed.length).toBeGreaterThan(0);

  await cli(['--remove', '--out', path.join(dir, 'pane-removed'), pane]);
  expect(validations(path.join(dir, 'pane-removed', 'jinshui-department.xlsx'))).toEqual([]);
});
