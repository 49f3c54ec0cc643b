/**
 * The zip container of an .xlsx package: reads the central directory, inflates only the parts
 * asked for (with a limit on the decompressed size, against zip bombs), and writes a package back
 * in which every part that was not changed keeps its compressed bytes exactly.
 *
 * Bytes in, bytes out: no Node-only API, so the same code runs in the browser. Deflate and inflate
 * come from fflate; the container format (headers, central directory, CRC-32) is written here so
 * that untouched parts can be copied without recompressing them.
 */
import { Inflate, deflateSync } from 'fflate';

/** Why a package could not be opened or a part not inflated. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'tooLarge' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes, a view into the package. */
  data: Uint8Array;
  /** General-purpose flags, modification time and date, as the package had them. */
  flags: number;
  time: number;
  date: number;
  /** External attributes of the central directory record, kept as they were. */
  externalAttributes: number;
}

export interface ZipLimits {
  /** Most bytes one part may inflate to. */
  maxPartBytes: number;
  /** Most bytes all parts read from one package may inflate to together. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxPartBytes: 400 * 1024 * 1024,
  maxTotalBytes: 800 * 1024 * 1024,
};

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Parses the central directory. Throws ZipError when the container is damaged. */
export function readEntries(bytes: Uint8Array): ZipEntry[] {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', 'no end of central directory');
  let count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new ZipError('unsupported', 'zip64 packages are not supported');
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (; count > 0; count--) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      throw new ZipError('corrupt', 'damaged central directory');
    }
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const time = u16(bytes, p + 12);
    const date = u16(bytes, p + 14);
    const crc = u32(bytes, p + 16);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const externalAttributes = u32(bytes, p + 38);
    const local = u32(bytes, p + 42);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : isAscii(rawName) ? utf8 : latin1).decode(rawName);
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) {
      throw new ZipError('corrupt', `damaged local header of ${name}`);
    }
    if (flags & 1) throw new ZipError('unsupported', `${name} is encrypted`);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressedSize > bytes.length) {
      throw new ZipError('corrupt', `${name} is truncated`);
    }
    if (method !== 0 && method !== 8) {
      throw new ZipError('unsupported', `${name} uses compression method ${method}`);
    }
    entries.push({
      name,
      method,
      crc,
      compressedSize,
      size,
      data: bytes.subarray(start, start + compressedSize),
      flags,
      time,
      date,
      externalAttributes,
    });
  }
  return entries;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

/** Inflates one entry, never past `limit` bytes (whatever its header claims). */
export function inflateEntry(entry: ZipEntry, limit: number): Uint8Array {
  if (entry.method === 0) {
    if (entry.data.length > limit) throw new ZipError('tooLarge', `${entry.name} is too large`);
    return entry.data;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) {
      tooLarge = true;
      throw new ZipError('tooLarge', `${entry.name} inflates past ${limit} bytes`);
    }
    chunks.push(chunk);
  });
  const STEP = 1 << 16;
  try {
    for (let i = 0; i < entry.data.length; i += STEP) {
      const end = Math.min(entry.data.length, i + STEP);
      inflater.push(entry.data.subarray(i, end), end === entry.data.length);
    }
    if (entry.data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    if (tooLarge) throw new ZipError('tooLarge', `${entry.name} inflates past ${limit} bytes`);
    throw new ZipError('corrupt', `${entry.name} cannot be inflated`);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// --- CRC-32 -----------------------------------------------------------------------------------

let CRC_TABLE: Uint32Array | null = null;
function crcTable(): Uint32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  CRC_TABLE = t;
  return t;
}

export function crc32(data: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// --- writing ----------------------------------------------------------------------------------

/** A part to write: an entry copied as it was, or new content. */
export type OutPart =
  | { kind: 'copy'; entry: ZipEntry }
  | { kind: 'new'; name: string; content: Uint8Array; like?: ZipEntry };

const encoder = new TextEncoder();

/** Writes a zip package. Copied entries keep their compressed bytes, CRC and time stamps. */
export function writeZip(parts: readonly OutPart[]): Uint8Array {
  interface Rec {
    name: Uint8Array;
    method: number;
    crc: number;
    csize: number;
    size: number;
    data: Uint8Array;
    time: number;
    date: number;
    flags: number;
    attrs: number;
    offset: number;
  }
  const recs: Rec[] = [];
  for (const p of parts) {
    if (p.kind === 'copy') {
      const e = p.entry;
      recs.push({
        name: encoder.encode(e.name),
        method: e.method,
        crc: e.crc,
        csize: e.compressedSize,
        size: e.size,
        data: e.data,
        time: e.time,
        date: e.date,
        // bit 3 (sizes in a data descriptor) is cleared: the local header carries them.
        flags: (e.flags & ~0x8) | 0x800,
        attrs: e.externalAttributes,
        offset: 0,
      });
    } else {
      const data = deflateSync(p.content, { level: 6 });
      recs.push({
        name: encoder.encode(p.name),
        method: 8,
        crc: crc32(p.content),
        csize: data.length,
        size: p.content.length,
        data,
        time: p.like?.time ?? 0,
        date: p.like?.date ?? 0x21, // 1980-01-01
        flags: 0x800,
        attrs: p.like?.externalAttributes ?? 0,
        offset: 0,
      });
    }
  }
  let total = 22;
  for (const r of recs) total += 30 + r.name.length + r.csize + 46 + r.name.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let o = 0;
  for (const r of recs) {
    r.offset = o;
    view.setUint32(o, 0x04034b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, r.flags, true);
    view.setUint16(o + 8, r.method, true);
    view.setUint16(o + 10, r.time, true);
    view.setUint16(o + 12, r.date, true);
    view.setUint32(o + 14, r.crc, true);
    view.setUint32(o + 18, r.csize, true);
    view.setUint32(o + 22, r.size, true);
    view.setUint16(o + 26, r.name.length, true);
    view.setUint16(o + 28, 0, true);
    out.set(r.name, o + 30);
    out.set(r.data, o + 30 + r.name.length);
    o += 30 + r.name.length + r.csize;
  }
  const cd = o;
  for (const r of recs) {
    view.setUint32(o, 0x02014b50, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, 20, true);
    view.setUint16(o + 8, r.flags, true);
    view.setUint16(o + 10, r.method, true);
    view.setUint16(o + 12, r.time, true);
    view.setUint16(o + 14, r.date, true);
    view.setUint32(o + 16, r.crc, true);
    view.setUint32(o + 20, r.csize, true);
    view.setUint32(o + 24, r.size, true);
    view.setUint16(o + 28, r.name.length, true);
    view.setUint16(o + 30, 0, true);
    view.setUint16(o + 32, 0, true);
    view.setUint16(o + 34, 0, true);
    view.setUint16(o + 36, 0, true);
    view.setUint32(o + 38, r.attrs, true);
    view.setUint32(o + 42, r.offset, true);
    out.set(r.name, o + 46);
    o += 46 + r.name.length;
  }
  view.setUint32(o, 0x06054b50, true);
  view.setUint16(o + 8, recs.length, true);
  view.setUint16(o + 10, recs.length, true);
  view.setUint32(o + 12, o - cd, true);
  view.setUint32(o + 16, cd, true);
  return out;
}
