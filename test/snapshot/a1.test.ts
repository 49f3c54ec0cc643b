/**
 * A1 addresses: the same text whether or not the address was made before (a1 keeps the
 * addresses of the first 64 columns and 4,096 rows), and reads back through parseCell.
 */
import { a1, colName, parseCell } from '../../src/snapshot/a1';

describe('a1', () => {
  test('gives the same address made anew, made again, and outside what it keeps', () => {
    const cols = [1, 2, 26, 27, 52, 63, 64, 65, 702, 703, 16384];
    const rows = [1, 2, 9, 10, 99, 100, 4095, 4096, 4097, 65536, 1048576];
    for (let round = 0; round < 2; round++) {
      for (const c of cols) {
        for (const r of rows) {
          const address = a1(c, r);
          expect(address).toBe(`${colName(c)}${r}`);
          expect(parseCell(address)).toEqual({ col: c - 1, row: r - 1 }); // 0-based
        }
      }
    }
    expect(a1(1, 7)).toBe('A7');
    expect(a1(28, 4096)).toBe('AB4096');
    expect(a1(3, 4097)).toBe('C4097');
  });

  test('a position that is not a whole cell is written as it is, never taken from the kept ones', () => {
    expect(a1(2, 7.5)).toBe('B7.5');
    expect(a1(2, 0)).toBe('B0');
    expect(a1(2, 7)).toBe('B7');
  });
});
