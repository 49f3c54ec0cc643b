/**
 * Behaviour is pinned: on every fixture the report (zh-CN and English), the plans (annotate,
 * adopt, reasons, re-annotate, remove), the annotated workbook's cells and the cells after removal
 * equal the golden record taken before the pipeline was restructured (issue 8).
 */
import * as fs from 'fs';
import { FIXTURE_FILES } from '../plan/support';
import { computeGolden, goldenPath, serialise } from './golden';

describe('golden record', () => {
  it.each(FIXTURE_FILES)('%s behaves as recorded', async (file) => {
    const expected = JSON.parse(fs.readFileSync(goldenPath(file), 'utf8')) as Record<
      string,
      unknown
    >;
    const actual = JSON.parse(serialise(await computeGolden(file))) as Record<string, unknown>;
    for (const key of Object.keys(expected)) {
      expect({ [key]: actual[key] }).toEqual({ [key]: expected[key] });
    }
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });
});
