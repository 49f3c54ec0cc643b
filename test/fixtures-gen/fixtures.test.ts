/**
 * The committed fixtures must be exactly what scripts/make-fixtures.ts generates: regenerate into
 * a temporary folder and compare cell contents (values, formats, formulas, merges, hidden rows and
 * columns, protection) and the generated README and mistakes list.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURE_DIR, writeFixtures } from '../../scripts/make-fixtures';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import type { WorkbookSnapshot } from '../../src/snapshot/types';

async function snapshot(file: string): Promise<WorkbookSnapshot> {
  const res = await readWorkbook(file);
  if (!res.ok) throw new Error(`${file}: ${res.reason} ${res.detail}`);
  return res.workbook;
}

describe('fixtures are regenerated identically', () => {
  let outDir: string;
  let generated: string[];

  beforeAll(async () => {
    outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fixtures-gen-'));
    generated = (await writeFixtures(outDir)).map((f) => path.basename(f)).sort();
  });
  afterAll(async () => {
    await fs.rm(outDir, { recursive: true, force: true });
  });

  test('the committed folder holds exactly the generated files', async () => {
    // Subfolders hold other corpora, each with its own generator and test: layouts
    // (scripts/make-layouts.ts) and lossless (scripts/lossless).
    const others = new Set(['layouts', 'lossless']);
    const committed = (await fs.readdir(FIXTURE_DIR)).filter((f) => !others.has(f)).sort();
    expect(committed).toEqual(generated);
    expect(generated.filter((f) => f.endsWith('.xlsx'))).toHaveLength(5);
  });

  test('every workbook has the same cell contents as the committed one', async () => {
    for (const name of generated.filter((f) => f.endsWith('.xlsx'))) {
      const fresh = await snapshot(path.join(outDir, name));
      const committed = await snapshot(path.join(FIXTURE_DIR, name));
      expect({ name, sheets: committed.sheets }).toEqual({ name, sheets: fresh.sheets });
    }
  });

  test('README.md and expected-mistakes.json are up to date', async () => {
    for (const name of generated.filter((f) => !f.endsWith('.xlsx'))) {
      const fresh = await fs.readFile(path.join(outDir, name), 'utf8');
      const committed = await fs.readFile(path.join(FIXTURE_DIR, name), 'utf8');
      expect({ name, text: committed }).toEqual({ name, text: fresh });
    }
  });

  test('generation is deterministic to the byte', async () => {
    const again = await fs.mkdtemp(path.join(os.tmpdir(), 'fixtures-gen-'));
    try {
      await writeFixtures(again);
      for (const name of generated) {
        const a = await fs.readFile(path.join(outDir, name));
        const b = await fs.readFile(path.join(again, name));
        expect({ name, same: a.equals(b) }).toEqual({ name, same: true });
      }
    } finally {
      await fs.rm(again, { recursive: true, force: true });
    }
  });
});
