/**
 * Round trips (context.sync calls) of one 一键重算 — re-recognize, re-audit, re-apply the plan —
 * on the in-memory Excel host, at 100 and at 5000 indicator rows. Batching means both must be the
 * same small constant (target ≤ 3). Requests are limited to 5 MB as on the web; responses are not
 * limited (desktop Excel). `measureSyncsWeb` limits responses to 5 MB too, as Excel on the web
 * does: an annotated form of 5000 rows reads back some 30 MB (its rule formulas and the record on
 * the helper sheet), which takes bands.
 *
 *   import { measureSyncs } from './syncs';  →  { a, b }   (a at 100 rows, b at 5000 rows)
 *   npx tsx bench/syncs.ts                    →  prints the bench line
 */
import { createController } from '../src/runtime/controller';
import { createCoreApi } from '../src/runtime/core-api';
import { createStore } from '../src/runtime/store';
import { detectCapabilities } from '../src/hosts/excel/capabilities';
import { createOfficeHost } from '../tools/office-sim';
import type { Raw, WorkbookInit } from '../tools/office-sim/workbook';

const LEVEL1 = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};
const TARGETS = ['30次以上', '≥95%', '100%', '不超过120万元', '及时', '满意', '≤5', '20篇以上'];
const ACTUALS: Raw[] = ['32次', 0.96, 1, '118万元', '及时', '满意', 4, 1];

/** 0-based row of the first indicator in projectForm(). */
const FIRST_ROW = 6;

/** A national project form with `rows` indicator rows (the layout of bench/generate.ts). */
export function projectForm(rows: number): WorkbookInit {
  const data: (Raw | null)[][] = [
    ['项目支出绩效自评表'],
    ['项目名称', '基准测试项目'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 100, 120, 110, 10, 110 / 120, 9.2],
    [],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
  ];
  const first = data.length;
  if (first !== FIRST_ROW) throw new Error('bench form: header moved');
  const perLevel1 = Math.ceil(rows / LEVEL1.length);
  const merges: string[] = ['A1:J1'];
  let runStart = first;
  for (let i = 0; i < rows; i++) {
    const l1 = LEVEL1[Math.min(LEVEL1.length - 1, Math.floor(i / perLevel1))];
    const l2 = LEVEL2[l1][Math.floor(i / 5) % LEVEL2[l1].length];
    const prev = i > 0 ? data[data.length - 1] : null;
    const k = i % TARGETS.length;
    data.push([
      prev && i % perLevel1 !== 0 ? null : l1,
      i % 5 === 0 ? l2 : null,
      `指标${i + 1}`,
      TARGETS[k],
      ACTUALS[k],
      1,
      i % 17 === 0 ? 0.8 : 1,
      null,
    ]);
    if (i % 5 === 4 || i === rows - 1) {
      const top = runStart + 1;
      const bottom = first + i + 1;
      if (bottom > top) merges.push(`B${top}:B${bottom}`);
      runStart = first + i + 1;
    }
  }
  data.push(['总分', null, null, null, null, rows + 10, null]);
  return { sheets: [{ name: '项目1', rows: data, numberFormats: { G4: '0.00%' }, merges }] };
}

/**
 * Syncs of one recalculation of a form with `rows` indicator rows, with the real core. The first
 * 一键重算 writes the formulas; then an actual value is changed, and the second, measured one
 * re-reads, re-audits and re-applies them.
 * Throws when the core did not recognize every row or wrote nothing: a recalculation that does no
 * work would count too few round trips.
 */
export async function syncsPerRecalc(rows: number, responseLimit = Infinity): Promise<number> {
  const host = createOfficeHost(projectForm(rows), {
    payloadLimit: 5 * 1024 * 1024,
    responseLimit,
  });
  host.install();
  const store = createStore();
  const Excel = host.Excel as {
    run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  const controller = createController({
    core: createCoreApi(() => 'zh-CN'),
    store,
    run: (batch) => Excel.run(batch),
    caps: detectCapabilities(),
  });
  const check = (): void => {
    const { notice, report } = store.get();
    if (notice?.intent === 'error') throw new Error(notice.text);
    const found = report?.tables.reduce((n, t) => n + t.indicators.length, 0) ?? 0;
    if (found !== rows) throw new Error(`${rows} rows in the form, ${found} recognized`);
  };
  await controller.recalc(); // the first run writes everything
  check();
  const formulas = [...host.doc.sheet('项目1')!.cells.values()].filter(
    (v) => typeof v === 'string' && v.startsWith('='),
  ).length;
  if (formulas < rows) throw new Error(`only ${formulas} formulas written for ${rows} rows`);
  // the user corrects an actual value, then the measured one: re-recognize, re-audit, re-apply
  host.doc.set('项目1', `E${FIRST_ROW + 1}`, 25);
  host.resetLog();
  await controller.recalc();
  check();
  return host.log.syncs;
}

export async function measureSyncs(): Promise<{ a: number; b: number }> {
  const a = await syncsPerRecalc(100);
  const b = await syncsPerRecalc(5000);
  return { a, b };
}

/** The same on Excel on the web, with its 5 MB response limit. */
export async function measureSyncsWeb(): Promise<{ a: number; b: number }> {
  const limit = 5 * 1024 * 1024;
  return { a: await syncsPerRecalc(100, limit), b: await syncsPerRecalc(5000, limit) };
}

if (require.main === module) {
  measureSyncs().then(
    ({ a, b }) => console.log(`syncs per recalculation: ${a} at 100 rows, ${b} at 5000 rows`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
