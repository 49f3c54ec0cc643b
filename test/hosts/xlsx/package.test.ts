/**
 * The package reader and patcher on packages as other writers spell them: a namespace prefix on
 * every element (`x:`), absolute relationship targets, shared formulas, the 1904 date system,
 * a stored (uncompressed) part; and the patcher on a prefixed worksheet. Each checked against an
 * independent reader (ExcelJS) where it can read the package.
 */
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { Package, patchPackage } from '../../../src/hosts/xlsx/package/patch';
import { readPackage } from '../../../src/hosts/xlsx/package/read';
import { slideFormula } from '../../../src/hosts/xlsx/package/formula';
import { snapshotWorkbook } from '../../../src/hosts/xlsx/snapshot';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function pkg(opts: { sheet: string; workbookPr?: string; absolute?: boolean; prefix?: string }) {
  const x = opts.prefix ? `${opts.prefix}:` : '';
  const ns = opts.prefix ? `xmlns:${opts.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const target = opts.absolute ? '/xl/worksheets/sheet1.xml' : 'worksheets/sheet1.xml';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${opts.absolute ? '/' : ''}xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<${x}workbook ${ns} xmlns:r="${REL}">${opts.workbookPr ?? ''}<${x}sheets><${x}sheet name="O'Brien" sheetId="1" r:id="rId1"/></${x}sheets></${x}workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': [
        strToU8(
          `<${x}worksheet ${ns}><${x}sheetData>${opts.sheet}</${x}sheetData></${x}worksheet>`,
        ),
        { level: 0 },
      ],
    },
    { level: 6 },
  );
}

async function exceljs(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return snapshotWorkbook(wb);
}

test('shared formulas are moved to each cell, as ExcelJS reads them (string literals stay)', async () => {
  const bytes = pkg({
    sheet:
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>',
  });
  const mine = readPackage(bytes).workbook.sheets[0];
  expect(mine.formulas?.map((r) => r[1])).toEqual(['=A1*2+$A$1', '=A2*2+$A$1', '=A3*2+$A$1']);
  expect(mine.formulas).toEqual((await exceljs(bytes)).sheets[0].formulas);
  // ExcelJS would also move the "A1" inside the string; a string is text, not a reference.
  expect(slideFormula('A1&"A1"', 1, 0)).toBe('A2&"A1"');
  expect(slideFormula("SUM('Q1 2'!B2:C3)+MAX(A1)", 1, 1)).toBe("SUM('Q1 2'!C3:D4)+MAX(B2)");
});

test('a prefixed package with absolute targets reads like a plain one', () => {
  const sheet =
    '<x:row r="2" hidden="1"><x:c r="B2" t="inlineStr"><x:is><x:t>项目</x:t></x:is></x:c><x:c r="C2"><x:v>3.5</x:v></x:c></x:row>';
  const prefixed = readPackage(pkg({ sheet, prefix: 'x', absolute: true })).workbook;
  const plain = readPackage(pkg({ sheet: sheet.replace(/x:/g, '') })).workbook;
  expect(prefixed).toEqual(plain);
  expect(prefixed.sheets[0].values[1]).toEqual([null, '项目', 3.5]);
  expect(prefixed.sheets[0].hiddenRows).toEqual([1]);
  expect(prefixed.sheets[0].name).toBe("O'Brien");
});

test('a serial without a date format stays a number (1904 system too)', () => {
  const sheet = '<row r="1"><c r="A1" s="1"><v>0</v></c></row>';
  const bytes = pkg({ sheet, workbookPr: '<workbookPr date1904="1"/>' });
  // no styles part: no date format, the serial stays a number
  expect(readPackage(bytes).workbook.sheets[0].values[0][0]).toBe(0);
});

test('the patcher writes into a prefixed worksheet with the prefix, and keeps every other byte', () => {
  const bytes = pkg({
    sheet: '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c></x:row>',
    prefix: 'x',
  });
  const out = patchPackage(new Package(bytes), [
    { id: 'a', kind: 'setValue', sheet: "O'Brien", cell: 'B3', value: 7, onlyIfEmpty: true },
    {
      id: 'b',
      kind: 'setFormula',
      sheet: "O'Brien",
      cell: 'C3',
      formula: '=B3*2',
      result: 14,
      onlyIfEmpty: true,
    },
    { id: 'c', kind: 'setValue', sheet: "O'Brien", cell: 'A1', value: 'x', onlyIfEmpty: true },
  ]);
  expect(out.outcomes).toEqual([
    { id: 'a', status: 'applied' },
    { id: 'b', status: 'applied' },
    { id: 'c', status: 'skipped', reason: 'cellNotEmpty' },
  ]);
  const parts = unzipSync(out.bytes);
  const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
  expect(sheet).toContain('<x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c><x:c r="C3"><x:f>B3*2</x:f>');
  const before = unzipSync(bytes);
  expect(Buffer.from(parts['_rels/.rels']).equals(Buffer.from(before['_rels/.rels']))).toBe(true);
  // the package had no styles part: the General format of the formula cell brings one
  expect(Object.keys(parts).filter((p) => !(p in before))).toEqual(['xl/styles.xml']);
  expect(out.changed.sort()).toEqual([
    '[Content_Types].xml',
    'xl/_rels/workbook.xml.rels',
    'xl/workbook.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  const mine = readPackage(out.bytes).workbook.sheets[0];
  expect(mine.values[2]).toEqual([null, 7, 14]);
  expect(mine.formulas?.[2]).toEqual([null, null, '=B3*2']);
});

test('the package reader and patcher use no Node-only API (the offline web page runs them)', () => {
  const dir = path.join(__dirname, '..', '..', '..', 'src', 'hosts', 'xlsx', 'package');
  for (const name of readdirSync(dir)) {
    const source = readFileSync(path.join(dir, name), 'utf8');
    expect({
      name,
      node: /from '(fs|path|os|zlib|child_process|node:[a-z]+)'|\bBuffer\b|\bprocess\./.test(
        source,
      ),
    }).toEqual({
      name,
      node: false,
    });
  }
});
