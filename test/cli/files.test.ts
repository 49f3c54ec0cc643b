/**
 * The command line's file handling on real files: never writing onto an input, same names from
 * two folders, a write that fails, a bad file in the middle of a batch, what folders skip, a zip
 * bomb, 20,000 merged areas, a million formatted rows, and --remove touching nothing it did not
 * record. Each case checks the message and the exit code.
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit, type AuditOptions } from '../../src/cli/audit';
import { readWorkbook } from '../../src/hosts/xlsx/read';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const JINSHUI = path.join(FIXTURES, 'jinshui-department.xlsx');

async function run(args: string[], options?: AuditOptions) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAudit(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, options);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'audit-files-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A minimal package written by hand: one worksheet with the given sheetData and extras. */
function handWritten(sheetXml: string): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    },
    // fast to write: the tests measure reading, not compressing
    { level: 1 },
  );
}

const WS = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

test('an --out folder reached through a symlink never replaces the input', async () => {
  const src = path.join(dir, 'src');
  await fs.mkdir(src);
  const input = path.join(src, 'form.xlsx');
  await fs.copyFile(JINSHUI, input);
  const before = await fs.readFile(input);
  await fs.symlink(src, path.join(dir, 'link'));
  const r = await run(['--fix', '--out', path.join(dir, 'link'), input]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('就是某个输入文件');
  expect(r.err).toContain('为保护原文件未写入');
  expect((await fs.readFile(input)).equals(before)).toBe(true);
  // a symlinked output file pointing at the input is refused too
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  await fs.symlink(input, path.join(out, 'form.xlsx'));
  const s = await run(['--fix', '--out', out, input]);
  expect(s.code).toBe(2);
  expect(s.err).toContain('就是某个输入文件');
  expect((await fs.readFile(input)).equals(before)).toBe(true);
});

test('two inputs with the same name get two outputs, and the renaming is said', async () => {
  for (const d of ['a', 'b']) {
    await fs.mkdir(path.join(dir, d));
    await fs.copyFile(JINSHUI, path.join(dir, d, '表.xlsx'));
  }
  const out = path.join(dir, 'out');
  const r = await run([
    '--fix',
    '--out',
    out,
    path.join(dir, 'a', '表.xlsx'),
    path.join(dir, 'b', '表.xlsx'),
  ]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('与另一个输入文件同名，输出改名为');
  expect((await fs.readdir(out)).sort()).toEqual(['表 (2).xlsx', '表.xlsx']);
});

test('a write that fails is reported in Chinese, leaves no temporary file, and the batch goes on', async () => {
  const out = path.join(dir, 'out');
  await fs.mkdir(out);
  // The output name is taken by a folder: the rename fails.
  await fs.mkdir(path.join(out, 'first.xlsx'));
  await fs.copyFile(JINSHUI, path.join(dir, 'first.xlsx'));
  await fs.copyFile(JINSHUI, path.join(dir, 'second.xlsx'));
  const r = await run([
    '--fix',
    '--out',
    out,
    path.join(dir, 'first.xlsx'),
    path.join(dir, 'second.xlsx'),
  ]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('first.xlsx：未能写入输出文件（同名的文件夹已存在），原文件未改动。');
  expect(r.err).not.toMatch(/Error|errno|EISDIR/);
  expect(r.err).toContain(`已写入 ${path.join(out, 'second.xlsx')}`);
  expect((await fs.readdir(out)).sort()).toEqual(['first.xlsx', 'second.xlsx']);
});

test('a damaged file in the middle of a batch: one Chinese line, later files still written', async () => {
  const bad = path.join(dir, 'b-bad.xlsx');
  await fs.writeFile(bad, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
  await fs.copyFile(JINSHUI, path.join(dir, 'a.xlsx'));
  await fs.copyFile(JINSHUI, path.join(dir, 'c.xlsx'));
  const out = path.join(dir, 'out');
  const r = await run([
    '--fix',
    '--out',
    out,
    path.join(dir, 'a.xlsx'),
    bad,
    path.join(dir, 'c.xlsx'),
  ]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`${bad}：文件已损坏，无法读取。`);
  expect((await fs.readdir(out)).sort()).toEqual(['a.xlsx', 'c.xlsx']);
});

test('folders say what they skip and why; .xlsm is checked; only unreadable inputs exit 2', async () => {
  await fs.copyFile(JINSHUI, path.join(dir, 'macro.xlsm'));
  for (const n of ['old.xls', 'wps.et', 'table.ods', 'data.csv', 'blank.xltx'])
    await fs.writeFile(path.join(dir, n), 'x');
  await fs.mkdir(path.join(dir, 'sub'));
  const r = await run([dir]);
  expect(r.code).toBe(1);
  expect(r.err).toContain(
    'old.xls：已跳过（旧版 Excel/WPS 格式，请在 Excel 或 WPS 中打开后“另存为”',
  );
  expect(r.err).toContain('wps.et：已跳过（旧版 Excel/WPS 格式');
  expect(r.err).toContain('table.ods：已跳过（OpenDocument');
  expect(r.err).toContain('data.csv：已跳过（CSV');
  expect(r.err).toContain('blank.xltx：已跳过（Excel 模板');
  expect(r.err).not.toContain('不是 Excel 工作簿');
  expect(r.err).toContain('sub：子文件夹未检查');
  expect(r.out).toContain('郑州市金水区人民政府办公室');

  const only = path.join(dir, 'only');
  await fs.mkdir(only);
  await fs.writeFile(path.join(only, 'old.xls'), 'x');
  const o = await run([only]);
  expect(o.code).toBe(2);
  expect(o.err).toContain('没有可以检查的 .xlsx/.xlsm 工作簿。');
});

test('a file that is not a workbook is named for what it is: empty, text, Word, .xls', async () => {
  const word = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
  const cfb = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  Buffer.from('Workbook', 'utf16le').copy(cfb, 512);
  const files: [string, string | Uint8Array, string][] = [
    ['empty.xlsx', '', '文件是空的（0 字节）'],
    ['text.xlsx', '一级指标,分值\n产出指标,50\n', '这是文本文件（例如 CSV）'],
    ['report.xlsx', word, '这是 Word 文档'],
    ['old.xlsx', cfb, '这是旧版 Excel 97-2003 工作簿（.xls）'],
  ];
  for (const [name, bytes] of files) await fs.writeFile(path.join(dir, name), bytes);
  const r = await run([...files.map(([name]) => path.join(dir, name)), JINSHUI]);
  expect(r.code).toBe(2);
  for (const [name, , said] of files) {
    expect(r.err).toContain(`${path.join(dir, name)}：${said}`);
  }
  expect(r.err).not.toContain('可能是 .xls、.csv');
  expect(r.out).toContain('郑州市金水区人民政府办公室');
});

test('a zip bomb is refused before it fills memory', async () => {
  const big = '<row>' + '<c t="inlineStr"><is><t>0000000000</t></is></c>'.repeat(1000) + '</row>';
  const bomb = handWritten(`${WS}<sheetData>${big.repeat(400)}</sheetData></worksheet>`);
  const file = path.join(dir, 'bomb.xlsx');
  await fs.writeFile(file, bomb);
  const limits = { maxPartBytes: 4 * 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024 };
  expect(bomb.length).toBeLessThan(limits.maxPartBytes / 10);
  const r = await run([file], { limits });
  expect(r.code).toBe(2);
  expect(r.err).toContain('文件解压后过大');
  const f = await run(['--fix', '--out', path.join(dir, 'out'), file], { limits });
  expect(f.code).toBe(2);
  expect(f.err).toContain('文件解压后过大');
});

test('20,000 merged areas are read in linear time', async () => {
  let merges = '';
  let rows = '';
  for (let i = 0; i < 20000; i++) {
    rows += `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>项${i}</t></is></c></row>`;
    merges += `<mergeCell ref="A${i + 1}:B${i + 1}"/>`;
  }
  const file = path.join(dir, 'merges.xlsx');
  await fs.writeFile(
    file,
    handWritten(
      `${WS}<sheetData>${rows}</sheetData><mergeCells count="20000">${merges}</mergeCells></worksheet>`,
    ),
  );
  const read = await readWorkbook(file);
  expect(read.ok && read.workbook.sheets[0].merges?.length).toBe(20000);
  const r = await run(['--fix', '--out', path.join(dir, 'out'), file]);
  expect(r.code).toBe(0);
  expect(r.err).toContain('没有需要写入的内容，已原样复制');
});

test('a million formatted empty rows: --fix reads them and copies the file as it was', async () => {
  const rows: string[] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>'];
  for (let i = 2; i <= 1_000_000; i++)
    rows.push(`<row r="${i}" s="0" customFormat="1"><c r="A${i}" s="0"/></row>`);
  const file = path.join(dir, 'rows.xlsx');
  await fs.writeFile(file, handWritten(`${WS}<sheetData>${rows.join('')}</sheetData></worksheet>`));
  rows.length = 0;
  const r = await run(['--json', '--fix', '--out', path.join(dir, 'out'), file]);
  expect(r.code).toBe(0);
  expect(r.err).toContain('没有需要写入的内容，已原样复制');
  expect(
    (await fs.readFile(path.join(dir, 'out', 'rows.xlsx'))).equals(await fs.readFile(file)),
  ).toBe(true);
  // ExcelJS needed 3 GB for such a file; the whole test process stays well below 2 GB.
  expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
}, 60000);

test('--remove on a workbook never annotated changes nothing, whatever its cells say', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签字');
  ws.getCell('C1').value = '【自评助手】看起来像本工具的标题';
  ws.getCell('C5').value = '填表人：张三';
  wb.addWorksheet('其他').getCell('C2').value = '用户的数据';
  const file = path.join(dir, 'signed.xlsx');
  await wb.xlsx.writeFile(file);
  const out = path.join(dir, 'out');
  const r = await run(['--remove', '--out', out, file]);
  expect(r.err).toContain('没有需要写入的内容，已原样复制');
  expect((await fs.readFile(path.join(out, 'signed.xlsx'))).equals(await fs.readFile(file))).toBe(
    true,
  );
});

test('a form on a protected sheet: nothing written, and the line says why instead of "nothing to write"', async () => {
  const parts = unzipSync(new Uint8Array(await fs.readFile(JINSHUI)));
  for (const name of Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = new TextDecoder().decode(parts[name]);
    parts[name] = strToU8(xml.replace('</sheetData>', '</sheetData><sheetProtection sheet="1"/>'));
  }
  const file = path.join(dir, 'protected.xlsx');
  await fs.writeFile(file, zipSync(parts));
  const r = await run(['--fix', '--out', path.join(dir, 'out'), file]);
  expect(r.err).toContain(`${file}：未写入任何内容（原因见下），已原样复制。`);
  expect(r.err).toMatch(/⚠ 工作表「部门整体绩效自评表」受保护，未作任何修改/);
  // the other protected sheet holds no form: no advice to unprotect it
  expect(r.err).toContain(
    '工作表「各项指标得分情况表」受保护，未作任何修改（其中没有要写入公式的自评表）。',
  );
  expect(r.err).not.toContain('没有需要写入的内容');
  expect(r.err).not.toContain('公式 0 个');
});

test('a workbook whose structure is protected gets nothing written, and the output keeps every byte of every part', async () => {
  const parts = unzipSync(new Uint8Array(await fs.readFile(JINSHUI)));
  const wbXml = new TextDecoder().decode(parts['xl/workbook.xml']);
  parts['xl/workbook.xml'] = strToU8(
    wbXml.replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'),
  );
  expect(new TextDecoder().decode(parts['xl/workbook.xml'])).toContain('lockStructure');
  const file = path.join(dir, 'locked.xlsx');
  await fs.writeFile(file, zipSync(parts));
  const out = path.join(dir, 'out');
  const r = await run(['--fix', '--out', out, file]);
  expect(r.err).toContain('跳过：受保护工作表');
  const after = unzipSync(new Uint8Array(await fs.readFile(path.join(out, 'locked.xlsx'))));
  expect(Object.keys(after).sort()).toEqual(Object.keys(parts).sort());
  for (const [name, bytes] of Object.entries(parts)) {
    expect({ name, same: Buffer.from(bytes).equals(Buffer.from(after[name])) }).toEqual({
      name,
      same: true,
    });
  }
});
