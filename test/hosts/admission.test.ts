/**
 * One admission step (src/plan/admit.ts) for both hosts: the same plans through the xlsx host
 * (ExcelJS) and the Excel host on the in-memory Office.js, at ExcelApi 1.1, 1.7, 1.8, 1.13 and the
 * latest, give identical outcomes and identical resulting cells — on the five fixtures (write,
 * reasons, adopt, undo) and on synthetic cases (protected sheet, typed content, the same formula
 * already there, missing capability with and without a fallback, the user's own validation).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runAudit } from '../../src/cli/audit';
import {
  analyzeWorkbook,
  planAnnotateDetailed,
  planReasons,
  planRemoveDetailed,
} from '../../src/core';
import {
  admit,
  type AdmissionFacts,
  type CellFact,
  type ValidationFact,
} from '../../src/plan/admit';
import type { ApplyOutcome, Capability, Edit } from '../../src/plan/edits';
import { XLSX_CAPABILITIES } from '../../src/hosts/xlsx/apply';
import { HELPER_SHEET, readRegistry } from '../../src/plan/registry';
import type { ReasonAnswer } from '../../src/plan/reasons';
import {
  LEVELS,
  applyOnSim,
  applyOnXlsx,
  bytesOf,
  capsAt,
  cells,
  loadXlsx,
  readSim,
  simOf,
  simFills,
  snapshotOf,
  xlsxFills,
} from './two-hosts';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILES = [
  'fushun-department.xlsx',
  'hengyang.xlsx',
  'jinshui-department.xlsx',
  'longhua-rubric.xlsx',
  'narrative-2023.xlsx',
];

// --- admit itself ------------------------------------------------------------------------------

interface FakeSheet {
  protected?: boolean;
  cells?: Record<string, CellFact>;
  validation?: Record<string, ValidationFact>;
}

function facts(sheets: Record<string, FakeSheet>, structureProtected = false): AdmissionFacts {
  return {
    structureProtected,
    sheet(name) {
      const key = Object.keys(sheets).find((k) => k.toLowerCase() === name.toLowerCase());
      if (!key) return undefined;
      const s = sheets[key];
      return {
        protected: s.protected ?? false,
        cell: (a1) => s.cells?.[a1] ?? { value: null, formula: null },
        validation: (r) => s.validation?.[r] ?? 'none',
      };
    },
  };
}

const formula = (id: string, cell: string, f: string, onlyIfEmpty = true): Edit => ({
  id,
  kind: 'setFormula',
  sheet: 'S',
  cell,
  formula: f,
  onlyIfEmpty,
});

describe('admit', () => {
  const caps = XLSX_CAPABILITIES; // every set

  test('typed content is never overwritten; the same formula already there is applied, not sent', () => {
    const a = admit(
      [
        formula('blank', 'A1', '=1'),
        formula('spaces', 'A2', '=1'),
        formula('typed', 'A3', '=1'),
        formula('same', 'A4', '=SUM( $B$1:B2 )'),
        formula('other', 'A5', '=2'),
        formula('ours', 'A6', '=1', false),
        {
          id: 'v-same',
          kind: 'setValue',
          sheet: 'S',
          cell: 'A7',
          value: '说明',
          onlyIfEmpty: true,
        },
      ],
      caps,
      facts({
        S: {
          cells: {
            A2: { value: ' \u3000', formula: null },
            A3: { value: '我写的', formula: null },
            A4: { value: 3, formula: '=sum(B1:B2)' },
            A5: { value: 1, formula: '=1' },
            A6: { value: '我写的', formula: null },
            A7: { value: '说明', formula: null },
          },
        },
      }),
    );
    expect(a.outcomes).toEqual([
      { id: 'blank', status: 'applied' },
      { id: 'spaces', status: 'applied' },
      { id: 'typed', status: 'skipped', reason: 'cellNotEmpty' },
      { id: 'same', status: 'applied' },
      { id: 'other', status: 'skipped', reason: 'cellNotEmpty' },
      { id: 'ours', status: 'applied' },
      { id: 'v-same', status: 'applied' },
    ]);
    expect(a.edits.map((e) => e.id)).toEqual(['blank', 'spaces', 'ours']);
  });

  test("a helper header's fill goes with its text: skipped where the user's text stays", () => {
    const a = admit(
      [
        { id: 'h', kind: 'setValue', sheet: 'S', cell: 'J2', value: '系统得分', onlyIfEmpty: true },
        { id: 'f', kind: 'fill', sheet: 'S', range: 'J2', fill: '#DDEBF7' },
        { id: 'g', kind: 'fill', sheet: 'S', range: 'K2', fill: '#DDEBF7' },
      ],
      caps,
      facts({ S: { cells: { J2: { value: '我的列', formula: null } } } }),
    );
    expect(a.outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped', 'applied']);
  });

  test('an earlier write of the plan counts for a later edit of the same cell', () => {
    const a = admit(
      [formula('first', 'A1', '=1', false), formula('second', 'A1', '=2')],
      caps,
      facts({ S: {} }),
    );
    expect(a.outcomes.map((o) => o.status)).toEqual(['applied', 'skipped']);
  });

  test('protected sheets are skipped whole, fallback included; missing sheets fail', () => {
    const cf: Edit = {
      id: 'cf',
      kind: 'conditionalFormat',
      sheet: 'S',
      range: 'A1:B2',
      formula: '=A1>1',
      priority: 1,
      requires: 'ExcelApi1.6',
      fallback: [{ id: 'fill', kind: 'fill', sheet: 'S', range: 'A1', fill: '#FFC7CE' }],
    };
    const a = admit(
      [cf, formula('x', 'A1', '=1'), { ...formula('y', 'A1', '=1'), sheet: 'T' }],
      new Set<Capability>(['ExcelApi1.1']),
      facts({ S: { protected: true } }),
    );
    expect(a.outcomes).toEqual([
      { id: 'cf', status: 'skipped', reason: 'protected' },
      { id: 'x', status: 'skipped', reason: 'protected' },
      { id: 'y', status: 'failed', detail: 'no sheet T' },
    ]);
    expect(a.edits).toEqual([]);
  });

  test('missing capability: the fallback in its place, or skipped; kinds need their set', () => {
    const plan: Edit[] = [
      {
        id: 'cf',
        kind: 'conditionalFormat',
        sheet: 'S',
        range: 'A1:B2',
        formula: '=A1>1',
        priority: 1,
        fallback: [{ id: 'fill', kind: 'fill', sheet: 'S', range: 'A1', fill: '#FFC7CE' }],
      },
      {
        id: 'dv',
        kind: 'dataValidation',
        sheet: 'S',
        range: 'A1',
        rule: { type: 'list', values: ['√'] },
        ignoreBlanks: true,
      },
      { id: 'pa', kind: 'printArea', sheet: 'S', range: 'A1:B2', requires: 'ExcelApi1.9' },
    ];
    const old = admit(plan, new Set<Capability>(['ExcelApi1.1', 'ExcelApi1.4']), facts({ S: {} }));
    expect(old.outcomes).toEqual([
      { id: 'fill', status: 'applied' },
      { id: 'cf', status: 'substituted', by: ['fill'] },
      { id: 'dv', status: 'skipped', reason: 'missingCapability' },
      { id: 'pa', status: 'skipped', reason: 'missingCapability' },
    ]);
    expect(old.edits.map((e) => e.id)).toEqual(['fill']);
    const now = admit(plan, caps, facts({ S: {} }));
    expect(now.outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    expect(now.edits.every((e) => !('fallback' in e))).toBe(true);
  });

  test("the user's own validation is left alone, and the registry does not claim it", () => {
    const dv = (id: string, range: string): Edit => ({
      id,
      kind: 'dataValidation',
      sheet: 'S',
      range,
      rule: { type: 'list', values: ['√'] },
      ignoreBlanks: true,
    });
    const registry = JSON.stringify([
      { t: 'dv', s: 'S', r: ['A1', 'A2'] },
      { t: 'dv', s: 'T', r: ['A1'] },
    ]);
    const a = admit(
      [
        { id: 'helper', kind: 'ensureSheet', sheet: HELPER_SHEET, visibility: 'veryHidden' },
        dv('theirs', 'A1'),
        dv('own', 'A2'),
        { id: 'undo', kind: 'removeValidation', sheet: 'S', range: 'A1' },
        {
          id: 'reg',
          kind: 'setValue',
          sheet: HELPER_SHEET,
          cell: 'A2',
          value: registry,
          onlyIfEmpty: false,
        },
      ],
      caps,
      facts({ S: { validation: { A1: 'user', A2: 'own' } } }),
    );
    expect(a.outcomes.map((o) => [o.id, o.status, 'reason' in o ? o.reason : ''])).toEqual([
      ['helper', 'applied', ''],
      ['theirs', 'skipped', 'userValidation'],
      ['own', 'applied', ''],
      ['undo', 'skipped', 'userValidation'],
      ['reg', 'applied', ''],
    ]);
    const reg = a.edits.find((e) => e.id === 'reg');
    expect(reg && reg.kind === 'setValue' && JSON.parse(String(reg.value))).toEqual([
      { t: 'dv', s: 'S', r: ['A2'] },
      { t: 'dv', s: 'T', r: ['A1'] },
    ]);
  });

  test('undo keeps the helper sheet while a protected sheet could not be restored', () => {
    const plan: Edit[] = [
      { id: 'r', kind: 'setValue', sheet: 'S', cell: 'A1', value: null, onlyIfEmpty: false },
      { id: 'gone', kind: 'setValue', sheet: 'Gone', cell: 'A1', value: 1, onlyIfEmpty: false },
      { id: 'del', kind: 'deleteSheet', sheet: HELPER_SHEET },
    ];
    const sheets = { S: { protected: true }, [HELPER_SHEET]: {} };
    expect(admit(plan, caps, facts(sheets)).outcomes.map((o) => o.status)).toEqual([
      'skipped',
      'failed',
      'skipped',
    ]);
    expect(admit(plan, caps, facts(sheets)).outcomes[2]).toMatchObject({ reason: 'incomplete' });
    // a sheet the user deleted cannot be restored later either: the undo finishes
    const open = admit(plan, caps, facts({ S: {}, [HELPER_SHEET]: {} })).outcomes;
    expect(open.map((o) => o.status)).toEqual(['applied', 'failed', 'applied']);
  });

  test('a formula into a Text cell is given a format that computes', () => {
    const a = admit(
      [
        formula('f', 'A1', '=1'),
        {
          id: 'g',
          kind: 'setFormula',
          sheet: 'S',
          cell: 'A2',
          formula: '=2',
          numberFormat: '@',
          onlyIfEmpty: true,
        },
      ],
      caps,
      facts({ S: { cells: { A1: { value: null, formula: null, numberFormat: '@' } } } }),
    );
    expect(a.edits.map((e) => (e.kind === 'setFormula' ? e.numberFormat : null))).toEqual([
      'General',
      'General',
    ]);
  });

  test('workbook structure protected: nothing is admitted when the plan adds or deletes a sheet', () => {
    const plan: Edit[] = [
      { id: 'helper', kind: 'ensureSheet', sheet: HELPER_SHEET, visibility: 'veryHidden' },
      formula('f', 'A1', '=1'),
    ];
    const a = admit(plan, caps, facts({ S: {} }, true));
    expect(a.edits).toEqual([]);
    expect(
      a.outcomes.every((o) => o.status === 'skipped' && o.reason === 'workbookProtected'),
    ).toBe(true);
    // the helper sheet already there: nothing to add, so the plan goes ahead
    const b = admit(plan, caps, facts({ S: {}, [HELPER_SHEET]: {} }, true));
    expect(b.outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
  });
});

// --- both hosts, the same plans ------------------------------------------------------------------

interface Step {
  name: string;
  plan: (wb: ExcelJS.Workbook) => Edit[];
}

function reasonAnswers(wb: ExcelJS.Workbook): ReasonAnswer[] {
  const report = analyzeWorkbook(snapshotOf(wb), { file: 'x' });
  return report.tables.flatMap((t) =>
    t.indicators
      .filter((i) => i.missingReason)
      .map((i) => ({
        sheet: t.sheet,
        row: i.row,
        ticks: ['经费保障'],
        reason: '资金未及时到位',
        improvement: '加强资金调度',
      })),
  );
}

const STEPS: Step[] = [
  { name: 'write', plan: (wb) => planAnnotateDetailed(snapshotOf(wb)).edits },
  { name: 'reasons', plan: (wb) => planReasons(snapshotOf(wb), reasonAnswers(wb)) },
  { name: 'adopt', plan: (wb) => planAnnotateDetailed(snapshotOf(wb), { adopt: true }).edits },
  { name: 'undo', plan: (wb) => planRemoveDetailed(snapshotOf(wb)).edits },
];

async function compare(
  wb: ExcelJS.Workbook,
  sim: ReturnType<typeof simOf>,
  edits: Edit[],
  level: string,
): Promise<{ xlsx: ApplyOutcome[]; excel: ApplyOutcome[] }> {
  const xlsx = applyOnXlsx(wb, edits, level);
  const excel = (await applyOnSim(sim, edits)).outcomes;
  expect(excel).toEqual(xlsx);
  expect(Object.fromEntries(cells(await readSim(sim)))).toEqual(
    Object.fromEntries(cells(snapshotOf(wb))),
  );
  expect(simFills(sim)).toEqual(xlsxFills(wb));
  return { xlsx, excel };
}

describe.each(FILES)('%s through both hosts', (file) => {
  test.each(LEVELS)('ExcelApi %s: write, reasons, adopt, undo', async (level) => {
    const wb = await loadXlsx(path.join(FIXTURES, file));
    const sim = simOf(wb, level);
    const before = cells(snapshotOf(wb));
    for (const step of STEPS) {
      const edits = step.plan(wb);
      const { xlsx } = await compare(wb, sim, edits, level);
      expect([step.name, xlsx.filter((o) => o.status === 'failed')]).toEqual([step.name, []]);
    }
    // undo gives back every cell of the original, except the reasons the user wrote
    const after = cells(snapshotOf(wb));
    for (const [k, v] of before) {
      if (after.get(k) !== v) expect([k, after.get(k)]).toEqual([k, v]);
    }
    expect(wb.worksheets.some((ws) => ws.name === HELPER_SHEET)).toBe(false);
  });
});

// --- synthetic cases -----------------------------------------------------------------------------

/** A small national-layout project form, with what each case needs. */
async function smallForm(
  tweak: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void> = () => undefined,
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目自评');
  ws.addRows([
    ['项目支出绩效自评表'],
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
    ['产出指标', '数量指标', '培训次数', '30次以上', '25次', 10, 10, null],
    [null, null, '覆盖人数', '≥200人', '210人', 10, 10, null],
    [null, '质量指标', '合格率', '≥95%', 0.9, 10, 9, null],
    ['总分', null, null, null, null, 30, 29, null],
  ]);
  ws.getCell('E5').numFmt = '0%';
  ws.mergeCells('A3:A5');
  ws.mergeCells('B3:B4');
  await tweak(ws, wb);
  return loadXlsx(await bytesOf(wb));
}

