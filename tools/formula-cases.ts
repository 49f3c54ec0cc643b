/**
 * Random cases for the formula-vs-rules proof, shared by the jest property test
 * (formulas.property.test.ts) and scripts/verify-formulas.ts.
 *
 * Each case places input cells (numbers, blanks, text, booleans, errors — on plain and on
 * quoted sheet names), compiles one rule to a formula over them, and computes what the rules
 * module says for the same inputs. Cells reach the rules through cellNumber(), the numeric view a
 * formula has of a cell (text, even "95", is not a number to ISNUMBER).
 *
 * Value generators keep distinct numbers at least ~1e-11 apart relative to their size, because
 * spreadsheets (and HyperFormula's smartRounding) treat numbers equal to 13–15 significant digits
 * as equal, while the rules compare exactly.
 */
import fc from 'fast-check';
import {
  budgetExecution,
  capScore,
  cellNumber,
  completionVerdict,
  contractStaff,
  D,
  expenseControl,
  fixedAssets,
  formula as F,
  getProfile,
  gradeFor,
  keyTasks,
  procurement,
  ProfileSchema,
  quarterlyExecution,
  roundRate,
  rowVerdict,
  satisfaction,
  scoreCompletion,
  scoreIndicator,
  staffControl,
  timeliness,
  totalScore,
  type Decimal,
  type Operator,
  type ParseFailure,
  type Profile,
  type RubricResult,
  type Target,
  type Actual,
} from '../src/rules';
import { statusLabel, statusLabels } from '../src/messages/reasons';
import type { Operand } from '../src/rules/formula/literal';
import type { HarnessValue } from './hf';

/** What a formula should evaluate to: a number, or text ("" when it cannot compute). */
export type Expected = number | string;

export interface FormulaCase {
  rule: string;
  cells: Record<string, HarnessValue>;
  formula: string;
  expected: Expected;
}

export const FORMULA_CELL = 'Z1';

// ---------------------------------------------------------------------------------------------
// Values

const BOUNDARY = [
  0, 1, -1, 0.25, 0.5, 0.6, 0.75, 0.8, 0.9, 0.95, 1.0001, 0.9999, 0.05, 0.1, 0.0499, 0.0501, 0.1001,
  0.5999, 0.6001, 0.7999, 0.8001, 0.8999, 0.9001, 0.9499, 0.9501, 0.7499, 0.7501, 100, 99.99,
  100.01, 60, 75, 80, 85, 90, 59.99, 74.99, 84.99, 89.99, 2, 10, 0.005, 0.015, 7.425, 1.005, 2.675,
  0.285, 1.255, 0.125, 0.375, 74.5, 96.5, 50.5, 33.5, 0.745, 0.0745, 12.5, 1000,
];

/** Values with three decimals ending in 5: a score or rate exactly half-way at 2 decimals. */
const halfway = fc.integer({ min: -200, max: 2000 }).map((n) => (2 * n + 1) / 2000);

const byDecimals = fc
  .tuple(fc.integer({ min: -2_000_000, max: 20_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, d]) => n / 10 ** d);
const small = fc
  .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 6, max: 9 }))
  .map(([n, k]) => n / 10 ** k);
const large = fc
  .tuple(fc.integer({ min: -999_999, max: 9_999_999 }), fc.integer({ min: 6, max: 7 }))
  .map(([n, k]) => n * 10 ** k);

/** Numbers: boundaries, ordinary decimals, very small and very large values, negatives. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BOUNDARY) },
  { weight: 2, arbitrary: halfway },
  { weight: 5, arbitrary: byDecimals },
  { weight: 1, arbitrary: small },
  { weight: 1, arbitrary: large },
);

/** Non-negative numbers of the size of weights and scores, 2 decimals at most. */
export const weightArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, 1, 1, 1, 2, 3, 5, 6, 7, 10, 15, 20, 0.5, 1.5, 2.25),
  fc.integer({ min: 0, max: 3000 }).map((n) => n / 100),
);

