/**
 * A small static file server for the built demo (dist/demo), plus the sample workbook as
 * `sample.json` (demo/sample.ts: a seed fixture read with the xlsx host): `npm run demo` builds and
 * serves it; the e2e test starts it on a free port. Loopback only; no network access needed.
 */
import { createReadStream, promises as fs } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { loadSample, SAMPLE_FILE } from './sample';
import type { WorkbookInit } from '../tools/office-sim/workbook';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root`, and `files` (path → content, e.g. `{ '/sample.json': '…' }`) from memory.
 */
export async function serve(
  root: string,
  port = 0,
  files: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const inMemory = files[rel];
    if (inMemory !== undefined) {
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(inMemory);
      return;
    }
    const file = path.join(root, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file).then(
      (stat) => {
        if (!stat.isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The in-memory files for the sample: `sample.json` as demo/main.tsx reads it. */
export function sampleFiles(sample: WorkbookInit, file = SAMPLE_FILE): Record<string, string> {
  return { '/sample.json': JSON.stringify({ file: path.basename(file), ...sample }) };
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../dist/demo');
  const port = Number(process.env.PORT ?? 3001);
  loadSample()
    .then((sample) => serve(root, port, sampleFiles(sample)))
    .then(({ url }) => {
      console.log(`绩效自评助手演示：${url}`);
      console.log(`英文界面：${url}?lang=en-US    Excel 2016 级别：${url}?excelApi=1.4`);
      console.log('按 Ctrl+C 结束。');
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
