/**
 * Generates the .xlsx fixtures reproducing every table of the five seed documents, plus
 * test/fixtures/README.md and test/fixtures/expected-mistakes.json.
 *
 *   npm run fixtures                 # writes into test/fixtures
 *   npx tsx scripts/make-fixtures.ts /tmp/out
 *
 * Deterministic: fixed document properties and zip timestamps, so re-running gives identical files.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { expectedMistakesJson, readme } from './fixtures/docs';
import { buildFushun } from './fixtures/fushun';
import { buildHengyang } from './fixtures/hengyang';
import { buildJinshui } from './fixtures/jinshui';
import { buildLonghua } from './fixtures/longhua';
import { buildNarrative2023 } from './fixtures/narrative2023';
import type { Fixture } from './fixtures/types';
import { normalizeZipTimestamps } from './fixtures/zip';

export const FIXTURE_DIR = path.join(__dirname, '..', 'test', 'fixtures');
export const README_NAME = 'README.md';
export const MISTAKES_NAME = 'expected-mistakes.json';

/** Builds every fixture workbook in memory. */
export async function buildFixtures(): Promise<Fixture[]> {
  return [
    buildFushun(),
    buildHengyang(),
    buildJinshui(),
    await buildLonghua(),
    buildNarrative2023(),
  ];
}

/** The bytes of each generated file, keyed by file name. */
export async function generateFixtureFiles(): Promise<Map<string, Buffer>> {
  const fixtures = await buildFixtures();
  const files = new Map<string, Buffer>();
  for (const f of fixtures) {
    const raw = await f.workbook.xlsx.writeBuffer();
    files.set(f.doc.file, normalizeZipTimestamps(Buffer.from(raw)));
  }
  const docs = fixtures.map((f) => f.doc);
  files.set(README_NAME, Buffer.from(readme(docs), 'utf8'));
  files.set(MISTAKES_NAME, Buffer.from(expectedMistakesJson(docs), 'utf8'));
  return files;
}

/** Writes every fixture file into `outDir` and returns the paths written. */
export async function writeFixtures(outDir: string): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, bytes] of await generateFixtureFiles()) {
    const target = path.join(outDir, name);
    await fs.writeFile(target, bytes);
    written.push(target);
  }
  return written;
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? FIXTURE_DIR);
  const written = await writeFixtures(outDir);
  for (const file of written) console.log(path.relative(process.cwd(), file));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
