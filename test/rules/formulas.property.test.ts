/**
 * Property: every compiled formula, evaluated in HyperFormula configured like Excel, gives what
 * the rules module gives, over random inputs including blanks, text in number cells, booleans,
 * errors, zero and negative values, band boundaries and very large or small numbers.
 * scripts/verify-formulas.ts runs the same generators for 10,000+ cases.
 */
import fc from 'fast-check';
import { agree, describeMismatch, FORMULA_CELL, RULES } from '../../tools/formula-cases';
import { FormulaHarness } from '../../tools/hf';

const harness = new FormulaHarness();
afterAll(() => harness.destroy());

describe('compiled formulas agree with the rules module', () => {
  it.each(RULES.map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    fc.assert(
      fc.property(rule.arb, (c) => {
        const got = harness.evaluate(c.cells, { [FORMULA_CELL]: c.formula })[FORMULA_CELL];
        if (!agree(c.expected, got)) throw new Error(describeMismatch(c, got));
      }),
      { numRuns: 300 },
    );
  });
});
