/**
 * Randomised perturbation test: recognition of every fixture survives reordered columns, inserted
 * title and blank rows, merges removed, headers renamed to synonyms and numbers turned into text —
 * alone and combined. The recognized rows (levels, weights, names, targets, actuals, weights,
 * scores), budget line, total, grade and basic data must equal those of the unperturbed fixture.
 */
import fc from 'fast-check';
import { recognizeWorkbook } from '../../src/recognize';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { FIXTURE_FILES, fixturesPresent, loadFixture, workbookEssence } from './fixtures';
import {
  insertTitleAndBlankRows,
  numbersToText,
  removeMerges,
  renameHeaders,
  reorderColumns,
  rng,
} from './perturb';

const RUNS = Number(process.env.PERTURB_RUNS ?? 40);
const suite = fixturesPresent() ? describe : describe.skip;

suite('recognition survives perturbations of the fixtures', () => {
  const books = new Map<string, WorkbookSnapshot>();
  beforeAll(async () => {
    for (const f of FIXTURE_FILES) books.set(f, await loadFixture(f));
  });

  it.each(FIXTURE_FILES)('%s', (file) => {
    const book = books.get(file)!;
    const base = recognizeWorkbook(book);
    const expected = workbookEssence(base);
    expect(expected.some((s) => s.tables.length > 0)).toBe(true);

    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.record({
          reorder: fc.boolean(),
          rows: fc.boolean(),
          merges: fc.boolean(),
          rename: fc.boolean(),
          text: fc.boolean(),
        }),
        (seed, on) => {
          const r = rng(seed);
          const sheets = book.sheets.map((sheet, i) => {
            const tables = base.sheets[i].tables;
            let s = sheet;
            if (on.rename) s = renameHeaders(s, tables, r);
            if (on.text) s = numbersToText(s, r);
            if (on.reorder) s = reorderColumns(s, sheet.merges ?? [], r);
            if (on.rows) s = insertTitleAndBlankRows(s, tables, r);
            if (on.merges) s = removeMerges(s);
            return s;
          });
          const got = workbookEssence(recognizeWorkbook({ sheets }));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: RUNS, seed: 20240611 },
    );
  });
});
