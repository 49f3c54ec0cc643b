/**
 * Recognition of the .xlsx fixtures (one per seed), read through the xlsx host: the tables found
 * per sheet, and for sample rows the exact labels, values and addresses. Every fixture is also
 * recognised with merges withheld (Excel 2016/2019) and must give the same content.
 */
import type { CellRef } from '../../src/model/cell';
import { RecognizedWorkbookSchema, type FormTable, type Indicator } from '../../src/model/table';
import { recognizeWorkbook } from '../../src/recognize';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { FIXTURE_FILES, fixturesPresent, loadFixture, workbookEssence } from './fixtures';
import { canon } from './summary';

const suite = fixturesPresent() ? describe : describe.skip;

function indicator(t: FormTable, name: string): Indicator {
  const found = t.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`${t.id}: no indicator ${name}`);
  return found;
}

/** `address=value` of a cell, values compared as recognition tests do (numbers from text too). */
function at(ref: CellRef | null | undefined): string {
  return ref ? `${ref.address}=${canon(ref)}` : '-';
}

suite('fixtures', () => {
  const books = new Map<string, WorkbookSnapshot>();
  beforeAll(async () => {
    for (const f of FIXTURE_FILES) books.set(f, await loadFixture(f));
  });
  const recognize = (file: string) => recognizeWorkbook(books.get(file)!);
  const sheet = (file: string, name: string) => {
    const s = recognize(file).sheets.find((x) => x.name === name);
    if (!s) throw new Error(`${file}: no sheet ${name}`);
    return s;
  };

  it.each(FIXTURE_FILES)('%s: same content with merges withheld, schema-valid', (file) => {
    const book = books.get(file)!;
    const withMerges = recognizeWorkbook(book);
    const without = recognizeWorkbook({
      sheets: book.sheets.map((s) => ({ ...s, merges: null })),
    });
    expect(() => RecognizedWorkbookSchema.parse(withMerges)).not.toThrow();
    expect(workbookEssence(without)).toEqual(workbookEssence(withMerges));
    // Rows and cells are the very same, not just equal in content.
    expect(without.sheets.map((s) => s.tables.map((t) => t.indicators))).toEqual(
      withMerges.sheets.map((s) => s.tables.map((t) => t.indicators)),
    );
  });

  it('fushun-department.xlsx: one department form, names taken from 内容', () => {
    const s = sheet('fushun-department.xlsx', '附件4-2-1');
    expect(s.tables).toHaveLength(1);
    const t = s.tables[0];
    expect(t).toMatchObject({ kind: 'department', name: '抚顺市人民政府办公室' });
    expect(t).toMatchObject({ headerRow: 35, headerRows: 2 });
    expect(t.columns).toMatchObject({ name: 3, operator: 4, target: 5, unit: 6, actual: 7 });
    expect(t.columns).toMatchObject({ completion: 8, weight: 9, score: 10, improvement: 17 });
    expect(t.columns.reasonTicks.map((x) => x.col)).toEqual([11, 12, 13, 14, 15]);
    expect(t.indicators).toHaveLength(21);
    const adj = indicator(t, '预算调整率');
    expect(adj).toMatchObject({ row: 48, level1: '预算执行', level2: '预算执行效率' });
    expect(adj.nameCell?.address).toBe('E48');
    expect(adj.target).toBeNull();
    expect([adj.actual, adj.completion, adj.weight, adj.score].map((c) => at(c))).toEqual([
      'G48=66',
      'H48=13.2',
      'I48=4',
      'J48=0.05',
    ]);
    expect(adj.reasonTicks.find((x) => x.category === 'other')?.cell.value).toBe('√');
    expect(adj.reasonText?.value).toBe('振兴大厦租金增加预算');
    const first = indicator(t, '重点工作办结率');
    expect(first).toMatchObject({ row: 37, level1: '履职效能', level2: '重点工作履行情况' });
    expect(first.unit?.value).toBe('%');
    expect(t.notes.find((n) => n.code === 'name-from-content')?.rows).toHaveLength(21);
    expect(t.notes.map((n) => n.code)).toContain('placeholder-rows-skipped');
    expect(t.budget?.label).toBe('年度部门预算支出小计（一+二）');
    expect([t.budget?.initial, t.budget?.adjusted, t.budget?.executed].map((c) => at(c))).toEqual([
      'I16=6009.63',
      'K16=9947.29',
      'M16=9947.29',
    ]);
    expect(at(t.total?.stated)).toBe('J97=96.05');
    expect(t.total?.label).toBe('总评价得分');
  });

  it('hengyang.xlsx: basic data, department form and twelve stacked project forms', () => {
    const wb = recognize('hengyang.xlsx');
    expect(wb.sheets.map((s) => [s.name, s.tables.length])).toEqual([
      ['附件2', 1],
      ['附件3', 1],
      ['附件4', 12],
    ]);
    const basic = wb.sheets[0].tables[0];
    expect(basic.kind).toBe('basic-data');
    const d = basic.basicData!;
    expect([d.staff?.establishment, d.staff?.actual, d.staff?.rate].map((c) => at(c))).toEqual([
      'B5=121',
      'C5=115',
      'D5=0.9504',
    ]);
    expect(d.periods.map((p) => p.label)).toEqual(['2021年决算数', '2022年预算数', '2022年决算数']);
    const three = d.lines.find((l) => l.role === 'threePublic')!;
    expect(three.cells.map((c) => at(c))).toEqual(['B13=137.78', 'C13=146.5', 'D13=99.33']);
    expect(d.lines.filter((l) => l.role === 'project')).toHaveLength(17);
    expect(d.lines.filter((l) => l.role === 'projectGroup')).toHaveLength(3);

    const dept = wb.sheets[1].tables[0];
    expect(dept).toMatchObject({ kind: 'department', name: '衡阳市人民政府办公室', headerRow: 13 });
    expect(dept.indicators).toHaveLength(14);
    const d1 = indicator(dept, '督查督办次数');
    expect(d1).toMatchObject({ row: 14, level1: '产出指标', level1Weight: 50, level2: '数量指标' });
    expect([d1.target, d1.actual, d1.weight, d1.score].map((c) => at(c))).toEqual([
      'E14=30次以上',
      'F14=1',
      'G14=15',
      'H14=15',
    ]);
    expect(indicator(dept, '社会民众满意度')).toMatchObject({
      level1: '效益指标',
      level1Weight: 40,
    });
    expect(dept.budget).toMatchObject({ label: '资金总额：2677.71' });
    expect(
      [dept.budget?.initial, dept.budget?.executed, dept.budget?.rate].map((c) => at(c)),
    ).toEqual(['B5=资金总额：2677.71', 'F5=4848.13', 'G5=1.4391']);
    expect(dept.total?.stated).toMatchObject({ address: 'H28', value: null });
    expect(at(dept.total?.weightSum)).toBe('G28=100');

    const projects = wb.sheets[2].tables;
    expect(projects.map((t) => t.name)).toEqual([
      '大院保安转辅警经费',
      '大院保维护费、会务中心维护费',
      '机要工作经费',
      '纪检派驻机构专项经费',
      '水电补助',
      '其他补助经费机关大院改造及设备购置及防空办优化办经费',
      '物业管理费',
      '县市区长会议经费及电视电话会议经费',
      '信访工作经费、应急管理工作经费',
      '政府业务经费、政府综合治理工作经费',
      '综合调研经费',
      '政务督查经费',
    ]);
    expect(projects.map((t) => t.indicators.length)).toEqual([9, 9, 9, 9, 8, 7, 8, 9, 9, 8, 9, 9]);
    for (const t of projects) {
      expect(t.kind).toBe('project');
      expect(t.budget?.label).toBe('年度资金总额');
      expect(t.total?.label).toBe('总分');
    }
    const p1 = projects[0];
    expect(p1.headerRow).toBe(13);
    const guard = indicator(p1, '预计转辅警人');
    expect([guard.target, guard.actual, guard.weight, guard.score].map((c) => at(c))).toEqual([
      'E14=30人',
      'F14=30人',
      'G14=15',
      'H14=15',
    ]);
    expect(
      [p1.budget?.initial, p1.budget?.weight, p1.budget?.rate, p1.budget?.score].map((c) =>
        at(c ?? null),
      ),
    ).toEqual(['D7=152.5', 'G7=10', 'H7=1', 'I7=10']);
    expect(at(p1.total?.stated)).toBe('H23=100');
    const mixed = projects[5];
    expect(mixed.notes.map((n) => n.code)).toContain('ambiguous-level-weight');
    expect(mixed.indicators[0].level1Weight).toBeNull();
  });

  it('jinshui-department.xlsx: department form with stated total and grade above it', () => {
    const wb = recognize('jinshui-department.xlsx');
    const [form, scores] = wb.sheets;
    expect(scores.tables).toHaveLength(0);
    expect(scores.notForm).not.toBeNull();
    expect(form.tables).toHaveLength(1);
    const t = form.tables[0];
    expect(t).toMatchObject({
      kind: 'department',
      name: '郑州市金水区人民政府办公室',
      headerRow: 19,
    });
    expect(t.columns).toMatchObject({
      target: 4,
      unit: 5,
      actual: 6,
      weight: 7,
      score: 8,
      reasonText: 9,
    });
    expect(t.indicators).toHaveLength(30);
    const carry = indicator(t, '结转结余率');
    expect(carry).toMatchObject({
      row: 27,
      level1: '投入管理指标',
      level1Weight: 20,
      level2: '预算和财务管理',
    });
    expect(
      [carry.target, carry.unit, carry.actual, carry.weight, carry.score].map((c) => at(c)),
    ).toEqual(['D27=20≤', 'E27=%', 'F27=25.79', 'G27=1', 'H27=0']);
    expect(indicator(t, '辖区居民满意')).toMatchObject({ level1: '效益指标', level2: '满意度' });
    expect(t.budget).toMatchObject({ row: 14, label: '部门预算总额' });
    expect(
      [t.budget?.initial, t.budget?.adjusted, t.budget?.executed, t.budget?.score].map((c) =>
        at(c ?? null),
      ),
    ).toEqual(['D14=234', 'E14=∅', 'F14=173.65', 'I14=7.42']);
    expect(at(t.total?.stated)).toBe('H4=95.92');
    expect(at(t.grade?.stated)).toBe('H5=优');
  });

  it('longhua-rubric.xlsx: rubric self-score table; the framework is passed over', () => {
    const wb = recognize('longhua-rubric.xlsx');
    const [self, framework] = wb.sheets;
    expect(framework.tables).toHaveLength(0);
    expect(framework.notForm).toMatch(/reference framework/);
    expect(self.tables).toHaveLength(1);
    const t = self.tables[0];
    expect(t).toMatchObject({ kind: 'rubric', headerRow: 4, headerRows: 3 });
    expect(t.columns).toMatchObject({ level1: 1, level1Weight: 2, level2: 3, level2Weight: 4 });
    expect(t.columns).toMatchObject({ name: 5, weight: 6, criteria: 7, score: 8, data: 9 });
    expect(t.indicators).toHaveLength(21);
    const buy = indicator(t, '政府采购执行率');
    expect(buy).toMatchObject({ row: 11, level1: '部门管理', level1Weight: 20 });
    expect(buy).toMatchObject({ level2: '资金管理', level2Weight: 8 });
    expect([buy.weight, buy.score, buy.data].map((c) => at(c))).toEqual([
      'F11=2',
      'H11=2',
      'I11=659.98/659.98',
    ]);
    expect(buy.criteria).toMatch(/政府采购执行率/);
    const sat = indicator(t, '公众或服务对象满意度');
    expect(sat).toMatchObject({
      level1: '部门绩效',
      level1Weight: 55,
      level2: '公平性',
      level2Weight: 9,
    });
    const sum = t.indicators.reduce((a, i) => a + Number(canon(i.weight)), 0);
    expect(sum).toBe(100);
  });

  it('narrative-2023.xlsx: constructed department form with hidden column and row', () => {
    const wb = recognize('narrative-2023.xlsx');
    expect(wb.sheets).toHaveLength(1);
    const t = wb.sheets[0].tables[0];
    expect(t).toMatchObject({ kind: 'department', name: '党政办公室', headerRow: 9 });
    expect(t.indicators).toHaveLength(41);
    const big = indicator(t, '大型会议控制率');
    expect([big.target, big.actual, big.weight, big.score].map((c) => at(c))).toEqual([
      'D33=低于达到0.5%及以上',
      'E33=1',
      'F33=2',
      'G33=2',
    ]);
    expect(big).toMatchObject({ level1: '产出指标', level1Weight: 50, level2: '质量指标' });
    expect(t.budget).toMatchObject({ row: 5, label: '年度资金总额' });
    expect(at(t.budget?.score)).toBe('H5=9.97');
    expect(at(t.total?.stated)).toBe('G51=99');
    expect(at(t.grade?.stated)).toBe('F52=优秀');
    const codes = t.notes.map((n) => n.code);
    expect(codes).toContain('hidden-columns');
    expect(codes).toContain('hidden-rows');
  });
});
