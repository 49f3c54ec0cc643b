/**
 * The registry follows the rows (src/plan/follow.ts), on a small sheet whose indicator rows are
 * named in column C: rows inserted above, inside and below the table, a row deleted, repeated
 * names, a renamed row, and what moves with the rows (cells and their formulas, adopted scores,
 * validated and highlighted ranges, the total).
 */
import { followRows } from '../../src/plan/follow';
import type { Entry } from '../../src/plan/registry';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/snapshot/types';

const S = '表';

/** A sheet with the given names in column C from row 3 (null: an empty row). */
function sheetWith(names: (string | null)[]): WorkbookSnapshot {
  const values: SheetSnapshot['values'] = [['标题'], [null, null, '三级指标']];
  for (const n of names) values.push([null, null, n]);
  return {
    sheets: [{ name: S, values, merges: [], hiddenRows: [], hiddenColumns: [] }],
  };
}

/** The registry of a table written on rows 3.. with the given names. */
function written(names: string[]): Entry[] {
  const out: Entry[] = [
    {
      t: 'cell',
      s: S,
      a: 'K2',
      role: 'helper',
      v: null,
      f: null,
      nf: null,
      w: '"【自评助手】系统得分"',
    },
  ];
  names.forEach((n, i) => {
    const r = i + 3;
    out.push(
      {
        t: 'cell',
        s: S,
        a: `K${r}`,
        role: 'helper',
        v: null,
        f: null,
        nf: null,
        w: `=IF(ISNUMBER(G${r}),G${r},"")`,
      },
      { t: 'cell', s: S, a: `H${r}`, role: 'adopt', v: 1.5, f: null, nf: null, w: `=K${r}` },
      { t: 'row', s: S, row: r, score: `K${r}`, status: `L${r}`, n: { c: 'C', v: n } },
    );
  });
  const last = names.length + 2;
  out.push(
    {
      t: 'cell',
      s: S,
      a: `K${last + 1}`,
      role: 'helper',
      v: null,
      f: null,
      nf: null,
      w: `=SUM(K3:K${last})`,
    },
    { t: 'total', s: S, row: last + 1, cell: `K${last + 1}` },
    { t: 'dv', s: S, r: [`H3:H${last}`, 'H3'] },
    { t: 'cf', s: S, r: `A3:I${last}`, f: [`$L3="得分有误"`, `'其他'!A3=1`] },
  );
  return out;
}

/** The sheet's cells as the engine leaves them: the written formulas where `rows` say. */
function withFormulas(wb: WorkbookSnapshot, at: Record<string, string>): WorkbookSnapshot {
  const s = wb.sheets[0];
  s.formulas = s.values.map(() => []);
  for (const [a1, f] of Object.entries(at)) {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    while (s.formulas.length <= row) s.formulas.push([]);
    while (s.values.length <= row) s.values.push([]);
    s.formulas[row][col] = f;
  }
  return wb;
}

const rowsOf = (entries: Entry[]): number[] =>
  entries.flatMap((e) => (e.t === 'row' ? [e.row] : []));
const cell = (entries: Entry[], role: string, a: string) =>
  entries.find((e) => e.t === 'cell' && e.role === role && e.a === a);

