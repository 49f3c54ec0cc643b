import { gradeFor, totalScore } from '../../src/rules';
import { s } from './helpers';

describe('gradeFor', () => {
  it.each([
    [95.92, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
  ])('Jinshui 90/80/60: %p → %s', (total, label) => {
    expect(gradeFor(total, 'jinshui')).toMatchObject({ ok: true, label });
  });

  it.each([
    [99, '优秀'],
    [85, '优秀'],
    [84.99, '良好'],
    [75, '良好'],
    [74.99, '一般'],
    [60, '一般'],
    [59.99, '较差'],
  ])('seed 004 85/75/60: %p → %s', (total, label) => {
    expect(gradeFor(total, 'narrative2023')).toMatchObject({ ok: true, label });
  });

  it('needs a number', () => {
    expect(gradeFor(null)).toMatchObject({ ok: false });
  });
});

describe('totalScore', () => {
  it('adds the numeric cells, skipping text and blanks', () => {
    const r = totalScore([7.42, 18.5, 40, 30, null, '—', true]);
    expect(r.ok && s(r.total)).toBe('95.92');
  });
  it('caps at 100 and says so', () => {
    const r = totalScore([60, 50]);
    expect(r.ok && [s(r.total), r.capped, r.messages[0]?.code]).toEqual([
      '100',
      true,
      'totalCapped',
    ]);
  });
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    const r = totalScore([0.1, 0.2]);
    expect(r.ok && s(r.total)).toBe('0.3');
  });
  it('an error cell makes the total unknown', () => {
    expect(totalScore([1, { error: '#DIV/0!' }])).toMatchObject({ ok: false, reason: 'cellError' });
  });
});
