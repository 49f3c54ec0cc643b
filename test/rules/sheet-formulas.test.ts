/**
 * The plan's own formulas (src/plan/formulas.ts) proven equal to the JavaScript rules in
 * HyperFormula, and kept to the functions every engine has.
 */
import fc from 'fast-check';
import { statusLabel, statusLabels } from '../../src/messages/reasons';
import {
  completionOnlyFormula,
  gradeWithFallbackFormula,
  judgedScoreFormula,
  knownTotalFormula,
  linkFormula,
  reasonValidationFormula,
  rubricProgressFormula,
  rubricScoreFormula,
  rubricStatusFormula,
  scoreValidationFormula,
} from '../../src/rules/formula/sheet';
import { completionOf } from '../../src/audit/basis';
import {
  D,
  formula as F,
  getProfile,
  gradeFor,
  reasonPresent,
  roundScore,
  scoreCompletion,
  totalScore,
} from '../../src/rules';
import type { CellValue } from '../../src/snapshot/types';
import { evaluateFormulas, type HarnessValue } from '../../tools/hf';

const ALLOWED =
  /^(IF|AND|OR|NOT|MIN|MAX|ROUND|ABS|ISNUMBER|ISBLANK|IFERROR|SUM|SUMPRODUCT|COUNTIF)$/;

