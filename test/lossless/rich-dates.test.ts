/**
 * Stated scores a reader could lose, through --adopt (the score replaced by a reference to the
 * computed one) and --remove (the registry's record given back): text in two formats (a shared
 * string with runs, as LibreOffice writes it, and an inline string with runs), a date-typed cell
 * (`t="d"`) and a date-formatted number whose seconds' fraction its date text does not keep.
 *
 * Two readers that are not ours: the raw package XML of each cell and of the shared string it
 * points to (unzipped by fflate, compared as text), and LibreOffice headless, whose flat
 * OpenDocument export shows each cell's value type, value, style and number format and every
 * text span with its properties (scripts/lossless/fods_cells.py resolves the style names).
 * openpyxl, which the corpus test uses, cannot see rich text runs.
 */
import { execFileSync } from 'child_process';
import { strFromU8, unzipSync } from 'fflate';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAudit } from '../../src/cli/audit';
import { convertWithLibreOffice, findSoffice } from '../support/libreoffice';

const LOSSLESS = path.join(__dirname, '..', 'fixtures', 'lossless');
const CELLS = path.join(__dirname, '..', '..', 'scripts', 'lossless', 'fods_cells.py');
const FORM = '部门整体绩效自评表';

interface Case {
  file: string;
  /** Cells --adopt replaces. */
  adopted: string[];
  /** Other cells in several formats, which nothing writes. */
  others: string[];
}

const CASES: Case[] = [
  { file: 'rich-dates.xlsx', adopted: ['H27', 'H28', 'H30'], others: ['K5', 'K7'] },
  { file: 'openpyxl-features.xlsx', adopted: ['H25', 'H27'], others: ['K5', 'K7'] },
];

async function cli(args: string[]): Promise<string> {
  const err: string[] = [];
  await runAudit(args, { out: () => undefined, err: (s) => err.push(s) });
  return err.join('\n');
}

/** The form sheet's XML and the shared strings, unzipped (the form is the first worksheet). */
function xmlOf(file: string): { sheet: string; strings: string[] } {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const sst = parts['xl/sharedStrings.xml'];
  return {
    sheet: strFromU8(parts['xl/worksheets/sheet1.xml']),
    strings: sst ? (strFromU8(sst).match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []) : [],
  };
}

/** A cell's element as written, and the shared string item it points to. */
function rawCell(x: { sheet: string; strings: string[] }, a1: string) {
  const m = new RegExp(`<c r="${a1}"[^>]*?(/>|>[\\s\\S]*?</c>)`).exec(x.sheet);
  const cell = m ? m[0] : null;
  const shared = cell && /t="s"/.test(cell) ? /<v>(\d+)<\/v>/.exec(cell) : null;
  return { cell, item: shared ? x.strings[Number(shared[1])] : null };
}

function loCells(fods: string, cells: string[]): Record<string, unknown> {
  return JSON.parse(
    execFileSync('/usr/bin/python3', [CELLS, fods, FORM, ...cells], {
      encoding: 'utf8',
      maxBuffer: 1 << 27,
    }),
  ) as Record<string, unknown>;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rich-dates-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(CASES.map((c) => [c.file, c]))('%s: --adopt then --remove', (name, c) => {
  const input = path.join(LOSSLESS, name);
  const adopted = () => path.join(dir, name, 'adopt', name);
  const removed = () => path.join(dir, name, 'removed', name);
  beforeAll(async () => {
    expect(await cli(['--adopt', '--out', path.dirname(adopted()), input])).toContain('已写入');
    expect(await cli(['--remove', '--out', path.dirname(removed()), adopted()])).toContain(
      '已撤销本工具写入的内容',
    );
  });

  it('--adopt replaces the scores (so --remove has something to give back)', () => {
    const x = xmlOf(adopted());
    for (const a1 of c.adopted)
      expect({ a1, cell: rawCell(x, a1).cell }).toMatchObject({
        a1,
        cell: expect.stringMatching(/<f>M\d+<\/f>/) as unknown,
      });
  });

  it('gives back each cell element, and the string item it points to, as written', () => {
    const before = xmlOf(input);
    const after = xmlOf(removed());
    for (const a1 of [...c.adopted, ...c.others]) {
      // `t="n"` is the default type: a cell written again without it is the same cell
      const norm = (r: ReturnType<typeof rawCell>) => ({
        a1,
        cell: r.cell?.replace(' t="n"', '') ?? null,
        item: r.item,
      });
      expect(norm(rawCell(after, a1))).toEqual(norm(rawCell(before, a1)));
    }
    // the rich ones really are rich
    expect(rawCell(before, 'H27').item ?? rawCell(before, 'H27').cell).toMatch(/<r>[\s\S]*<r>|<b/);
  });

  it('LibreOffice sees the same runs, types, values, styles and number formats', async () => {
    const soffice = findSoffice();
    if (!soffice) {
      throw new Error(
        'LibreOffice (soffice) is not installed: install libreoffice-calc-nogui (.ci/run does)',
      );
    }
    const work = path.join(dir, name, 'lo');
    await fs.mkdir(work, { recursive: true });
    await fs.copyFile(input, path.join(work, 'before.xlsx'));
    await fs.copyFile(removed(), path.join(work, 'after.xlsx'));
    const [b, a] = await convertWithLibreOffice(
      [path.join(work, 'before.xlsx'), path.join(work, 'after.xlsx')],
      path.join(work, 'fods'),
      'fods',
    );
    const cells = [...c.adopted, ...c.others];
    const before = loCells(b, cells);
    const after = loCells(a, cells);
    expect(Object.keys(before).sort()).toEqual([...cells].sort());
    for (const a1 of cells) expect({ a1, cell: after[a1] }).toEqual({ a1, cell: before[a1] });
    // what the comparison covers: the spans of the rich score, and the date types
    const spans = (v: unknown) =>
      (v as { paragraphs: [string, unknown][][] }).paragraphs.flat().filter(([, s]) => s !== null);
    expect(spans(before.H27).length).toBeGreaterThan(0);
    if (name === 'rich-dates.xlsx') {
      expect(before.H30).toMatchObject({ type: 'date', date: '2024-05-08' });
      expect(before.H28).toMatchObject({ type: 'date', date: '1899-12-31T05:37:45.984' });
    }
  }, 180_000);
});
