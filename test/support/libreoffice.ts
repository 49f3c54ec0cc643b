/**
 * LibreOffice headless, as a real spreadsheet engine for tests: recalculates a workbook's
 * formulas (every formula, not only those without a cached value) and converts it back to .xlsx
 * or to PDF/PNG for looking at.
 */
import { execFile, execFileSync } from 'child_process';
import { promises as fs, existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
];

export function findSoffice(): string | null {
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  return null;
}

/** A throwaway user profile that tells Calc to recalculate every OOXML file on load. */
async function makeProfile(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  const user = path.join(dir, 'user');
  await fs.mkdir(user, { recursive: true });
  const item = (p: string, prop: string, value: string) =>
    `<item oor:path="${p}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  const xcu = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${item('/org.openoffice.Office.Calc/Formula/Load', 'OOXMLRecalcMode', '0')}
${item('/org.openoffice.Office.Calc/Formula/Load', 'ODFRecalcMode', '0')}
${item('/org.openoffice.Office.Common/Misc', 'FirstRun', 'false')}
</oor:items>`;
  await fs.writeFile(path.join(user, 'registrymodifications.xcu'), xcu);
  return dir;
}

function run(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/**
 * Converts `inputs` with LibreOffice into `outDir` as `format` (`xlsx`, `pdf`, `png`, `fods`), after a full
 * recalculation. One soffice process handles all inputs (start-up dominates the cost).
 * Returns the output paths in input order.
 */
export async function convertWithLibreOffice(
  inputs: string[],
  outDir: string,
  format: 'xlsx' | 'pdf' | 'png' | 'fods' = 'xlsx',
): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  await fs.mkdir(outDir, { recursive: true });
  const profile = await makeProfile();
  const filter = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : format;
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...inputs,
      ],
      10 * 60 * 1000,
    );
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const outs = inputs.map((i) =>
    path.join(outDir, path.basename(i).replace(/\.[^.]+$/, `.${format}`)),
  );
  for (const o of outs) if (!existsSync(o)) throw new Error(`LibreOffice did not produce ${o}`);
  return outs;
}

/** Whether Debian's python3 can drive LibreOffice through UNO (package python3-uno). */
export function hasPythonUno(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface RowEdit {
  src: string;
  dst: string;
  sheet: string;
  op: 'insert' | 'delete';
  /** 1-based: the row to delete, or the row above which an empty row is inserted. */
  row: number;
}

/**
 * Inserts or deletes a row in each workbook with LibreOffice Calc, as a user does (Calc moves
 * the cells below with their formulas, validations and conditional formats), and saves it as
 * .xlsx. One soffice process serves all edits (test/support/lo-rows.py).
 */
export async function editRowsWithLibreOffice(edits: RowEdit[]): Promise<void> {
  if (!findSoffice()) throw new Error('LibreOffice (soffice) is not installed');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-rows-'));
  const jobs = path.join(dir, 'jobs.json');
  await fs.writeFile(jobs, JSON.stringify(edits));
  try {
    await run('/usr/bin/python3', [path.join(__dirname, 'lo-rows.py'), jobs], 180_000);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  for (const e of edits) {
    if (!existsSync(e.dst)) throw new Error(`LibreOffice did not write ${e.dst}`);
  }
}
