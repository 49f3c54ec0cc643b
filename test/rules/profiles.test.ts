import {
  builtinProfiles,
  getProfile,
  PROFILE_IDS,
  ProfileSchema,
  profiles,
  RubricSchema,
  LONGHUA_RUBRIC,
} from '../../src/rules';

describe('profiles', () => {
  it('has a built-in profile per seed and a default, each valid', () => {
    expect(Object.keys(builtinProfiles).sort()).toEqual([...PROFILE_IDS].sort());
    for (const p of Object.values(builtinProfiles)) {
      expect(ProfileSchema.safeParse(p).success).toBe(true);
    }
    expect(profiles).toBe(builtinProfiles);
  });

  it('carries the seeds’ first-level weights and grade bands', () => {
    expect(getProfile('fushun').firstLevelWeights.map((w) => w.weight)).toEqual([
      40, 10, 10, 10, 20, 10,
    ]);
    expect(getProfile('jinshui').firstLevelWeights.map((w) => w.weight)).toEqual([10, 20, 40, 30]);
    expect(getProfile('default').firstLevelWeights.map((w) => w.weight)).toEqual([10, 50, 30, 10]);
    expect(getProfile('jinshui').grades.bands.map((b) => b.min)).toEqual([90, 80, 60]);
    expect(getProfile('narrative2023').grades).toEqual({
      bands: [
        { min: 85, label: '优秀' },
        { min: 75, label: '良好' },
        { min: 60, label: '一般' },
      ],
      below: '较差',
    });
    expect(getProfile('longhua').rubric).toEqual(LONGHUA_RUBRIC);
  });

  it('falls back to the default profile for unknown ids', () => {
    expect(getProfile('nowhere').id).toBe('default');
    expect(getProfile(undefined).id).toBe('default');
  });

  it('rejects weights that do not sum to the total, unordered bands and broken qualitative bands', () => {
    const base = getProfile('default');
    expect(
      ProfileSchema.safeParse({ ...base, firstLevelWeights: [{ label: 'x', weight: 90 }] }).success,
    ).toBe(false);
    expect(
      ProfileSchema.safeParse({
        ...base,
        grades: {
          bands: [
            { min: 60, label: 'a' },
            { min: 90, label: 'b' },
          ],
          below: 'c',
        },
      }).success,
    ).toBe(false);
    expect(
      ProfileSchema.safeParse({
        ...base,
        qualitativeBands: { ...base.qualitativeBands, partly: { min: 0.5, max: 0.8 } },
      }).success,
    ).toBe(false);
    expect(ProfileSchema.safeParse({ ...base, reverseFormula: 'inverse' }).success).toBe(false);
    expect(ProfileSchema.safeParse({ ...base, decimals: 2.5 }).success).toBe(false);
  });

  it('validates the rubric', () => {
    expect(RubricSchema.safeParse(LONGHUA_RUBRIC).success).toBe(true);
    expect(
      RubricSchema.safeParse({ ...LONGHUA_RUBRIC, satisfaction: { tiers: [], otherwise: 1 } })
        .success,
    ).toBe(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(builtinProfiles.default)).toBe(true);
  });
});
