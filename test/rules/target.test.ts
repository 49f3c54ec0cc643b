import { parseTarget, type TargetResult } from '../../src/rules';

function quant(r: TargetResult): {
  op: string | null;
  value: string;
  unit: string | null;
  base: string | null;
  factor: string | null;
} {
  if (!r.ok || r.kind !== 'quantitative') throw new Error(`not quantitative: ${JSON.stringify(r)}`);
  return {
    op: r.operator,
    value: r.value.toString(),
    unit: r.unit ? r.unit.text : null,
    base: r.unit ? r.unit.base : null,
    factor: r.unit ? r.unit.factor.toString() : null,
  };
}

function codes(r: TargetResult): string[] {
  return r.messages.map((m) => m.code);
}

describe('parseTarget: quantitative', () => {
  it.each([
    ['≥95', '>=', '95', null],
    ['>=95', '>=', '95', null],
    ['≧95', '>=', '95', null],
    ['＜5', '<', '5', null],
    ['＞0', '>', '0', null],
    ['＝100', '=', '100', null],
    ['≤100', '<=', '100', null],
    ['95%以上', '>=', '95', '%'],
    ['95％以上', '>=', '95', '%'],
    ['９５％', null, '95', '%'],
    ['30次以上', '>=', '30', '次'],
    ['5次以上', '>=', '5', '次'],
    ['不少于20次', '>=', '20', '次'],
    ['不低于90%', '>=', '90', '%'],
    ['不超过134.3万元', '<=', '134.3', '万元'],
    ['不高于3800元', '<=', '3800', '元'],
    ['控制在5%以内', '<=', '5', '%'],
    ['至少3篇', '>=', '3', '篇'],
    ['达到90%', '>=', '90', '%'],
    ['20篇以上', '>=', '20', '篇'],
    ['100人以下', '<=', '100', '人'],
    ['改进率95%以上', '>=', '95', '%'],
    ['保护率95%以上', '>=', '95', '%'],
    ['时间不少于60天', '>=', '60', '天'],
    ['举办全市活动3次以上', '>=', '3', '次'],
    ['1年以上', '>=', '1', '年'],
    ['3个工作日内', '<=', '3', '个工作日'],
    ['8小时', null, '8', '小时'],
    ['30人', null, '30', '人'],
    ['-5%', null, '-5', '%'],
    ['≥-5', '>=', '-5', null],
    ['1,500件', null, '1500', '件'],
    ['≥95%(含)', '>=', '95', '%'],
  ])('%p', (text, op, value, unit) => {
    const q = quant(parseTarget({ target: text }));
    expect([q.op, q.value, q.unit]).toEqual([op, value, unit]);
  });

  it('reads 20≤ as "at most 20" and says so', () => {
    const r = parseTarget({ target: '20≤', unit: '%' });
    expect(quant(r)).toMatchObject({ op: '<=', value: '20', unit: '%' });
    expect(codes(r)).toContain('operatorReversed');
    expect(r.messages.find((m) => m.code === 'operatorReversed')?.params).toEqual({
      value: '20≤',
      read: '≤20',
    });
  });

  it('scales 万 units to their base', () => {
    expect(quant(parseTarget({ target: '20万元' }))).toMatchObject({
      unit: '万元',
      base: '元',
      factor: '10000',
    });
    expect(quant(parseTarget({ target: '1.8万次' }))).toMatchObject({
      unit: '万次',
      base: '次',
      factor: '10000',
    });
    expect(quant(parseTarget({ target: '50万页' }))).toMatchObject({
      unit: '万页',
      base: '页',
      factor: '10000',
    });
    expect(quant(parseTarget({ target: '3亿元' }))).toMatchObject({
      base: '元',
      factor: '100000000',
    });
    expect(quant(parseTarget({ target: '5公里' }))).toMatchObject({ base: '米', factor: '1000' });
    expect(quant(parseTarget({ target: '5千米' }))).toMatchObject({ base: '米', factor: '1000' });
    expect(quant(parseTarget({ target: '30秒' }))).toMatchObject({ unit: '秒', base: '秒' });
  });

  it('reads a per-period target and notes the period', () => {
    const r = parseTarget({ target: '每月不超过10万' });
    expect(quant(r)).toMatchObject({
      op: '<=',
      value: '10',
      unit: '万',
      base: '',
      factor: '10000',
    });
    expect(codes(r)).toContain('perPeriodTarget');
  });

  it('takes the operator from the 运算符号 cell and the unit from the 度量单位 cell', () => {
    expect(quant(parseTarget({ target: 100, operator: '≥', unit: '%' }))).toMatchObject({
      op: '>=',
      value: '100',
      unit: '%',
    });
    expect(quant(parseTarget({ target: '100', operator: '＝', unit: '%' }))).toMatchObject({
      op: '=',
      unit: '%',
    });
    expect(quant(parseTarget({ target: 40, operator: '“≤”', unit: '%' }))).toMatchObject({
      op: '<=',
    });
    expect(quant(parseTarget({ target: 100, operator: null, unit: '%' }))).toMatchObject({
      op: null,
    });
  });

  it('prefers the operator written in the target and reports a conflicting column', () => {
    const r = parseTarget({ target: '≥95', operator: '≤' });
    expect(quant(r).op).toBe('>=');
    expect(codes(r)).toContain('operatorCellConflict');
  });

  it('reports an unrecognised operator cell and ignores it', () => {
    const r = parseTarget({ target: 95, operator: '“=”“≤”“≥”' });
    expect(quant(r).op).toBeNull();
    expect(codes(r)).toContain('operatorCellUnrecognized');
  });

  it('reports contradictory operator words and leaves the operator open', () => {
    const r = parseTarget({ target: '大型会议控制率低于达到0.5%及以上' });
    expect(quant(r).op).toBeNull();
    expect(codes(r)).toContain('operatorConflict');
  });

  it('reads 0.95 in a percent-formatted cell as 95%', () => {
    const r = parseTarget({ target: 0.95, numberFormat: '0%' });
    expect(quant(r)).toMatchObject({ value: '95', unit: '%' });
    expect(codes(r)).toContain('percentFromFormat');
  });

  it('reads full-width digits and signs', () => {
    expect(quant(parseTarget({ target: '≥９９．５％' }))).toMatchObject({
      op: '>=',
      value: '99.5',
      unit: '%',
    });
  });
});