const TEXTS = ['abc', '—', '/', '95', '31..5', ' ', '', '无', '100%', '=1', '"q"'];

/** A cell that should hold a number but sometimes holds a blank, text, a boolean or an error. */
export function cellArb(num: fc.Arbitrary<number> = numberArb): fc.Arbitrary<HarnessValue> {
  return fc.oneof(
    { weight: 40, arbitrary: num },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...TEXTS) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }) },
  );
}

const REASON_VALUES: HarnessValue[] = [
  null,
  '',
  ' ',
  '\u3000',
  '无',
  '/',
  '—',
  '——',
  '-',
  '经费保障不足',
  '√',
  'FALSE',
  true,
  false,
  0,
  1,
  { error: '#N/A' },
  '  ',
];

// ---------------------------------------------------------------------------------------------
// Placing operands

const SHEETS = ['Sheet1', 'Data 2', "It's 数据"] as const;

function refFor(sheetIndex: number, col: number): string {
  const a1 = `${String.fromCharCode(65 + col)}1`;
  return sheetIndex === 0 ? a1 : F.cellRef(a1, SHEETS[sheetIndex]);
}

/** An operand spec: a cell (with its value), a literal number, or a cell read with a factor. */
type Spec =
  | { kind: 'cell'; value: HarnessValue; sheet: number }
  | { kind: 'literal'; value: number }
  | { kind: 'factor'; value: HarnessValue; sheet: number; factor: number };

const sheetArb = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.constant(1), fc.constant(2));

function cellSpec(num?: fc.Arbitrary<number>): fc.Arbitrary<Spec> {
  return fc.record({ kind: fc.constant('cell' as const), value: cellArb(num), sheet: sheetArb });
}

function operandSpec(
  num: fc.Arbitrary<number> = numberArb,
  literals = true,
  factors = false,
): fc.Arbitrary<Spec> {
  const options: fc.WeightedArbitrary<Spec>[] = [{ weight: 6, arbitrary: cellSpec(num) }];
  if (literals) {
    options.push({
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('literal' as const), value: num }),
    });
  }
  if (factors) {
    options.push({
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('factor' as const),
        value: cellArb(num),
        sheet: sheetArb,
        factor: fc.constantFrom(100, 0.01, 10000),
      }),
    });
  }
  return fc.oneof(...options);
}

/** Lays out specs in cells and returns operands plus the rules' view of each value. */
class Layout {
  cells: Record<string, HarnessValue> = {};
  private col = 0;

  cell(value: HarnessValue, sheet = 0): string {
    const ref = refFor(sheet, this.col++);
    this.cells[ref] = value;
    return ref;
  }

