/**
 * `npm run audit -- [--json] [--profile NAME] [--fix|--adopt|--remove --out DIR] <file.xlsx | folder> ...`
 *
 * A thin face: reads each workbook with the xlsx host, runs the core, prints the report. With
 * --fix / --adopt / --remove it also applies the core's plan and writes an annotated copy to
 * DIR/<same name> (the input is never modified), saying on stderr what was written.
 * Exit codes: 0 no findings, 1 findings, 2 an input could not be read (the others are still
 * processed).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyzeWorkbook, planAnnotateDetailed, planRemoveDetailed } from '../core';
import { patchPackage } from '../hosts/xlsx/package/patch';
import { openPackage, readWorkbook } from '../hosts/xlsx/read';
import type { ZipLimits } from '../hosts/xlsx/package/zip';
import type { ApplyOutcome, Edit } from '../plan/edits';
import type { FileReport } from '../report/types';
import { parseArgs, USAGE, type AuditArgs } from './args';
import { fileHasFindings, formatFile, formatSummary } from './format';
import { readErrorMessage } from '../messages/cli';
import { FILE_TEXTS, fsErrorText, fsReadErrorText, skippedReason } from '../messages/files';
import { CLI_TEXTS } from '../messages/plan';

interface Expanded {
  files: string[];
  /** What a folder held that is not checked, and why (one line each). */
  skipped: string[];
  /** Folders that could not be listed: the message for each (they make the run exit 2). */
  failed: { file: string; message: string }[];
}

/** Files named on the command line, and the workbooks of the folders named (not recursively). */
async function expandInputs(inputs: string[]): Promise<Expanded> {
  const files: string[] = [];
  const skipped: string[] = [];
  const failed: { file: string; message: string }[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      files.push(input); // reported as not found by the reader
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    let entries;
    try {
      entries = await fs.readdir(input, { withFileTypes: true });
    } catch (e) {
      // One folder that cannot be listed does not stop the others.
      failed.push({
        file: input,
        message: FILE_TEXTS.folderUnreadable(input, fsReadErrorText(errorCode(e))),
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(input, e.name);
      // a link to a folder is a subfolder too, not "not a workbook"
      const linkedFolder =
        e.isSymbolicLink() &&
        (await fs.stat(full).then(
          (st) => st.isDirectory(),
          () => false,
        ));
      if (e.isDirectory() || linkedFolder) {
        skipped.push(FILE_TEXTS.subfolder(full));
        continue;
      }
      if (!e.isFile() && !e.isSymbolicLink()) {
        // a pipe, socket or device would be read forever, or fail obscurely
        if (!e.name.startsWith('.')) skipped.push(FILE_TEXTS.notRegular(full));
        continue;
      }
      if (e.name.startsWith('~$')) {
        skipped.push(FILE_TEXTS.lockFile(full));
        continue;
      }
      if (e.name.startsWith('.')) continue;
      const why = skippedReason(e.name);
      if (why === null) files.push(full);
      else skipped.push(FILE_TEXTS.skipped(full, why));
    }
  }
  // The same file named twice (also through a link, or inside a folder also named) is checked once.
  const seen = new Map<string, string>();
  const unique: string[] = [];
  for (const file of files) {
    const id = await fs.stat(file).then(
      (st) => `${st.dev}:${st.ino}`,
      () => null,
    );
    const first = id === null ? undefined : seen.get(id);
    if (first !== undefined) {
      skipped.push(FILE_TEXTS.duplicate(file, first));
      continue;
    }
    if (id !== null) seen.set(id, file);
    unique.push(file);
  }
  return { files: unique, skipped, failed };
}

function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const code = e.code;
  return typeof code === 'string' ? code : undefined;
}

/** The Chinese message for an input that cannot be read (no internal detail). */
function readMessage(reason: string, detail: string): string {
  if (reason === 'tooLarge') return FILE_TEXTS.tooLarge;
  if (reason === 'corrupt') return FILE_TEXTS.corrupt;
  return readErrorMessage(reason, detail);
}

export interface AuditOptions {
  /** Limits on how far a package may inflate (tests lower them). */
  limits?: ZipLimits;
}

export async function runAudit(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void },
  options: AuditOptions = {},
): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err(USAGE);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const { files, skipped, failed } = await expandInputs(args.inputs);
  for (const line of skipped) io.err(line);
  for (const f of failed) io.err(f.message);
  if (files.length === 0) {
    io.err(FILE_TEXTS.noInput);
    return 2;
  }
  const failedReports: FileReport[] = failed.map((f) => ({
    file: f.file,
    error: f.message,
    tables: [],
  }));
  if (args.fix || args.adopt || args.remove) {
    return runWrite(args, files, failedReports, io, options);
  }
  const reports: FileReport[] = [...failedReports];
  let unreadable = failed.length > 0;
  let findings = false;
  for (const file of files) {
    const read = await readWorkbook(file, options.limits);
    if (!read.ok) {
      unreadable = true;
      const message = readMessage(read.reason, read.detail);
      reports.push({ file, error: message, tables: [] });
      if (!args.json) io.err(`${file}：${message}`);
      continue;
    }
    let report: FileReport;
    try {
      report = analyzeWorkbook(read.workbook, { file, profile: args.profile ?? undefined });
    } catch {
      // One workbook the core cannot handle does not stop the batch.
      unreadable = true;
      const message = FILE_TEXTS.checkFailed(file);
      reports.push({ file, error: message, tables: [] });
      if (!args.json) io.err(message);
      continue;
    }
    if (fileHasFindings(report)) findings = true;
    reports.push(report);
    if (!args.json) io.out(formatFile(report));
  }
  if (args.json) io.out(JSON.stringify({ files: reports }, null, 2));
  else io.out(formatSummary(reports));
  if (unreadable) return 2;
  return findings ? 1 : 0;
}

