/**
 * Applies an edit plan to an ExcelJS workbook (the command line's and the tests' host).
 * A host knows cells, not rules: admission (src/plan/admit.ts) decides what is applied, from the
 * facts gathered here; this only writes.
 */
import type ExcelJS from 'exceljs';
import { admit, validationFact, type AdmissionFacts, type SheetFacts } from '../../plan/admit';
import type {
  ApplyOutcome,
  ApplyReport,
  Capability,
  Edit,
  SimpleEdit,
  ValidationRule,
} from '../../plan/edits';
import { HELPER_SHEET, readRegistry, type RegistryRead } from '../../plan/registry';
import { intersects, parseA1 } from '../../snapshot/a1';
import { plainValue, snapshotSheet } from './snapshot';

/** ExcelJS writes every feature the plan uses. */
export const XLSX_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'ExcelApi1.1',
  'ExcelApi1.2',
  'ExcelApi1.4',
  'ExcelApi1.6',
  'ExcelApi1.7',
  'ExcelApi1.8',
  'ExcelApi1.9',
  'ExcelApi1.10',
  'ExcelApi1.13',
]);

function argb(hex: string): string {
  return 'FF' + hex.slice(1).toUpperCase();
}

function withoutEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

function dataValidationOf(
  rule: ValidationRule,
  edit: Extract<SimpleEdit, { kind: 'dataValidation' }>,
): ExcelJS.DataValidation {
  const common = {
    allowBlank: edit.ignoreBlanks,
    showInputMessage: edit.prompt !== undefined,
    promptTitle: edit.prompt?.title,
    prompt: edit.prompt?.message,
    showErrorMessage: edit.error !== undefined,
    errorStyle: edit.error?.style,
    errorTitle: edit.error?.title,
    error: edit.error?.message,
  };
  switch (rule.type) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`] };
    case 'decimal':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [rule.min, rule.max].map((b) => (typeof b === 'number' ? b : withoutEquals(b))),
      };
    case 'custom':
      return { ...common, type: 'custom', formulae: [withoutEquals(rule.formula)] };
  }
}

function forEachAddress(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void) {
  const [a, b] = range.replace(/\$/g, '').split(':');
  const tl = ws.getCell(a);
  const br = ws.getCell(b ?? a);
  for (let r = Number(tl.row); r <= Number(br.row); r++) {
    for (let c = Number(tl.col); c <= Number(br.col); c++) fn(ws.getCell(r, c));
  }
}

/**
 * The cell with a style of its own. ExcelJS shares one style object among the cells it loaded
 * with the same style, and its `fill` and `numFmt` setters change that object: without a copy, a
 * fill or number format written into one cell would change every cell of the same style.
 */
function ownStyle(cell: ExcelJS.Cell): ExcelJS.Cell {
  cell.style = { ...cell.style };
  return cell;
}

/** ExcelJS keeps data validations per sheet; its typings omit the collection. */
interface DataValidations {
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}
function validations(ws: ExcelJS.Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}

function sameRef(a: string, b: string): boolean {
  return a.replace(/\$/g, '') === b.replace(/\$/g, '');
}

/** Applies one admitted edit; returns the outcome. */
function applyOne(wb: ExcelJS.Workbook, edit: SimpleEdit): ApplyOutcome {
  if (edit.kind === 'ensureSheet') {
    let ws = wb.getWorksheet(edit.sheet);
    if (!ws) ws = wb.addWorksheet(edit.sheet);
    ws.state = edit.visibility;
    return { id: edit.id, status: 'applied' };
  }
  const ws = wb.getWorksheet(edit.sheet);
  if (edit.kind === 'deleteSheet') {
    if (ws) wb.removeWorksheet(ws.id);
    return { id: edit.id, status: 'applied' };
  }
  if (!ws) return { id: edit.id, status: 'failed', detail: `no sheet ${edit.sheet}` };
  switch (edit.kind) {
    case 'setFormula':
    case 'setValue': {
      const cell = ws.getCell(edit.cell);
      if (edit.kind === 'setFormula') {
        const formula = withoutEquals(edit.formula);
        cell.value =
          edit.result === undefined || edit.result === null
            ? { formula }
            : { formula, result: edit.result };
      } else {
        cell.value = edit.value;
      }
      if (edit.numberFormat !== undefined) ownStyle(cell).numFmt = edit.numberFormat;
      return { id: edit.id, status: 'applied' };
    }
    case 'dataValidation':
      validations(ws).add(edit.range.replace(/\$/g, ''), dataValidationOf(edit.rule, edit));
      return { id: edit.id, status: 'applied' };
    case 'removeValidation':
      // Deleted, not set to undefined: ExcelJS would write an empty validation for the key.
      forEachAddress(ws, edit.range, (cell) => delete validations(ws).model[cell.address]);
      delete validations(ws).model[edit.range.replace(/\$/g, '')];
      return { id: edit.id, status: 'applied' };
    case 'conditionalFormat': {
      const style: Partial<ExcelJS.Style> = {};
      if (edit.fill) {
        style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(edit.fill) } };
      }
      if (edit.fontColor || edit.bold) {
        style.font = {
          ...(edit.fontColor ? { color: { argb: argb(edit.fontColor) } } : {}),
          ...(edit.bold ? { bold: true } : {}),
        };
      }
      ws.addConditionalFormatting({
        ref: edit.range.replace(/\$/g, ''),
        rules: [
          {
            type: 'expression',
            priority: edit.priority,
            formulae: [withoutEquals(edit.formula)],
            style,
            ...(edit.stopIfTrue ? { stopIfTrue: true } : {}),
          },
        ],
      });
      return { id: edit.id, status: 'applied' };
    }
    case 'removeConditionalFormats': {
      const ours = new Set(edit.formulas.map(withoutEquals));
      ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => {
        if (!sameRef(cf.ref, edit.range)) return true;
        const rules = cf.rules.filter((r) => {
          const f = (r as { formulae?: unknown[] }).formulae;
          return !(Array.isArray(f) && f.length === 1 && ours.has(String(f[0])));
        });
        cf.rules = rules;
        return rules.length > 0;
      });
      return { id: edit.id, status: 'applied' };
    }
    case 'fill':
      forEachAddress(ws, edit.range, (cell) => {
        ownStyle(cell).fill = edit.fill
          ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(edit.fill) } }
          : { type: 'pattern', pattern: 'none' };
      });
      return { id: edit.id, status: 'applied' };
    case 'note':
      ws.getCell(edit.cell).note = edit.text;
      return { id: edit.id, status: 'applied' };
    case 'column': {
      const [from, to] = edit.columns.split(':');
      const first = ws.getColumn(from).number;
      const last = ws.getColumn(to ?? from).number;
      for (let c = first; c <= last; c++) {
        const col = ws.getColumn(c);
        if (edit.width !== undefined) col.width = edit.width;
        if (edit.resetWidth) col.width = undefined;
        if (edit.hidden !== undefined) col.hidden = edit.hidden;
      }
      return { id: edit.id, status: 'applied' };
    }
    case 'printArea':
      // ExcelJS writes `$` before each part itself: `A$1:I$50` becomes `$A$1:$I$50`.
      if (edit.range)
        ws.pageSetup.printArea = edit.range.replace(/\$/g, '').replace(/([A-Z])(\d)/g, '$1$$$2');
      else delete ws.pageSetup.printArea;
      return { id: edit.id, status: 'applied' };
  }
}

/**
 * Applies `edits` in order: admission decides from the workbook as it is (capabilities, protected
 * sheets, the user's content and data validation); the admitted edits are written one by one.
 */
export function applyEdits(
  wb: ExcelJS.Workbook,
  edits: readonly Edit[],
  capabilities: ReadonlySet<Capability> = XLSX_CAPABILITIES,
): ApplyReport {
  const admission = admit(edits, capabilities, workbookFacts(wb));
  const outcomes = new Map(admission.outcomes.map((o) => [o.id, o]));
  for (const edit of admission.edits) {
    const o = safeApply(wb, edit);
    if (o.status === 'failed') outcomes.set(o.id, o);
  }
  return { outcomes: [...outcomes.values()] };
}

function safeApply(wb: ExcelJS.Workbook, edit: SimpleEdit): ApplyOutcome {
  try {
    return applyOne(wb, edit);
  } catch (e) {
    return { id: edit.id, status: 'failed', detail: e instanceof Error ? e.message : String(e) };
  }
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

/** The facts admission needs, read from the workbook as it is before the plan is applied. */
export function workbookFacts(wb: ExcelJS.Workbook): AdmissionFacts {
  const helper = worksheet(wb, HELPER_SHEET);
  const read: RegistryRead = helper
    ? readRegistry({ sheets: [snapshotSheet(helper)] })
    : { kind: 'none' };
  const registered = new Set<string>();
  if (read.kind === 'ok') {
    for (const e of read.registry.entries) {
      if (e.t === 'dv') for (const r of e.r) registered.add(`${e.s}!${r}`);
    }
  }
  const facts = new Map<string, SheetFacts>();
  return {
    sheet(name) {
      const ws = worksheet(wb, name);
      if (!ws) return undefined;
      const cached = facts.get(ws.name);
      if (cached) return cached;
      const made: SheetFacts = {
        protected: isProtected(ws),
        cell(a1) {
          const rect = parseA1(a1);
          const cell = rect ? ws.findCell(rect.top + 1, rect.left + 1) : undefined;
          if (!cell) return { value: null, formula: null };
          const numberFormat = cell.numFmt || null;
          if (cell.type === (6 as ExcelJS.ValueType)) {
            return { value: plainValue(cell.result), formula: `=${cell.formula}`, numberFormat };
          }
          return { value: plainValue(cell.value), formula: null, numberFormat };
        },
        fills(range) {
          const rect = parseA1(range);
          if (!rect) return undefined;
          const grid: (string | null)[][] = [];
          for (let r = rect.top; r <= rect.bottom; r++) {
            const row: (string | null)[] = [];
            for (let c = rect.left; c <= rect.right; c++) {
              const fill = ws.findCell(r + 1, c + 1)?.fill;
              const argb =
                fill && fill.type === 'pattern' && fill.pattern === 'solid'
                  ? fill.fgColor?.argb
                  : undefined;
              row.push(argb ? `#${argb.slice(-6).toUpperCase()}` : null);
            }
            grid.push(row);
          }
          return grid;
        },
        validation(range) {
          const rect = parseA1(range);
          if (!rect) return 'none';
          const found: string[] = [];
          for (const [address, dv] of Object.entries(validations(ws).model)) {
            const at = dv ? parseA1(address) : null;
            if (at && dv && intersects(at, rect)) found.push(dv.promptTitle ?? '');
          }
          return validationFact(found, registered.has(`${ws.name}!${range}`));
        },
      };
      facts.set(ws.name, made);
      return made;
    },
  };
}
/**
 * Read from the worksheet's field, not `ws.model`: that getter serialises the whole sheet, which
 * made applying a plan quadratic in its size.
 */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p && p.sheet);
}