  place(spec: Spec): { operand: Operand; value: Decimal | null } {
    if (spec.kind === 'literal') return { operand: spec.value, value: new D(spec.value) };
    const ref = this.cell(spec.value, spec.sheet);
    if (spec.kind === 'cell') return { operand: ref, value: cellNumber(spec.value) };
    const n = cellNumber(spec.value);
    return {
      operand: { ref, factor: spec.factor },
      value: n === null ? null : roundRate(n.times(spec.factor)),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Profiles

const deviation: Profile = ProfileSchema.parse({
  ...getProfile('default'),
  id: 'deviation',
  reverseFormula: 'deviation',
});
const coarse: Profile = ProfileSchema.parse({
  ...getProfile('default'),
  id: 'coarse',
  decimals: 1,
  tolerance: 0.05,
});
const whole: Profile = ProfileSchema.parse({
  ...getProfile('default'),
  id: 'whole',
  decimals: 0,
  tolerance: 0,
});
const fine: Profile = ProfileSchema.parse({
  ...getProfile('default'),
  id: 'fine',
  decimals: 3,
  tolerance: 0.001,
});

export const profileArb: fc.Arbitrary<Profile> = fc.constantFrom(
  getProfile('default'),
  getProfile('jinshui'),
  getProfile('narrative2023'),
  deviation,
  coarse,
  whole,
  fine,
);

const operatorArb: fc.Arbitrary<Operator | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('>=' as const) },
  { weight: 3, arbitrary: fc.constant('<=' as const) },
  { weight: 1, arbitrary: fc.constantFrom('=' as const, '>' as const, '<' as const, null) },
);

// ---------------------------------------------------------------------------------------------
// JS side helpers

const missing: ParseFailure = { ok: false, reason: 'empty', raw: '', messages: [] };

function target(op: Operator | null, v: Decimal | null): Target | ParseFailure {
  return v === null ? missing : { kind: 'quantitative', operator: op, value: v, unit: null };
}

function actual(v: Decimal | null): Actual | ParseFailure {
  return v === null ? missing : { kind: 'number', value: v, unit: null, operator: null };
}

function num(x: Decimal | null | undefined): Expected {
  return x === null || x === undefined ? '' : x.toNumber();
}

function rubricNum(r: RubricResult): Expected {
  return r.ok ? r.score.toNumber() : '';
}

// ---------------------------------------------------------------------------------------------
// Rules

export interface RuleGen {
  name: string;
  arb: fc.Arbitrary<FormulaCase>;
}

function rule(name: string, arb: fc.Arbitrary<Omit<FormulaCase, 'rule'>>): RuleGen {
  return { name, arb: arb.map((c) => ({ rule: name, ...c })) };
}

const quantInputs = fc.record({
  a: operandSpec(numberArb, false, true),
  t: operandSpec(),
  w: operandSpec(weightArb),
  op: operatorArb,
  profile: profileArb,
});

const completionRule = rule(
  'completion',
  quantInputs.map(({ a, t, op, profile }) => {
    const L = new Layout();
    const A = L.place(a);
    const T = L.place(t);
    const r = scoreIndicator({
      target: target(op, T.value),
      actual: actual(A.value),
      weight: 1,
      profile,
    });
    return {
      cells: L.cells,
      formula: F.completionFormula({ actual: A.operand, target: T.operand, operator: op, profile }),
      expected: r.ok ? num(r.completion) : '',
    };
  }),
);

const scoreRule = rule(
  'indicatorScore',
  quantInputs.map(({ a, t, w, op, profile }) => {
    const L = new Layout();
    const A = L.place(a);
    const T = L.place(t);
    const W = L.place(w);
    const r = scoreIndicator({
      target: target(op, T.value),
      actual: actual(A.value),
      weight: W.value,
      profile,
    });
    return {
      cells: L.cells,
      formula: F.indicatorScoreFormula({
        actual: A.operand,
        target: T.operand,
        weight: W.operand,
        operator: op,
        profile,
      }),
      expected: r.ok ? num(r.score) : '',
    };
  }),
);

const completionArb = fc.oneof(
  fc.constantFrom(0, 0.5999, 0.6, 0.6001, 0.7999, 0.8, 0.8001, 0.9999, 1, 1.0001, 1.5, -0.2),
  halfway,
  numberArb,
);

const completionScoreRule = rule(
  'completionScore',
  fc
    .record({
      c: operandSpec(completionArb, false, true),
      w: operandSpec(weightArb),
      profile: profileArb,
    })
    .map(({ c, w, profile }) => {
      const L = new Layout();
      const C = L.place(c);
      const W = L.place(w);
      const r = scoreCompletion({ completion: C.value, weight: W.value, profile });
      return {
        cells: L.cells,
        formula: F.completionScoreFormula({ completion: C.operand, weight: W.operand, profile }),
        expected: r.ok ? num(r.score) : '',
      };
    }),
);

const capRule = rule(
  'cap',
  fc.record({ s: operandSpec(), w: operandSpec() }).map(({ s, w }) => {
    const L = new Layout();
    const S = L.place(s);
    const W = L.place(w);
    return {
      cells: L.cells,
      formula: F.capFormula({ score: S.operand, weight: W.operand }),
      expected: S.value && W.value ? capScore(S.value, W.value).toNumber() : '',
    };
  }),
);

/** A stated score near the expected one (to hit the tolerance edge), or anything. */
function statedSpec(expected: Decimal | null): fc.Arbitrary<Spec> {
  const near =
    expected === null
      ? weightArb
      : fc
          .integer({ min: -6, max: 6 })
          .map((k) => expected.plus(new D(k).times('0.0025')).toNumber());
  return fc.oneof(
    { weight: 3, arbitrary: cellSpec(near) },
    { weight: 1, arbitrary: cellSpec(weightArb) },
  );
}

const reasonsArb = fc.oneof(
  fc.constant(null),
  fc.array(fc.record({ value: fc.constantFrom(...REASON_VALUES), sheet: sheetArb }), {
    minLength: 1,
    maxLength: 3,
  }),
);

const statusQuantRule = rule(
  'statusQuantitative',
  quantInputs
    .chain((inp) => {
      const tv = inp.t.kind === 'literal' ? new D(inp.t.value) : cellNumber(inp.t.value);
      const av =
        inp.a.kind === 'literal'
          ? new D(inp.a.value)
          : inp.a.kind === 'factor'
            ? (cellNumber(inp.a.value)?.times(inp.a.factor) ?? null)
            : cellNumber(inp.a.value);
      const wv = inp.w.kind === 'literal' ? new D(inp.w.value) : cellNumber(inp.w.value);
      const guess = scoreIndicator({
        target: target(inp.op, tv),
        actual: actual(av === null ? null : inp.a.kind === 'factor' ? roundRate(av) : av),
        weight: wv,
        profile: inp.profile,
      });
      return fc.record({
        inp: fc.constant(inp),
        stated: fc.option(statedSpec(guess.ok ? guess.score : null), { nil: undefined }),
        reasons: reasonsArb,
      });
    })
    .map(({ inp, stated, reasons }) => {
      const { a, t, w, op, profile } = inp;
      const L = new Layout();
      const A = L.place(a);
      const T = L.place(t);
      const W = L.place(w);
      const S = stated ? L.place(stated) : undefined;
      const R = (reasons ?? []).map((r) => L.cell(r.value, r.sheet));
      const v = rowVerdict({
        target: target(op, T.value),
        actual: actual(A.value),
        weight: W.value,
        statedScore: S ? S.value : undefined,
        reasons: (reasons ?? []).map((r) => r.value),
        profile,
      });
      return {
        cells: L.cells,
        formula: F.statusFormula({
          kind: 'quantitative',
          actual: A.operand,
          target: T.operand,
          operator: op,
          weight: W.operand,
          stated: S?.operand,
          reasons: R,
          profile,
          labels: statusLabels(),
        }),
        expected: statusLabel(v.status),
      };
    }),
);

const statusCompletionRule = rule(
  'statusCompletion',
  fc
    .record({
      c: operandSpec(completionArb, false, true),
      w: operandSpec(weightArb),
      profile: profileArb,
    })
    .chain((inp) => {
      const cv =
        inp.c.kind === 'factor'
          ? (cellNumber(inp.c.value)?.times(inp.c.factor) ?? null)
          : inp.c.kind === 'literal'
            ? new D(inp.c.value)
            : cellNumber(inp.c.value);
      const wv = inp.w.kind === 'literal' ? new D(inp.w.value) : cellNumber(inp.w.value);
      const guess = scoreCompletion({
        completion: cv === null ? null : inp.c.kind === 'factor' ? roundRate(cv) : cv,
        weight: wv,
        profile: inp.profile,
      });
      return fc.record({
        inp: fc.constant(inp),
        stated: fc.option(statedSpec(guess.ok ? guess.score : null), { nil: undefined }),
        reasons: reasonsArb,
      });
    })
    .map(({ inp, stated, reasons }) => {
      const L = new Layout();
      const C = L.place(inp.c);
      const W = L.place(inp.w);
      const S = stated ? L.place(stated) : undefined;
      const R = (reasons ?? []).map((r) => L.cell(r.value, r.sheet));
      const v = completionVerdict({
        completion: C.value,
        weight: W.value,
        statedScore: S ? S.value : undefined,
        reasons: (reasons ?? []).map((r) => r.value),
        profile: inp.profile,
      });
      return {
        cells: L.cells,
        formula: F.statusFormula({
          kind: 'completion',
          completion: C.operand,
          weight: W.operand,
          stated: S?.operand,
          reasons: R,
          profile: inp.profile,
          labels: statusLabels(),
        }),
        expected: statusLabel(v.status),
      };
    }),
);

const budgetInputs = fc.record({
  i: operandSpec(),
  adj: fc.option(operandSpec(), { nil: undefined }),
  e: operandSpec(),
  w: operandSpec(weightArb),
  profile: profileArb,
});

function placeBudget(inp: { i: Spec; adj: Spec | undefined; e: Spec }): {
  L: Layout;
  I: ReturnType<Layout['place']>;
  A?: ReturnType<Layout['place']>;
  E: ReturnType<Layout['place']>;
} {
  const L = new Layout();
  const I = L.place(inp.i);
  const A = inp.adj ? L.place(inp.adj) : undefined;
  const E = L.place(inp.e);
  return { L, I, A, E };
}

const budgetRateRule = rule(
  'budgetRate',
  budgetInputs.map((inp) => {
    const { L, I, A, E } = placeBudget(inp);
    const r = budgetExecution({
      initial: I.value,
      adjusted: A?.value,
      executed: E.value,
      weight: 1,
    });
    return {
      cells: L.cells,
      formula: F.budgetRateFormula({
        initial: I.operand,
        adjusted: A?.operand,
        executed: E.operand,
      }),
      expected: r.ok ? r.rate.toNumber() : '',
    };
  }),
);

const budgetScoreRule = rule(
  'budgetScore',
  budgetInputs.map((inp) => {
    const { L, I, A, E } = placeBudget(inp);
    const W = L.place(inp.w);
    const r =
      W.value === null
        ? null
        : budgetExecution({
            initial: I.value,
            adjusted: A?.value,
            executed: E.value,
            weight: W.value,
            profile: inp.profile,
          });
    return {
      cells: L.cells,
      formula: F.budgetScoreFormula({
        initial: I.operand,
        adjusted: A?.operand,
        executed: E.operand,
        weight: W.operand,
        profile: inp.profile,
      }),
      expected: r && r.ok ? r.score.toNumber() : '',
    };
  }),
);

const totalArb = fc.oneof(
  halfway.map((x) => x * 100),
  fc.constantFrom(
    0,
    59.995,
    59.994,
    60,
    74.995,
    75,
    80,
    84.995,
    85,
    89.994,
    89.995,
    90,
    99.99,
    100,
    100.01,
    -1,
  ),
  byDecimals,
);

const gradeRule = rule(
  'grade',
  fc.record({ t: operandSpec(totalArb), profile: profileArb }).map(({ t, profile }) => {
    const L = new Layout();
    const T = L.place(t);
    const g = gradeFor(T.value, profile);
    return {
      cells: L.cells,
      formula: F.gradeFormula({ total: T.operand, profile }),
      expected: g.ok ? g.label : '',
    };
  }),
);

const scoreCellArb = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: -100, max: 3000 }).map((n) => n / 100) },
  { weight: 10, arbitrary: halfway.map((x) => x * 10) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('abc', '10', '—', true, false) },
  { weight: 1, arbitrary: fc.constant({ error: '#DIV/0!' }) },
) as fc.Arbitrary<HarnessValue>;

