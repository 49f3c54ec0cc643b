/**
 * Tells what kind of container a file is from its bytes, before ExcelJS sees it, so that an
 * encrypted workbook, a legacy .xls or a text file renamed to .xlsx gets a clear reason instead of
 * an exception from deep inside a zip library.
 *
 * Only cheap, native byte searches (`Buffer.indexOf`) are used; nothing is decompressed.
 */

export type Container =
  | { kind: 'xlsx' }
  | { kind: 'encrypted'; detail: string }
  | { kind: 'notXlsx'; detail: string }
  | { kind: 'corrupt'; detail: string };

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_ARCHIVE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP_END_OF_CENTRAL_DIRECTORY = ZIP_EMPTY_ARCHIVE;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65 535 bytes. */
const ZIP_EOCD_SEARCH_WINDOW = 22 + 0xffff;

/** Compound File Binary (OLE2): legacy .xls/.doc, and also every password-encrypted OOXML file. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');
const CFB_ENCRYPTED_STREAMS = [utf16('EncryptedPackage'), utf16('EncryptionInfo')];
const CFB_LEGACY_WORKBOOK_STREAMS = [utf16('Workbook'), utf16('Book')];

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

function describeNonContainer(bytes: Buffer): string {
  const head = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<html') || head.startsWith('<!doctype')) {
    return 'the file is XML or HTML text, not an .xlsx workbook';
  }
  if (startsWith(bytes, Buffer.from('%PDF'))) return 'the file is a PDF document';
  // Mostly printable text: a CSV or a text file renamed to .xlsx.
  let control = 0;
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control === 0) return 'the file is plain text (for example CSV), not an .xlsx workbook';
  return 'the file is not a zip package, so it cannot be an .xlsx workbook';
}

/** Classifies the bytes of a would-be .xlsx file. */
export function sniffContainer(bytes: Buffer): Container {
  if (bytes.length === 0) return { kind: 'notXlsx', detail: 'the file is empty' };

  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (CFB_ENCRYPTED_STREAMS.some((s) => bytes.includes(s))) {
      return { kind: 'encrypted', detail: 'the workbook is protected by a password to open' };
    }
    if (CFB_LEGACY_WORKBOOK_STREAMS.some((s) => bytes.includes(s))) {
      return {
        kind: 'notXlsx',
        detail: 'the file is a legacy Excel 97-2003 (.xls) workbook; save it as .xlsx',
      };
    }
    // A compound file with neither stream name visible: most likely an encrypted package whose
    // directory we cannot see (for example a truncated copy). Encryption is the useful guess.
    return {
      kind: 'encrypted',
      detail: 'the file is an OLE compound file, as a password-encrypted workbook is',
    };
  }

  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) {
    const windowStart = Math.max(0, bytes.length - ZIP_EOCD_SEARCH_WINDOW);
    if (bytes.lastIndexOf(ZIP_END_OF_CENTRAL_DIRECTORY) < windowStart) {
      return {
        kind: 'corrupt',
        detail: 'the zip package has no central directory (the file is truncated or damaged)',
      };
    }
    // Entry names are stored uncompressed in the local headers and the central directory.
    if (bytes.includes('xl/workbook.xml')) return { kind: 'xlsx' };
    if (bytes.includes('xl/workbook.bin')) {
      return { kind: 'notXlsx', detail: 'the file is a binary .xlsb workbook; save it as .xlsx' };
    }
    if (bytes.includes('word/document.xml')) {
      return { kind: 'notXlsx', detail: 'the file is a Word document' };
    }
    if (bytes.includes('ppt/presentation.xml')) {
      return { kind: 'notXlsx', detail: 'the file is a PowerPoint presentation' };
    }
    if (bytes.includes('content.xml') && bytes.includes('mimetype')) {
      return { kind: 'notXlsx', detail: 'the file is an OpenDocument file; save it as .xlsx' };
    }
    return { kind: 'notXlsx', detail: 'the zip package holds no Excel workbook part' };
  }

  return { kind: 'notXlsx', detail: describeNonContainer(bytes) };
}