describe('parseTarget: qualitative', () => {
  it.each([
    '及时',
    '满意',
    '管理规范',
    '不超预算',
    '工资总额不超过年初预算',
    '收发、传阅、归档文件零差错',
    '平稳向好　',
  ])('%p is qualitative', (text) => {
    const r = parseTarget({ target: text });
    expect(r.ok && r.kind).toBe('qualitative');
  });

  it('keeps the text as shown, trimmed', () => {
    const r = parseTarget({ target: '平稳向好　' });
    expect(r.ok && r.kind === 'qualitative' && r.text).toBe('平稳向好');
  });

  it('reads levels: 良好以上, 满意, 基本满意', () => {
    const r = parseTarget({ target: '良好以上' });
    expect(r.ok && r.kind === 'qualitative' && r.level).toEqual({
      scale: 'grade',
      rank: 3,
      orAbove: true,
    });
    const m = parseTarget({ target: '满意' });
    expect(m.ok && m.kind === 'qualitative' && m.level).toMatchObject({
      scale: 'satisfaction',
      rank: 4,
    });
  });

  it('treats dates and deadlines as qualitative', () => {
    for (const t of ['2021年12月31日前', '2021-12-31', '12月底前完成']) {
      const r = parseTarget({ target: t });
      expect(r.ok && r.kind).toBe('qualitative');
      expect(codes(r)).toContain('dateTarget');
    }
  });

  it('treats phrases and compound figures as qualitative', () => {
    expect(parseTarget({ target: '保障8小时工作时间' })).toMatchObject({
      ok: true,
      kind: 'qualitative',
    });
    const r = parseTarget({ target: '会务中心5666平方米，大院67931平方米' });
    expect(r).toMatchObject({ ok: true, kind: 'qualitative' });
    expect(codes(r)).toContain('compoundTarget');
    expect(parseTarget({ target: '90%-100%' })).toMatchObject({ ok: true, kind: 'qualitative' });
  });
});

describe('parseTarget never throws', () => {
  it.each([
    ['31..5', 'malformedNumber'],
    ['31..5次', 'malformedNumber'],
    ['', 'empty'],
    ['—', 'placeholder'],
    ['/', 'placeholder'],
    ['——', 'placeholder'],
  ])('%p → %s', (text, reason) => {
    expect(parseTarget({ target: text })).toMatchObject({ ok: false, reason });
  });

  it('rejects blank, boolean and error cells', () => {
    expect(parseTarget({ target: null })).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseTarget({ target: false })).toMatchObject({ ok: false, reason: 'booleanValue' });
    expect(parseTarget({ target: { error: '#REF!' } })).toMatchObject({
      ok: false,
      reason: 'cellError',
    });
  });
});