const totalRule = rule(
  'total',
  fc
    .record({
      scores: fc.array(fc.record({ v: scoreCellArb, sheet: sheetArb }), {
        minLength: 1,
        maxLength: 12,
      }),
      profile: profileArb,
      range: fc.boolean(),
    })
    .map(({ scores, profile, range }) => {
      const L = new Layout();
      const refs = scores.map((s) => L.cell(s.v, range ? 0 : s.sheet));
      const t = totalScore(
        scores.map((s) => s.v),
        profile,
      );
      const ranges = range ? [`A1:${refs[refs.length - 1]}`] : refs;
      return {
        cells: L.cells,
        formula: F.totalFormula({ scores: ranges, profile }),
        expected: t.ok ? t.total.toNumber() : '',
      };
    }),
);

const rateArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY) },
  { weight: 2, arbitrary: halfway },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2000 }).map((n) => n / 10) },
  { weight: 2, arbitrary: numberArb },
);

/** Pairs whose ratio is exactly a tier bound (b × bound with b a whole number), or just off it. */
const exactRatio: fc.Arbitrary<{ a: Spec; b: Spec }> = fc
  .record({
    b: fc.integer({ min: 1, max: 2000 }),
    bound: fc.constantFrom(0.05, 0.1, 0.6, 0.75, 0.8, 0.9, 0.95, 1),
    nudge: fc.constantFrom(0, 0, 0, 0.0001, -0.0001),
    sheet: sheetArb,
  })
  .map(({ b, bound, nudge, sheet }) => ({
    a: {
      kind: 'cell' as const,
      value: Number(new D(b).times(bound).plus(nudge).toString()),
      sheet,
    },
    b: { kind: 'cell' as const, value: b, sheet: 0 },
  }));

