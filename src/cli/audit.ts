/**
 * `npm run audit -- [--json] [--profile NAME] [--fix --out DIR] <file.xlsx | folder> ...`
 *
 * A thin face: reads each workbook with the xlsx host, runs the core, prints the report.
 * Exit codes: 0 no findings, 1 findings, 2 an input could not be read (the others are still
 * processed).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../core';
import { readWorkbook } from '../hosts/xlsx/read';
import type { FileReport } from '../report/types';
import { parseArgs, USAGE } from './args';
import { fileHasFindings, formatFile } from './format';
import { readErrorMessage } from '../messages/cli';

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
