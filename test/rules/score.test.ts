import {
  capScore,
  D,
  getProfile,
  parseActual,
  parseTarget,
  ProfileSchema,
  scoreCompletion,
  scoreIndicator,
  type CellValue,
  type ScoreResult,
} from '../../src/rules';
import { s } from './helpers';

function score(
  target: CellValue,
  actual: CellValue,
  weight: number,
  extra: {
    operator?: CellValue;
    unit?: CellValue;
    profile?: string | ReturnType<typeof getProfile>;
    completion?: number;
  } = {},
): ScoreResult {
  return scoreIndicator({
    target: parseTarget({ target, operator: extra.operator, unit: extra.unit }),
    actual: parseActual({ actual, unit: extra.unit }),
    weight,
    completion: extra.completion,
    profile: extra.profile,
  });
}

function ok(r: ScoreResult): Extract<ScoreResult, { ok: true }> {
  if (!r.ok) throw new Error(`not ok: ${r.reason}`);
  return r;
}

const codes = (r: ScoreResult): string[] => r.messages.map((m) => m.code);

describe('forward indicators (≥ >)', () => {
  it('met → full weight, degree above 100% kept for reports', () => {
    const r = ok(score('≥150', 219, 6, { unit: '件' }));
    expect([r.met, r.short, s(r.completion), s(r.score), s(r.degree)]).toEqual([
      true,
      false,
      '1',
      '6',
      '1.46',
    ]);
  });
  it('missed → actual ÷ target × weight', () => {
    const r = ok(score('≥95', 90, 6, { unit: '%' }));
    expect([r.met, s(r.completion), s(r.score)]).toEqual([false, '0.9473684211', '5.68']);
  });
  it('strict > at the target is short, with full proportion', () => {
    const r = ok(score('>95', 95, 6));
    expect([r.met, s(r.score)]).toEqual([false, '6']);
    expect(codes(r)).toContain('strictOperatorAtTarget');
  });
  it('zero target: met by any actual ≥ 0, short scores 0', () => {
    expect(s(ok(score('≥0', 0, 5)).score)).toBe('5');
    const r = ok(score('≥0', -2, 5));
    expect([r.met, s(r.score)]).toEqual([false, '0']);
    expect(codes(r)).toContain('nonPositiveTargetShort');
  });
  it('negative actual never scores below 0', () => {
    expect(s(ok(score('≥10', -5, 5)).score)).toBe('0');
  });
});

describe('reverse indicators (≤ <)', () => {
  it('met → full weight', () => {
    expect(s(ok(score('≤100', 13, 1, { unit: '%' })).score)).toBe('1');
  });
  it("missed, 'ratio' profile: target ÷ actual", () => {
    const r = ok(score('20≤', 25.79, 1, { unit: '%' }));
    expect([r.met, r.direction, s(r.completion), s(r.score)]).toEqual([
      false,
      'reverse',
      '0.7754943777',
      '0.78',
    ]);
  });
  it("missed, 'deviation' profile: 1 − (actual − target) ÷ target", () => {
    const profile = ProfileSchema.parse({
      ...getProfile('default'),
      id: 'x',
      reverseFormula: 'deviation',
    });
    const r = ok(score('20≤', 25.79, 1, { unit: '%', profile }));
    expect([s(r.completion), s(r.score)]).toEqual(['0.7105', '0.71']);
    expect(s(ok(score('≤10', 30, 1, { profile })).score)).toBe('0');
  });
  it('zero target missed scores 0 (e.g. 违法违规次数 0, actual 2)', () => {
    const r = ok(score('≤0', 2, 1, { unit: '次' }));
    expect([r.met, s(r.score)]).toEqual([false, '0']);
  });
});

