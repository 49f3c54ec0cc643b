/**
 * Bench line of issue 10: the lossless package reader (snapshot + recognize + audit) beside the
 * time ExcelJS alone needs to read the same workbook. Goal: reader + recognize + audit ≤ ExcelJS's
 * read alone.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../src/core';
import { readPackage } from '../src/hosts/xlsx/package/read';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export interface PackageReadBench {
  excelJsRead: number;
  packageRead: number;
  packageReadAndAudit: number;
}

export async function measurePackageRead(buffer: Buffer, runs: number): Promise<PackageReadBench> {
  const exceljs: number[] = [];
  const read: number[] = [];
  const total: number[] = [];
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  // One unmeasured run of each, so that both are compared warm.
  analyzeWorkbook(readPackage(bytes).workbook, { file: 'bench.xlsx' });
  await new ExcelJS.Workbook().xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  for (let i = 0; i < runs; i++) {
    const wb = new ExcelJS.Workbook();
    const t0 = performance.now();
    await wb.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const t1 = performance.now();
    const { workbook } = readPackage(bytes);
    const t2 = performance.now();
    analyzeWorkbook(workbook, { file: 'bench.xlsx' });
    const t3 = performance.now();
    exceljs.push(t1 - t0);
    read.push(t2 - t1);
    total.push(t3 - t1);
  }
  return {
    excelJsRead: median(exceljs),
    packageRead: median(read),
    packageReadAndAudit: median(total),
  };
}

export function formatPackageRead(b: PackageReadBench, runs: number): string {
  const ok = b.packageReadAndAudit <= b.excelJsRead ? 'met' : 'NOT met';
  return (
    `package reader: ${b.packageRead.toFixed(0)} ms; reader + recognize + audit: ` +
    `${b.packageReadAndAudit.toFixed(0)} ms beside ExcelJS read alone: ${b.excelJsRead.toFixed(0)} ms ` +
    `(median of ${runs}; goal ≤ ExcelJS read: ${ok})`
  );
}