function twoOperandRule(
  name: string,
  compile: (a: Operand, b: Operand) => string,
  js: (a: Decimal | null, b: Decimal | null) => Expected,
  num1: fc.Arbitrary<number> = rateArb,
  num2: fc.Arbitrary<number> = rateArb,
  exact: fc.Arbitrary<{ a: Spec; b: Spec }> = exactRatio,
): RuleGen {
  return rule(
    name,
    fc
      .oneof(
        { weight: 3, arbitrary: fc.record({ a: operandSpec(num1), b: operandSpec(num2) }) },
        { weight: 1, arbitrary: exact },
      )
      .map(({ a, b }) => {
        const L = new Layout();
        const A = L.place(a);
        const B = L.place(b);
        return {
          cells: L.cells,
          formula: compile(A.operand, B.operand),
          expected: js(A.value, B.value),
        };
      }),
  );
}

const procurementRule = twoOperandRule(
  'procurement',
  (a, b) => F.procurementFormula({ actual: a, plan: b }),
  (a, b) => rubricNum(procurement({ actual: a, plan: b })),
);
const fixedAssetsRule = twoOperandRule(
  'fixedAssets',
  (a, b) => F.fixedAssetsFormula({ inUse: a, total: b }),
  (a, b) => rubricNum(fixedAssets({ inUse: a, total: b })),
);
const staffRule = twoOperandRule(
  'staffControl',
  (a, b) => F.staffControlFormula({ onStaff: a, establishment: b }),
  (a, b) => rubricNum(staffControl({ onStaff: a, establishment: b })),
);
/** Contract and on-staff counts whose ratio contract ÷ (on staff + contract) is 5% or 10%. */
const exactContract: fc.Arbitrary<{ a: Spec; b: Spec }> = fc
  .record({ k: fc.integer({ min: 1, max: 300 }), times: fc.constantFrom(9, 19, 8, 10, 18, 20) })
  .map(({ k, times }) => ({
    a: { kind: 'cell' as const, value: k, sheet: 0 },
    b: { kind: 'cell' as const, value: k * times, sheet: 0 },
  }));

