/**
 * A small static file server for the built demo (dist/demo): `npm run demo` builds and serves it;
 * the e2e test starts it on a free port. Loopback only; no network access needed.
 */
import { createReadStream, promises as fs } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serve(
  root: string,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
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

if (require.main === module) {
  const root = path.resolve(__dirname, '../dist/demo');
  const port = Number(process.env.PORT ?? 3001);
  void serve(root, port).then(({ url }) => {
    console.log(`绩效自评助手演示：${url}`);
    console.log(`英文界面：${url}?lang=en-US    Excel 2016 级别：${url}?excelApi=1.4`);
    console.log('按 Ctrl+C 结束。');
  });
}
