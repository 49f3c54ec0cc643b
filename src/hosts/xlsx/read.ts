/**
 * Reads an .xlsx file (a path or its bytes) into a host-neutral `WorkbookSnapshot`.
 *
 * Errors are values: this never throws. A missing file, something that is not an .xlsx package,
 * a password-encrypted workbook and a damaged package each come back as a reason with a detail
 * (English, for logs); the faces turn the reason into a Chinese message.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../snapshot/types';
import { readPackage, type PackageRead } from './package/read';
import { ZipError, type ZipLimits } from './package/zip';
import { sniffContainer } from './sniff';

export type ReadFailureReason =
  'notFound' | 'noAccess' | 'unreadable' | 'notXlsx' | 'encrypted' | 'corrupt' | 'tooLarge';

export type ReadWorkbookResult =
  | { ok: true; workbook: WorkbookSnapshot }
  | { ok: false; reason: ReadFailureReason; detail: string };

/** A file path, or the file's bytes. */
export type WorkbookInput = string | Buffer | Uint8Array | ArrayBuffer;

type Loaded =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; reason: ReadFailureReason; detail: string };

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = e.code;
  return typeof code === 'string' ? code : undefined;
}

export async function bytesOf(
  input: WorkbookInput,
): Promise<
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'notFound' | 'noAccess' | 'unreadable'; detail: string }
> {
  if (typeof input !== 'string') {
    if (Buffer.isBuffer(input)) return { ok: true, bytes: input };
    if (input instanceof ArrayBuffer) return { ok: true, bytes: Buffer.from(input) };
    return { ok: true, bytes: Buffer.from(input.buffer, input.byteOffset, input.byteLength) };
  }
  try {
    return { ok: true, bytes: await fs.readFile(input) };
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return { ok: false, reason: 'notFound', detail: `no such file: ${input}` };
    }
    if (code === 'EISDIR') {
      return { ok: false, reason: 'notFound', detail: `${input} is a folder, not a file` };
    }
    // A file that exists but cannot be read is not "not found".
    const reason = code === 'EACCES' || code === 'EPERM' ? 'noAccess' : 'unreadable';
    return { ok: false, reason, detail: `cannot read ${input}: ${errorMessage(e)}` };
  }
}

/**
 * Loads an .xlsx into an ExcelJS workbook, with the same failure reasons as `readWorkbook`.
 * For hosts that go on to write into the workbook.
 */
export async function loadWorkbook(input: WorkbookInput): Promise<Loaded> {
  const read = await bytesOf(input);
  if (!read.ok) return { ok: false, reason: read.reason, detail: read.detail };

  const container = sniffContainer(read.bytes);
  if (container.kind !== 'xlsx') {
    return { ok: false, reason: container.kind, detail: container.detail };
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own `Buffer`; a Node Buffer is what it reads at runtime.
    await workbook.xlsx.load(read.bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (e) {
    return {
      ok: false,
      reason: 'corrupt',
      detail: `the package cannot be read: ${errorMessage(e)}`,
    };
  }
  return { ok: true, workbook };
}

export type OpenPackageResult =
  | ({ ok: true; bytes: Uint8Array } & PackageRead)
  | { ok: false; reason: ReadFailureReason; detail: string };

/**
 * Opens an .xlsx package with the lossless reader (no ExcelJS): the snapshot, and the package
 * for a patcher to write through. Never throws.
 */
export async function openPackage(
  input: WorkbookInput,
  limits?: ZipLimits,
): Promise<OpenPackageResult> {
  const read = await bytesOf(input);
  if (!read.ok) return { ok: false, reason: read.reason, detail: read.detail };
  const container = sniffContainer(read.bytes);
  if (container.kind !== 'xlsx') {
    return { ok: false, reason: container.kind, detail: container.detail };
  }
  const bytes = new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  try {
    return { ok: true, bytes, ...readPackage(bytes, limits) };
  } catch (e) {
    if (e instanceof ZipError && e.reason === 'tooLarge') {
      return { ok: false, reason: 'tooLarge', detail: e.message };
    }
    return {
      ok: false,
      reason: 'corrupt',
      detail: `the package cannot be read: ${errorMessage(e)}`,
    };
  }
}

/** Reads an .xlsx file (path or bytes) into a snapshot of all its worksheets. Never throws. */
export async function readWorkbook(
  input: WorkbookInput,
  limits?: ZipLimits,
): Promise<ReadWorkbookResult> {
  const opened = await openPackage(input, limits);
  if (!opened.ok) return opened;
  return { ok: true, workbook: opened.workbook };
}