type Mode = 'fix' | 'adopt' | 'remove';

/** Counts what a host did with a plan, for the summary on stderr. */
function summarise(edits: readonly Edit[], outcomes: readonly ApplyOutcome[]): string[] {
  const kind = new Map<string, string>();
  for (const e of edits) {
    kind.set(e.id, e.kind);
    for (const f of e.fallback ?? []) kind.set(f.id, f.kind);
  }
  const c = { formulas: 0, values: 0, validations: 0, highlights: 0, other: 0 };
  const skipped = { protected: 0, notEmpty: 0, notes: 0, capability: 0, userValidation: 0 };
  const failed: string[] = [];
  for (const o of outcomes) {
    if (o.status === 'applied') {
      const k = kind.get(o.id);
      if (k === 'setFormula') c.formulas++;
      else if (k === 'setValue') c.values++;
      else if (k === 'dataValidation') c.validations++;
      else if (k === 'conditionalFormat') c.highlights++;
      else c.other++;
    } else if (o.status === 'skipped') {
      // The user's own content, validation or fill kept: each said as such.
      if (o.reason === 'protected' || o.reason === 'workbookProtected' || o.reason === 'incomplete')
        skipped.protected++;
      else if (o.reason === 'cellNotEmpty') skipped.notEmpty++;
      else if (o.reason === 'userValidation' || o.reason === 'userFill') skipped.userValidation++;
      else if (kind.get(o.id) === 'note') skipped.notes++;
      else skipped.capability++;
    } else if (o.status === 'failed') failed.push(o.detail);
  }
  const lines = [CLI_TEXTS.counts(c)];
  if (Object.values(skipped).some((n) => n > 0)) {
    lines.push(CLI_TEXTS.skipped(skipped));
  }
  if (failed.length > 0) lines.push(CLI_TEXTS.failed(failed.length, failed[0]));
  return lines;
}

