import {
  D,
  roundGuarded,
  roundRate,
  roundScore,
  roundTo,
  toNumber,
  fromNumber,
  sumOf,
} from '../../src/rules';
import fc from 'fast-check';

describe('roundTo matches Excel ROUND', () => {
  it.each([
    [1.005, 2, '1.01'],
    [2.675, 2, '2.68'],
    [0.285, 2, '0.29'],
    [-2.5, 0, '-3'],
    [2.5, 0, '3'],
    [-1.005, 2, '-1.01'],
    [1234.5678, -2, '1200'],
    [0.1 + 0.2, 15, '0.3'],
    [7.42094, 2, '7.42'],
  ])('ROUND(%p, %p) = %s', (x, d, expected) => {
    expect(roundTo(x, d).toString()).toBe(expected);
  });

  it('keeps Decimal inputs exact', () => {
    expect(roundTo(new D('1.0049999999999999999'), 2).toString()).toBe('1');
  });
});

describe('guarded rounding (what the compiled formulas compute)', () => {
  it('rounds half away from zero at the score precision', () => {
    expect(roundScore(new D('7.425'), 2).toString()).toBe('7.43');
    expect(roundScore(new D('-7.425'), 2).toString()).toBe('-7.43');
    expect(roundScore(new D('7.4249'), 2).toString()).toBe('7.42');
  });
  it('treats values within the guard of a half as the half', () => {
    expect(roundGuarded(new D('1.0049999999'), 2).toString()).toBe('1.01');
  });
  it('rounds rates to 10 decimals', () => {
    expect(roundRate(new D(173.65).div(234)).toString()).toBe('0.7420940171');
  });
});

describe('no binary floating-point error reaches a value', () => {
  it('adds 0.1 and 0.2 exactly', () => {
    expect(new D(0.1).plus(0.2).toString()).toBe('0.3');
  });
  it('reads numbers at 15 significant digits, as Excel does', () => {
    expect(fromNumber(0.1 + 0.2)?.toString()).toBe('0.3');
    expect(fromNumber(Number.NaN)).toBeNull();
    expect(toNumber(new D('7.42'))).toBe(7.42);
    expect(toNumber(null)).toBeNull();
  });
});

describe('sumOf is the exact decimal sum', () => {
  const exact = (xs: InstanceType<typeof D>[]) => xs.reduce((a, b) => a.plus(b), new D(0));

  it('adds what binary floating point would get wrong', () => {
    expect(sumOf([new D('0.1'), new D('0.2')]).toString()).toBe('0.3');
    expect(sumOf([new D('33.33'), new D('33.33'), new D('33.34')]).toString()).toBe('100');
    expect(sumOf([]).toString()).toBe('0');
  });

  it('falls back to decimal.js beyond the scaled range (many places, huge values)', () => {
    const places = [new D('0.1234567'), new D('0.0000001')];
    expect(sumOf(places).toString()).toBe('0.1234568');
    const huge = [new D('999999999999'), new D('0.5'), new D('1e20')];
    expect(sumOf(huge).equals(exact(huge))).toBe(true);
    const many = Array.from({ length: 20 }, () => new D('999999999.999999'));
    expect(sumOf(many).equals(exact(many))).toBe(true);
  });

  it('agrees with decimal.js on random scores, weights and amounts', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -2e9, max: 2e9 }), fc.integer({ min: 0, max: 9 }))
      .map(([n, places]) => new D(n).div(new D(10).pow(places)));
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 60 }), (xs) => {
        expect(sumOf(xs).toString()).toBe(exact(xs).toString());
      }),
      { numRuns: 500 },
    );
  });
});
