import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook, type ReadWorkbookResult } from '../../../src/hosts/xlsx/read';
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../../../src/snapshot/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

/** `A1` → 0-based [row, col]. */
function rc(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

function range(a1: string): CellRange {
  const [from, to] = a1.split(':');
  const [top, left] = rc(from);
  const [bottom, right] = rc(to ?? from);
  return { top, left, bottom, right };
}

function sheet(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const value = (s: SheetSnapshot, a1: string) => {
  const [r, c] = rc(a1);
  return s.values[r]?.[c] ?? null;
};
const format = (s: SheetSnapshot, a1: string) => {
  const [r, c] = rc(a1);
  return s.numberFormats?.[r]?.[c] ?? null;
};
const formulaAt = (s: SheetSnapshot, a1: string) => {
  const [r, c] = rc(a1);
  return s.formulas?.[r]?.[c] ?? null;
};

async function load(file: string): Promise<WorkbookSnapshot> {
  const res = await readWorkbook(path.join(FIXTURES, file));
  if (!res.ok) throw new Error(`${file}: ${res.reason} ${res.detail}`);
  return res.workbook;
}

function failure(res: ReadWorkbookResult): { reason: string; detail: string } {
  if (res.ok) throw new Error('expected a failure');
  return { reason: res.reason, detail: res.detail };
}

describe('readWorkbook on the seed fixtures', () => {
  test('fushun-department.xlsx: two-row header merges, formulas, text-vs-number', async () => {
    const s = sheet(await load('fushun-department.xlsx'), '附件4-2-1');
    expect(s.merges).toEqual(
      expect.arrayContaining([
        range('A2:Q2'), // title across the table
        range('D35:F35'), // 年度指标值 over 运算符号/内容/度量单位
        range('K35:P35'), // 未完成原因 over the tick columns
        range('A35:A36'), // 一级指标 down over both header rows
        range('A37:A46'), // 履职效能 over its rows
        range('A7:C24'), // budget block caption
      ]),
    );
    expect(value(s, 'D35')).toBe('年度\n指标值');
    expect(value(s, 'E35')).toBeNull(); // inside the merge
    expect(value(s, 'D36')).toBe('运算符号');
    expect(value(s, 'J97')).toBe(96.05);
    expect(value(s, 'J48')).toBe(0.05);
    expect(value(s, 'O47')).toBe('√');
    expect(value(s, 'G66')).toBe('\u30000'); // number padded in the seed stays text
    expect(value(s, 'D6')).toBe('137\u3000');
    expect(value(s, 'O16')).toBe(1);
    expect(formulaAt(s, 'O16')).toBe('=M16/K16');
    expect(format(s, 'O16')).toBe('0%');
    expect(formulaAt(s, 'K16')).toBe('=K17+K22');
    expect(value(s, 'K16')).toBe(9947.29);
    expect(format(s, 'I16')).toBe('General');
    expect(s.hiddenRows).toEqual([]);
    expect(s.hiddenColumns).toEqual([]);
    expect(s.protected).toBe(false);
  });

  test('hengyang.xlsx: three sheets, stacked project forms, typos kept', async () => {
    const wb = await load('hengyang.xlsx');
    expect(wb.sheets.map((x) => x.name)).toEqual(['附件2', '附件3', '附件4']);

    const basic = sheet(wb, '附件2');
    expect(value(basic, 'B7')).toBe(3393.9);
    expect(format(basic, 'B7')).toBe('0.00');
    expect(value(basic, 'D5')).toBe('95.04%\u3000');

    const dept = sheet(wb, '附件3');
    expect(value(dept, 'B5')).toBe('资金总额：2677.71');
    expect(value(dept, 'G5')).toBeCloseTo(1.4391, 10);
    expect(format(dept, 'G5')).toBe('0.00%');
    expect(value(dept, 'H28')).toBeNull();
    expect(dept.merges).toEqual(expect.arrayContaining([range('A13:A27'), range('B14:B20')]));

    const projects = sheet(wb, '附件4');
    const titles = projects.values.filter((row) => row[0] === '项目支出绩效自评表');
    expect(titles).toHaveLength(12);
    expect(value(projects, 'F271')).toBe('\u300031..5');
    expect(value(projects, 'D7')).toBe('\u3000152.5');
    expect(value(projects, 'H30')).toBeCloseTo(1.3658, 10);
    expect(format(projects, 'H30')).toBe('0.00%');
    expect(value(projects, 'B135')).toBe('产出\n指标\n(50分)\n\n效益\n指标\n（30分）');
    expect(projects.merges).toEqual(expect.arrayContaining([range('B135:B139')]));
  });

  test('jinshui-department.xlsx: inline operators, blank 调整预算数, formula rates', async () => {
    const wb = await load('jinshui-department.xlsx');
    const s = sheet(wb, '部门整体绩效自评表');
    expect(value(s, 'H4')).toBe(95.92);
    expect(value(s, 'H5')).toBe('优');
    expect(value(s, 'D24')).toBe('≥99');
    expect(value(s, 'D27')).toBe('20≤');
    expect(value(s, 'E20')).toBe('定性指标');
    expect(value(s, 'E14')).toBeNull();
    expect(formulaAt(s, 'I8')).toBe('=G8/D8');
    expect(value(s, 'I8')).toBeCloseTo(83.42 / 110, 12);
    expect(format(s, 'I8')).toBe('0%');
    expect(value(s, 'G15')).toBe(0.7421);
    expect(format(s, 'G15')).toBe('0.00%');
    const scores = sheet(wb, '各项指标得分情况表');
    expect(value(scores, 'D3')).toBe(0.742);
    expect(format(scores, 'D3')).toBe('0.0%');
  });

  test('longhua-rubric.xlsx: level/score sub-columns, evidence text, protected framework', async () => {
    const wb = await load('longhua-rubric.xlsx');
    const s = sheet(wb, '附件2');
    expect(s.merges).toEqual(
      expect.arrayContaining([range('A4:F4'), range('A7:A10'), range('B7:B10'), range('I4:I6')]),
    );
    expect(value(s, 'I22')).toBe('26.1%;50.6%;73.6%;99.45%');
    expect(value(s, 'I17')).toBe('100%'); // text, not a percentage number
    expect(format(s, 'I17')).toBe('General');
    expect(value(s, 'H22')).toBe(6);
    expect(s.protected).toBe(false);
    expect(sheet(wb, '共性指标体系框架').protected).toBe(true);
  });

  test('narrative-2023.xlsx: hidden row and column', async () => {
    const s = sheet(await load('narrative-2023.xlsx'), '部门整体支出绩效自评表');
    expect(s.hiddenRows).toEqual([7]);
    expect(s.hiddenColumns).toEqual([8]);
    expect(value(s, 'I9')).toBe('备注（内部）');
    expect(value(s, 'G51')).toBe(99);
    expect(formulaAt(s, 'F5')).toBe('=E5/D5');
  });

  test('every cell named in expected-mistakes.json exists and holds the value in question', async () => {
    const listed = JSON.parse(
      await fs.readFile(path.join(FIXTURES, 'expected-mistakes.json'), 'utf8'),
    ) as { mistakes: { file: string; sheet: string; cell: string; kind: string }[] };
    expect(listed.mistakes.length).toBeGreaterThan(30);
    const books = new Map<string, WorkbookSnapshot>();
    for (const m of listed.mistakes) {
      let wb = books.get(m.file);
      if (!wb) {
        wb = await load(m.file);
        books.set(m.file, wb);
      }
      const s = sheet(wb, m.sheet);
      const [r] = rc(m.cell);
      expect(r).toBeLessThan(s.values.length);
      // A “missing” mistake may point at the empty cell or at the header of what is missing.
      if (m.kind !== 'missing') expect([m.cell, value(s, m.cell)]).not.toEqual([m.cell, null]);
    }
  });

  test('bytes (Buffer, Uint8Array, ArrayBuffer) read the same as the path', async () => {
    const file = path.join(FIXTURES, 'jinshui-department.xlsx');
    const fromPath = await readWorkbook(file);
    const bytes = await fs.readFile(file);
    const copy = new Uint8Array(bytes);
    expect(await readWorkbook(bytes)).toEqual(fromPath);
    expect(await readWorkbook(copy)).toEqual(fromPath);
    expect(await readWorkbook(copy.buffer)).toEqual(fromPath);
  });
});

describe('readWorkbook value conversion', () => {
  test('dates, rich text, hyperlinks, errors, booleans, formulas, hidden columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('值');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 5, 11));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('B1').value = {
      richText: [{ text: '绩效' }, { text: '自评', font: { bold: true } }],
    };
    ws.getCell('C1').value = { text: '财政局', hyperlink: 'https://example.org/' };
    ws.getCell('D1').value = { error: '#DIV/0!' };
    ws.getCell('E1').value = true;
    ws.getCell('F1').value = { formula: 'IF(E1,"是","否")', result: '是' };
    ws.getCell('G1').value = { formula: 'A1+1', result: new Date(Date.UTC(2024, 5, 12, 8, 30)) };
    ws.getCell('H1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('I1').value = { formula: 'SUM(A2:A3)' }; // no cached result
    ws.getCell('A2').value = 1;
    ws.getCell('A3').value = 2;
    ws.getCell('B2').value = { formula: 'A2*2', result: 2 };
    ws.getCell('B3').value = { sharedFormula: 'B2', result: 4 };
    ws.getColumn(3).hidden = true;
    ws.getRow(3).hidden = true;
    ws.mergeCells('C2:D3');
    await ws.protect('', {});

    const res = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!res.ok) throw new Error(res.detail);
    const s = res.workbook.sheets[0];
    expect(s.values[0]).toEqual([
      '2024-06-11',
      '绩效自评',
      '财政局',
      { error: '#DIV/0!' },
      true,
      '是',
      '2024-06-12 08:30',
      { error: '#DIV/0!' },
      null,
    ]);
    expect(s.formulas?.[0]).toEqual([
      null,
      null,
      null,
      null,
      null,
      '=IF(E1,"是","否")',
      '=A1+1',
      '=1/0',
      '=SUM(A2:A3)',
    ]);
    expect(s.formulas?.[2]?.[1]).toBe('=A3*2');
    expect(s.values[2][1]).toBe(4);
    expect(s.numberFormats?.[0]?.[0]).toBe('yyyy-mm-dd');
    expect(s.hiddenColumns).toEqual([2]);
    expect(s.hiddenRows).toEqual([2]);
    expect(s.merges).toEqual([range('C2:D3')]);
    expect(s.protected).toBe(true);
  });
});