/** --fix / --adopt / --remove: plan, apply with the xlsx host, write DIR/<name>. */
async function runWrite(
  args: AuditArgs,
  files: string[],
  failed: FileReport[],
  io: { out: (s: string) => void; err: (s: string) => void },
  options: AuditOptions,
): Promise<number> {
  if (args.remove && (args.fix || args.adopt)) {
    io.err(CLI_TEXTS.conflictingModes);
    return 2;
  }
  const mode: Mode = args.remove ? 'remove' : args.adopt ? 'adopt' : 'fix';
  const outDir = args.out ?? '.';
  const made = await makeFolder(outDir);
  if (made !== null) {
    io.err(FILE_TEXTS.outDirFailed(outDir, fsErrorText(made)));
    return 2;
  }
  const reports: FileReport[] = [...failed];
  let unreadable = failed.length > 0;
  let findings = false;
  const fail = (file: string, message: string) => {
    unreadable = true;
    reports.push({ file, error: message, tables: [] });
    io.err(message);
  };
  // Every input's identity (device and inode): an output that is one of them is never written.
  const inputIds = new Set<string>();
  for (const file of files) {
    try {
      const st = await fs.stat(file);
      inputIds.add(`${st.dev}:${st.ino}`);
    } catch {
      // reported by the reader
    }
  }
  const outNames = outputNames(files);
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const outName = outNames[i];
    const outPath = path.join(outDir, outName);
    if (outName !== path.basename(file)) io.err(FILE_TEXTS.renamed(file, outPath));
    const clash = await isAnInput(outPath, file, inputIds);
    if (clash !== null) {
      fail(
        file,
        clash === 'path' ? CLI_TEXTS.sameAsInput(file) : FILE_TEXTS.isInput(file, outPath),
      );
      continue;
    }
    try {
      const opened = await openPackage(file, options.limits);
      if (!opened.ok) {
        fail(file, `${file}：${readMessage(opened.reason, opened.detail)}`);
        continue;
      }
      const snapshot = opened.workbook;
      const opts = { profile: args.profile ?? undefined };
      const plan =
        mode === 'remove'
          ? planRemoveDetailed(snapshot, opts)
          : planAnnotateDetailed(snapshot, { ...opts, adopt: mode === 'adopt' });
      const patched = patchPackage(opened.pkg, plan.edits, undefined, snapshot);
      // Nothing to write: the copy is the input, byte for byte.
      const bytes = plan.edits.length === 0 ? opened.bytes : patched.bytes;
      // Never leave a file behind that cannot be read back.
      const check =
        plan.edits.length === 0
          ? { ok: true as const, workbook: snapshot }
          : await readWorkbook(bytes, options.limits);
      if (!check.ok) {
        fail(file, CLI_TEXTS.notWritten(file, readMessage(check.reason, check.detail)));
        continue;
      }
      const written = await writeAtomically(outDir, outPath, bytes);
      if (written !== null) {
        fail(file, FILE_TEXTS.writeFailed(file, written));
        continue;
      }
      if (plan.edits.length > 0) {
        io.err(CLI_TEXTS.wrote(outPath, mode));
        for (const line of summarise(plan.edits, patched.outcomes)) io.err(line);
      } else if (plan.notices.some((n) => n.level === 'warning')) {
        io.err(CLI_TEXTS.nothingWritten(file));
      } else io.err(CLI_TEXTS.nothingToDo(file));
      for (const n of plan.notices) io.err(`  ${n.level === 'warning' ? '⚠ ' : ''}${n.text}`);
      const report = analyzeWorkbook(check.workbook, {
        file: outPath,
        profile: args.profile ?? undefined,
      });
      if (fileHasFindings(report)) findings = true;
      reports.push(report);
      if (!args.json) io.out(formatFile(report));
    } catch {
      fail(file, FILE_TEXTS.processFailed(file));
    }
  }
  if (args.json) io.out(JSON.stringify({ files: reports }, null, 2));
  if (unreadable) return 2;
  return findings ? 1 : 0;
}

/**
 * Creates a folder and its parents; null, or the error code. A recursive mkdir reports ENOENT
 * also when a parent exists but cannot take a folder (a read-only file system): then the first
 * missing folder is created alone, which gives the real reason (EROFS, EACCES…).
 */
async function makeFolder(dir: string): Promise<string | null> {
  try {
    await fs.mkdir(dir, { recursive: true });
    return null;
  } catch (e) {
    const code = errorCode(e);
    if (code !== 'ENOENT') return code ?? null;
    let first = path.resolve(dir);
    for (;;) {
      const parent = path.dirname(first);
      if (parent === first) return code;
      const exists = await fs.stat(parent).then(
        () => true,
        () => false,
      );
      if (exists) break;
      first = parent;
    }
    try {
      await fs.mkdir(first);
      await fs.mkdir(dir, { recursive: true });
      return null;
    } catch (inner) {
      return errorCode(inner) ?? code;
    }
  }
}

/**
 * The output name of every input: its own name, or, when an earlier input has the same name
 * (from another folder; compared without case, as Windows and macOS do), `name (2).xlsx`.
 */
export function outputNames(files: readonly string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const base = path.basename(file);
    const ext = path.extname(base);
    const stem = base.slice(0, base.length - ext.length);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Whether writing `outPath` would replace an input: same path, or same device and inode. */
async function isAnInput(
  outPath: string,
  file: string,
  inputIds: ReadonlySet<string>,
): Promise<'path' | 'inode' | null> {
  if (path.resolve(outPath) === path.resolve(file)) return 'path';
  try {
    const st = await fs.stat(outPath);
    return inputIds.has(`${st.dev}:${st.ino}`) ? 'inode' : null;
  } catch {
    return null;
  }
}

let tmpCount = 0;

/**
 * Writes to a temporary file in the output folder and renames it over the output; the temporary
 * file is removed on any failure. Returns null, or why the file could not be written (Chinese).
 */
async function writeAtomically(
  outDir: string,
  outPath: string,
  bytes: Uint8Array,
): Promise<string | null> {
  // A short name of its own: the output's name plus a suffix could pass the file-name limit
  // (255 bytes) where the output's name itself does not.
  const tmp = path.join(outDir, `.jixiao-${process.pid}-${++tmpCount}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, outPath);
    return null;
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    return fsErrorText(errorCode(e));
  }
}

/**
 * Writes lines to a standard stream until its reader goes away (`… | head`, a pager quit): then
 * the lines are dropped, and the batch — writing its outputs — goes on to its exit code.
 */
function lineWriter(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (s) => {
    if (!closed) stream.write(s + '\n');
  };
}

if (require.main === module) {
  runAudit(process.argv.slice(2), {
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