const SYNTHETIC: [string, (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>][] =
  [
    ['a plain form', () => undefined],
    [
      'a protected sheet',
      async (ws) => {
        await ws.protect('', {});
      },
    ],
    [
      'text typed into a helper column',
      (ws) => {
        ws.getCell('I3').value = '我的备注';
        ws.getCell('J4').value = '  ';
        // the first helper header cell: the user's text and fill stay
        ws.getCell('J2').value = '我的列';
        ws.getCell('J2').fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FF00B050' },
        };
      },
    ],
    [
      "the user's own fills on the form's rows",
      (ws) => {
        for (const a1 of ['A3', 'C4', 'E3', 'E4', 'E5', 'G5']) {
          ws.getCell(a1).fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: 'FFFFFF00' },
          };
        }
      },
    ],
    [
      "the user's own validation on a score cell",
      (ws) => {
        (
          ws as unknown as {
            dataValidations: { add: (a: string, v: ExcelJS.DataValidation) => void };
          }
        ).dataValidations.add('G4', {
          type: 'custom',
          allowBlank: true,
          formulae: ['G4<=F4'],
          showInputMessage: true,
          promptTitle: '单位自定',
          prompt: '得分不超过分值',
        });
      },
    ],
  ];

describe.each(SYNTHETIC)('%s through both hosts', (_name, tweak) => {
  test.each(LEVELS)('ExcelApi %s: write, again, undo', async (level) => {
    const wb = await smallForm(tweak);
    const sim = simOf(wb, level);
    const fills = xlsxFills(wb);
    for (const step of [STEPS[0], STEPS[0], STEPS[3]]) {
      await compare(wb, sim, step.plan(wb), level);
    }
    // write → undo leaves the fills as they were (the user's own included)
    expect(simFills(sim)).toEqual(fills);
  });
});

