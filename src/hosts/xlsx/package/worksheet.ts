/**
 * A worksheet part open for editing. The rows of `sheetData` stay one untouched slice of text
 * except the rows an edit changes; the other top-level elements (cols, conditional formats,
 * validations …) are edited in place in the small remainder of the part. Everything the patcher
 * does not understand is kept as written.
 */
import { colName } from '../../../snapshot/a1';
import { parseCols } from './cols';
import { colNumber } from './formula';
import { children, nextTag, prefixed, rawAttrIn, rootTag, setAttr, type Tag } from './xml';

/** The order of a worksheet's top-level elements (ECMA-376 CT_Worksheet). */
const ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const ROWS = '\u0000ROWS\u0000';

interface RowSlice {
  r: number;
  start: number;
  end: number;
}

export interface CellXml {
  col: number;
  xml: string;
}

interface RowModel {
  open: string;
  close: string;
  cells: CellXml[];
  /** Row children other than cells (extLst), kept after the cells. */
  rest: string;
}

export class WorksheetDoc {
  /** The part with the inner text of sheetData replaced by a marker. */
  private outer: string;
  private readonly rowsText: string;
  private index: RowSlice[] | null = null;
  private readonly edited = new Map<number, RowModel>();
  readonly prefix: string;
  changed = false;

  constructor(xml: string) {
    const root = rootTag(xml);
    const colon = root ? root.qname.indexOf(':') : -1;
    this.prefix = root && colon > 0 ? root.qname.slice(0, colon) : '';
    const sd = root ? children(xml, root).find((c) => c.tag.name === 'sheetData') : undefined;
    if (!root) {
      this.outer = `<worksheet>${ROWS}</worksheet>`;
      this.rowsText = '';
    } else if (!sd) {
      this.rowsText = '';
      this.outer = xml;
      this.insertTopLevel('sheetData', `<sheetData>${ROWS}</sheetData>`);
    } else if (sd.tag.selfClosing) {
      this.rowsText = '';
      const open = xml.slice(sd.tag.start, sd.tag.end - 2) + '>';
      this.outer =
        xml.slice(0, sd.tag.start) + open + ROWS + `</${sd.tag.qname}>` + xml.slice(sd.end);
    } else {
      const closeStart = sd.end - (sd.tag.qname.length + 3);
      this.rowsText = xml.slice(sd.tag.end, closeStart);
      this.outer = xml.slice(0, sd.tag.end) + ROWS + xml.slice(closeStart);
    }
  }

  // --- rows and cells ------------------------------------------------------------------------

  private rowIndex(): RowSlice[] {
    if (this.index) return this.index;
    const out: RowSlice[] = [];
    const xml = this.rowsText;
    let i = 0;
    let prev = 0;
    for (;;) {
      const t = nextTag(xml, i);
      if (!t) break;
      if (t.closing || t.name !== 'row') {
        i = t.end;
        continue;
      }
      const r = rawAttrIn(xml.slice(t.start, t.end), 'r');
      const rn = r !== null ? Number(r) : prev + 1;
      prev = rn;
      let end = t.end;
      if (!t.selfClosing) {
        const close = xml.indexOf(`</${t.qname}>`, t.end);
        end = close < 0 ? xml.length : close + t.qname.length + 3;
      }
      out.push({ r: rn, start: t.start, end });
      i = end;
    }
    this.index = out;
    return out;
  }

