/**
 * Lossless on real-world workbooks (test/fixtures/lossless, made by scripts/lossless/make_corpus.py
 * with openpyxl, LibreOffice and hand-written parts; and the seed fixtures, made by ExcelJS):
 *
 * - `--fix` keeps every part of the package, and every part the plan does not touch is
 *   byte-identical (only worksheets, styles, the workbook, its relationships and the content
 *   types may change; the helper sheet is the only part added);
 * - `--fix` on the fixed copy changes nothing;
 * - `--fix` then `--remove` (and `--adopt` then `--remove`) gives a workbook that openpyxl — an
 *   independent reader, Debian's python3-openpyxl — sees exactly as the input: cells, values and
 *   types, styles and formats, validations, conditional formats, names, links, notes, merges,
 *   print setup, protection, sheet state, column and row layout, charts and images; and the
 *   workbook's calculation settings are the input's byte for byte.
 */
import { execFileSync } from 'child_process';
import { unzipSync } from 'fflate';
import { promises as fs, readFileSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';

const LOSSLESS = path.join(__dirname, '..', 'fixtures', 'lossless');
const SEEDS = path.join(__dirname, '..', 'fixtures');
const DUMP = path.join(__dirname, '..', '..', 'scripts', 'lossless', 'dump.py');

const corpus = [
  ...readdirSync(LOSSLESS)
    .filter((n) => /\.xls[xm]$/.test(n))
    .map((n) => path.join(LOSSLESS, n)),
  ...['jinshui-department.xlsx', 'fushun-department.xlsx', 'longhua-rubric.xlsx'].map((n) =>
    path.join(SEEDS, n),
  ),
];

/** Parts the patcher may rewrite. */
const MAY_CHANGE =
  /^(xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/;

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await runAudit(args, { out: () => undefined, err: (s) => err.push(s) });
  return { code, err: err.join('\n') };
}

function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

function openpyxlView(file: string): unknown {
  return JSON.parse(
    execFileSync('/usr/bin/python3', [DUMP, file], { encoding: 'utf8', maxBuffer: 1 << 29 }),
  );
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lossless-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(corpus.map((f) => [path.basename(f), f]))('%s', (name, file) => {
  const out = (step: string) => path.join(dir, step, name);
  let fixed: { code: number; err: string };
  beforeAll(async () => {
    fixed = await cli(['--fix', '--out', path.join(dir, 'fix'), file]);
  });

  it('--fix keeps every part; parts it does not touch are byte-identical', () => {
    expect(fixed.err).toContain('已写入');
    const before = parts(file);
    const after = parts(out('fix'));
    const changed: string[] = [];
    for (const [part, bytes] of Object.entries(before)) {
      expect({ part, kept: part in after }).toEqual({ part, kept: true });
      if (!same(bytes, after[part])) changed.push(part);
    }
    for (const part of changed) expect(part).toMatch(MAY_CHANGE);
    const added = Object.keys(after).filter((p) => !(p in before));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    // the macro workbook keeps its macro content type
    if (name.endsWith('.xlsm')) {
      expect(new TextDecoder().decode(after['[Content_Types].xml'])).toContain(
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      );
    }
  });

  it('--fix twice is --fix once', async () => {
    await cli(['--fix', '--out', path.join(dir, 'fix2'), out('fix')]);
    const once = parts(out('fix'));
    const twice = parts(out('fix2'));
    expect(Object.keys(twice).sort()).toEqual(Object.keys(once).sort());
    for (const [part, bytes] of Object.entries(once)) {
      expect({ part, same: same(bytes, twice[part]) }).toEqual({ part, same: true });
    }
  });

  it('--fix then --remove is the input, as openpyxl sees it', async () => {
    const r = await cli(['--remove', '--out', path.join(dir, 'removed'), out('fix')]);
    expect(r.err).toContain('已撤销本工具写入的内容');
    expect(Object.keys(parts(out('removed'))).sort()).toEqual(Object.keys(parts(file)).sort());
    expect(openpyxlView(out('removed'))).toEqual(openpyxlView(file));
    // the calculation settings come back byte for byte: the full recalculation on load that
    // writing formulas asked for is taken back, one the workbook asked for itself stays
    const calc = (f: string) =>
      /<(\w+:)?calcPr\b[^>]*>/.exec(new TextDecoder().decode(parts(f)['xl/workbook.xml']))?.[0];
    expect(calc(out('removed'))).toBe(calc(file));
  });

  it('--adopt then --remove is the input, as openpyxl sees it', async () => {
    await cli(['--adopt', '--out', path.join(dir, 'adopt'), file]);
    await cli(['--remove', '--out', path.join(dir, 'adopt-removed'), out('adopt')]);
    expect(openpyxlView(out('adopt-removed'))).toEqual(openpyxlView(file));
  });
});