describe('synthetic outcomes', () => {
  test('the same formula already in a target cell is applied in both hosts, not skipped', async () => {
    const wb = await smallForm();
    const plan = planAnnotateDetailed(snapshotOf(wb)).edits;
    const target = plan.find(
      (e): e is Extract<Edit, { kind: 'setFormula' }> =>
        e.kind === 'setFormula' && e.sheet === '项目自评' && e.onlyIfEmpty,
    )!;
    const ready = await smallForm((ws) => {
      ws.getCell(target.cell).value = { formula: target.formula.slice(1) };
    });
    for (const level of ['1.8', '1.17']) {
      const copy = await loadXlsx(await bytesOf(ready));
      const sim = simOf(copy, level);
      const { xlsx } = await compare(copy, sim, plan, level);
      expect(xlsx.find((o) => o.id === target.id)).toEqual({ id: target.id, status: 'applied' });
    }
  });

  test('user validation: skipped in both hosts, kept after write and undo, not in the registry', async () => {
    const [, tweak] = SYNTHETIC.find(([name]) => name.includes('validation'))!;
    const wb = await smallForm(tweak);
    const sim = simOf(wb, '1.17');
    const plan = planAnnotateDetailed(snapshotOf(wb)).edits;
    const { excel } = await compare(wb, sim, plan, '1.17');
    const skipped = excel.filter((o) => o.status === 'skipped' && o.reason === 'userValidation');
    expect(skipped.map((o) => o.id)).toEqual(['项目自评!G4#dv-score']);
    const reg = readRegistry(snapshotOf(wb));
    const dv = reg.kind === 'ok' ? reg.registry.entries.filter((e) => e.t === 'dv') : [];
    expect(dv.flatMap((e) => (e.t === 'dv' ? e.r : []))).not.toContain('G4');
    expect(sim.doc.validationAt('项目自评', 'G4')?.prompt?.title).toBe('单位自定');
    expect(sim.doc.validationAt('项目自评', 'G3')?.prompt?.title).not.toBe('单位自定');
    await compare(wb, sim, planRemoveDetailed(snapshotOf(wb)).edits, '1.17');
    expect(sim.doc.validationAt('项目自评', 'G4')?.prompt?.title).toBe('单位自定');
    expect(sim.doc.validationAt('项目自评', 'G3')).toBeNull();
  });

  test('user validation written around at ExcelApi 1.7 survives 一键重算 and 撤销 on a later Excel', async () => {
    // Office 2016/2019 volume (1.7) cannot see or write validation: the registry must not claim
    // the ranges it could not validate, or a newer Excel takes the template's rule for the add-in's
    const [, tweak] = SYNTHETIC.find(([name]) => name.includes('validation'))!;
    const wb = await smallForm(tweak);
    const sim = simOf(wb, '1.7');
    const old = await compare(wb, sim, planAnnotateDetailed(snapshotOf(wb)).edits, '1.7');
    expect(old.excel.find((o) => o.id === '项目自评!G4#dv-score')).toMatchObject({
      reason: 'missingCapability',
    });
    const reg = readRegistry(snapshotOf(wb));
    const dv = reg.kind === 'ok' ? reg.registry.entries.filter((e) => e.t === 'dv') : [];
    expect(dv).toEqual([]);
    sim.options.excelApi = '1.17';
    const again = await compare(wb, sim, planAnnotateDetailed(snapshotOf(wb)).edits, '1.17');
    expect(again.excel.find((o) => o.id === '项目自评!G4#dv-score')).toMatchObject({
      reason: 'userValidation',
    });
    expect(sim.doc.validationAt('项目自评', 'G4')?.prompt?.title).toBe('单位自定');
    expect(sim.doc.validationAt('项目自评', 'G3')?.prompt?.title).toBe('得分');
    await compare(wb, sim, planRemoveDetailed(snapshotOf(wb)).edits, '1.17');
    expect(sim.doc.validationAt('项目自评', 'G4')?.prompt?.title).toBe('单位自定');
    expect(sim.doc.validationAt('项目自评', 'G3')).toBeNull();
  });

  test("the command line says the user's validation was kept", async () => {
    const [, tweak] = SYNTHETIC.find(([name]) => name.includes('validation'))!;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'admit-cli-'));
    try {
      const file = path.join(dir, 'form.xlsx');
      await fs.writeFile(file, await bytesOf(await smallForm(tweak)));
      const err: string[] = [];
      await runAudit(['--fix', '--out', path.join(dir, 'out'), file], {
        out: () => undefined,
        err: (line) => err.push(line),
      });
      expect(err.join('\n')).toContain('已有您自己的数据验证或填充色 1 处（保留）');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('capability levels: conditional formats become fills below 1.6; validation needs 1.8', async () => {
    const wb = await smallForm();
    const plan = planAnnotateDetailed(snapshotOf(wb)).edits;
    const at = (level: string) => admit(plan, capsAt(level).set, facts({ 项目自评: {} }));
    const old = at('1.1').outcomes;
    expect(old.some((o) => o.status === 'substituted')).toBe(true);
    expect(old.some((o) => o.status === 'skipped' && o.reason === 'missingCapability')).toBe(true);
    const latest = at('1.17').outcomes;
    expect(latest.every((o) => o.status === 'applied')).toBe(true);
  });
});

// --- the user's typed content, per host ----------------------------------------------------------

describe('text the user typed into a cell the plan targets stays (onlyIfEmpty)', () => {
  /** Every cell of the form the plan would write only if empty, with the user's text in it. */
  async function typedInto(): Promise<{ wb: ExcelJS.Workbook; plan: Edit[]; typed: string[] }> {
    const original = await loadXlsx(path.join(FIXTURES, 'jinshui-department.xlsx'));
    const plan = planAnnotateDetailed(snapshotOf(original)).edits;
    const typed = plan
      .filter(
        (e): e is Extract<Edit, { kind: 'setFormula' | 'setValue' }> =>
          (e.kind === 'setFormula' || e.kind === 'setValue') &&
          e.onlyIfEmpty &&
          e.sheet !== HELPER_SHEET,
      )
      .filter((_, i) => i % 7 === 0)
      .map((e) => `${e.sheet}!${e.cell}`);
    for (const ref of typed) {
      const [sheet, cell] = ref.split('!');
      original.getWorksheet(sheet)!.getCell(cell).value = `我填的${cell}`;
    }
    return { wb: await loadXlsx(await bytesOf(original)), plan, typed };
  }

  /** Each typed cell still holds the text, and its edit was skipped as not empty. */
  function expectKept(
    typed: string[],
    plan: Edit[],
    outcomes: ApplyOutcome[],
    read: (sheet: string, cell: string) => unknown,
  ): void {
    for (const ref of typed) {
      const [sheet, cell] = ref.split('!');
      expect([ref, read(sheet, cell)]).toEqual([ref, `我填的${cell}`]);
      const id = plan.find(
        (e) => e.kind !== 'ensureSheet' && `${e.sheet}!${'cell' in e ? e.cell : ''}` === ref,
      )!.id;
      expect(outcomes.find((o) => o.id === id)).toEqual({
        id,
        status: 'skipped',
        reason: 'cellNotEmpty',
      });
    }
  }

  test('xlsx host', async () => {
    const { wb, plan, typed } = await typedInto();
    expect(typed.length).toBeGreaterThan(5);
    const outcomes = applyOnXlsx(wb, plan, '1.17');
    expectKept(typed, plan, outcomes, (s, c) => wb.getWorksheet(s)!.getCell(c).value);
  });

  test('Excel host', async () => {
    const { wb, plan, typed } = await typedInto();
    const sim = simOf(wb, '1.17');
    const { outcomes } = await applyOnSim(sim, plan);
    expectKept(typed, plan, outcomes, (s, c) => sim.doc.get(s, c));
  });
});