describe('equality indicators (=)', () => {
  it('met', () => {
    expect(s(ok(score(100, 100, 7, { operator: '=', unit: '%' })).score)).toBe('7');
  });
  it('missed either way: 1 − |actual − target| ÷ |target|', () => {
    expect(s(ok(score(100, 98, 10, { operator: '=' })).score)).toBe('9.8');
    expect(s(ok(score(100, 102, 10, { operator: '=' })).score)).toBe('9.8');
    expect(s(ok(score(0, 1, 10, { operator: '=' })).score)).toBe('0');
  });
});

describe('missing operator', () => {
  it('is fine when actual equals target', () => {
    const r = ok(score('30人', '30人', 15));
    expect([r.met, s(r.score)]).toEqual([true, '15']);
  });
  it('needs input when the direction matters', () => {
    const r = score(100, 98, 7, { unit: '%' });
    expect(r).toMatchObject({ ok: false, reason: 'missingOperator' });
  });
  it('uses the profile default operator when it has one', () => {
    const profile = ProfileSchema.parse({
      ...getProfile('default'),
      id: 'x',
      defaultOperator: '>=',
    });
    const r = ok(score(100, 98, 7, { unit: '%', profile }));
    expect(s(r.score)).toBe('6.86');
    expect(codes(r)).toContain('operatorAssumed');
  });
});

describe('completion-percentage actuals', () => {
  it('30次以上 with actual 100% is the completion degree, and says so', () => {
    const r = ok(score('30次以上', '100%', 15));
    expect([r.kind, r.met, s(r.score)]).toEqual(['completion', true, '15']);
    expect(codes(r)).toContain('actualIsCompletion');
  });
  it('a count target with 80% done scores 80% of the weight', () => {
    const r = ok(score('不少于20次', 0.8, 15));
    expect(r.kind).toBe('quantitative');
    const p = ok(
      scoreIndicator({
        target: parseTarget({ target: '不少于20次' }),
        actual: parseActual({ actual: 0.8, numberFormat: '0%' }),
        weight: 15,
      }),
    );
    expect([p.kind, p.short, s(p.score)]).toEqual(['completion', true, '12']);
  });
  it('a bare target read in the actual’s percent unit', () => {
    const r = ok(score('≥95', '96%', 6));
    expect([r.kind, r.met]).toEqual(['quantitative', true]);
    expect(codes(r)).toContain('unitAssumedFromActual');
  });
  it('scoreCompletion: completion × weight, at most the weight', () => {
    expect(s(ok(scoreCompletion({ completion: 1.2, weight: 5 })).score)).toBe('5');
    expect(s(ok(scoreCompletion({ completion: 0.745, weight: 1 })).score)).toBe('0.75');
    expect(s(ok(scoreCompletion({ completion: -0.5, weight: 5 })).score)).toBe('0');
  });
});

describe('units', () => {
  it('scales 万 when target and actual use different scales', () => {
    const r = ok(score('不超过20万元', '180000元', 10));
    expect([r.met, s(r.score)]).toEqual([true, '10']);
    expect(codes(r)).toContain('unitScaled');
    const m = ok(score('≥1.5万次', '12000次', 10));
    expect([r.met, m.met, s(m.score)]).toEqual([true, false, '8']);
    const k = ok(score('≥5公里', '4500米', 10));
    expect(s(k.score)).toBe('9');
  });
  it('a bare actual is in the target’s unit', () => {
    expect(ok(score('不超过20万元', 18, 10)).met).toBe(true);
  });
  it('different units cannot be compared', () => {
    expect(score('≥30次', '20件', 5)).toMatchObject({ ok: false, reason: 'unitMismatch' });
  });
});

