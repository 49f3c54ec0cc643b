import fc from 'fast-check';
import { formula as F, getProfile, ProfileSchema } from '../../src/rules';
import { statusLabel, statusLabels } from '../../src/messages/reasons';
import { FORMULA_CELL, RULES } from '../../tools/formula-cases';
import { evaluateFormulas, HF_CONFIG, toHyperFormulaDialect } from '../../tools/hf';

const ALLOWED = new Set([
  'IF',
  'AND',
  'OR',
  'NOT',
  'MIN',
  'MAX',
  'ROUND',
  'ABS',
  'ISNUMBER',
  'ISBLANK',
  'IFERROR',
  'SUM',
  'SUMPRODUCT',
  'COUNTIF',
]);

/** Splits a formula into string literals and the rest (Excel syntax: "" inside a literal is a quote). */
function literals(formula: string): { strings: string[]; code: string } {
  const strings: string[] = [];
  let code = '';
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === "'") {
      const j = formula.indexOf("'", i + 1);
      let k = j;
      while (formula[k + 1] === "'") k = formula.indexOf("'", k + 2);
      code += formula.slice(i, k + 1);
      i = k + 1;
    } else if (formula[i] === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= formula.length) throw new Error(`unterminated literal in ${formula}`);
        if (formula[j] === '"' && formula[j + 1] === '"') {
          text += '"';
          j += 2;
        } else if (formula[j] === '"') break;
        else text += formula[j++];
      }
      strings.push(text);
      code += '""';
      i = j + 1;
    } else code += formula[i++];
  }
  return { strings, code };
}

