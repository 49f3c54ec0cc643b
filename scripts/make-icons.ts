/**
 * Renders the add-in's icons (assets/icon-{16,32,64,80,128}.png) from one SVG with Debian's
 * Chromium through playwright-core. Run: `npx tsx scripts/make-icons.ts` (the PNGs are committed).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';

/** A green sheet with a header band, grid lines and a check mark: "checked form". */
export function iconSvg(size: number): string {
  const small = size <= 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect x="1" y="1" width="30" height="30" rx="${small ? 3 : 5}" fill="#107C41"/>
  <rect x="5" y="6" width="22" height="20" rx="1.5" fill="#FFFFFF"/>
  <rect x="5" y="6" width="22" height="5" rx="1.5" fill="#C6EFCE"/>
  ${small ? '' : '<path d="M5 16.5h22M5 21.5h22M12 11v15M19 11v15" stroke="#9FD5B4" stroke-width="1"/>'}
  <circle cx="23" cy="22" r="${small ? 6.5 : 6}" fill="#0F6CBD" stroke="#FFFFFF" stroke-width="1.5"/>
  <path d="M20 22.2l2.1 2.1 4-4.2" fill="none" stroke="#FFFFFF" stroke-width="${small ? 2.2 : 1.8}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

export async function makeIcons(outDir = path.resolve(__dirname, '../assets')): Promise<string[]> {
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'icons-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const written: string[] = [];
  try {
    await fs.mkdir(outDir, { recursive: true });
    const page = await browser.newPage();
    for (const size of [16, 32, 64, 80, 128]) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const file = path.join(outDir, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      written.push(file);
    }
  } finally {
    await browser.close();
    await fs.rm(userDataDir, { recursive: true, force: true });
  }
  return written;
}

if (require.main === module) {
  makeIcons().then(
    (files) => console.log(files.map((f) => path.relative(process.cwd(), f)).join('\n')),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