describe('qualitative indicators', () => {
  const bands = getProfile('default').qualitativeBands;
  it('achieved text → full weight', () => {
    const r = ok(score('管理规范', '管理规范', 6));
    expect([r.kind, r.met, s(r.score), r.band]).toEqual(['qualitative', true, '6', 'achieved']);
  });
  it('levels: 良好以上 with 优秀 is achieved; 基本满意 against 满意 is the 80–100% band', () => {
    expect(ok(score('良好以上', '优秀', 10)).met).toBe(true);
    const r = ok(score('满意', '基本满意', 10));
    expect([r.met, r.score, r.band, s(r.range?.min), s(r.range?.max)]).toEqual([
      false,
      null,
      'achieved',
      '8',
      '10',
    ]);
  });
  it('keywords: 部分完成 → 60–80%, 未完成 → 0–60%', () => {
    const p = ok(score('完成省市下达任务', '部分完成', 10));
    expect([p.band, s(p.range?.min), s(p.range?.max)]).toEqual(['partly', '6', '8']);
    const n = ok(score('完成省市下达任务', '未完成', 10));
    expect([n.band, s(n.range?.min), s(n.range?.max)]).toEqual(['notAchieved', '0', '6']);
  });
  it('a stated completion gives the score and its band', () => {
    const r = ok(score('及时', '部分及时', 10, { completion: 0.7 }));
    expect([s(r.score), r.band]).toEqual(['7', 'partly']);
  });
  it('a completion percentage as actual (Hengyang: 满意 / 100%)', () => {
    const r = ok(score('满意', '100%', 5));
    expect([r.met, s(r.score), r.band]).toEqual([true, '5', 'achieved']);
  });
  it.each([
    [1, 'achieved'],
    [0.8, 'achieved'],
    [0.7999, 'partly'],
    [0.6, 'partly'],
    [0.5999, 'notAchieved'],
    [0, 'notAchieved'],
  ])('band edges: completion %p → %s', (c, band) => {
    const r = ok(scoreCompletion({ completion: c, weight: 10, qualitative: true }));
    expect(r.band).toBe(band);
    expect(bands.achieved.min).toBe(0.8);
  });
  it('unclear text needs input', () => {
    expect(score('及时', '有待提高', 5)).toMatchObject({ ok: false, reason: 'qualitativeUnclear' });
  });
});

describe('inputs that cannot be scored', () => {
  it.each([
    [['31..5', 30, 5], 'missingTarget'],
    [['≥30', '—', 5], 'missingActual'],
    [['≥30', '/', 5], 'missingActual'],
    [['≥30', null, 5], 'missingActual'],
  ] as const)('%p → %s', ([t, a, w], reason) => {
    expect(score(t, a, w)).toMatchObject({ ok: false, reason });
  });
  it('missing or negative weight', () => {
    expect(
      scoreIndicator({
        target: parseTarget({ target: '≥1' }),
        actual: parseActual({ actual: 1 }),
        weight: null,
      }),
    ).toMatchObject({
      ok: false,
      reason: 'missingWeight',
    });
    expect(score('≥1', 1, -1)).toMatchObject({ ok: false, reason: 'negativeWeight' });
  });
  it('text actual for a quantitative target: 已完成 counts as 100% where the profile says so, other words need input', () => {
    // Issue 11: by default a word needs the number (profile textActual 'askNumber').
    expect(score('≥30次', '已完成', 5)).toMatchObject({ ok: false, reason: 'actualNotNumeric' });
    const doneIsFull = ProfileSchema.parse({ ...getProfile('default'), textActual: 'doneIsFull' });
    expect(ok(score('≥30次', '已完成', 5, { profile: doneIsFull })).met).toBe(true);
    expect(score('≥30次', '基本完成', 5)).toMatchObject({ ok: false, reason: 'actualNotNumeric' });
    expect(score('≥30次', '基本完成', 5, { profile: doneIsFull })).toMatchObject({
      ok: false,
      reason: 'actualNotNumeric',
    });
  });
});

describe('capScore', () => {
  it('caps at the weight and floors at 0', () => {
    expect(s(capScore(new D(12), new D(10)))).toBe('10');
    expect(s(capScore(new D(-1), new D(10)))).toBe('0');
    expect(s(capScore(new D(7.5), new D(10)))).toBe('7.5');
  });
});
