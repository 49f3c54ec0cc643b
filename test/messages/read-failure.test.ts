/**
 * A file that is not a workbook, as the offline page names it: from the reader's own failure on
 * real bytes, not from hand-written details.
 */
import { strToU8, zipSync } from 'fflate';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { failureOfRead, webMessagesFor } from '../../src/messages/web';

async function failureOf(bytes: Uint8Array | string) {
  const r = await readWorkbook(Buffer.from(bytes));
  if (r.ok) throw new Error('read a workbook');
  return failureOfRead(r.reason, r.detail);
}

test('the offline page names an empty file, a text file, an .xlsb and an .xls for what they are', async () => {
  const cfb = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  Buffer.from('Workbook', 'utf16le').copy(cfb, 512);
  expect(await failureOf('')).toBe('empty');
  expect(await failureOf('一级指标,分值\n产出指标,50\n')).toBe('csv');
  expect(await failureOf(zipSync({ 'xl/workbook.bin': strToU8('x') }))).toBe('xlsb');
  expect(await failureOf(cfb)).toBe('legacyXls');
  expect(await failureOf(zipSync({ 'word/document.xml': strToU8('x') }))).toBe('notXlsx');
  for (const lang of ['zh-CN', 'en-US']) {
    expect(webMessagesFor(lang).readError.empty).toMatch(/0 (字节|bytes)/);
  }
});
