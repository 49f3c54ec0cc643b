/**
 * Recognition of the layout corpus (test/fixtures/layouts) survives what happens to real forms:
 * shuffled column order, extra blank columns, the form moved under a title block and right of a
 * margin, merges withheld (Excel 2016), and the sheet placed beside a copy of itself (two forms
 * side by side, the copy's columns in another order and its rows lower). The content read must equal the original's.
 */
import { existsSync, readdirSync } from 'fs';
import path from 'path';
import fc from 'fast-check';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { recognizeWorkbook } from '../../src/recognize';
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../../src/snapshot/types';
import { essence, workbookEssence } from './fixtures';
import { insertRows, removeMerges, reorderColumns, rng } from './perturb';
import { insertBlankColumns, moveForms, placeBeside } from './perturb-layouts';

const DIR = path.join(__dirname, '..', 'fixtures', 'layouts');
const FILES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
  : [];
const RUNS = Number(process.env.PERTURB_RUNS ?? 15);

/**
 * Shuffles columns as reorderColumns does, keeping the first two columns in place: they hold the
 * labels (项目名称, 预算执行情况, 绩效指标 …) whose values stand to their right.
 */
function shuffleColumns(s: SheetSnapshot, r: () => number): SheetSnapshot {
  const anchor: CellRange = { top: -1, left: 0, bottom: -1, right: 1 };
  return reorderColumns(s, [...(s.merges ?? []), anchor], r);
}

describe('layout corpus survives perturbations', () => {
  const books = new Map<string, WorkbookSnapshot>();
  beforeAll(async () => {
    for (const f of FILES) {
      const r = await readWorkbook(path.join(DIR, f));
      if (!r.ok) throw new Error(`${f}: ${r.reason}`);
      books.set(f, r.workbook);
    }
  });

  it('has the corpus', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FILES)('%s: shuffled columns, blank columns, moved forms, no merges', (file) => {
    const book = books.get(file)!;
    const expected = workbookEssence(recognizeWorkbook(book));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.record({
          shuffle: fc.boolean(),
          blank: fc.boolean(),
          move: fc.boolean(),
          merges: fc.boolean(),
        }),
        (seed, on) => {
          const r = rng(seed);
          const sheets = book.sheets.map((sheet) => {
            let s = sheet;
            if (on.shuffle) s = shuffleColumns(s, r);
            if (on.blank) s = insertBlankColumns(s, r);
            if (on.move) s = moveForms(s, r);
            if (on.merges) s = removeMerges(s);
            return s;
          });
          expect(workbookEssence(recognizeWorkbook({ sheets }))).toEqual(expected);
        },
      ),
      { numRuns: RUNS, seed: 20261201 },
    );
  });

  it.each(FILES)('%s: placed beside a copy of itself', (file) => {
    const book = books.get(file)!;
    const base = recognizeWorkbook(book);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, gap) => {
          const r = rng(seed);
          // The twin's columns in another order, and its header some rows lower or level.
          const down = Math.floor(r() * 4);
          const twin = (x: SheetSnapshot) => {
            let y = shuffleColumns(x, r);
            for (let k = 0; k < down; k++) y = insertRows(y, [0], [[]]);
            return y;
          };
          const sheets = book.sheets.map((s) => placeBeside(s, gap, twin));
          const got = recognizeWorkbook({ sheets });
          got.sheets.forEach((sheet, i) => {
            const want = base.sheets[i].tables.map(essence);
            // Each form is found twice, itself and its twin, with the same content.
            const twice = [...want, ...want].map((x) => JSON.stringify(x)).sort();
            expect(sheet.tables.map((t) => JSON.stringify(essence(t))).sort()).toEqual(twice);
          });
        },
      ),
      { numRuns: Math.max(3, Math.floor(RUNS / 3)), seed: 20261202 },
    );
  });
});
