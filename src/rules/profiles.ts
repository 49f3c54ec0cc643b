/**
 * Profiles: what differs between regions, as data validated with zod — first-level weights,
 * grade bands, the reverse-indicator formula, rounding, tolerance, qualitative bands, and the
 * Longhua rubric's tiers. One built-in profile per seed document, and a default.
 */
import { z } from 'zod';

const OperatorSchema = z.enum(['>=', '<=', '=', '>', '<']);

/** One tier of a tiered rule: the first tier whose comparison holds gives its points. */
export const TierSchema = z.object({
  op: OperatorSchema,
  bound: z.number().finite(),
  points: z.number().finite().min(0),
});
export type Tier = z.infer<typeof TierSchema>;

export const TieredRuleSchema = z.object({
  tiers: z.array(TierSchema).min(1),
  otherwise: z.number().finite().min(0),
});
export type TieredRule = z.infer<typeof TieredRuleSchema>;

/** Longhua's 共性指标体系 rubric (附件2), as data. Rates are fractions: 0.9 means 90%. */
export const RubricSchema = z.object({
  procurement: z.object({ points: z.number().positive(), zeroIfOverPlan: z.boolean() }),
  fixedAssets: TieredRuleSchema,
  staffControl: TieredRuleSchema,
  contractStaff: TieredRuleSchema,
  expenseControl: TieredRuleSchema,
  quarterly: z.object({
    schedule: z.tuple([
      z.number().positive(),
      z.number().positive(),
      z.number().positive(),
      z.number().positive(),
    ]),
    pointsPerQuarter: z.number().min(0),
    averagePoints: z.number().min(0),
  }),
  timeliness: z.object({ points: z.number().min(0) }),
  satisfaction: TieredRuleSchema,
  keyTasks: z.object({ points: z.number().min(0), penaltyPerTask: z.number().min(0) }),
});
export type Rubric = z.infer<typeof RubricSchema>;

const BandSchema = z.object({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) });

export const ProfileSchema = z
  .object({
    id: z.string().min(1),
    /** Where the rules come from (seed document, clause). */
    source: z.string(),
    /** First-level indicators and their weights; they should sum to the table total. */
    firstLevelWeights: z
      .array(z.object({ label: z.string().min(1), weight: z.number().min(0) }))
      .min(1),
    /** Grade bands, best first: a total ≥ min gets the label; below the last min, `below`. */
    grades: z.object({
      bands: z.array(z.object({ min: z.number().finite(), label: z.string().min(1) })).min(1),
      below: z.string().min(1),
    }),
    /** How a missed "lower is better" target scores: target ÷ actual, or 1 − (actual − target) ÷ target. */
    reverseFormula: z.enum(['ratio', 'deviation']),
    /** Decimal places of scores. */
    decimals: z.number().int().min(0).max(6),
    /** A stated score may differ from the rule's by this much before it is wrong. */
    tolerance: z.number().min(0).max(100),
    /** The cap of a table total. */
    totalCap: z.number().positive(),
    /** The weight of the budget execution line when the form does not state it. */
    budgetWeight: z.number().min(0),
    /** Qualitative bands as shares of the weight (Fushun 二.2, Jinshui 注3). */
    qualitativeBands: z.object({
      achieved: BandSchema,
      partly: BandSchema,
      notAchieved: BandSchema,
    }),
    /** Operator to assume when a quantitative target has none and actual ≠ target; null: ask. */
    defaultOperator: OperatorSchema.nullable(),
    /** Longhua-style rubric, when the region uses one. */
    rubric: RubricSchema.nullable(),
    /**
     * Whether `firstLevelWeights` bind the form: true — a first-level block whose weights differ
     * from them is reported; false — the region lets each project weigh its blocks (Sichuan: 权重
     * 22.5 each), and only weights written in the labels and the 100-point total are checked.
     */
    firstLevelWeightsFixed: z.boolean().default(true),
    /**
     * A target written without an operator (`15个`, `100%`): when the actual is at or below it,
     * reading it as ≥ or as = gives the same completion, so the row is scored and the assumed
     * direction said ('sameEitherWay'); 'ask' asks for the operator whenever actual ≠ target.
     */
    bareTarget: z.enum(['sameEitherWay', 'ask']).default('sameEitherWay'),
    /**
     * Units a form obviously means the same by (场 and 场次, 个 and 项): compared as one, and the
     * row says so. Each group lists the spellings; empty: units must match exactly.
     */
    unitSynonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
    /**
     * A word typed as the actual of a numeric target (`完成`, `达成预期指标`): 'askNumber' — the
     * row needs the number (a reviewer cannot check a count against a word); 'doneIsFull' — read
     * as 100% completion.
     */
    textActual: z.enum(['askNumber', 'doneIsFull']).default('askNumber'),
    /**
     * A cost indicator is the project's whole cost (and comparable with the form's 全年执行数) only
     * when its limit is at least this share of the project's budget; below it, a component's cost.
     */
    totalCostShare: z.number().min(0).max(1).default(0.8),
  })
  .superRefine((p, ctx) => {
    const sum = p.firstLevelWeights.reduce((s, w) => s + w.weight, 0);
    if (Math.abs(sum - p.totalCap) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstLevelWeights'],
        message: `first-level weights sum to ${sum}, not ${p.totalCap}`,
      });
    }
    for (let i = 1; i < p.grades.bands.length; i++) {
      if (!(p.grades.bands[i].min < p.grades.bands[i - 1].min)) {
        ctx.addIssue({
          code: 'custom',
          path: ['grades', 'bands', i],
          message: 'bands must be best first',
        });
      }
    }
    const b = p.qualitativeBands;
    for (const [name, band] of Object.entries(b)) {
      if (band.min > band.max) {
        ctx.addIssue({ code: 'custom', path: ['qualitativeBands', name], message: 'min > max' });
      }
    }
    if (b.achieved.max !== 1 || b.notAchieved.min !== 0) {
      ctx.addIssue({ code: 'custom', path: ['qualitativeBands'], message: 'bands must span 0–1' });
    }
    if (b.partly.max !== b.achieved.min || b.notAchieved.max !== b.partly.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualitativeBands'],
        message: 'bands must be contiguous',
      });
    }
  });
