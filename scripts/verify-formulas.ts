/**
 * Proves that every compiled formula computes what the rules module computes: evaluates each
 * rule's formula in HyperFormula (configured for Excel compatibility, test/rules/hf.ts) over
 * random inputs (test/rules/cases.ts) and compares with the JavaScript result.
 *
 *   npm run --silent verify-formulas            # 600 cases per rule, fixed seed
 *   VERIFY_PER_RULE=2000 VERIFY_SEED=7 npm run --silent verify-formulas
 *
 * Prints up to 20 mismatches, then exactly `formulas: <N> cases, <M> mismatches` as the last
 * line, and exits non-zero when M > 0.
 */
import fc from 'fast-check';
import { agree, describeMismatch, FORMULA_CELL, RULES } from '../tools/formula-cases';
import { FormulaHarness } from '../tools/hf';

const perRule = Number(process.env.VERIFY_PER_RULE ?? 600);
const seed = Number(process.env.VERIFY_SEED ?? 20240521);

const harness = new FormulaHarness();
let cases = 0;
let mismatches = 0;
const shown: string[] = [];
const started = Date.now();

RULES.forEach((rule, i) => {
  const sample = fc.sample(rule.arb, { numRuns: perRule, seed: seed + i });
  let bad = 0;
  for (const c of sample) {
    const got = harness.evaluate(c.cells, { [FORMULA_CELL]: c.formula })[FORMULA_CELL];
    cases++;
    if (!agree(c.expected, got)) {
      bad++;
      mismatches++;
      if (shown.length < 20) shown.push(describeMismatch(c, got));
    }
  }
  console.log(
    `${rule.name.padEnd(20)} ${String(sample.length).padStart(6)} cases ${String(bad).padStart(4)} mismatches`,
  );
});
harness.destroy();

for (const s of shown) console.log(s);
console.log(`(seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`formulas: ${cases} cases, ${mismatches} mismatches`);
if (mismatches > 0) process.exitCode = 1;