const contractRule = twoOperandRule(
  'contractStaff',
  (a, b) => F.contractStaffFormula({ contract: a, onStaff: b }),
  (a, b) => rubricNum(contractStaff({ contract: a, onStaff: b })),
  rateArb,
  rateArb,
  exactContract,
);
const expenseRule = twoOperandRule(
  'expenseControl',
  (a, b) => F.expenseControlFormula({ actual: a, budget: b }),
  (a, b) => rubricNum(expenseControl({ actual: a, budget: b })),
);
const timelinessRule = twoOperandRule(
  'timeliness',
  (a, b) => F.timelinessFormula({ completed: a, planned: b }),
  (a, b) => rubricNum(timeliness({ completed: a, planned: b })),
);

const satisfactionRule = rule(
  'satisfaction',
  operandSpec(rateArb).map((s) => {
    const L = new Layout();
    const R = L.place(s);
    return {
      cells: L.cells,
      formula: F.satisfactionFormula({ rate: R.operand }),
      expected: rubricNum(satisfaction({ rate: R.value })),
    };
  }),
);

const keyTasksRule = rule(
  'keyTasks',
  operandSpec(
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, 1.5, 2.0001) },
    ),
  ).map((s) => {
    const L = new Layout();
    const N = L.place(s);
    return {
      cells: L.cells,
      formula: F.keyTasksFormula({ notDone: N.operand }),
      expected: rubricNum(keyTasks({ notDone: N.value })),
    };
  }),
);