export type Profile = z.infer<typeof ProfileSchema>;

export const PROFILE_IDS = [
  'default',
  'fushun',
  'hengyang',
  'jinshui',
  'longhua',
  'narrative2023',
  'sichuan',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** Longhua 2021 附件2 部门整体支出绩效自评表, as the self-score table applies it. */
export const LONGHUA_RUBRIC: Rubric = {
  // 政府采购执行率 × 2 分; 0 if the actual exceeds the plan.
  procurement: { points: 2, zeroIfOverPlan: true },
  // 固定资产利用率 ≥90% 1; ≥75% 0.7; ≥60% 0.4; else 0.
  fixedAssets: {
    tiers: [
      { op: '>=', bound: 0.9, points: 1 },
      { op: '>=', bound: 0.75, points: 0.7 },
      { op: '>=', bound: 0.6, points: 0.4 },
    ],
    otherwise: 0,
  },
  // 财政供养人员控制率 ≤100% 1; else 0.
  staffControl: { tiers: [{ op: '<=', bound: 1, points: 1 }], otherwise: 0 },
  // 编外人员控制率 <5% 1; 5–10% 0.5; >10% 0.
  contractStaff: {
    tiers: [
      { op: '<', bound: 0.05, points: 1 },
      { op: '<=', bound: 0.1, points: 0.5 },
    ],
    otherwise: 0,
  },
  // “三公”经费 / 日常公用经费控制率 <90% 3; 90–100% 2; >100% 0.
  expenseControl: {
    tiers: [
      { op: '<', bound: 0.9, points: 3 },
      { op: '<=', bound: 1, points: 2 },
    ],
    otherwise: 0,
  },
  // Each quarter's cumulative progress ÷ 25/50/75/100% × 1 (at most 1), plus the average × 2.
  quarterly: { schedule: [0.25, 0.5, 0.75, 1], pointsPerQuarter: 1, averagePoints: 2 },
  // 已完成项目数 ÷ 计划完成项目总数 × 6.
  timeliness: { points: 6 },
  // 满意度 ≥95% 6; ≥90% 4; ≥80% 2; else 1.
  satisfaction: {
    tiers: [
      { op: '>=', bound: 0.95, points: 6 },
      { op: '>=', bound: 0.9, points: 4 },
      { op: '>=', bound: 0.8, points: 2 },
    ],
    otherwise: 1,
  },
  // 8 − 4 per key task not done, at least 0.
  keyTasks: { points: 8, penaltyPerTask: 4 },
};

/** Counting units forms use for the same thing (a reviewer reads 场 and 场次 alike). */
const UNIT_SYNONYMS = [
  ['场', '场次'],
  ['个', '项'],
  ['户', '家'],
  ['人', '名'],
];

const GRADES_90_80_60 = {
  bands: [
    { min: 90, label: '优' },
    { min: 80, label: '良' },
    { min: 60, label: '中' },
  ],
  below: '差',
};

const COMMON = {
  reverseFormula: 'ratio' as const,
  decimals: 2,
  tolerance: 0.01,
  totalCap: 100,
  budgetWeight: 10,
  qualitativeBands: {
    achieved: { min: 0.8, max: 1 },
    partly: { min: 0.6, max: 0.8 },
    notAchieved: { min: 0, max: 0.6 },
  },
  defaultOperator: null,
  rubric: null,
  firstLevelWeightsFixed: true,
  bareTarget: 'sameEitherWay' as const,
  unitSynonyms: UNIT_SYNONYMS,
  textActual: 'askNumber' as const,
  totalCostShare: 0.8,
};

/** The national 项目支出绩效自评表 layout (Hengyang 附件4): budget 10, output 50, effect 30, satisfaction 10. */
const NATIONAL_PROJECT_WEIGHTS = [
  { label: '预算执行', weight: 10 },
  { label: '产出指标', weight: 50 },
  { label: '效益指标', weight: 30 },
  { label: '满意度指标', weight: 10 },
];

const RAW_PROFILES: Record<ProfileId, Profile> = {
  default: {
    id: 'default',
    source: 'national project form weights; grade bands 90/80/60',
    firstLevelWeights: NATIONAL_PROJECT_WEIGHTS,
    grades: GRADES_90_80_60,
    ...COMMON,
  },
  fushun: {
    id: 'fushun',
    source: 'seed 000: Fushun 2021 附件4-2-1 and 填报说明 二–五',
    firstLevelWeights: [
      { label: '履职效能', weight: 40 },
      { label: '预算执行', weight: 10 },
      { label: '管理效率', weight: 10 },
      { label: '运行成本', weight: 10 },
      { label: '社会效应', weight: 20 },
      { label: '可持续性', weight: 10 },
    ],
    grades: GRADES_90_80_60,
    ...COMMON,
  },
  hengyang: {
    id: 'hengyang',
    source:
      'seed 001: Hengyang 2022 附件3 department form (its 附件4 project forms follow "default")',
    firstLevelWeights: [
      { label: '预算执行', weight: 10 },
      { label: '产出指标', weight: 50 },
      { label: '效益指标', weight: 40 },
    ],
    grades: GRADES_90_80_60,
    ...COMMON,
  },
  jinshui: {
    id: 'jinshui',
    source: 'seed 002: Jinshui 2021 部门整体绩效自评表, 注 1–4',
    firstLevelWeights: [
      { label: '预算执行率', weight: 10 },
      { label: '投入管理指标', weight: 20 },
      { label: '产出指标', weight: 40 },
      { label: '效益指标', weight: 30 },
    ],
    grades: GRADES_90_80_60,
    ...COMMON,
  },
  longhua: {
    id: 'longhua',
    source: 'seed 003: Longhua 2021 共性指标体系框架 and 附件2 自评表',
    firstLevelWeights: [
      { label: '部门决策', weight: 25 },
      { label: '部门管理', weight: 20 },
      { label: '部门绩效', weight: 55 },
    ],
    grades: GRADES_90_80_60,
    ...COMMON,
    rubric: LONGHUA_RUBRIC,
  },
  narrative2023: {
    id: 'narrative2023',
    source: 'seed 004: 2023 narrative report, 四(三) grade bands ≥85/75/60',
    firstLevelWeights: NATIONAL_PROJECT_WEIGHTS,
    grades: {
      bands: [
        { min: 85, label: '优秀' },
        { min: 75, label: '良好' },
        { min: 60, label: '一般' },
      ],
      below: '较差',
    },
    ...COMMON,
  },
  sichuan: {
    id: 'sichuan',
    source:
      'Sichuan project form (510000_0013zp): 预算执行情况(10分) block, 绩效指标(90分) weighted per project',
    firstLevelWeights: NATIONAL_PROJECT_WEIGHTS,
    grades: GRADES_90_80_60,
    ...COMMON,
    firstLevelWeightsFixed: false,
  },
};

/** The built-in profiles, each validated by ProfileSchema when this module loads. */
export const builtinProfiles: Readonly<Record<ProfileId, Profile>> = Object.freeze(
  Object.fromEntries(
    Object.entries(RAW_PROFILES).map(([id, p]) => [id, Object.freeze(ProfileSchema.parse(p))]),
  ) as Record<ProfileId, Profile>,
);

export const defaultProfile: Profile = builtinProfiles.default;

export function isProfileId(id: string): id is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(id);
}

/** A built-in profile by id; unknown ids give the default profile. */
export function getProfile(id: string | null | undefined): Profile {
  return id && isProfileId(id) ? builtinProfiles[id] : defaultProfile;
}

/** Accepts a profile or a profile id where the rules take one. */
export type ProfileInput = Profile | string | null | undefined;

export function resolveProfile(p: ProfileInput): Profile {
  return typeof p === 'object' && p !== null ? p : getProfile(p);
}
