import {
  D,
  roundGuarded,
  roundRate,
  roundScore,
  roundTo,
  toNumber,
  fromNumber,
} from '../../src/rules';

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
