/**
 * Applies an edit plan to an ExcelJS workbook (the command line's and the tests' host).
 * A host knows cells, not rules: every decision was made by the planner; this only writes.
 */
import type ExcelJS from 'exceljs';
import type {
  ApplyOutcome,
  ApplyReport,
  Capability,
  Edit,
  SimpleEdit,
  ValidationRule,
} from '../../plan/edits';

/** ExcelJS writes every feature the plan uses. */
export const XLSX_CAPABILITIES: ReadonlySet<Capability> = new Set<Capability>([
  'ExcelApi1.1',
  'ExcelApi1.4',
  'ExcelApi1.6',
  'ExcelApi1.7',
  'ExcelApi1.8',
  'ExcelApi1.9',
  'ExcelApi1.13',
]);

function argb(hex: string): string {
  return 'FF' + hex.slice(1).toUpperCase();
}

function isEmptyValue(v: ExcelJS.CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.replace(/[\s\u3000]/g, '') === '';
  return false;
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

/** Applies one edit that the host supports; returns the outcome. */
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
      if (edit.onlyIfEmpty && !isEmptyValue(cell.value)) {
        return { id: edit.id, status: 'skipped', reason: 'cellNotEmpty' };
      }
      if (edit.kind === 'setFormula') {
        const formula = withoutEquals(edit.formula);
        cell.value =
          edit.result === undefined || edit.result === null
            ? { formula }
            : { formula, result: edit.result };
      } else {
        cell.value = edit.value;
      }
      if (edit.numberFormat !== undefined) cell.numFmt = edit.numberFormat;
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
        cell.fill = edit.fill
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
 * Applies `edits` in order. An edit whose capability is missing is replaced by its fallback (or
 * skipped when it has none); a protected sheet's edits are skipped, never half-applied.
 */
export function applyEdits(
  wb: ExcelJS.Workbook,
  edits: readonly Edit[],
  capabilities: ReadonlySet<Capability> = XLSX_CAPABILITIES,
): ApplyReport {
  const outcomes: ApplyOutcome[] = [];
  for (const edit of edits) {
    const ws = wb.getWorksheet(edit.sheet);
    if (ws && edit.kind !== 'ensureSheet' && edit.kind !== 'deleteSheet' && isProtected(ws)) {
      outcomes.push({ id: edit.id, status: 'skipped', reason: 'protected' });
      continue;
    }
    if (edit.requires && !capabilities.has(edit.requires)) {
      if (edit.fallback && edit.fallback.length > 0) {
        for (const f of edit.fallback) outcomes.push(safeApply(wb, f));
        outcomes.push({ id: edit.id, status: 'substituted', by: edit.fallback.map((f) => f.id) });
      } else {
        outcomes.push({ id: edit.id, status: 'skipped', reason: 'missingCapability' });
      }
      continue;
    }
    outcomes.push(safeApply(wb, edit));
  }
  return { outcomes };
}

function safeApply(wb: ExcelJS.Workbook, edit: SimpleEdit): ApplyOutcome {
  try {
    return applyOne(wb, edit);
  } catch (e) {
    return { id: edit.id, status: 'failed', detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Read from the worksheet's field, not `ws.model`: that getter serialises the whole sheet, which
 * made applying a plan quadratic in its size.
 */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p && p.sheet);
}
