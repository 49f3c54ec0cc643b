/** The audit command line on real files: output, JSON contract, exit codes, bad inputs. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { AuditReportSchema } from '../../src/report/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAudit(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'audit-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A small national project form where every target is met and every score is right. */
async function cleanWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目自评');
  ws.addRow(['项目支出绩效自评表']);
  ws.addRow(['项目名称', '档案数字化']);
  ws.addRow([
    '项目资金（万元）',
    '',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
  ]);
  ws.addRow(['', '年度资金总额', 50, 60, 60, 10, 1, 10]);
  ws.getCell('G4').numFmt = '0.00%';
  ws.addRow([
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  ws.addRow(['产出指标', '数量指标', '数字化页数', '≥10万页', '12万页', 30, 30, '']);
  ws.addRow(['', '质量指标', '差错率', '≤1%', '0.5%', 20, 20, '']);
  ws.addRow(['效益指标', '社会效益指标', '查档时间', '≤3天', '2天', 30, 30, '']);
  ws.addRow(['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%', '96%', 10, 10, '']);
  ws.mergeCells('A6:A7');
  ws.addRow(['总分', '', '', '', '', 100, 100, '']);
  await wb.xlsx.writeFile(file);
}

test('the seed fixtures have findings: exit 1, a readable Chinese summary', async () => {
  const r = await run([path.join(FIXTURES, 'jinshui-department.xlsx')]);
  expect(r.code).toBe(1);
  expect(r.out).toContain('部门整体绩效自评表：郑州市金水区人民政府办公室');
  expect(r.out).toContain('第 25 行 预算执行率［得分有误］');
  expect(r.out).toContain('H25：得分 1.5');
});

test('--json prints only the report, following the contract', async () => {
  const r = await run(['--json', FIXTURES]);
  expect(r.code).toBe(1);
  const report = AuditReportSchema.parse(JSON.parse(r.out));
  expect(report.files.map((f) => path.basename(f.file))).toEqual([
    'fushun-department.xlsx',
    'hengyang.xlsx',
    'jinshui-department.xlsx',
    'longhua-rubric.xlsx',
    'narrative-2023.xlsx',
  ]);
  expect(report.files.every((f) => f.error === null)).toBe(true);
});

test('a form without findings exits 0', async () => {
  const file = path.join(dir, 'clean.xlsx');
  await cleanWorkbook(file);
  const r = await run(['--json', file]);
  const report = AuditReportSchema.parse(JSON.parse(r.out));
  const t = report.files[0].tables[0];
  expect(t.kind).toBe('project');
  expect(t.indicators).toHaveLength(4);
  expect(t.total).toMatchObject({ stated: 100, expected: 100, wrong: false });
  expect(r.code).toBe(0);
});

test('unreadable inputs get one line each, exit 2, and the other inputs are still audited', async () => {
  const corrupt = path.join(dir, 'corrupt.xlsx');
  await fs.writeFile(corrupt, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
  const text = path.join(dir, 'notes.xlsx');
  await fs.writeFile(text, '这不是工作簿');
  const missing = path.join(dir, 'missing.xlsx');
  const good = path.join(FIXTURES, 'jinshui-department.xlsx');
  const r = await run([corrupt, text, missing, good]);
  expect(r.code).toBe(2);
  const lines = r.err.split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toContain('损坏');
  expect(lines[1]).toContain('这是文本文件（例如 CSV）'); // named for what it is
  expect(lines[2]).toContain('找不到');
  expect(r.out).toContain('郑州市金水区人民政府办公室');

  const j = await run(['--json', corrupt, good]);
  expect(j.code).toBe(2);
  const report = AuditReportSchema.parse(JSON.parse(j.out));
  expect(report.files[0]).toMatchObject({ tables: [] });
  expect(report.files[0].error).toContain('损坏');
  expect(report.files[1].tables.length).toBeGreaterThan(0);
});

test('bad arguments explain themselves', async () => {
  const r = await run(['--profile']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--profile 需要');
  const u = await run(['--bogus', 'x.xlsx']);
  expect(u.err).toContain('不认识的选项');
});

test('an unknown --profile is refused before anything is read, with the names that exist', async () => {
  // a typo must not score the form silently by the default (national project) profile
  const r = await run([
    '--profile',
    'jinsui',
    '--fix',
    '--out',
    path.join(os.tmpdir(), 'never-written'),
    path.join(FIXTURES, 'jinshui-department.xlsx'),
  ]);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toContain('没有名为“jinsui”的评分方案');
  expect(r.err).toContain('jinshui');
  expect(r.err).toContain('sichuan');
});

test('--profile overrides the automatic choice', async () => {
  const r = await run([
    '--json',
    '--profile',
    'narrative2023',
    path.join(FIXTURES, 'jinshui-department.xlsx'),
  ]);
  const report = AuditReportSchema.parse(JSON.parse(r.out));
  const t = report.files[0].tables[0];
  expect(t.profile).toBe('narrative2023');
  // 95.92 is 优秀 in the 85/75/60 bands, so the stated 优 no longer matches.
  expect(t.grade).toMatchObject({ stated: '优', expected: '优秀', wrong: true });
});

test('--fix writes everything the plan asks of a file, helper column widths included: nothing skipped as unsupported', async () => {
  const out = path.join(dir, 'fix-all');
  const r = await run(['--fix', '--out', out, path.join(FIXTURES, 'hengyang.xlsx')]);
  expect(r.err).toContain('已写入');
  expect(r.err).not.toContain('不支持');
  const pkg = unzipSync(new Uint8Array(await fs.readFile(path.join(out, 'hengyang.xlsx'))));
  const sheets = Object.keys(pkg).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  // the reason columns beside 附件3 and 附件4 (K:P) get the plan's width of 21
  const widened = sheets.filter((n) =>
    /<col min="11" max="11" width="21" customWidth="1"\/>/.test(strFromU8(pkg[n])),
  );
  expect(widened.length).toBe(2);
});
