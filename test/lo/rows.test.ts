/**
 * Rows inserted or deleted after 写入, in a real spreadsheet engine: a form written with
 * 采用系统得分 is opened in LibreOffice Calc, a row is inserted into (or deleted from) its
 * indicator table through UNO, as a user would, and saved. The registry names cells by address;
 * it must follow the rows. Then 一键重算 (`--fix`) keeps nothing back and calls nothing a
 * change of the user's, and 撤销写入 (`--remove`), after it or straight away, gives back exactly
 * what LibreOffice makes of the original form with the same row inserted or deleted: every
 * cell, validation and conditional format (read back by ExcelJS).
 *
 * Skipped, with a message, when LibreOffice or Debian's python3-uno is not installed (.ci/run
 * installs both).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { readRegistry } from '../../src/plan/registry';
import { analyzeWorkbook } from '../../src/core';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { editRowsWithLibreOffice, findSoffice, hasPythonUno } from '../support/libreoffice';
import { FIXTURES, sheetDiff, sheetExtras } from '../plan/support';

const ready = findSoffice() !== null && hasPythonUno();
if (!ready) {
  console.warn(
    'LibreOffice or python3-uno is not installed: the row insertion tests are SKIPPED. ' +
      'Install libreoffice-calc-nogui and python3-uno (as .ci/run does) to run them.',
  );
}
const suite = ready ? describe : describe.skip;

const FILE = 'jinshui-department.xlsx';
const SHEET = '部门整体绩效自评表';

/**
 * The row edits: inside the table (as the test began), and at its edges, where the rows found by
 * their names do not say where the other cells went: right below the last indicator row (the
 * engine grows the validations and highlights over it), the first and the last indicator row
 * deleted (the header above, the total row below must not take their entries; LibreOffice writes
 * #REF! into a highlight whose first row went), and rows between the table and its total and
 * grade (an adopted total must come back).
 */
const CASES: { name: string; file: string; sheet: string; op: 'insert' | 'delete'; row: number }[] =
  [
    { name: 'insert', file: FILE, sheet: SHEET, op: 'insert', row: 23 },
    { name: 'delete', file: FILE, sheet: SHEET, op: 'delete', row: 24 },
    { name: 'insert-below-last', file: FILE, sheet: SHEET, op: 'insert', row: 50 },
    { name: 'delete-first', file: FILE, sheet: SHEET, op: 'delete', row: 20 },
    { name: 'delete-last', file: FILE, sheet: SHEET, op: 'delete', row: 49 },
    {
      name: 'insert-above-total',
      file: 'fushun-department.xlsx',
      sheet: '附件4-2-1',
      op: 'insert',
      row: 95,
    },
    {
      name: 'delete-last-above-total',
      file: 'fushun-department.xlsx',
      sheet: '附件4-2-1',
      op: 'delete',
      row: 93,
    },
    {
      name: 'insert-above-grade',
      file: 'narrative-2023.xlsx',
      sheet: '部门整体支出绩效自评表',
      op: 'insert',
      row: 52,
    },
    {
      name: 'delete-last-total-moves-up',
      file: 'narrative-2023.xlsx',
      sheet: '部门整体支出绩效自评表',
      op: 'delete',
      row: 50,
    },
  ];

async function cli(args: string[]): Promise<string> {
  const lines: string[] = [];
  const code = await runAudit(args, { out: (s) => lines.push(s), err: (s) => lines.push(s) });
  if (code === 2) throw new Error(lines.join('\n'));
  return lines.join('\n');
}

async function snapshot(file: string): Promise<WorkbookSnapshot> {
  const r = await readWorkbook(file);
  if (!r.ok) throw new Error(r.detail);
  return r.workbook;
}

/**
 * Validations, conditional formats, print areas, column widths and merges (ExcelJS). A column
 * without width is null; ExcelJS lists columns up to the last that holds any cell, so trailing
 * nulls (empty cells that keep a format, see the README's limits) are not a difference.
 */
async function extras(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return (sheetExtras(wb) as { widths: (number | null)[] }[]).map((s) => {
    const widths = [...s.widths];
    while (widths.length > 0 && widths[widths.length - 1] === null) widths.pop();
    return { ...s, widths };
  });
}

suite('rows inserted or deleted in LibreOffice after 写入', () => {
  let dir = '';
  const at = (...p: string[]): string => path.join(dir, ...p);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-rows-test-'));
    const edits = [];
    for (const file of new Set(CASES.map((c) => c.file))) {
      await cli(['--adopt', '--out', at('adopted'), path.join(FIXTURES, file)]);
    }
    for (const c of CASES) {
      const original = path.join(FIXTURES, c.file);
      const adopted = at('adopted', c.file);
      const edit = { sheet: c.sheet, op: c.op, row: c.row };
      edits.push({ src: adopted, dst: at(`${c.name}.xlsx`), ...edit });
      edits.push({ src: original, dst: at(`${c.name}-expected.xlsx`), ...edit });
    }
    await editRowsWithLibreOffice(edits);
  }, 480_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'rows edited (%s): the registry follows, 一键重算 then 撤销写入 (and 撤销写入 alone) give the form back',
    async (op, c) => {
      const edited = at(`${op}.xlsx`);
      // the registry lists the indicator rows where they are now
      const before = await snapshot(edited);
      const reg = readRegistry(before);
      if (reg.kind !== 'ok') throw new Error('no registry');
      const listed = reg.registry.entries.flatMap((e) =>
        e.t === 'row' && e.s === c.sheet ? [e.row] : [],
      );
      const rows = analyzeWorkbook(before, { file: c.file })
        .tables.filter((t) => t.sheet === c.sheet)
        .flatMap((t) => t.indicators.map((i) => i.row));
      expect(listed.sort((a, b) => a - b)).toEqual(rows.sort((a, b) => a - b));

      const fixed = await cli(['--fix', '--out', at(`${op}-fix`), edited]);
      expect(fixed).toMatch(/已写入/);
      expect(fixed).not.toMatch(/跳过|手工修改/);
      await cli(['--remove', '--out', at(`${op}-fix-remove`), at(`${op}-fix`, `${op}.xlsx`)]);
      await cli(['--remove', '--out', at(`${op}-remove`), edited]);

      const expectedFile = at(`${op}-expected.xlsx`);
      const expected = await snapshot(expectedFile);
      for (const back of [at(`${op}-fix-remove`, `${op}.xlsx`), at(`${op}-remove`, `${op}.xlsx`)]) {
        const got = await snapshot(back);
        expect(got.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
        for (const s of expected.sheets) {
          expect(
            sheetDiff(
              s,
              got.sheets.find((x) => x.name === s.name)!,
            ),
          ).toEqual([]);
        }
        expect(await extras(back)).toEqual(await extras(expectedFile));
      }
    },
    120_000,
  );
});
