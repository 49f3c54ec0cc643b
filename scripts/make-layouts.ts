/**
 * Writes the layout corpus: one .xlsx per layout of scripts/layouts/corpus and its hand-written
 * expected findings as `<name>.expected.json`, into test/fixtures/layouts (or the folder given).
 *
 *   npx tsx scripts/make-layouts.ts [outDir]
 *
 * Deterministic: fixed document properties and zip timestamps.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { normalizeZipTimestamps } from './fixtures/zip';
import { LAYOUTS } from './layouts/corpus';
import { buildLayout } from './layouts/kit';
import { LAYOUT_DIR } from './layouts/check';

export async function layoutFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const seen = new Set<string>();
  for (const layout of LAYOUTS) {
    const file = layout.expected.file;
    if (seen.has(file)) throw new Error(`duplicate layout ${file}`);
    seen.add(file);
    const raw = await buildLayout(layout).xlsx.writeBuffer();
    files.set(file, normalizeZipTimestamps(Buffer.from(raw)));
    const json = JSON.stringify(layout.expected, null, 2) + '\n';
    files.set(file.replace(/\.xlsx$/, '.expected.json'), Buffer.from(json, 'utf8'));
  }
  return files;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? LAYOUT_DIR;
  await fs.mkdir(out, { recursive: true });
  for (const [name, bytes] of await layoutFiles()) await fs.writeFile(path.join(out, name), bytes);
  console.log(`layouts: ${LAYOUTS.length} workbooks written to ${out}`);
}

if (require.main === module) void main();
