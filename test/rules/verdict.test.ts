import {
  completionVerdict,
  parseActual,
  parseTarget,
  rowVerdict,
  type CellValue,
} from '../../src/rules';

function verdict(
  target: CellValue,
  actual: CellValue,
  weight: CellValue | number,
  stated?: number | null | string,
  reasons?: CellValue[],
  unit?: string,
) {
  return rowVerdict({
    target: parseTarget({ target, unit }),
    actual: parseActual({ actual, unit }),
    weight: typeof weight === 'number' ? weight : null,
    statedScore: stated === undefined ? undefined : typeof stated === 'string' ? null : stated,
    reasons,
  });
}

const flags = (v: ReturnType<typeof verdict>) => [
  v.status,
  v.short,
  v.wrong,
  v.needsInput,
  v.missingReason,
];

describe('rowVerdict', () => {
  it('done', () => {
    expect(flags(verdict('≥150', 219, 6, 6, [null], '件'))).toEqual([
      'done',
      false,
      false,
      false,
      false,
    ]);
  });

  it('short with a reason', () => {
    expect(flags(verdict('≥95', 90, 6, 5.68, ['人员不足'], '%'))).toEqual([
      'short',
      true,
      false,
      false,
      false,
    ]);
  });

  it('short without a reason: blanks, fillers and FALSE ticks do not count', () => {
    const v = verdict('≥95', 90, 6, 5.68, [null, '\u3000', '无', false, 0], '%');
    expect(flags(v)).toEqual(['missingReason', true, false, false, true]);
    expect(v.messages.map((m) => m.code)).toEqual(
      expect.arrayContaining(['short', 'missingReason']),
    );
  });

  it('a tick counts as a reason', () => {
    expect(verdict('≥95', 90, 6, 5.68, [null, '√'], '%').missingReason).toBe(false);
    expect(verdict('≥95', 90, 6, 5.68, [true], '%').missingReason).toBe(false);
  });

  it('no reason columns on the form: short, never missingReason', () => {
    expect(verdict('≥95', 90, 6, 5.68, undefined, '%').status).toBe('short');
  });

  it('wrong: stated differs by more than the tolerance (Jinshui 预算执行率 ≥70, 74.2, stated 1.5 of 2)', () => {
    const v = verdict('≥70', 74.2, 2, 1.5, [null], '%');
    expect(flags(v)).toEqual(['wrong', false, true, false, false]);
    expect(v.messages.find((m) => m.code === 'scoreWrong')?.params).toEqual({
      stated: '1.5',
      expected: '2',
    });
  });

  it('within the tolerance is not wrong', () => {
    expect(verdict('≥95', 90, 6, 5.67, ['x'], '%').wrong).toBe(false);
    expect(verdict('≥95', 90, 6, 5.69, ['x'], '%').wrong).toBe(false);
    expect(verdict('≥95', 90, 6, 5.7, ['x'], '%').wrong).toBe(true);
  });

  it('wrong: above the weight, or negative', () => {
    expect(verdict('≥1', 1, 5, 6).messages.map((m) => m.code)).toContain('scoreAboveWeight');
    expect(verdict('≥1', 1, 5, -1).messages.map((m) => m.code)).toContain('scoreNegative');
  });

  it('wrong and missing reason at once: status shows the score first (Jinshui 结转结余率 20≤, 25.79, stated 0)', () => {
    const v = verdict('20≤', 25.79, 1, 0, [null], '%');
    expect(flags(v)).toEqual(['wrong', true, true, false, true]);
  });

  it('qualitative band: a stated score outside 80–100% of the weight is wrong', () => {
    expect(verdict('满意', '基本满意', 10, 9).wrong).toBe(false);
    const v = verdict('满意', '基本满意', 10, 7);
    expect(v.wrong).toBe(true);
    expect(v.messages.map((m) => m.code)).toContain('scoreOutsideBand');
  });

  it('needs input: missing operator where the direction matters', () => {
    const v = verdict(100, 98, 7, 7, [null], '%');
    expect(flags(v)).toEqual(['needsInput', false, false, true, false]);
    expect(v.messages.map((m) => m.code)).toContain('missingOperator');
  });

  it('needs input: unparsable number, missing weight, missing stated score', () => {
    expect(verdict('≥30', '31..5', 5, 5).status).toBe('needsInput');
    expect(verdict('≥30', 31, 'x', 5).status).toBe('needsInput');
    const v = verdict('≥30', 31, 5, null);
    expect(v.status).toBe('needsInput');
    expect(v.messages.map((m) => m.code)).toContain('missingStatedScore');
  });
});

describe('completionVerdict', () => {
  it('mirrors the completion status formula', () => {
    expect(completionVerdict({ completion: 1, weight: 15, statedScore: 15 }).status).toBe('done');
    expect(
      completionVerdict({ completion: 0.8, weight: 15, statedScore: 12, reasons: [null] }).status,
    ).toBe('missingReason');
    expect(completionVerdict({ completion: 0.8, weight: 15, statedScore: 15 }).status).toBe(
      'wrong',
    );
    expect(completionVerdict({ completion: null, weight: 15 }).status).toBe('needsInput');
  });
});
