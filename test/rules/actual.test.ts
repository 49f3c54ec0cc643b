import { parseActual } from '../../src/rules';

describe('parseActual', () => {
  it('reads numbers with units', () => {
    expect(parseActual({ actual: '219件' })).toMatchObject({
      ok: true,
      kind: 'number',
      unit: { text: '件' },
    });
    expect(parseActual({ actual: 74.2, unit: '%' })).toMatchObject({
      ok: true,
      kind: 'number',
      unit: { text: '%' },
    });
    const r = parseActual({ actual: '18万元' });
    expect(r.ok && r.kind === 'number' && r.unit?.factor.toString()).toBe('10000');
  });

  it('reads 100% as a percentage (typed, full-width, or formatted)', () => {
    for (const r of [
      parseActual({ actual: '100%' }),
      parseActual({ actual: '１００％' }),
      parseActual({ actual: 1, numberFormat: '0%' }),
    ]) {
      expect(r.ok && r.kind === 'number' && [r.value.toString(), r.unit?.text]).toEqual([
        '100',
        '%',
      ]);
    }
  });

  it('notes an operator written in the actual value and uses the number', () => {
    const r = parseActual({ actual: '95%以上' });
    expect(r.ok && r.kind === 'number' && r.value.toString()).toBe('95');
    expect(r.messages.map((m) => m.code)).toContain('actualHasOperator');
  });

  it('keeps words as text', () => {
    expect(parseActual({ actual: '已完成' })).toMatchObject({
      ok: true,
      kind: 'text',
      text: '已完成',
    });
    expect(parseActual({ actual: '管理规范' })).toMatchObject({ ok: true, kind: 'text' });
  });

  it.each([
    ['31..5', 'malformedNumber'],
    ['', 'empty'],
    ['—', 'placeholder'],
    ['/', 'placeholder'],
  ])('never throws: %p → %s', (text, reason) => {
    expect(parseActual({ actual: text })).toMatchObject({ ok: false, reason });
  });

  it('rejects blank, boolean and error cells', () => {
    expect(parseActual({ actual: null })).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseActual({ actual: true })).toMatchObject({ ok: false, reason: 'booleanValue' });
    expect(parseActual({ actual: { error: '#N/A' } })).toMatchObject({
      ok: false,
      reason: 'cellError',
    });
  });
});
