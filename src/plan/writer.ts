/**
 * The sheet writer: collects one sheet's cell edits and the registry entries that record what each
 * replaced, writing each cell at most once.
 */
import type { SheetSnapshot } from '../snapshot/types';
import type { SetFormulaEdit, SetValueEdit, SimpleEdit } from './edits';
import { cellContent, type CellEntry, type Entry } from './registry';

/** Fills and fonts of what the plan writes. */
export const COLOURS = {
  header: '#DDEBF7',
  short: { fill: '#FFEB9C', font: '#9C5700' },
  wrong: { fill: '#FFC7CE', font: '#9C0006' },
  reason: { fill: '#F8CBAD', font: '#C00000' },
};
export const FORMAT = { score: '0.00', percent: '0.00%', text: '@' };

export interface WriteOptions {
  role: CellEntry['role'];
  numberFormat?: string;
  fill?: string;
  purpose?: string;
}

/** Collects the edits and registry entries of one sheet, one cell at most once. */
export class SheetWriter {
  readonly cells: (SetFormulaEdit | SetValueEdit)[] = [];
  readonly fills: SimpleEdit[] = [];
  readonly entries: Entry[] = [];
  readonly claimed = new Set<string>();

  constructor(
    readonly name: string,
    /** The sheet as it was before the add-in wrote. */
    readonly base: SheetSnapshot,
    /** Addresses the registry says are the add-in's (written before, unchanged since). */
    readonly ours: ReadonlySet<string>,
  ) {}

  free(a1: string): boolean {
    return !this.claimed.has(a1);
  }

  private entry(a1: string, written: string, o: WriteOptions): void {
    const orig = cellContent(this.base, a1);
    this.entries.push({
      t: 'cell',
      s: this.name,
      a: a1,
      role: o.role,
      v: orig.value,
      f: orig.formula,
      nf: orig.numberFormat,
      w: written,
      ...(o.fill ? { fill: true } : {}),
      ...(orig.native !== undefined && orig.formula === null ? { x: orig.native } : {}),
    });
    if (o.fill) {
      this.fills.push({
        id: `${this.name}!${a1}#fill`,
        kind: 'fill',
        sheet: this.name,
        range: a1,
        fill: o.fill,
      });
    }
  }

  formula(a1: string, formula: string, result: string | number | null, o: WriteOptions): boolean {
    if (this.claimed.has(a1)) return false;
    this.claimed.add(a1);
    this.cells.push({
      id: `${this.name}!${a1}#${o.role}`,
      kind: 'setFormula',
      sheet: this.name,
      cell: a1,
      formula,
      ...(o.numberFormat ? { numberFormat: o.numberFormat } : {}),
      onlyIfEmpty: o.role === 'adopt' ? false : !this.ours.has(a1),
      result,
      ...(o.purpose ? { purpose: o.purpose } : {}),
    });
    this.entry(a1, formula, o);
    return true;
  }

  value(a1: string, value: string | number | null, o: WriteOptions): boolean {
    if (this.claimed.has(a1)) return false;
    this.claimed.add(a1);
    this.cells.push({
      id: `${this.name}!${a1}#${o.role}`,
      kind: 'setValue',
      sheet: this.name,
      cell: a1,
      value,
      ...(o.numberFormat ? { numberFormat: o.numberFormat } : {}),
      onlyIfEmpty: !this.ours.has(a1),
      ...(o.purpose ? { purpose: o.purpose } : {}),
    });
    this.entry(a1, JSON.stringify(value), o);
    return true;
  }
}

/** Runs of consecutive rows: [first, last] pairs. */
export function runs(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}
