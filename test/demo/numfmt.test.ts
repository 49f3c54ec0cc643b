/** The demo grid shows number formats as Excel does (demo/numfmt.ts). */
import { formatValue } from '../../demo/numfmt';

test('a % inside quotes is text: no multiplication by 100', () => {
  expect(formatValue(95, '"≥"General"%"')).toBe('≥95%');
  expect(formatValue(20, '"≤"0"%"')).toBe('≤20%');
});

test('an unquoted % multiplies by 100', () => {
  expect(formatValue(0.7421, '0.00%')).toBe('74.21%');
  expect(formatValue(0.5, '0%')).toBe('50%');
});

test('digit placeholders, thousands, sections, escapes and General', () => {
  expect(formatValue(1.5, '0.00')).toBe('1.50');
  expect(formatValue(1234567.891, '#,##0.00')).toBe('1,234,567.89');
  expect(formatValue(-3, '0.0;[Red]-0.0')).toBe('-3.0');
  expect(formatValue(0, '0;-0;"—"')).toBe('—');
  expect(formatValue(12, '0\\件')).toBe('12件');
  expect(formatValue(0.1 + 0.2, undefined)).toBe('0.3');
  expect(formatValue(7.42, 'General')).toBe('7.42');
  expect(formatValue(2.5, '0.##')).toBe('2.5');
  expect(formatValue('合规', '@')).toBe('合规');
});