describe('the registry follows the rows', () => {
  const names = ['甲', '乙', '丙', '丁'];

  test('nothing moved: the very same entries', () => {
    const entries = written(names);
    expect(followRows(sheetWith(names), entries)).toBe(entries);
  });

  test('a row inserted inside the table: the rows below, their formulas, ranges and total move', () => {
    const wb = withFormulas(sheetWith(['甲', '乙', null, '丙', '丁']), { K8: '=SUM(K3:K7)' });
    const out = followRows(wb, written(names));
    expect(rowsOf(out)).toEqual([3, 4, 6, 7]);
    expect(cell(out, 'adopt', 'H6')).toMatchObject({ w: '=K6', v: 1.5 });
    expect(cell(out, 'helper', 'K7')).toMatchObject({ w: '=IF(ISNUMBER(G7),G7,"")' });
    expect(cell(out, 'helper', 'K8')).toMatchObject({ w: '=SUM(K3:K7)' });
    expect(out.find((e) => e.t === 'total')).toMatchObject({ row: 8, cell: 'K8' });
    // the range grows over the inserted row; the single cell takes in the row inserted below it
    expect(out.find((e) => e.t === 'dv')).toMatchObject({ r: ['H3:H7', 'H3'] });
    expect(out.find((e) => e.t === 'cf')).toMatchObject({
      r: 'A3:I7',
      f: ['$L3="得分有误"', "'其他'!A3=1"],
    });
    expect(cell(out, 'helper', 'K2')).toBeDefined();
  });

  test('a row inserted above the table: everything moves, formulas follow, other sheets stay', () => {
    const wb = withFormulas(sheetWith([null, ...names]), { K8: '=SUM(K4:K7)' });
    // the header moved too: one more row on top
    wb.sheets[0].values.splice(1, 0, []);
    wb.sheets[0].values.splice(3, 1);
    const out = followRows(wb, written(names));
    expect(rowsOf(out)).toEqual([4, 5, 6, 7]);
    expect(out.find((e) => e.t === 'cf')).toMatchObject({
      r: 'A4:I7',
      f: ['$L4="得分有误"', "'其他'!A3=1"],
    });
    expect(out.find((e) => e.t === 'total')).toMatchObject({ cell: 'K8' });
  });

  test('a row deleted: its entries go, the rows below move up', () => {
    const wb = withFormulas(sheetWith(['甲', '丙', '丁']), { K6: '=SUM(K3:K5)' });
    const out = followRows(wb, written(names));
    expect(rowsOf(out)).toEqual([3, 4, 5]);
    expect(
      out.filter((e) => e.t === 'cell' && e.role === 'adopt').map((e) => (e as { a: string }).a),
    ).toEqual(['H3', 'H4', 'H5']);
    expect(cell(out, 'adopt', 'H4')).toMatchObject({ w: '=K4' });
    expect(out.find((e) => e.t === 'dv')).toMatchObject({ r: ['H3:H5', 'H3'] });
  });

  test('repeated names are matched in order between the rows found around them', () => {
    const rep = ['甲', '满意度', '乙', '满意度'];
    const wb = sheetWith(['甲', null, '满意度', '乙', '满意度']);
    const out = followRows(wb, written(rep));
    expect(rowsOf(out)).toEqual([3, 5, 6, 7]);
    // the first of them deleted: the second is still the second
    const gone = followRows(sheetWith(['甲', '乙', '满意度']), written(rep));
    expect(rowsOf(gone)).toEqual([3, 4, 5]);
    expect(gone.find((e) => e.t === 'row' && e.row === 5)).toMatchObject({ n: { v: '满意度' } });
  });

  test('one of a run of rows with the same name deleted: the run is dropped, not guessed', () => {
    const run = ['甲', '满意度', '满意度', '满意度', '乙'];
    const out = followRows(sheetWith(['甲', '满意度', '满意度', '乙']), written(run));
    // which of the three went cannot be told: putting a stated score back one row off would be
    // a wrong figure, so the three rows' entries go (甲 and 乙 are followed)
    expect(rowsOf(out)).toEqual([3, 6]);
    expect(
      out.filter((e) => e.t === 'cell' && e.role === 'adopt').map((e) => (e as { a: string }).a),
    ).toEqual(['H3', 'H6']);
    // a row of that name inserted into the run: likewise
    const more = followRows(
      sheetWith(['甲', '满意度', '满意度', '满意度', '满意度', '乙']),
      written(run),
    );
    expect(rowsOf(more)).toEqual([3, 8]);
  });

  test('a row renamed while the rows around it moved alike moves with them', () => {
    // the renamed row's score cell moved with it (the engine moves the row's cells)
    const wb = withFormulas(sheetWith([null, '甲', '改名', '丙', '丁']), {
      K5: '=IF(ISNUMBER(G5),G5,"")',
    });
    expect(rowsOf(followRows(wb, written(names)))).toEqual([4, 5, 6, 7]);
  });

  test('a registry without names is left as it is', () => {
    const entries = written(names).map((e) => {
      if (e.t !== 'row') return e;
      const { n: _n, ...rest } = e;
      return rest;
    });
    expect(followRows(sheetWith([null, ...names]), entries)).toBe(entries);
  });
});

