/**
 * The audit's memos: contents are named by ids that tell every raw value apart, and when the id
 * table is full and starts over, the memos keyed by ids start over with it, so a long session
 * never hands one row another row's verdict.
 */
import * as fs from 'fs';
import * as path from 'path';
import { contentId, reserveIds } from '../../src/audit/memo';
import { analyzeWorkbook } from '../../src/core';
import { readWorkbook } from '../../src/hosts/xlsx/read';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

describe('content ids', () => {
  it('tell apart every raw value and format, and repeat for equal contents', () => {
    const contents: [Parameters<typeof contentId>[0], string | null][] = [
      [1, null],
      ['1', null],
      [1, '0%'],
      ['1', '0%'],
      [null, null],
      ['', null],
      [true, null],
      [false, null],
      [{ error: '#DIV/0!' }, null],
      [{ error: '#N/A' }, null],
      [0, null],
      ['0', null],
    ];
    reserveIds(contents.length);
    const ids = contents.map(([v, f]) => contentId(v, f));
    expect(new Set(ids).size).toBe(contents.length);
    expect(contents.map(([v, f]) => contentId(v, f))).toEqual(ids);
    expect(contentId(1, '')).toBe(contentId(1, null));
  });
});

describe('a long session', () => {
  const read = async (name: string) => {
    const file = path.join(FIXTURES, name);
    const opened = await readWorkbook(fs.readFileSync(file));
    if (!opened.ok) throw new Error(opened.detail);
    return JSON.stringify(analyzeWorkbook(opened.workbook, { file }));
  };

  it('gives the same report after the id table has started over', async () => {
    // One form's contents take the first ids and its verdicts are remembered under them …
    await read('jinshui-department.xlsx');
    const expected = await read('hengyang.xlsx');
    // … then the table starts over, and another form's contents take those same first ids:
    // any verdict still remembered under them would be the first form's.
    reserveIds(Number.MAX_SAFE_INTEGER);
    expect(await read('hengyang.xlsx')).toBe(expected);
    reserveIds(Number.MAX_SAFE_INTEGER);
    await read('jinshui-department.xlsx');
    expect(await read('hengyang.xlsx')).toBe(expected);
  });

  it('starts over by itself when a session has seen very many contents', () => {
    reserveIds(Number.MAX_SAFE_INTEGER);
    const first = contentId('甲', null);
    for (let i = 0; i < 0x10000; i++) contentId(`填充${i}`, null);
    // The table started over on its own: ids stay below 0xF000 and the first content is new again.
    expect(contentId(`填充${0x10000}`, null)).toBeLessThan(0xf000);
    expect(contentId('甲', null)).not.toBe(first);
  });
});