const progressArb = fc.oneof(
  fc.constantFrom(0.25, 0.5, 0.75, 1, 0.261, 0.506, 0.736, 0.9945, 0, 1.2, -0.1),
  fc.integer({ min: 0, max: 12000 }).map((n) => n / 10000),
  numberArb,
);

const quarterlyRule = rule(
  'quarterly',
  fc
    .tuple(
      operandSpec(progressArb),
      operandSpec(progressArb),
      operandSpec(progressArb),
      operandSpec(progressArb),
    )
    .map((specs) => {
      const L = new Layout();
      const Q = specs.map((s) => L.place(s));
      const r = quarterlyExecution({ progress: [Q[0].value, Q[1].value, Q[2].value, Q[3].value] });
      return {
        cells: L.cells,
        formula: F.quarterlyFormula({
          progress: [Q[0].operand, Q[1].operand, Q[2].operand, Q[3].operand],
        }),
        expected: rubricNum(r),
      };
    }),
);

/** Every compiled rule with its generator. */
export const RULES: readonly RuleGen[] = [
  completionRule,
  scoreRule,
  completionScoreRule,
  capRule,
  statusQuantRule,
  statusCompletionRule,
  budgetRateRule,
  budgetScoreRule,
  gradeRule,
  totalRule,
  procurementRule,
  fixedAssetsRule,
  staffRule,
  contractRule,
  expenseRule,
  quarterlyRule,
  timelinessRule,
  satisfactionRule,
  keyTasksRule,
];

// ---------------------------------------------------------------------------------------------
// Comparing

/** Numbers agree when equal, or within 1e-12 relative (engines differ in the 16th digit). */
export function agree(expected: Expected, got: HarnessValue): boolean {
  if (typeof expected === 'string') return got === expected || (expected === '' && got === null);
  if (typeof got !== 'number') return false;
  if (got === expected) return true;
  return (
    Math.abs(got - expected) <= Math.max(1e-12 * Math.max(Math.abs(got), Math.abs(expected)), 1e-20)
  );
}

export function describeMismatch(c: FormulaCase, got: HarnessValue): string {
  return `[${c.rule}] expected ${JSON.stringify(c.expected)} got ${JSON.stringify(got)}\n  cells ${JSON.stringify(c.cells)}\n  ${c.formula}`;
}
