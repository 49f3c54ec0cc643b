/**
 * The layout corpus (test/fixtures/layouts, written by scripts/make-layouts.ts): every expected
 * table is found, every row is scored and flagged as its hand-written expected-findings file says,
 * and no sheet yields a table that is not a self-evaluation form. The files on disk are exactly
 * what the script generates.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkLayouts, LAYOUT_DIR, scoreLine } from '../../scripts/layouts/check';
import { layoutFiles } from '../../scripts/make-layouts';
import type { Expected } from '../../scripts/layouts/kit';

describe('layout corpus', () => {
  it('all tables found, all rows right, no false table', async () => {
    const s = await checkLayouts();
    expect(s.problems).toEqual([]);
    expect(s.tablesExpected).toBeGreaterThanOrEqual(25);
    expect(scoreLine(s)).toBe(
      `layouts: ${s.tablesExpected}/${s.tablesExpected} tables, ${s.rows}/${s.rows} rows, 0 false tables`,
    );
  });

  it('holds at least 25 workbooks and 10 sheets that are not forms', async () => {
    const names = (await fs.readdir(LAYOUT_DIR)).filter((f) => f.endsWith('.expected.json'));
    expect(names.length).toBeGreaterThanOrEqual(25);
    let notForms = 0;
    for (const n of names) {
      const e = JSON.parse(await fs.readFile(path.join(LAYOUT_DIR, n), 'utf8')) as Expected;
      notForms += e.notForms.length;
    }
    expect(notForms).toBeGreaterThanOrEqual(10);
  });

  it('the committed files are what scripts/make-layouts.ts writes', async () => {
    for (const [name, bytes] of await layoutFiles()) {
      const onDisk = await fs.readFile(path.join(LAYOUT_DIR, name));
      expect({ name, same: onDisk.equals(bytes) }).toEqual({ name, same: true });
    }
  });
});
