/**
 * Round trips of reading a workbook (the Excel host's read, as every command starts with it) on
 * the in-memory Excel host with Excel on the web's 5 MB request and response limits enforced: a
 * project form beside a data sheet of 100, 5000 and 50,000 rows (twelve columns: dates, codes,
 * Chinese names and notes, amounts). Target: the same small constant (≤ 3) at 100 and 5000 rows,
 * and a few more bands, not one per row, at 50,000.
 *
 *   npx tsx bench/reads.ts   →   read round trips: <a> at 100 rows, <b> at 5000 rows, <c> at 50000 rows
 */
import { detectCapabilities } from '../src/hosts/excel/capabilities';
import { readWorkbook } from '../src/hosts/excel/read';
import { createOfficeHost } from '../tools/office-sim';
import type { Raw, WorkbookInit } from '../tools/office-sim/workbook';
import { projectForm } from './syncs';

const LIMIT = 5 * 1024 * 1024;
const UNITS = ['财政局', '教育局', '卫生健康委员会', '农业农村局', '住房和城乡建设局'];

/** A data sheet: a header and `rows` rows of twelve columns. */
export function dataSheet(rows: number): WorkbookInit['sheets'][number] {
  const data: (Raw | null)[][] = [
    [
      '日期',
      '凭证号',
      '单位',
      '科目',
      '摘要',
      '金额',
      '数量',
      '单价',
      '经办人',
      '状态',
      '备注',
      '序号',
    ],
  ];
  for (let i = 0; i < rows; i++) {
    data.push([
      45292 + (i % 365),
      `记-${String(i).padStart(6, '0')}`,
      UNITS[i % UNITS.length],
      `支出类${(i % 40) + 1}`,
      `支付${UNITS[(i + 2) % UNITS.length]}第${(i % 12) + 1}期项目款`,
      Math.round(((i * 7919) % 100000) * 100) / 100 / 3,
      (i % 97) + 1,
      ((i * 31) % 1000) / 10,
      `经办人${i % 30}`,
      i % 3 === 0 ? '已审核' : '待审核',
      i % 5 === 0 ? '' : `备注：第${i}笔`,
      i + 1,
    ]);
  }
  return { name: '明细数据', rows: data, numberFormats: { [`A2:A${rows + 1}`]: 'yyyy-mm-dd' } };
}

/** Syncs of one read of a form beside a data sheet of `rows` rows; throws if a row is missing. */
export async function readSyncs(rows: number): Promise<number> {
  const form = projectForm(30);
  const host = createOfficeHost(
    { sheets: [...form.sheets, dataSheet(rows)] },
    { payloadLimit: LIMIT, responseLimit: LIMIT },
  );
  host.install();
  const Excel = host.Excel as {
    run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  const state = await Excel.run((ctx) => readWorkbook(ctx, detectCapabilities()));
  const data = state.snapshot.sheets.find((s) => s.name === '明细数据');
  if (!data || data.values.length !== rows + 1 || data.values[rows][11] !== rows) {
    throw new Error(`the data sheet of ${rows} rows was not read whole`);
  }
  return state.syncs;
}

export async function measureReads(): Promise<{ a: number; b: number; c: number }> {
  return { a: await readSyncs(100), b: await readSyncs(5000), c: await readSyncs(50000) };
}

if (require.main === module) {
  measureReads().then(
    ({ a, b, c }) =>
      console.log(`read round trips: ${a} at 100 rows, ${b} at 5000 rows, ${c} at 50000 rows`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