describe('the registry follows the rows: edges, formulas and damaged records', () => {
  const names = ['甲', '乙', '丙', '丁'];
  const score = (r: number): string => `=IF(ISNUMBER(G${r}),G${r},"")`;

  test('a row inserted between the last indicator row and the total: the total follows', () => {
    // every indicator row still holds its name; only the total moved down
    const wb = withFormulas(sheetWith([...names, null]), {
      K3: score(3),
      K4: score(4),
      K5: score(5),
      K6: score(6),
      K8: '=SUM(K3:K6)',
    });
    const out = followRows(wb, written(names));
    expect(rowsOf(out)).toEqual([3, 4, 5, 6]);
    expect(out.find((e) => e.t === 'total')).toMatchObject({ row: 8, cell: 'K8' });
    expect(cell(out, 'helper', 'K8')).toMatchObject({ w: '=SUM(K3:K6)' });
  });

  test('the first indicator row deleted: its entries go, not onto the header row', () => {
    const wb = withFormulas(sheetWith(['乙', '丙', '丁']), {
      K3: score(3),
      K4: score(4),
      K5: score(5),
      K6: '=SUM(K3:K5)',
    });
    wb.sheets[0].values[1][10] = '【自评助手】系统得分';
    const out = followRows(wb, written(names));
    expect(rowsOf(out)).toEqual([3, 4, 5]);
    expect(cell(out, 'helper', 'K2')).toMatchObject({ w: '"【自评助手】系统得分"' });
    expect(out.filter((e) => e.t === 'cell' && e.a === 'K2')).toHaveLength(1);
  });

  test('the last indicator row deleted: the total that moved up into it is the total', () => {
    const wb = withFormulas(sheetWith(['甲', '乙', '丙']), {
      K3: score(3),
      K4: score(4),
      K5: score(5),
      K6: '=SUM(K3:K5)',
    });
    const out = followRows(wb, written(names));
    expect(rowsOf(out)).toEqual([3, 4, 5]);
    expect(out.find((e) => e.t === 'total')).toMatchObject({ row: 6, cell: 'K6' });
    expect(out.filter((e) => e.t === 'cell' && e.a === 'K6')).toHaveLength(1);
  });

  test('no name found anywhere (their column moved, a damaged record): left as it is', () => {
    const entries = written(names).map((e) =>
      e.t === 'row' ? { ...e, n: { c: 'ZZZZ', v: e.n!.v } } : e,
    );
    expect(followRows(sheetWith([null, ...names]), entries)).toBe(entries);
  });
});

describe('formulas follow the rows as the engine moves them', () => {
  /** one indicator row per name from row 3, each with an adopted score whose original was `f` */
  function adopted(list: string[], f: string): Entry[] {
    return list.flatMap((n, i): Entry[] => {
      const r = i + 3;
      return [
        { t: 'cell', s: S, a: `H${r}`, role: 'adopt', v: 1, f, nf: null, w: `=K${r}` },
        { t: 'row', s: S, row: r, score: `K${r}`, status: `L${r}`, n: { c: 'C', v: n } },
      ];
    });
  }
  const originalOf = (out: Entry[], a: string) =>
    out.flatMap((e) => (e.t === 'cell' && e.a === a ? [e.f] : []))[0];

  test.each([
    // [the stated score's original formula, what the engine makes of it, a row inserted above]
    ['=SUM(其他!A3:A9)', '=SUM(其他!A3:A9)'],
    ["=SUM('Q1 2023'!H5)", "=SUM('Q1 2023'!H5)"],
    ["='FY2023'!H5", "='FY2023'!H5"],
    ['=表!H5+1', '=表!H6+1'],
    ['=SUM(H3:H9)', '=SUM(H4:H10)'],
    ['=LOG10(H3)+ATAN2(H3,H4)', '=LOG10(H4)+ATAN2(H4,H5)'],
    ['=SUM($H$3:$H$4)&"H3"', '=SUM($H$4:$H$5)&"H3"'],
  ])('%s becomes %s', (f, expected) => {
    const out = followRows(sheetWith([null, '甲', '乙']), adopted(['甲', '乙'], f));
    expect(originalOf(out, 'H4')).toBe(expected);
  });

  test('a cell that stays put but names a row that moved', () => {
    const out = followRows(sheetWith(['甲', null, '乙']), adopted(['甲', '乙'], '=H4*1'));
    expect(originalOf(out, 'H3')).toBe('=H5*1');
  });
});
