/** All annotated copies as one .zip (fflate: small, no dependencies, runs in the browser). */
import { zipSync } from 'fflate';

/**
 * Zips `files` (path → bytes). xlsx packages are already compressed, so they are stored as they
 * are. Duplicate paths get " (2)", " (3)" … before the extension.
 */
export function zipFiles(files: readonly { path: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) {
    let path = f.path.replace(/^\/+/, '');
    for (let n = 2; path in entries; n++) path = f.path.replace(/(\.[^./]+)?$/, ` (${n})$1`);
    entries[path] = [f.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
