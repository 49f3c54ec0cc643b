import { cellNumber, parseNumber, resolveNum } from '../../src/rules';
import { s } from './helpers';

describe('parseNumber', () => {
  it.each([
    ['95', '95', false],
    ['95%', '0.95', true],
    ['95％', '0.95', true],
    ['１２３．５', '123.5', false],
    ['1,234.56', '1234.56', false],
    ['  2677.71 ', '2677.71', false],
    ['-3.5', '-3.5', false],
    ['5‰', '0.005', false],
    ['¥100', '100', false],
  ])('reads %p', (text, value, percent) => {
    const r = parseNumber(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(s(r.value)).toBe(value);
      expect(r.percent).toBe(percent);
      expect(r.fromText).toBe(true);
    }
  });

  it('reads number cells at 15 significant digits', () => {
    const r = parseNumber(0.1 + 0.2);
    expect(r.ok && s(r.value)).toBe('0.3');
  });

  it('reads 0.95 in a percent-formatted cell as 95%', () => {
    const r = parseNumber(0.95, '0.00%');
    expect(r.ok && r.percent).toBe(true);
    expect(r.ok && s(r.value)).toBe('0.95');
    expect(
      parseNumber(0.95, '"%"0').ok && (parseNumber(0.95, '"%"0') as { percent: boolean }).percent,
    ).toBe(false);
  });

  it.each([
    ['31..5', 'malformedNumber'],
    ['1.2.3', 'malformedNumber'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['—', 'placeholder'],
    ['——', 'placeholder'],
    ['/', 'placeholder'],
    ['无', 'placeholder'],
    ['abc', 'notANumber'],
    ['30次', 'notANumber'],
  ])('rejects %p with %s, never throwing', (text, reason) => {
    const r = parseNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.messages[0].code).toBe(reason);
    }
  });

  it('rejects blanks, booleans and errors', () => {
    expect(parseNumber(null)).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseNumber(true)).toMatchObject({ ok: false, reason: 'booleanValue' });
    expect(parseNumber({ error: '#DIV/0!' })).toMatchObject({ ok: false, reason: 'cellError' });
    expect(parseNumber(Number.POSITIVE_INFINITY)).toMatchObject({
      ok: false,
      reason: 'notANumber',
    });
  });
});

describe('cellNumber (the formula view of a cell)', () => {
  it('is a number only for number cells', () => {
    expect(s(cellNumber(12.5))).toBe('12.5');
    expect(cellNumber('95')).toBeNull();
    expect(cellNumber(true)).toBeNull();
    expect(cellNumber(null)).toBeNull();
    expect(cellNumber({ error: '#N/A' })).toBeNull();
  });
});

describe('resolveNum', () => {
  it('accepts numbers, Decimals and parse results', () => {
    expect(resolveNum(3, 'missingValue')).toMatchObject({ ok: true });
    expect(resolveNum(parseNumber('3'), 'missingValue')).toMatchObject({ ok: true });
    expect(resolveNum(parseNumber('x'), 'missingValue')).toMatchObject({
      ok: false,
      reason: 'notANumber',
    });
    expect(resolveNum(undefined, 'missingWeight')).toMatchObject({
      ok: false,
      reason: 'missingWeight',
    });
  });
});