describe('literals', () => {
  it('escapes string literals by doubling quotes', () => {
    expect(F.stringLiteral('完成')).toBe('"完成"');
    expect(F.stringLiteral('a"b')).toBe('"a""b"');
    expect(F.stringLiteral('""')).toBe('""""""');
  });

  it('writes numbers in plain notation', () => {
    expect(F.numberLiteral(1e-7)).toBe('0.0000001');
    expect(F.numberLiteral(1e21)).toBe('1000000000000000000000');
    expect(F.numberLiteral(-5)).toBe('(-5)');
    expect(F.numberLiteral(-0)).toBe('0');
    expect(F.numberLiteral(0.1 + 0.2)).toBe('0.3');
    expect(() => F.numberLiteral(Number.NaN)).toThrow(F.FormulaError);
  });

  it('quotes sheet names when needed', () => {
    expect(F.quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(F.quoteSheetName('Sheet 1')).toBe("'Sheet 1'");
    expect(F.quoteSheetName("It's")).toBe("'It''s'");
    expect(F.quoteSheetName('绩效表')).toBe("'绩效表'");
    expect(F.quoteSheetName('A1')).toBe("'A1'");
    expect(F.quoteSheetName('TRUE')).toBe("'TRUE'");
    expect(() => F.quoteSheetName('a/b')).toThrow(F.FormulaError);
    expect(F.cellRef('b3', 'Sheet 1')).toBe("'Sheet 1'!B3");
  });

  it('validates references', () => {
    expect(F.parseRef("'It''s 数据'!$B$3")).toEqual({
      sheet: "It's 数据",
      a1: '$B$3',
      range: false,
    });
    expect(F.parseRef('A1:B9')).toMatchObject({ range: true });
    expect(() => F.parseRef('Sheet 1!B3')).toThrow(F.FormulaError);
    expect(() => F.parseRef('B0')).toThrow(F.FormulaError);
    expect(() =>
      F.indicatorScoreFormula({ actual: 'foo', target: 1, weight: 1, operator: '>=' }),
    ).toThrow(F.FormulaError);
  });
});

describe('compiled formulas', () => {
  const sample = RULES.flatMap((r) => fc.sample(r.arb, { numRuns: 40, seed: 7 }));

  it('start with = and use only functions all three spreadsheets share', () => {
    for (const c of sample) {
      expect(c.formula.startsWith('=')).toBe(true);
      const { code } = literals(c.formula);
      const used = [...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const f of used) expect([c.rule, f, ALLOWED.has(f)]).toEqual([c.rule, f, true]);
      expect(code).not.toMatch(/\dE[-+]?\d/i);
    }
  });

  it('embed only known text: statuses, grade labels, reason fillers, ""', () => {
    const known = new Set<string>(['', ' ', '\u3000', '/', '／', '-', '－', '—', '——', '无']);
    for (const s of ['done', 'short', 'wrong', 'missingReason', 'needsInput'] as const)
      known.add(statusLabel(s));
    for (const p of ['default', 'jinshui', 'narrative2023']) {
      const g = getProfile(p).grades;
      known.add(g.below);
      for (const b of g.bands) known.add(b.label);
    }
    for (const c of sample)
      for (const s of literals(c.formula).strings) expect(known.has(s)).toBe(true);
  });

  it('escape a grade label holding quotes, and the spreadsheet shows it unchanged', () => {
    const profile = ProfileSchema.parse({
      ...getProfile('default'),
      id: 'quoted',
      grades: { bands: [{ min: 90, label: '"优"' }], below: 'a\\b"' },
    });
    const f = F.gradeFormula({ total: 'A1', profile });
    expect(f).toContain('"""优"""');
    expect(evaluateFormulas({ A1: 95 }, { B1: f }).B1).toBe('"优"');
    expect(evaluateFormulas({ A1: 5 }, { B1: f }).B1).toBe('a\\b"');
  });

  it('read sheet-qualified references', () => {
    const out = evaluateFormulas(
      { "'Sheet 1'!B3": 90, "'It''s'!C3": 100, D3: 10 },
      {
        E3: F.indicatorScoreFormula({
          actual: "'Sheet 1'!B3",
          target: "'It''s'!C3",
          weight: 'D3',
          operator: '>=',
        }),
      },
    );
    expect(out.E3).toBe(9);
  });

  it('yield "" or 待补充, never #VALUE!, for blank or text inputs', () => {
    const cells = { A1: 'abc', B1: null, C1: '95', D1: true };
    const out = evaluateFormulas(cells, {
      E1: F.indicatorScoreFormula({ actual: 'A1', target: 'B1', weight: 'C1', operator: '>=' }),
      E2: F.statusFormula({
        kind: 'quantitative',
        actual: 'A1',
        target: 90,
        weight: 'D1',
        operator: '>=',
        stated: 'B1',
        labels: statusLabels(),
      }),
      E3: F.budgetScoreFormula({ initial: 'A1', adjusted: 'B1', executed: 'C1', weight: 10 }),
      E4: F.gradeFormula({ total: 'C1' }),
      E5: F.totalFormula({ scores: ['A1', 'B1', 'C1', 'D1'] }),
      E6: F.quarterlyFormula({ progress: ['A1', 'B1', 0.5, 1] }),
    });
    expect(out).toEqual({ E1: '', E2: statusLabel('needsInput'), E3: '', E4: '', E5: 0, E6: '' });
  });

  it('literal targets fold the zero-target branch away', () => {
    expect(F.completionFormula({ actual: 'A1', target: 95, operator: '>=' })).toBe(
      '=IF(ISNUMBER(A1),IF(A1>=95,1,MIN(MAX((ROUND(ROUND((A1/95)*10000000000,3),0)/10000000000),0),1)),"")',
    );
  });

  it('the status formula lists each reason cell', () => {
    const f = F.statusFormula({
      kind: 'completion',
      completion: 'C5',
      weight: 'E5',
      stated: 'F5',
      reasons: ['G5', 'H5'],
      labels: statusLabels('en'),
    });
    expect(f).toContain('ISBLANK(G5)');
    expect(f).toContain('ISBLANK(H5)');
    expect(f).toContain('"Reason missing"');
    expect(() =>
      F.statusFormula({
        kind: 'completion',
        completion: 'C5',
        weight: 1,
        reasons: ['G5:H5'],
        labels: statusLabels(),
      }),
    ).toThrow(F.FormulaError);
  });
});

describe('HyperFormula harness', () => {
  it('is configured for Excel compatibility', () => {
    expect(HF_CONFIG).toMatchObject({
      licenseKey: 'gpl-v3',
      evaluateNullToZero: true,
      leapYear1900: true,
      smartRounding: true,
      useRegularExpressions: false,
      matchWholeCell: true,
      caseSensitive: false,
      ignorePunctuation: false,
    });
  });

  it('rewrites doubled quotes into CHAR(34) for HyperFormula', () => {
    expect(toHyperFormulaDialect('=IF(A1,"a""b","")')).toBe('=IF(A1,("a"&CHAR(34)&"b"),"")');
    expect(toHyperFormulaDialect("='It''s'!A1&\"x\"")).toBe("='It''s'!A1&\"x\"");
  });

  it('evaluates the way Excel does at a rounding half (1.005 → 1.01)', () => {
    const out = evaluateFormulas(
      { A1: 1.005, B1: 1 },
      { C1: F.completionScoreFormula({ completion: 1, weight: 'A1' }) },
    );
    expect(out.C1).toBe(1.01);
    expect(evaluateFormulas({}, { A1: '=ROUND(1.005,2)' }).A1).toBe(1);
  });

  it('places a formula result in the Z1 cell used by the cases', () => {
    expect(FORMULA_CELL).toBe('Z1');
  });
});