describe('readWorkbook on bad input never throws', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'read-xlsx-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('a missing file or a folder is notFound', async () => {
    expect(failure(await readWorkbook(path.join(dir, 'nope.xlsx'))).reason).toBe('notFound');
    expect(failure(await readWorkbook(dir)).reason).toBe('notFound');
  });

  test('a text file renamed .xlsx, and an empty file, are notXlsx', async () => {
    const csv = path.join(dir, 'table.xlsx');
    await fs.writeFile(csv, '一级指标,二级指标,分值\n产出指标,数量指标,10\n', 'utf8');
    const res = failure(await readWorkbook(csv));
    expect(res.reason).toBe('notXlsx');
    expect(res.detail).toMatch(/text/);
    expect(failure(await readWorkbook(Buffer.alloc(0))).reason).toBe('notXlsx');
    expect(failure(await readWorkbook(Buffer.from('<html><body>表</body></html>'))).reason).toBe(
      'notXlsx',
    );
  });

  test('a truncated or damaged zip is corrupt', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'jinshui-department.xlsx'));
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(failure(await readWorkbook(truncated)).reason).toBe('corrupt');
    const damaged = Buffer.from(bytes);
    damaged.fill(0, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 200);
    expect(failure(await readWorkbook(damaged)).reason).toBe('corrupt');
  });

  test('a worksheet part that is missing or cut short is corrupt, not an empty or half sheet', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'jinshui-department.xlsx'));
    const parts = unzipSync(bytes);
    const sheet = 'xl/worksheets/sheet1.xml';
    const text = strFromU8(parts[sheet]);
    const cut = { ...parts, [sheet]: strToU8(text.slice(0, Math.floor(text.length / 2))) };
    expect(failure(await readWorkbook(zipSync(cut))).reason).toBe('corrupt');
    const missing = { ...parts };
    delete missing[sheet];
    expect(failure(await readWorkbook(zipSync(missing))).reason).toBe('corrupt');
    // whitespace after the root is fine
    const spaced = { ...parts, [sheet]: strToU8(text + '\r\n') };
    expect((await readWorkbook(zipSync(spaced))).ok).toBe(true);
  });

  test('a zip without a workbook part is notXlsx', async () => {
    const bytes = await fs.readFile(path.join(FIXTURES, 'jinshui-department.xlsx'));
    const renamed = Buffer.from(
      bytes.toString('latin1').split('xl/workbook.xml').join('xl/workbook.xmm'),
      'latin1',
    );
    expect(failure(await readWorkbook(renamed)).reason).toBe('notXlsx');
  });

  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cfbWith = (stream: string): Buffer =>
    Buffer.concat([CFB, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);

  test('a compound file (CFB) is encrypted, unless it is a legacy .xls', async () => {
    expect(failure(await readWorkbook(Buffer.concat([CFB, Buffer.alloc(504)]))).reason).toBe(
      'encrypted',
    );
    const file = path.join(dir, 'locked.xlsx');
    await fs.writeFile(file, cfbWith('EncryptedPackage'));
    expect(failure(await readWorkbook(file)).reason).toBe('encrypted');
    const xls = failure(await readWorkbook(cfbWith('Workbook')));
    expect(xls.reason).toBe('notXlsx');
    expect(xls.detail).toMatch(/\.xls/);
  });
});
