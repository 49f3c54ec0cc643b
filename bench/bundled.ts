/**
 * The core as it ships: the add-in's pane and the offline page are webpack production bundles
 * (modules concatenated, calls direct). tsx, which runs the sources here and for `npm run audit`,
 * compiles each file on its own and reaches every imported function through a getter, which
 * costs the audit's hot loops a measurable share. The bench therefore times a bundle of the same
 * sources (esbuild, ES2019 like the webpack build) for its target, and prints the tsx figure
 * beside it.
 */
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export type Core = typeof import('./core-entry');

export function bundledCore(): Core {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  const outfile = path.join(dir, 'core.js');
  try {
    buildSync({
      entryPoints: [path.join(__dirname, 'core-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'es2019',
      external: ['exceljs'],
      outfile,
      logLevel: 'error',
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(outfile) as Core;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
