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
import { readWorkbook } from '../hosts/xlsx/read';
import { rewriteWorkbook } from '../hosts/xlsx/rewrite';
import type { ApplyOutcome, Edit } from '../plan/edits';
import type { FileReport } from '../report/types';
import { parseArgs, USAGE, type AuditArgs } from './args';
import { fileHasFindings, formatFile } from './format';
import { readErrorMessage } from '../messages/cli';
import { CLI_TEXTS } from '../messages/plan';

async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      files.push(input); // reported as not found by the reader
      continue;
    }
    if (stat.isDirectory()) {
      const names = (await fs.readdir(input)).filter(
        (n) => /\.xlsx$/i.test(n) && !n.startsWith('~$'),
      );
      names.sort();
      for (const n of names) files.push(path.join(input, n));
    } else {
      files.push(input);
    }
  }
  return files;
}

export async function runAudit(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void },
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
  const files = await expandInputs(args.inputs);
  if (args.fix || args.adopt || args.remove) return runWrite(args, files, io);
  const reports: FileReport[] = [];
  let unreadable = false;
  let findings = false;
  for (const file of files) {
    const read = await readWorkbook(file);
    if (!read.ok) {
      unreadable = true;
      const message = readErrorMessage(read.reason, read.detail);
      reports.push({ file, error: message, tables: [] });
      if (!args.json) io.err(`${file}：${message}`);
      continue;
    }
    const report = analyzeWorkbook(read.workbook, {
      file,
      profile: args.profile ?? undefined,
    });
    if (fileHasFindings(report)) findings = true;
    reports.push(report);
    if (!args.json) io.out(formatFile(report));
  }
  if (args.json) io.out(JSON.stringify({ files: reports }, null, 2));
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
  const skipped = { protected: 0, notEmpty: 0, capability: 0, userValidation: 0 };
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
      if (o.reason === 'protected') skipped.protected++;
      else if (o.reason === 'cellNotEmpty') skipped.notEmpty++;
      else if (o.reason === 'userValidation' || o.reason === 'userFill') skipped.userValidation++;
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
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  if (args.remove && (args.fix || args.adopt)) {
    io.err(CLI_TEXTS.conflictingModes);
    return 2;
  }
  const mode: Mode = args.remove ? 'remove' : args.adopt ? 'adopt' : 'fix';
  const outDir = args.out ?? '.';
  await fs.mkdir(outDir, { recursive: true });
  const reports: FileReport[] = [];
  let unreadable = false;
  let findings = false;
  for (const file of files) {
    const outPath = path.join(outDir, path.basename(file));
    if (path.resolve(outPath) === path.resolve(file)) {
      unreadable = true;
      const message = CLI_TEXTS.sameAsInput(file);
      reports.push({ file, error: message, tables: [] });
      io.err(message);
      continue;
    }
    const opts = { profile: args.profile ?? undefined };
    const rewritten = await rewriteWorkbook(file, [
      (snapshot) =>
        mode === 'remove'
          ? planRemoveDetailed(snapshot, opts)
          : planAnnotateDetailed(snapshot, { ...opts, adopt: mode === 'adopt' }),
    ]);
    if (!rewritten.ok) {
      unreadable = true;
      const read = rewritten.stage === 'read';
      const message = read
        ? readErrorMessage(rewritten.reason, rewritten.detail)
        : CLI_TEXTS.notWritten(file, rewritten.detail);
      reports.push({ file, error: message, tables: [] });
      io.err(read ? `${file}：${message}` : message);
      continue;
    }
    const plan = rewritten.plans[0];
    const applied = { outcomes: rewritten.outcomes };
    const bytes = rewritten.bytes;
    const tmp = `${outPath}.${process.pid}.tmp`;
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, outPath);
    io.err(plan.edits.length === 0 ? CLI_TEXTS.nothingToDo(file) : CLI_TEXTS.wrote(outPath, mode));
    for (const line of summarise(plan.edits, applied.outcomes)) io.err(line);
    for (const n of plan.notices) io.err(`  ${n.level === 'warning' ? '⚠ ' : ''}${n.text}`);
    const report = analyzeWorkbook(rewritten.after, {
      file: outPath,
      profile: args.profile ?? undefined,
    });
    if (fileHasFindings(report)) findings = true;
    reports.push(report);
    if (!args.json) io.out(formatFile(report));
  }
  if (args.json) io.out(JSON.stringify({ files: reports }, null, 2));
  if (unreadable) return 2;
  return findings ? 1 : 0;
}

if (require.main === module) {
  runAudit(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
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
