/**
 * The facts admission needs (src/plan/admit.ts), from the read in the same request context: which
 * sheets exist and are protected, what each target cell holds, and where data validation that is
 * not the add-in's own lies. The read says which sheets carry any validation at all and whether
 * the workbook's structure is protected; the validation of single ranges is asked in one more
 * round trip, and only when needed: ranges the add-in's registry does not list (a first 写入,
 * not 一键重算) on a sheet that has validation somewhere.
 */
import {
  validationFact,
  type AdmissionFacts,
  type SheetFacts,
  type ValidationFact,
} from '../../plan/admit';
import type { Capability, Edit, SimpleEdit } from '../../plan/edits';
import { readRegistry } from '../../plan/registry';
import type { SheetSnapshot } from '../../snapshot/types';
import { parseA1 } from '../../snapshot/a1';
import type { ExcelReadState } from './read';

export interface ExcelFacts {
  facts: AdmissionFacts;
  /** Round trips the facts took (0 or 1). */
  syncs: number;
}

/** Validation types that mean "different rules on different cells, or on some cells only". */
const MIXED = new Set(['Inconsistent', 'MixedCriteria']);

export async function gatherFacts(
  context: Excel.RequestContext,
  state: ExcelReadState,
  caps: ReadonlySet<Capability>,
  plan: readonly Edit[],
): Promise<ExcelFacts> {
  const bySheet = new Map(state.snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const registered = registeredValidation(state);
  const all: SimpleEdit[] = plan.flatMap((e) => [e, ...(e.fallback ?? [])]);

  // validation of ranges the registry does not vouch for, on sheets that can be written
  const probes = new Map<string, Excel.DataValidation>();
  if (caps.has('ExcelApi1.8')) {
    for (const e of all) {
      if (e.kind !== 'dataValidation') continue;
      const sheet = bySheet.get(e.sheet.toLowerCase());
      const key = `${e.sheet}!${e.range}`;
      if (!sheet || sheet.protected || registered.has(key) || probes.has(key)) continue;
      const inv = state.sheets.get(sheet.name);
      if (!inv || state.validated?.get(sheet.name) === false) continue;
      probes.set(key, inv.worksheet.getRange(e.range).dataValidation.load('type,prompt'));
    }
  }
  // static fills that stand in for conditional formats: each cell's fill, before it is written
  const fillProbes = new Map<string, Excel.RangeFill[][]>();
  if (!caps.has('ExcelApi1.6')) {
    for (const f of plan.flatMap((e) => e.fallback ?? [])) {
      if (f.kind !== 'fill') continue;
      const sheet = bySheet.get(f.sheet.toLowerCase());
      const inv = sheet && !sheet.protected ? state.sheets.get(sheet.name) : undefined;
      const rect = parseA1(f.range);
      const key = `${f.sheet}!${f.range}`;
      if (!inv || !rect || fillProbes.has(key)) continue;
      const range = inv.worksheet.getRange(f.range);
      const grid: Excel.RangeFill[][] = [];
      for (let r = 0; r <= rect.bottom - rect.top; r++) {
        const row: Excel.RangeFill[] = [];
        for (let c = 0; c <= rect.right - rect.left; c++) {
          row.push(range.getCell(r, c).format.fill.load('color'));
        }
        grid.push(row);
      }
      fillProbes.set(key, grid);
    }
  }
  const changesSheets = all.some(
    (e) =>
      (e.kind === 'ensureSheet' && !bySheet.has(e.sheet.toLowerCase())) ||
      (e.kind === 'deleteSheet' && bySheet.has(e.sheet.toLowerCase())),
  );
  const protection =
    changesSheets && caps.has('ExcelApi1.7') && state.structureProtected === undefined
      ? context.workbook.protection.load('protected')
      : null;
  const syncs = probes.size > 0 || fillProbes.size > 0 || protection ? 1 : 0;
  if (syncs > 0) await context.sync();

  const found = new Map<string, string[]>();
  for (const [key, dv] of probes) {
    const type = String(dv.type);
    found.set(
      key,
      type === 'None' ? [] : MIXED.has(type) ? ['\u0000mixed'] : [dv.prompt?.title ?? ''],
    );
  }
  const cache = new Map<string, SheetFacts>();
  const facts: AdmissionFacts = {
    structureProtected: protection?.protected ?? state.structureProtected ?? false,
    sheet(name) {
      const s = bySheet.get(name.toLowerCase());
      if (!s) return undefined;
      const hit = cache.get(s.name);
      if (hit) return hit;
      const made = sheetFacts(
        s,
        (range): ValidationFact => {
          const key = `${s.name}!${range}`;
          return validationFact(found.get(key) ?? [], registered.has(key));
        },
        (range) =>
          fillProbes
            .get(`${s.name}!${range}`)
            ?.map((row) => row.map((fill) => (fill.color ? String(fill.color) : null))),
      );
      cache.set(s.name, made);
      return made;
    },
  };
  return { facts, syncs };
}

function sheetFacts(
  s: SheetSnapshot,
  validation: (range: string) => ValidationFact,
  fills: (range: string) => (string | null)[][] | undefined,
): SheetFacts {
  return {
    fills,
    protected: s.protected ?? false,
    cell(a1) {
      const rect = parseA1(a1);
      if (!rect) return { value: null, formula: null };
      const { top: r, left: c } = rect;
      return {
        value: s.values[r]?.[c] ?? null,
        formula: s.formulas?.[r]?.[c] ?? null,
        numberFormat: s.numberFormats?.[r]?.[c] ?? null,
      };
    },
    validation,
  };
}

/** `Sheet!range` of every range the add-in's registry lists as validated by it. */
function registeredValidation(state: ExcelReadState): Set<string> {
  const out = new Set<string>();
  const read = readRegistry(state.snapshot);
  if (read.kind !== 'ok') return out;
  for (const e of read.registry.entries) {
    if (e.t === 'dv') for (const r of e.r) out.add(`${e.s}!${r}`);
  }
  return out;
}