  private findSlice(r: number): RowSlice | undefined {
    const idx = this.rowIndex();
    let lo = 0;
    let hi = idx.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (idx[mid].r === r) return idx[mid];
      if (idx[mid].r < r) lo = mid + 1;
      else hi = mid - 1;
    }
    return idx.find((s) => s.r === r);
  }

  private row(r: number, create: boolean): RowModel | null {
    const have = this.edited.get(r);
    if (have) return have;
    const slice = this.findSlice(r);
    if (!slice) {
      if (!create) return null;
      const model: RowModel = {
        open: prefixed(`<row r="${r}">`, this.prefix),
        close: prefixed('</row>', this.prefix),
        cells: [],
        rest: '',
      };
      this.edited.set(r, model);
      return model;
    }
    const text = this.rowsText.slice(slice.start, slice.end);
    const open = nextTag(text, 0) as Tag;
    const model: RowModel = {
      open: open.selfClosing ? text.slice(0, open.end - 2) + '>' : text.slice(0, open.end),
      close: `</${open.qname}>`,
      cells: [],
      rest: '',
    };
    if (!open.selfClosing) {
      let i = open.end;
      let col = 0;
      const innerEnd = text.length - model.close.length;
      for (;;) {
        const t = nextTag(text, i);
        if (!t || t.start >= innerEnd || t.closing) break;
        let end = t.end;
        if (!t.selfClosing) {
          const close = text.indexOf(`</${t.qname}>`, t.end);
          end = close < 0 ? innerEnd : close + t.qname.length + 3;
        }
        if (t.name === 'c') {
          const tagText = text.slice(t.start, t.end);
          const ref = rawAttrIn(tagText, 'r');
          col = ref !== null ? colNumber(ref.replace(/[$\d]/g, '').toUpperCase()) : col + 1;
          let xml = text.slice(t.start, end);
          if (ref === null)
            xml = setAttr(tagText, 'r', `${colName(col)}${r}`) + xml.slice(tagText.length);
          model.cells.push({ col, xml });
        } else {
          model.rest += text.slice(t.start, end);
        }
        i = end;
      }
    }
    this.edited.set(r, model);
    return model;
  }

  /** The cell's XML as it now stands, or null when the sheet has no such cell element. */
  cell(r: number, c: number): string | null {
    const m = this.row(r, false);
    if (!m) return null;
    const found = m.cells.find((x) => x.col === c);
    return found ? found.xml : null;
  }

  /**
   * The style an absent cell shows: its row's (when the row has a custom format), else its
   * column's, else the default (0).
   */
  defaultStyle(r: number, c: number): number {
    const m = this.row(r, false);
    if (m) {
      const custom = rawAttrIn(m.open, 'customFormat');
      const s = rawAttrIn(m.open, 's');
      if ((custom === '1' || custom === 'true') && s !== null) return Number(s);
    }
    const cols = this.top('cols')[0];
    if (cols) {
      for (const e of parseCols(cols.text)) {
        if (c < e.min || c > e.max) continue;
        const st = e.attrs.find(([k]) => k === 'style');
        return st ? Number(st[1]) : 0;
      }
    }
    return 0;
  }

  /** Replaces (or creates) a cell element; null removes it. */
  setCell(r: number, c: number, xml: string | null): void {
    const m = this.row(r, xml !== null);
    if (!m) return;
    const i = m.cells.findIndex((x) => x.col === c);
    const text = xml === null ? null : prefixed(xml, this.prefix);
    if (i >= 0) {
      if (text === null) m.cells.splice(i, 1);
      else m.cells[i] = { col: c, xml: text };
    } else if (text !== null) {
      let at = m.cells.findIndex((x) => x.col > c);
      if (at < 0) at = m.cells.length;
      m.cells.splice(at, 0, { col: c, xml: text });
    }
    this.changed = true;
  }

  // --- top-level elements --------------------------------------------------------------------

  private root(): Tag {
    return rootTag(this.outer) as Tag;
  }

  /** Top-level children by local name: start tag, end offset and text. */
  top(name: string): { tag: Tag; end: number; text: string }[] {
    return children(this.outer, this.root())
      .filter((c) => c.tag.name === name)
      .map((c) => ({ ...c, text: this.outer.slice(c.tag.start, c.end) }));
  }

  replaceRange(start: number, end: number, text: string): void {
    this.outer = this.outer.slice(0, start) + text + this.outer.slice(end);
    this.changed = true;
  }

  /** Inserts a top-level element where the schema puts it (written without a prefix). */
  insertTopLevel(name: string, fragment: string): void {
    const root = this.root();
    const rank = ORDER.indexOf(name);
    const kids = children(this.outer, root);
    let at = -1;
    for (const k of kids) {
      const kr = ORDER.indexOf(k.tag.name);
      if (kr > rank) {
        at = k.tag.start;
        break;
      }
    }
    if (at < 0) {
      if (root.selfClosing) {
        const open = this.outer.slice(root.start, root.end - 2) + '>';
        this.outer =
          this.outer.slice(0, root.start) + open + `</${root.qname}>` + this.outer.slice(root.end);
        this.insertTopLevel(name, fragment);
        return;
      }
      at = this.outer.lastIndexOf(`</${root.qname}`);
    }
    this.replaceRange(at, at, prefixed(fragment, this.prefix));
  }

  // --- output --------------------------------------------------------------------------------

  toString(): string {
    const idx = this.rowIndex();
    const rows: string[] = [];
    const pending = [...this.edited.keys()].filter((r) => !this.findSlice(r)).sort((a, b) => a - b);
    let p = 0;
    let last = 0;
    const emit = (m: RowModel) => {
      const open = m.cells.length === 0 && m.rest === '' ? m.open.replace(/>$/, '/>') : m.open;
      if (open.endsWith('/>')) rows.push(open);
      else rows.push(open + m.cells.map((c) => c.xml).join('') + m.rest + m.close);
    };
    for (const s of idx) {
      while (p < pending.length && pending[p] < s.r) {
        rows.push(this.rowsText.slice(last, s.start));
        last = s.start;
        emit(this.edited.get(pending[p]) as RowModel);
        p++;
      }
      const m = this.edited.get(s.r);
      if (m) {
        rows.push(this.rowsText.slice(last, s.start));
        emit(m);
        last = s.end;
      }
    }
    rows.push(this.rowsText.slice(last));
    while (p < pending.length) emit(this.edited.get(pending[p++]) as RowModel);
    const i = this.outer.indexOf(ROWS);
    return this.outer.slice(0, i) + rows.join('') + this.outer.slice(i + ROWS.length);
  }
}
