/**
 * The rules as other regions' forms need them: weights typed with 分, compound units, unit
 * synonyms, bare targets, words typed as numeric actuals, Sichuan's 定性 operator — each with the
 * profile choice that governs it.
 */
import {
  builtinProfiles,
  parseActual,
  parseNumber,
  parseOperatorCell,
  parseTarget,
  ProfileSchema,
  scoreIndicator,
  type Profile,
} from '../../src/rules';
import { reasonText } from '../../src/messages/reasons';

const base = builtinProfiles.default;
const with_ = (p: Partial<Profile>): Profile => ({ ...base, ...p });

function score(target: string, actual: string, weight: number, profile: Profile = base) {
  return scoreIndicator({
    target: parseTarget({ target }),
    actual: parseActual({ actual }),
    weight,
    profile,
  });
}

describe('weights and scores typed with their unit', () => {
  it.each([
    ['15分', 15],
    ['10 分', 10],
    ['22.5分', 22.5],
    ['１０分', 10],
  ])('%s reads as %d, said to be text', (text, n) => {
    const r = parseNumber(text);
    expect(r.ok && r.value.toNumber()).toBe(n);
    expect(r.messages.map((m) => m.code)).toContain('numberStoredAsText');
  });
  it.each(['分', '15%分', '十分', '15分钟'])('%s is not a weight', (text) => {
    expect(parseNumber(text).ok).toBe(false);
  });
});

describe('compound units', () => {
  it.each([
    ['≤1200元/人', '元/人', 1],
    ['≥50次/日', '次/天', 1],
    ['≤85万元/公里', '元/公里', 10000],
    ['≥3000人次/年', '人次/年', 1],
  ])('%s is quantitative in %s', (text, unitBase, factor) => {
    const t = parseTarget({ target: text });
    expect(t.ok && t.kind).toBe('quantitative');
    if (t.ok && t.kind === 'quantitative') {
      expect(t.unit?.base).toBe(unitBase);
      expect(t.unit?.factor.toNumber()).toBe(factor);
    }
  });
  it('scores 45次/日 against ≥50次/日 in proportion', () => {
    const r = score('≥50次/日', '45次/日', 15);
    expect(r.ok && r.score?.toNumber()).toBe(13.5);
  });
  it('keeps 元/人 and 元/户 apart', () => {
    const r = score('≤1200元/人', '1100元/户', 20);
    expect(r.ok).toBe(false);
  });
});

describe('unit synonyms', () => {
  it('equates 场 and 场次 and says so', () => {
    const r = score('≥20场', '22场次', 20);
    expect(r.ok && r.score?.toNumber()).toBe(20);
    const m = r.messages.find((x) => x.code === 'unitEquated');
    expect(m).toBeDefined();
    expect(reasonText(m!.code, m!.params, 'zh-CN')).toContain('场次');
  });
  it('equates 户 and 家 in proportion', () => {
    const r = score('≥200户', '180家', 30);
    expect(r.ok && r.score?.toNumber()).toBe(27);
  });
  it('a profile without synonyms asks instead', () => {
    const r = score('≥20场', '22场次', 20, with_({ unitSynonyms: [] }));
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toContain('unitMismatch');
  });
  it('never equates units of another scale', () => {
    const r = score('≥5个', '5万项', 10);
    expect(r.ok).toBe(false);
  });
});

describe('bare targets', () => {
  it('below the target: ≥ and = agree, scored and said', () => {
    const r = score('15场', '12场', 20);
    expect(r.ok && r.score?.toNumber()).toBe(16);
    expect(r.ok && r.short).toBe(true);
    expect(r.messages.map((m) => m.code)).toContain('bareTargetAssumed');
  });
  it('above the target: the direction decides, asked', () => {
    const r = score('50个', '60个', 15);
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toContain('missingOperator');
  });
  it('at the target: met', () => {
    const r = score('100%', '100%', 15);
    expect(r.ok && r.score?.toNumber()).toBe(15);
  });
  it("the profile's 'ask' asks below the target too", () => {
    const r = score('15场', '12场', 20, with_({ bareTarget: 'ask' }));
    expect(r.ok).toBe(false);
  });
});

describe('a word typed as the actual of a numeric target', () => {
  it.each(['完成', '达成预期指标', '已完成'])('%s needs the number', (word) => {
    const r = score('≥300人次', word, 20);
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toContain('actualNotNumeric');
  });
  it("the profile's 'doneIsFull' reads it as done", () => {
    const r = score('≥300人次', '完成', 20, with_({ textActual: 'doneIsFull' }));
    expect(r.ok && r.score?.toNumber()).toBe(20);
  });
});

describe('units and operators other regions write', () => {
  it('≥100百分比 is a percentage', () => {
    const t = parseTarget({ target: '≥100百分比' });
    expect(t.ok && t.kind === 'quantitative' && t.unit?.base).toBe('%');
  });
  it('定性 in 指标性质 means no operator, without a complaint', () => {
    expect(parseOperatorCell('定性')).toBeNull();
    const t = parseTarget({ target: '明显改善', operator: '定性' });
    expect(t.ok && t.kind).toBe('qualitative');
    expect(t.ok && t.messages).toEqual([]);
  });
});

describe('profiles', () => {
  it('fill the new choices with the careful defaults', () => {
    const { firstLevelWeightsFixed, bareTarget, unitSynonyms, textActual, totalCostShare, ...old } =
      base;
    void firstLevelWeightsFixed;
    void bareTarget;
    void unitSynonyms;
    void textActual;
    void totalCostShare;
    const p = ProfileSchema.parse(old);
    expect(p.firstLevelWeightsFixed).toBe(true);
    expect(p.bareTarget).toBe('sameEitherWay');
    expect(p.textActual).toBe('askNumber');
    expect(p.unitSynonyms).toEqual([]);
    expect(p.totalCostShare).toBe(0.8);
  });
  it('Sichuan weighs first-level blocks per project', () => {
    expect(builtinProfiles.sichuan.firstLevelWeightsFixed).toBe(false);
    expect(builtinProfiles.default.firstLevelWeightsFixed).toBe(true);
  });
});