function functionsOf(f: string): string[] {
  return [...f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

const num = fc.oneof(
  fc.double({ min: -2, max: 150, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
  fc.constantFrom(0, 1, 100, 0.5, 13.2),
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  num,
  fc.constantFrom<CellValue>(null, '100', '无', { error: '#DIV/0!' }, true),
);

const ev = (cells: Record<string, HarnessValue>, f: string): HarnessValue =>
  evaluateFormulas(cells, { Z1: f }).Z1;

const close = (a: HarnessValue, b: number | null): boolean =>
  b === null ? a === '' : typeof a === 'number' && Math.abs(a - b) < 1e-9;

describe('plan formulas', () => {
  it('use only functions every engine has', () => {
    const formulas = [
      linkFormula('A1', { kind: 'percentPoints' }),
      linkFormula('A1', { kind: 'scale', factor: 100 }),
      completionOnlyFormula('A1'),
      rubricScoreFormula({
        weight: 'A1',
        stated: 'B1',
        points: F.satisfactionFormula({ rate: 0.9 }),
      }),
      judgedScoreFormula({ weight: 'A1', stated: 'B1' }),
      rubricStatusFormula({
        weight: 'A1',
        stated: 'B1',
        expected: 'C1',
        judged: false,
        labels: statusLabels(),
      }),
      rubricProgressFormula({ weight: 'A1', expected: 'C1', labels: statusLabels() }),
      knownTotalFormula({ scores: ['A1:A5', 'B7'], count: 6 }),
      gradeWithFallbackFormula({ expected: 'A1', fallback: 'B1' }),
      scoreValidationFormula({ cell: 'A1', weight: 'B1', lo: 0.6, hi: 0.8 }),
      reasonValidationFormula({ cell: 'A1', status: 'B1', labels: statusLabels() }),
    ];
    for (const f of formulas) for (const fn of functionsOf(f)) expect(fn).toMatch(ALLOWED);
  });

  it('link: a 完成程度 typed as 100 reads as 100%, as the audit reads it', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const got = ev({ A1: v }, linkFormula('A1', { kind: 'percentPoints' }));
        const c =
          typeof v === 'number'
            ? completionOf({ address: 'A1', row: 1, col: 1, value: v, numberFormat: null })
            : undefined;
        const want = c && c.ok ? c.value.toNumber() : null;
        return close(got, want);
      }),
      { numRuns: 200 },
    );
  });

  it('completion degree of a completion row equals scoreCompletion', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const got = ev({ A1: v }, completionOnlyFormula('A1'));
        const r = typeof v === 'number' ? scoreCompletion({ completion: v, weight: 1 }) : null;
        const want = r && r.ok && r.completion ? r.completion.toNumber() : null;
        return close(got, want);
      }),
      { numRuns: 200 },
    );
  });

  it('rubric rows: score capped at the weight, status and progress as audit/rubric.ts', () => {
    const profile = getProfile('longhua');
    const label = (s: Parameters<typeof statusLabel>[0]) => statusLabel(s);
    fc.assert(
      fc.property(
        cellValue,
        cellValue,
        fc.constantFrom(0.7, 0.85, 0.92, 0.97),
        fc.boolean(),
        (w, s, rate, judged) => {
          const points = F.satisfactionFormula({ rate, profile });
          const scoreF = judged
            ? judgedScoreFormula({ weight: 'A1', stated: 'B1' })
            : rubricScoreFormula({ weight: 'A1', stated: 'B1', points, profile });
          const got = evaluateFormulas(
            { A1: w, B1: s },
            {
              C1: scoreF,
              D1: rubricStatusFormula({
                weight: 'A1',
                stated: 'B1',
                expected: 'C1',
                judged,
                profile,
                labels: statusLabels(),
              }),
              E1: rubricProgressFormula({ weight: 'A1', expected: 'C1', labels: statusLabels() }),
            },
          );
          // audit/rubric.ts
          const W = typeof w === 'number' ? new D(w) : null;
          const S = typeof s === 'number' ? new D(s) : null;
          const pts = rate >= 0.95 ? 6 : rate >= 0.9 ? 4 : rate >= 0.8 ? 2 : 1;
          if (W === null || S === null) {
            return (
              got.C1 === '' && got.D1 === label('needsInput') && got.E1 === label('needsInput')
            );
          }
          const expected = judged
            ? D.min(W, D.max(0, S))
            : roundScore(D.min(W, pts), profile.decimals);
          const wrong = judged
            ? S.greaterThan(W) || (S.isNegative() && !S.isZero())
            : S.minus(expected).abs().greaterThan(profile.tolerance);
          const short = expected.lessThan(W);
          const status = wrong ? 'wrong' : short ? 'short' : 'done';
          return (
            close(got.C1, expected.toNumber()) &&
            got.D1 === label(status) &&
            got.E1 === label(short ? 'short' : 'done')
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('known total: the capped sum while every part is a number, else ""', () => {
    const profile = getProfile('default');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(num, fc.constant<CellValue>('')), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const cells: Record<string, HarnessValue> = {};
          parts.forEach((p, i) => (cells[`A${i + 1}`] = p));
          const got = ev(
            cells,
            knownTotalFormula({ scores: [`A1:A${parts.length}`], count: parts.length, profile }),
          );
          if (parts.some((p) => typeof p !== 'number')) return got === '';
          const t = totalScore(parts, profile);
          return t.ok && close(got, t.total.toNumber());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('grade of the expected total, or of the stated total while it is unknown', () => {
    const profile = getProfile('narrative2023');
    fc.assert(
      fc.property(fc.option(num), num, (expected, stated) => {
        const got = ev(
          { A1: expected, B1: stated },
          gradeWithFallbackFormula({ expected: 'A1', fallback: 'B1', profile }),
        );
        const g = gradeFor(expected ?? stated, profile);
        return g.ok && got === g.label;
      }),
      { numRuns: 200 },
    );
  });

  it('validation: a score within [0, weight] and the band; a real reason when short', () => {
    const band = scoreValidationFormula({ cell: 'A1', weight: 'B1', lo: 0.6, hi: 0.8 });
    expect(ev({ A1: 7, B1: 10 }, band)).toBe(true);
    expect(ev({ A1: 8.01, B1: 10 }, band)).toBe(true); // within the tolerance
    expect(ev({ A1: 9, B1: 10 }, band)).toBe(false);
    expect(ev({ A1: 5, B1: 10 }, band)).toBe(false);
    const plain = scoreValidationFormula({ cell: 'A1', weight: 5 });
    expect([
      ev({ A1: 5 }, plain),
      ev({ A1: 5.5 }, plain),
      ev({ A1: -1 }, plain),
      ev({ A1: '五' }, plain),
    ]).toEqual([true, false, false, false]);
    const reason = reasonValidationFormula({ cell: 'A1', status: 'B1', labels: statusLabels() });
    for (const v of ['资金不足', '无', '/', ' ', 1, 0] as CellValue[]) {
      expect(ev({ A1: v, B1: '缺少原因' }, reason)).toBe(reasonPresent(v));
      expect(ev({ A1: v, B1: '完成' }, reason)).toBe(true);
    }
  });
});
