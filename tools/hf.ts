/**
 * HyperFormula harness: evaluates compiled formulas the way Excel would, for tests only.
 * HyperFormula is GPLv3 (licenseKey 'gpl-v3') and a devDependency; it never ships in the add-in.
 *
 * Configuration follows HyperFormula's "Compatibility with Microsoft Excel" guide (full
 * configuration for en-US), with TRUE and FALSE defined as named expressions as the guide says.
 * precisionRounding is 14 (HyperFormula's default of 10 would round exported values such as
 * 123456789.0123), which matches Excel's 15-significant-digit display.
 *
 * Dialect: HyperFormula's lexer does not accept Excel's doubled-quote escape inside string
 * literals ("a""b"), and treats a backslash as an escape. toHyperFormulaDialect rewrites such
 * literals into concatenations with CHAR(34) / CHAR(92) before evaluation; formulas without `"`
 * or `\` inside literals pass through unchanged.
 */
import { DetailedCellError, HyperFormula, type ConfigParams } from 'hyperformula';
import { parseRef } from '../src/rules/formula/literal';
import type { CellValue } from '../src/snapshot/types';

/** A cell value as the snapshot types it (text, number, boolean, blank, or an error). */
export type HarnessValue = CellValue;

export const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  functionArgSeparator: ',',
  decimalSeparator: '.',
  thousandSeparator: '',
  arrayColumnSeparator: ',',
  arrayRowSeparator: ';',
  dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD'],
  timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
  nullYear: 30,
  caseSensitive: false,
  accentSensitive: true,
  ignorePunctuation: false,
  localeLang: 'en-US',
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  useArrayArithmetic: true,
  ignoreWhiteSpace: 'any',
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  smartRounding: true,
  precisionRounding: 14,
};

export const DEFAULT_SHEET = 'Sheet1';

/** Rewrites Excel string literals that HyperFormula's lexer cannot read (see module comment). */
export function toHyperFormulaDialect(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === "'") {
      // A quoted sheet name: copy through, '' is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') {
          text += '"';
          j += 2;
        } else if (formula[j] === '"') break;
        else text += formula[j++];
      }
      i = j + 1;
      if (!/["\\]/.test(text)) {
        out += `"${text}"`;
      } else {
        const parts = text.split(/(["\\])/).filter((p) => p !== '');
        const pieces = parts.map((p) =>
          p === '"' ? 'CHAR(34)' : p === '\\' ? 'CHAR(92)' : `"${p}"`,
        );
        out += `(${pieces.join('&')})`;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function address(key: string): { sheet: string; row: number; col: number } {
  const { sheet, a1, range } = parseRef(key);
  if (range) throw new Error(`harness cells must be single cells: ${key}`);
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${key}`);
  let col = 0;
  for (const c of m[1]) col = col * 26 + (c.charCodeAt(0) - 64);
  return { sheet: sheet ?? DEFAULT_SHEET, row: Number(m[2]) - 1, col: col - 1 };
}

const ERROR_FORMULAS: Record<string, string> = {
  '#DIV/0!': '=1/0',
  '#N/A': '=NA()',
  '#VALUE!': '=1+"a"',
  '#REF!': '=#REF!',
};

/** Cell content for HyperFormula: text is kept as text (leading apostrophe), errors are made by formulas. */
function content(v: HarnessValue): string | number | boolean | null {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') return ERROR_FORMULAS[v.error] ?? '=1/0';
  return v === '' ? '' : `'${v}`;
}

function value(v: unknown): HarnessValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return { error: v instanceof Error ? v.message : JSON.stringify(v) };
}

/** A reusable engine: each evaluate() starts from empty sheets. */
export class FormulaHarness {
  private readonly hf: HyperFormula;
  private readonly sheets = new Map<string, number>();
  private used = new Set<number>();

  constructor() {
    this.hf = HyperFormula.buildEmpty(HF_CONFIG);
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    this.sheet(DEFAULT_SHEET);
  }

  private sheet(name: string): number {
    let id = this.sheets.get(name);
    if (id === undefined) {
      const added = this.hf.addSheet(name);
      id = this.hf.getSheetId(added);
      if (id === undefined) throw new Error(`cannot add sheet ${name}`);
      this.sheets.set(name, id);
    }
    return id;
  }

  /**
   * Puts `cells` (keys like 'B3' or "'Sheet 1'!B3") and `formulas` (same keys, values starting
   * with '=') into empty sheets and returns the formulas' values.
   */
  evaluate(
    cells: Readonly<Record<string, HarnessValue>>,
    formulas: Readonly<Record<string, string>>,
  ): Record<string, HarnessValue> {
    const hf = this.hf;
    hf.batch(() => {
      for (const id of this.used) hf.setSheetContent(id, []);
      this.used = new Set<number>();
      for (const [key, v] of Object.entries(cells)) {
        const a = address(key);
        const id = this.sheet(a.sheet);
        this.used.add(id);
        hf.setCellContents({ sheet: id, row: a.row, col: a.col }, [[content(v)]]);
      }
      for (const [key, f] of Object.entries(formulas)) {
        const a = address(key);
        const id = this.sheet(a.sheet);
        this.used.add(id);
        hf.setCellContents({ sheet: id, row: a.row, col: a.col }, [[toHyperFormulaDialect(f)]]);
      }
    });
    const out: Record<string, HarnessValue> = {};
    for (const key of Object.keys(formulas)) {
      const a = address(key);
      out[key] = value(hf.getCellValue({ sheet: this.sheet(a.sheet), row: a.row, col: a.col }));
    }
    return out;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

let shared: FormulaHarness | null = null;

/** Evaluates formulas over cells in a shared engine (see FormulaHarness.evaluate). */
export function evaluateFormulas(
  cells: Readonly<Record<string, HarnessValue>>,
  formulas: Readonly<Record<string, string>>,
): Record<string, HarnessValue> {
  shared ??= new FormulaHarness();
  return shared.evaluate(cells, formulas);
}
