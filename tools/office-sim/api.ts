/**
 * The Office.js object model over a SimWorkbook, with Office.js's batching semantics:
 *
 * - every object is a proxy; methods and property writes are queued, nothing happens until
 *   `context.sync()`, which applies the queue in order and counts one round trip;
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded, as Office.js
 *   does; `*OrNullObject` results expose `isNullObject` only after a sync;
 * - a failing operation rejects the sync with an OfficeExtension.Error (code, message,
 *   debugInfo); the operations queued before it stay applied, those after it are dropped;
 * - a request larger than the platform's payload limit (5 MB on the web) is rejected whole.
 */
import type { CellRange } from '../../src/snapshot/types';
import {
  cellA1,
  intersects,
  parseA1,
  quoteSheet,
  rangeA1,
  splitSheet,
} from '../../src/snapshot/a1';
import {
  cellKey,
  type Raw,
  type SimConditionalFormat,
  type SimSheet,
  type SimValidation,
  SimWorkbook,
} from './workbook';
import { gate } from './api-sets';
import { anchoredMerges, jsonBytes, responseLimit, responseTooLarge } from './limits';
import { assertDeletable, assertStructureUnprotected, typedInput, validationOf } from './strict';

export class SimOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const notLoaded = (type: string, prop: string): SimOfficeError =>
  new SimOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );

export interface HostOptions {
  /** Highest ExcelApi version the simulated Excel supports, e.g. '1.8' for Office 2019. */
  excelApi?: string;
  /** Request payload limit in UTF-8 bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Response payload limit in UTF-8 bytes; defaults to `payloadLimit` (Excel on the web: 5 MB). */
  responseLimit?: number;
  displayLanguage?: string;
  sharedRuntime?: boolean;
  platform?: 'OfficeOnline' | 'PC' | 'Mac';
  /** Called after every successful sync that changed or read something (the demo grid redraws). */
  onSync?: () => void;
}

export interface SyncLog {
  syncs: number;
  /** Operations and payload bytes of each sync, for tests. */
  batches: { ops: number; bytes: number }[];
  suspendedCalculation: number;
}

type Op = { run: () => void; bytes: number; where: string };

export class SimContext {
  readonly workbook: SimWorkbookProxy;
  private queue: Op[] = [];
  private pendingLoads: (() => void)[] = [];
  private suspended = false;
  /** UTF-8 bytes of what the sync being run loads (the response). */
  private responseBytes = 0;

  constructor(
    readonly doc: SimWorkbook,
    readonly log: SyncLog,
    readonly options: HostOptions,
    readonly state: { editMode: boolean },
  ) {
    this.workbook = new SimWorkbookProxy(this);
  }

  get application(): ApplicationProxy {
    return this.workbook.application;
  }

  enqueue(where: string, run: () => void, bytes = 0): void {
    this.queue.push({ run, bytes: bytes + 64, where });
  }

  /** Counts a loaded value into the response of the sync being run. */
  countResponse(value: unknown): void {
    this.responseBytes += jsonBytes(value) + 16;
  }

  /** The ExcelApi version this host simulates. */
  get excelApi(): string {
    return this.options.excelApi ?? '1.17';
  }

  afterSync(fn: () => void): void {
    this.pendingLoads.push(fn);
  }

  suspendCalculation(): void {
    if (!this.suspended) {
      this.suspended = true;
      this.doc.hf.suspendEvaluation();
      this.log.suspendedCalculation++;
    }
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const loads = this.pendingLoads;
    this.queue = [];
    this.pendingLoads = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.log.syncs++;
    this.log.batches.push({ ops: ops.length, bytes });
    if (this.state.editMode) {
      throw new SimOfficeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    const limit = this.options.payloadLimit ?? Infinity;
    if (bytes > limit) {
      throw new SimOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      );
    }
    this.responseBytes = 0;
    try {
      for (const op of ops) {
        try {
          op.run();
        } catch (e) {
          if (e instanceof SimOfficeError) {
            if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.where;
            throw e;
          }
          throw new SimOfficeError('GeneralException', String(e), op.where);
        }
      }
      const rlimit = responseLimit(this.options);
      if (this.responseBytes > rlimit) throw responseTooLarge(this.responseBytes, rlimit);
    } catch (e) {
      this.pendingLoads = [];
      throw e;
    } finally {
      if (this.suspended) {
        this.suspended = false;
        this.doc.hf.resumeEvaluation();
      }
    }
    // loads registered while queueing, then those registered by the operations themselves
    const during = this.pendingLoads;
    this.pendingLoads = [];
    for (const l of loads) l();
    for (const l of during) l();
    this.options.onSync?.();
  }

  /** The object-path size of writing `value`: its JSON in UTF-8 bytes, as it travels. */
  static size(value: unknown): number {
    return jsonBytes(value);
  }
}

type LoadSpec = string | string[] | { select?: string | string[] };

function paths(spec?: LoadSpec): string[] {
  if (spec === undefined) return [];
  const raw: string | string[] | undefined =
    typeof spec === 'string' || Array.isArray(spec) ? spec : spec.select;
  const list = typeof raw === 'string' ? raw.split(',') : (raw ?? []);
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The common part of every proxy: targets resolved in queue order, loads, null objects. */
abstract class Proxy<T> {
  protected target: T | null | undefined = undefined;
  protected loaded = new Map<string, unknown>();
  private synced = false;
  protected abstract readonly typeName: string;

  constructor(
    protected readonly ctx: SimContext,
    private readonly make: () => T | null,
    instantiate: boolean,
  ) {
    if (instantiate) {
      ctx.enqueue(`${this.constructor.name}.instantiate`, () => {
        this.target = this.make();
      });
      ctx.afterSync(() => (this.synced = true));
    }
  }

  /** The live target; navigation proxies (no instantiate op) derive it from their parent. */
  t(): T {
    if (this.target === undefined) {
      const t = this.make();
      if (t === null)
        throw new SimOfficeError('ItemNotFound', "The requested resource doesn't exist.");
      return t;
    }
    if (this.target === null) {
      throw new SimOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    }
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded(this.typeName, 'isNullObject');
    return this.target === null;
  }

  protected get_(prop: string): unknown {
    if (!this.loaded.has(prop)) throw notLoaded(this.typeName, prop);
    return this.loaded.get(prop);
  }

  protected set_(prop: string, value: unknown, apply: (t: T) => void): void {
    this.loaded.set(prop, value);
    const where = `${this.typeName}.${prop}`;
    this.ctx.enqueue(
      where,
      () => {
        gate(this.ctx.excelApi, where, 'set');
        apply(this.t());
      },
      SimContext.size(value),
    );
  }

  protected call(name: string, apply: (t: T) => void, payload?: unknown): void {
    const where = `${this.typeName}.${name}`;
    this.ctx.enqueue(
      where,
      () => {
        gate(this.ctx.excelApi, where);
        apply(this.t());
      },
      SimContext.size(payload),
    );
  }

  /** Reads one scalar property of the live target (inside a sync). */
  protected abstract read(prop: string, t: T): unknown;

  /** A navigation property's proxy, for loads like `format/fill/color`. */
  protected nav(prop: string): Proxy<unknown> | null {
    void prop;
    return null;
  }

  /** Captures `path` now (inside a sync) and delivers it after the sync succeeds. */
  capture(path: string): void {
    const [head, ...rest] = path.split('/');
    gate(this.ctx.excelApi, `${this.typeName}.${head}`);
    if (rest.length > 0 || this.nav(head)) {
      const n = this.nav(head);
      if (!n)
        throw new SimOfficeError('InvalidArgument', `Cannot load ${path} on ${this.typeName}`);
      if (rest.length === 0) n.captureAll();
      else n.capture(rest.join('/'));
      return;
    }
    if (this.target === null) return;
    const value = this.read(head, this.t());
    this.ctx.countResponse(value);
    this.ctx.afterSync(() => this.loaded.set(head, value));
  }

  protected captureAll(): void {
    /* scalar properties of navigation objects are loaded by name only */
  }

  load(spec?: LoadSpec): this {
    const list = paths(spec);
    this.ctx.enqueue(`${this.typeName}.load`, () => {
      for (const p of list) this.capture(p);
    });
    this.ctx.afterSync(() => (this.synced = true));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// --- workbook, application, worksheets --------------------------------------------------------

export class SimWorkbookProxy extends Proxy<SimWorkbook> {
  protected readonly typeName = 'Workbook';
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  readonly comments: CommentCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  constructor(ctx: SimContext) {
    super(ctx, () => ctx.doc, false);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
    this.comments = new CommentCollectionProxy(ctx);
    this.protection = new WorkbookProtectionProxy(ctx);
  }
  protected read(prop: string): unknown {
    throw new SimOfficeError('InvalidArgument', `Workbook.${prop} is not simulated`);
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sel = this.ctx.doc.selection;
      if (!sel) throw new SimOfficeError('ItemNotFound', 'No selection');
      const sheet = this.ctx.doc.sheet(sel.sheet);
      return sheet ? { sheet, rect: sel.range } : null;
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class WorkbookProtectionProxy extends Proxy<SimWorkbook> {
  protected readonly typeName = 'WorkbookProtection';
  constructor(ctx: SimContext) {
    super(ctx, () => ctx.doc, false);
  }
  protected read(prop: string, t: SimWorkbook): unknown {
    requireApi(this.ctx, '1.7', 'WorkbookProtection');
    if (prop === 'protected') return t.structureProtected;
    throw new SimOfficeError('InvalidArgument', `WorkbookProtection.${prop} is not simulated`);
  }
  get protected(): boolean {
    return this.get_('protected') as boolean;
  }
}

export class ApplicationProxy extends Proxy<SimWorkbook> {
  protected readonly typeName = 'Application';
  constructor(ctx: SimContext) {
    super(ctx, () => ctx.doc, false);
  }
  protected read(prop: string): unknown {
    if (prop === 'calculationMode') return 'Automatic';
    throw new SimOfficeError('InvalidArgument', `Application.${prop} is not simulated`);
  }
  suspendApiCalculationUntilNextSync(): void {
    requireApi(this.ctx, '1.6', 'suspendApiCalculationUntilNextSync');
    this.call('suspendApiCalculationUntilNextSync', () => this.ctx.suspendCalculation());
  }
}

export class WorksheetCollectionProxy extends Proxy<SimWorkbook> {
  protected readonly typeName = 'WorksheetCollection';
  private itemList: WorksheetProxy[] | undefined;
  constructor(ctx: SimContext) {
    super(ctx, () => ctx.doc, false);
  }
  get items(): WorksheetProxy[] {
    if (!this.itemList) throw notLoaded(this.typeName, 'items');
    return this.itemList;
  }
  protected read(prop: string): unknown {
    throw new SimOfficeError('InvalidArgument', `WorksheetCollection.${prop}`);
  }
  override capture(path: string): void {
    this.captureMany([path]);
  }
  private captureMany(list: string[]): void {
    const proxies = this.ctx.doc.sheets.map((s) => new WorksheetProxy(this.ctx, () => s, false, s));
    for (const path of list) {
      const sub = path.startsWith('items/') ? path.slice(6) : path === 'items' ? 'name' : path;
      for (const p of proxies) p.capture(sub);
    }
    this.ctx.afterSync(() => (this.itemList = proxies));
  }
  override load(spec?: LoadSpec): this {
    const list = paths(spec);
    this.ctx.enqueue('WorksheetCollection.load', () =>
      this.captureMany(list.length > 0 ? list : ['items/name']),
    );
    return this;
  }
  /** `worksheets.onChanged` (ExcelApi 1.9): handlers hear what the user types (SimWorkbook.set). */
  get onChanged(): { add: (h: (e: unknown) => unknown) => { remove: () => void } } {
    requireApi(this.ctx, '1.9', 'WorksheetCollection.onChanged');
    const doc = this.ctx.doc;
    return {
      add: (h) => {
        this.ctx.enqueue('WorksheetCollection.onChanged.add', () => doc.changeHandlers.add(h));
        return { remove: () => void doc.changeHandlers.delete(h) };
      },
    };
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.doc.sheet(name);
      if (!s) throw new SimOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      gate(this.ctx.excelApi, 'WorksheetCollection.getItemOrNullObject');
      return this.ctx.doc.sheet(name) ?? null;
    });
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const doc = this.ctx.doc;
      return doc.sheet(doc.activeSheet ?? '') ?? doc.sheets[0] ?? null;
    });
  }
  add(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => {
        if (this.ctx.doc.sheet(name)) {
          throw new SimOfficeError('ItemAlreadyExists', 'The resource already exists.');
        }
        assertStructureUnprotected(this.ctx.doc);
        return this.ctx.doc.addSheet(name);
      },
      true,
      undefined,
      SimContext.size(name),
    );
  }
}

export class WorksheetProxy extends Proxy<SimSheet> {
  protected readonly typeName = 'Worksheet';
  readonly protection: WorksheetProtectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly pageLayout: {
    setPrintArea: (address: string) => void;
    getPrintAreaOrNullObject: () => RangeAreasProxy;
  };
  constructor(
    ctx: SimContext,
    make: () => SimSheet | null,
    instantiate = true,
    preset?: SimSheet,
    _bytes = 0,
  ) {
    super(ctx, make, instantiate);
    if (preset) this.target = preset;
    this.protection = new WorksheetProtectionProxy(ctx, () => this.t());
    this.names = new NamedItemCollectionProxy(ctx, () => this.t());
    this.pageLayout = {
      setPrintArea: (address: string) => {
        requireApi(ctx, '1.9', 'PageLayout.setPrintArea');
        ctx.enqueue('PageLayout.setPrintArea', () => {
          const t = this.t();
          if (!parseA1(splitSheet(address).local)) {
            throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing.');
          }
          t.printArea = address;
        });
      },
      getPrintAreaOrNullObject: () => printAreaOf(ctx, this),
    };
  }
  delete(): void {
    this.call('delete', (t) => {
      if (this.ctx.doc.sheets.length <= 1) {
        throw new SimOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      assertDeletable(this.ctx.doc, t);
      this.ctx.doc.deleteSheet(t);
    });
  }
  protected override nav(prop: string): Proxy<unknown> | null {
    return prop === 'protection' ? this.protection : null;
  }
  protected read(prop: string, t: SimSheet): unknown {
    switch (prop) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'visibility':
        return t.visibility;
      case 'position':
        return this.ctx.doc.sheets.indexOf(t);
      default:
        throw new SimOfficeError('InvalidArgument', `Worksheet.${prop} is not simulated`);
    }
  }
  get name(): string {
    return this.get_('name') as string;
  }
  get id(): string {
    return this.get_('id') as string;
  }
  get visibility(): string {
    return this.get_('visibility') as string;
  }
  set visibility(v: string) {
    this.set_('visibility', v, (t) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) {
        throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing.');
      }
      if (t.visibility !== v) assertStructureUnprotected(this.ctx.doc);
      t.visibility = v as SimSheet['visibility'];
    });
  }
  activate(): void {
    this.call('activate', (t) => {
      if (t.visibility !== 'Visible') {
        throw new SimOfficeError('InvalidOperation', 'Cannot activate a hidden worksheet.');
      }
      this.ctx.doc.activeSheet = t.name;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.t();
      if (!address) return { sheet, rect: { top: 0, left: 0, bottom: 1048575, right: 16383 } };
      const rect = parseA1(splitSheet(address).local);
      if (!rect) throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing.');
      return { sheet, rect };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      gate(this.ctx.excelApi, 'Worksheet.getRangeByIndexes');
      if (rows < 1 || cols < 1) {
        throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing.');
      }
      return {
        sheet: this.t(),
        rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 },
      };
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (valuesOnly !== undefined) gate(this.ctx.excelApi, 'Worksheet.getUsedRange(valuesOnly)');
      const sheet = this.t();
      const rect = this.ctx.doc.usedRange(sheet, valuesOnly === true);
      return { sheet, rect: rect ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      gate(this.ctx.excelApi, 'Worksheet.getUsedRangeOrNullObject');
      const sheet = this.t();
      const rect = this.ctx.doc.usedRange(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
}

export class WorksheetProtectionProxy extends Proxy<SimSheet> {
  protected readonly typeName = 'WorksheetProtection';
  constructor(ctx: SimContext, make: () => SimSheet) {
    super(ctx, make, false);
  }
  protected read(prop: string, t: SimSheet): unknown {
    if (prop === 'protected') return t.protected;
    throw new SimOfficeError('InvalidArgument', `WorksheetProtection.${prop} is not simulated`);
  }
  get protected(): boolean {
    return this.get_('protected') as boolean;
  }
}

// --- ranges -------------------------------------------------------------------------------------

interface RangeT {
  sheet: SimSheet;
  rect: CellRange;
}

function requireApi(ctx: SimContext, version: string, what: string): void {
  if (!supports(ctx.options.excelApi ?? '1.17', version)) {
    throw new SimOfficeError(
      'ApiNotFound',
      `${what} requires ExcelApi ${version}; this Excel supports ${ctx.options.excelApi}.`,
    );
  }
}

export function supports(have: string, want: string): boolean {
  const [h1, h2] = have.split('.').map(Number);
  const [w1, w2] = want.split('.').map(Number);
  return h1 > w1 || (h1 === w1 && (h2 ?? 0) >= (w2 ?? 0));
}

function assertWritable(t: RangeT): void {
  if (t.sheet.protected) {
    throw new SimOfficeError(
      'AccessDenied',
      'The cell or chart you are trying to change is on a protected sheet. To make changes, unprotect the sheet. You might be requested to enter a password.',
    );
  }
}

function grid<V>(t: RangeT, fn: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

/** Applies a scalar or a 2-D array to every cell; null entries leave cells unchanged. */
function eachInput(
  t: RangeT,
  input: unknown,
  fn: (r: number, c: number, v: unknown) => void,
): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) fn(t.rect.top + r, t.rect.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new SimOfficeError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  input.forEach((row: unknown[], r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) fn(t.rect.top + r, t.rect.left + c, v);
    }),
  );
}

function toRaw(v: unknown): Raw | null {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing.');
}

function hiddenState(set: Set<number>, from: number, to: number): boolean | null {
  let hidden = 0;
  for (let i = from; i <= to; i++) if (set.has(i)) hidden++;
  if (hidden === 0) return false;
  return hidden === to - from + 1 ? true : null;
}

function runs(from: number, to: number, hidden: Set<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const visible = i <= to && !hidden.has(i);
    if (visible && start < 0) start = i;
    if (!visible && start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  return out;
}

export class RangeProxy extends Proxy<RangeT> {
  protected readonly typeName = 'Range';
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(ctx: SimContext, make: () => RangeT | null, instantiate = true) {
    super(ctx, make, instantiate);
    this.format = new RangeFormatProxy(ctx, () => this.t());
    this.dataValidation = new DataValidationProxy(ctx, () => this.t());
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, () => this.t());
  }

  protected override nav(prop: string): Proxy<unknown> | null {
    if (prop === 'format') return this.format;
    if (prop === 'dataValidation') return this.dataValidation;
    return null;
  }

  protected read(prop: string, t: RangeT): unknown {
    const doc = this.ctx.doc;
    const { sheet, rect } = t;
    switch (prop) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rangeA1(rect)}`;
      case 'addressLocal':
        return `${quoteSheet(sheet.name)}!${rangeA1(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      case 'values':
        return grid(t, (r, c) => (this.isCovered(sheet, r, c) ? '' : doc.value(sheet, r, c).value));
      case 'valueTypes':
        return grid(t, (r, c) =>
          this.isCovered(sheet, r, c) ? 'Empty' : doc.value(sheet, r, c).type,
        );
      case 'text':
        return grid(t, (r, c) => String(doc.value(sheet, r, c).value));
      case 'formulas':
        return grid(t, (r, c) => doc.raw(sheet, r, c) ?? '');
      case 'numberFormat':
        return grid(t, (r, c) => sheet.numberFormats.get(cellKey(r, c)) ?? 'General');
      case 'rowHidden':
        return hiddenState(sheet.hiddenRows, rect.top, rect.bottom);
      case 'columnHidden':
        return hiddenState(sheet.hiddenColumns, rect.left, rect.right);
      default:
        throw new SimOfficeError('InvalidArgument', `Range.${prop} is not simulated`);
    }
  }

  /** A cell inside a merged area other than its top-left cell reads as empty. */
  private isCovered(sheet: SimSheet, r: number, c: number): boolean {
    return sheet.merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
  }

  get address(): string {
    return this.get_('address') as string;
  }
  get rowIndex(): number {
    return this.get_('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get_('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get_('rowCount') as number;
  }
  get columnCount(): number {
    return this.get_('columnCount') as number;
  }
  get valueTypes(): string[][] {
    return this.get_('valueTypes') as string[][];
  }
  get text(): string[][] {
    return this.get_('text') as string[][];
  }

  get values(): unknown[][] {
    return this.get_('values') as unknown[][];
  }
  set values(v: unknown[][]) {
    this.set_('values', v, (t) => {
      assertWritable(t);
      eachInput(t, v, (r, c, x) =>
        this.ctx.doc.setRaw(t.sheet, r, c, typedInput(t.sheet, r, c, toRaw(x))),
      );
    });
  }

  get formulas(): unknown[][] {
    return this.get_('formulas') as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.set_('formulas', v, (t) => {
      assertWritable(t);
      eachInput(t, v, (r, c, x) =>
        this.ctx.doc.setRaw(t.sheet, r, c, typedInput(t.sheet, r, c, toRaw(x))),
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.get_('numberFormat') as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.set_('numberFormat', v, (t) => {
      assertWritable(t);
      eachInput(t, v, (r, c, x) => t.sheet.numberFormats.set(cellKey(r, c), String(x)));
    });
  }

  get rowHidden(): boolean | null {
    return this.get_('rowHidden') as boolean | null;
  }
  set rowHidden(v: boolean) {
    this.set_('rowHidden', v, (t) => {
      assertWritable(t);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }

  get columnHidden(): boolean | null {
    return this.get_('columnHidden') as boolean | null;
  }
  set columnHidden(v: boolean) {
    this.set_('columnHidden', v, (t) => {
      assertWritable(t);
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.t();
      const r = t.rect.top + row;
      const c = t.rect.left + col;
      return { sheet: t.sheet, rect: { top: r, bottom: r, left: c, right: c } };
    });
  }

  getRow(row: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.t();
      const r = t.rect.top + row;
      return { sheet: t.sheet, rect: { ...t.rect, top: r, bottom: r } };
    });
  }

  getColumn(col: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.t();
      const c = t.rect.left + col;
      return { sheet: t.sheet, rect: { ...t.rect, left: c, right: c } };
    });
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      gate(this.ctx.excelApi, 'Range.getIntersectionOrNullObject');
      return intersectionOf(this.t(), other.t());
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    requireApi(this.ctx, '1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.ctx, () => {
      const t = this.t();
      const areas = anchoredMerges(t.sheet.merges, t.rect);
      return areas.length > 0 ? { sheet: t.sheet, rects: areas } : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    requireApi(this.ctx, '1.9', 'Range.getSpecialCellsOrNullObject');
    return new RangeAreasProxy(this.ctx, () => {
      const t = this.t();
      if (cellType !== 'Visible') {
        throw new SimOfficeError('InvalidArgument', `Special cells ${cellType} are not simulated`);
      }
      const rects: CellRange[] = [];
      for (const [top, bottom] of runs(t.rect.top, t.rect.bottom, t.sheet.hiddenRows)) {
        for (const [left, right] of runs(t.rect.left, t.rect.right, t.sheet.hiddenColumns)) {
          rects.push({ top, bottom, left, right });
        }
      }
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    });
  }

  select(): void {
    this.call('select', (t) => {
      if (t.sheet.visibility !== 'Visible') {
        throw new SimOfficeError(
          'InvalidOperation',
          'Cannot select a range on a hidden worksheet.',
        );
      }
      this.ctx.doc.selection = { sheet: t.sheet.name, range: t.rect };
      this.ctx.doc.activeSheet = t.sheet.name;
    });
  }
}

interface AreasT {
  sheet: SimSheet;
  rects: CellRange[];
}

export class RangeAreasProxy extends Proxy<AreasT> {
  protected readonly typeName = 'RangeAreas';
  private areaList: RangeProxy[] | undefined;
  constructor(ctx: SimContext, make: () => AreasT | null) {
    super(ctx, make, true);
  }
  protected read(prop: string, t: AreasT): unknown {
    switch (prop) {
      case 'address':
        return t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rangeA1(r)}`).join(',');
      case 'areaCount':
        return t.rects.length;
      default:
        throw new SimOfficeError('InvalidArgument', `RangeAreas.${prop} is not simulated`);
    }
  }
  override capture(path: string): void {
    if (path === 'areas' || path.startsWith('areas/')) {
      gate(this.ctx.excelApi, 'RangeAreas.areas');
      if (this.target === null) return;
      const sub = path.slice(6) || 'address';
      const t = this.t();
      const list = t.rects.map((rect) => {
        const p = new RangeProxy(this.ctx, () => ({ sheet: t.sheet, rect }), false);
        p.capture(sub);
        return p;
      });
      this.ctx.afterSync(() => (this.areaList = list));
      return;
    }
    super.capture(path);
  }
  get address(): string {
    return this.get_('address') as string;
  }
  get areaCount(): number {
    return this.get_('areaCount') as number;
  }
  get areas(): { items: RangeProxy[] } {
    if (!this.areaList) throw notLoaded(this.typeName, 'areas');
    return { items: this.areaList };
  }
}

// --- formats --------------------------------------------------------------------------------------

export class RangeFormatProxy extends Proxy<RangeT> {
  protected readonly typeName = 'RangeFormat';
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  constructor(ctx: SimContext, make: () => RangeT) {
    super(ctx, make, false);
    this.fill = new RangeFillProxy(ctx, make);
    this.font = new RangeFontProxy(ctx, make);
  }
  protected override nav(prop: string): Proxy<unknown> | null {
    if (prop === 'fill') return this.fill;
    if (prop === 'font') return this.font;
    return null;
  }
  protected read(prop: string, t: RangeT): unknown {
    if (prop === 'columnWidth') return t.sheet.columnWidths.get(t.rect.left) ?? 64;
    throw new SimOfficeError('InvalidArgument', `RangeFormat.${prop} is not simulated`);
  }
  get columnWidth(): number {
    return this.get_('columnWidth') as number;
  }
  set useStandardWidth(v: boolean) {
    this.set_('useStandardWidth', v, (t) => {
      assertWritable(t);
      if (v) for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.delete(c);
    });
  }
  set columnWidth(v: number) {
    this.set_('columnWidth', v, (t) => {
      assertWritable(t);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
}

export class RangeFillProxy extends Proxy<RangeT> {
  protected readonly typeName = 'RangeFill';
  constructor(ctx: SimContext, make: () => RangeT) {
    super(ctx, make, false);
  }
  protected read(prop: string, t: RangeT): unknown {
    if (prop !== 'color') throw new SimOfficeError('InvalidArgument', `RangeFill.${prop}`);
    const colours = new Set<string | null>();
    this.ctx.doc.eachCell(t.rect, (r, c) => colours.add(t.sheet.fills.get(cellKey(r, c)) ?? null));
    if (colours.size !== 1) return null;
    const [only] = [...colours];
    return only ?? '#FFFFFF';
  }
  get color(): string {
    return this.get_('color') as string;
  }
  set color(v: string) {
    this.set_('color', v, (t) => {
      assertWritable(t);
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) {
        throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing.');
      }
      this.ctx.doc.eachCell(t.rect, (r, c) => t.sheet.fills.set(cellKey(r, c), v.toUpperCase()));
    });
  }
  clear(): void {
    this.call('clear', (t) => {
      assertWritable(t);
      this.ctx.doc.eachCell(t.rect, (r, c) => t.sheet.fills.delete(cellKey(r, c)));
    });
  }
}

export class RangeFontProxy extends Proxy<RangeT> {
  protected readonly typeName = 'RangeFont';
  constructor(ctx: SimContext, make: () => RangeT) {
    super(ctx, make, false);
  }
  protected read(prop: string, t: RangeT): unknown {
    const k = cellKey(t.rect.top, t.rect.left);
    if (prop === 'color') return t.sheet.fontColors.get(k) ?? '#000000';
    if (prop === 'bold') return t.sheet.bold.has(k);
    throw new SimOfficeError('InvalidArgument', `RangeFont.${prop}`);
  }
  set color(v: string) {
    this.set_('color', v, (t) => {
      assertWritable(t);
      this.ctx.doc.eachCell(t.rect, (r, c) => t.sheet.fontColors.set(cellKey(r, c), v));
    });
  }
  get color(): string {
    return this.get_('color') as string;
  }
  set bold(v: boolean) {
    this.set_('bold', v, (t) => {
      assertWritable(t);
      this.ctx.doc.eachCell(t.rect, (r, c) =>
        v ? t.sheet.bold.add(cellKey(r, c)) : t.sheet.bold.delete(cellKey(r, c)),
      );
    });
  }
  get bold(): boolean {
    return this.get_('bold') as boolean;
  }
}

// --- data validation --------------------------------------------------------------------------------

function sameRect(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export class DataValidationProxy extends Proxy<RangeT> {
  protected readonly typeName = 'DataValidation';
  constructor(ctx: SimContext, make: () => RangeT) {
    super(ctx, make, false);
  }
  private own(t: RangeT): SimValidation | undefined {
    return t.sheet.validations.find((v) => v.areas.length === 1 && sameRect(v.areas[0], t.rect));
  }
  protected read(prop: string, t: RangeT): unknown {
    requireApi(this.ctx, '1.8', 'DataValidation');
    const { type, validation: v } = validationOf(t.sheet, t.rect);
    switch (prop) {
      case 'rule':
        return v?.rule ?? {};
      case 'type':
        return type;
      case 'ignoreBlanks':
        return v?.ignoreBlanks ?? true;
      case 'prompt':
        return v?.prompt ?? { showPrompt: false, title: '', message: '' };
      case 'errorAlert':
        return v?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
      default:
        throw new SimOfficeError('InvalidArgument', `DataValidation.${prop}`);
    }
  }
  private checkApi(): void {
    requireApi(this.ctx, '1.8', 'DataValidation');
  }
  set rule(rule: Record<string, unknown>) {
    this.checkApi();
    this.set_('rule', rule, (t) => {
      assertWritable(t);
      const kinds = Object.keys(rule);
      if (kinds.length !== 1) {
        throw new SimOfficeError('InvalidArgument', 'A data validation rule has exactly one type.');
      }
      const body = rule[kinds[0]] as Record<string, unknown>;
      if (kinds[0] === 'list' && !(typeof body.source === 'string' ? body.source : '').trim()) {
        throw new SimOfficeError('InvalidArgument', 'The list source is empty.');
      }
      if (
        kinds[0] === 'custom' &&
        !(typeof body.formula === 'string' ? body.formula : '').startsWith('=')
      ) {
        throw new SimOfficeError('InvalidArgument', 'A custom rule needs a formula.');
      }
      const previous = this.own(t);
      if (
        t.sheet.validations.some(
          (v) => v !== previous && v.areas.some((a) => intersects(a, t.rect)),
        )
      ) {
        // Excel refuses a rule over cells that already validate differently: clear() first.
        throw new SimOfficeError(
          'InvalidOperation',
          'The range already has data validation. Clear it before setting a new rule.',
        );
      }
      if (previous) previous.rule = rule;
      else t.sheet.validations.push({ areas: [t.rect], rule, ignoreBlanks: true });
    });
  }
  get rule(): Record<string, unknown> {
    return this.get_('rule') as Record<string, unknown>;
  }
  get type(): string {
    return this.get_('type') as string;
  }
  get prompt(): SimValidation['prompt'] {
    return this.get_('prompt') as SimValidation['prompt'];
  }
  get errorAlert(): SimValidation['errorAlert'] {
    return this.get_('errorAlert') as SimValidation['errorAlert'];
  }
  get ignoreBlanks(): boolean {
    return this.get_('ignoreBlanks') as boolean;
  }
  set ignoreBlanks(v: boolean) {
    this.checkApi();
    this.set_('ignoreBlanks', v, (t) => {
      const own = this.own(t);
      if (own) own.ignoreBlanks = v;
    });
  }
  set prompt(v: SimValidation['prompt']) {
    this.checkApi();
    this.set_('prompt', v, (t) => {
      const own = this.own(t);
      if (!own) throw new SimOfficeError('InvalidOperation', 'Set the rule before the prompt.');
      own.prompt = v;
    });
  }
  set errorAlert(v: SimValidation['errorAlert']) {
    this.checkApi();
    this.set_('errorAlert', v, (t) => {
      const own = this.own(t);
      if (!own) throw new SimOfficeError('InvalidOperation', 'Set the rule before the alert.');
      own.errorAlert = v;
    });
  }
  clear(): void {
    this.checkApi();
    this.call('clear', (t) => {
      assertWritable(t);
      this.ctx.doc.removeValidation(t.sheet, t.rect);
    });
  }
}

// --- conditional formats ----------------------------------------------------------------------------

export class ConditionalFormatCollectionProxy extends Proxy<RangeT> {
  protected readonly typeName = 'ConditionalFormatCollection';
  private countValue: number | undefined;
  private itemList: ConditionalFormatProxy[] | undefined;
  constructor(ctx: SimContext, make: () => RangeT) {
    super(ctx, make, false);
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.itemList) throw notLoaded(this.typeName, 'items');
    return this.itemList;
  }
  override capture(path: string): void {
    requireApi(this.ctx, '1.6', 'ConditionalFormatCollection');
    const sub = path.startsWith('items/') ? path.slice(6) : '';
    const t = this.t();
    const list = t.sheet.conditionalFormats
      .filter((f) => f.areas.some((a) => intersects(a, t.rect)))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => {
        const p = new ConditionalFormatProxy(this.ctx, () => ({ sheet: t.sheet, cf }), false);
        if (sub) p.capture(sub);
        return p;
      });
    this.ctx.afterSync(() => (this.itemList = list));
  }
  protected read(prop: string): unknown {
    throw new SimOfficeError('InvalidArgument', `ConditionalFormatCollection.${prop}`);
  }
  add(type: string): ConditionalFormatProxy {
    requireApi(this.ctx, '1.6', 'ConditionalFormatCollection.add');
    return new ConditionalFormatProxy(this.ctx, () => {
      const t = this.t();
      assertWritable(t);
      if (type !== 'Custom') {
        throw new SimOfficeError('InvalidArgument', `Conditional format ${type} is not simulated`);
      }
      const cf = this.ctx.doc.addConditionalFormat(t.sheet, t.rect, {
        formula: '',
        fill: null,
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      });
      return { sheet: t.sheet, cf };
    });
  }
  clearAll(): void {
    requireApi(this.ctx, '1.6', 'ConditionalFormatCollection.clearAll');
    this.call('clearAll', (t) => {
      assertWritable(t);
      this.ctx.doc.removeConditionalFormats(t.sheet, t.rect);
    });
  }
  getCount(): { value: number } {
    requireApi(this.ctx, '1.6', 'ConditionalFormatCollection.getCount');
    const result = {
      get value(): number {
        if (holder.v === undefined) throw notLoaded('ClientResult', 'value');
        return holder.v;
      },
    };
    const holder: { v: number | undefined } = { v: undefined };
    this.ctx.enqueue('ConditionalFormatCollection.getCount', () => {
      const t = this.t();
      const n = t.sheet.conditionalFormats.filter((f) =>
        f.areas.some((a) => intersects(a, t.rect)),
      ).length;
      this.ctx.afterSync(() => (holder.v = n));
    });
    void this.countValue;
    return result;
  }
}

interface CfT {
  sheet: SimSheet;
  cf: SimConditionalFormat;
}

export class ConditionalFormatProxy extends Proxy<CfT> {
  protected readonly typeName = 'ConditionalFormat';
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string; bold: boolean } };
  };
  private customCapture: { formula?: string; isNull?: boolean } = {};
  constructor(ctx: SimContext, make: () => CfT | null, instantiate = true) {
    super(ctx, make, instantiate);
    const set = (what: string, fn: (cf: SimConditionalFormat) => void, v: unknown): void =>
      this.ctx.enqueue(
        `ConditionalFormat.custom.${what}`,
        () => fn(this.t().cf),
        SimContext.size(v),
      );
    const notReadable = (p: string): never => {
      throw notLoaded('ConditionalFormat', p);
    };
    this.custom = {
      rule: {
        set formula(v: string) {
          set(
            'rule.formula',
            (cf) => {
              if (!v.startsWith('='))
                throw new SimOfficeError('InvalidArgument', 'Formula expected');
              cf.formula = v;
            },
            v,
          );
        },
        get formula(): string {
          return notReadable('custom/rule/formula');
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set('format.fill.color', (cf) => (cf.fill = v.toUpperCase()), v);
          },
          get color(): string {
            return notReadable('custom/format/fill/color');
          },
        },
        font: {
          set color(v: string) {
            set('format.font.color', (cf) => (cf.fontColor = v.toUpperCase()), v);
          },
          get color(): string {
            return notReadable('custom/format/font/color');
          },
          set bold(v: boolean) {
            set('format.font.bold', (cf) => (cf.bold = v), v);
          },
          get bold(): boolean {
            return notReadable('custom/format/font/bold');
          },
        },
      },
    };
  }
  override capture(path: string): void {
    if (path.startsWith('customOrNullObject') || path.startsWith('custom/')) {
      const cf = this.t().cf;
      const value = cf.formula;
      const isCustom = true;
      this.ctx.afterSync(() => {
        this.customCapture = { formula: value, isNull: !isCustom };
      });
      return;
    }
    super.capture(path);
  }
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const c = this.customCapture;
    if (c.isNull === undefined) throw notLoaded('ConditionalFormat', 'customOrNullObject');
    return {
      isNullObject: c.isNull,
      rule: {
        get formula(): string {
          if (c.formula === undefined) throw notLoaded('ConditionalFormatRule', 'formula');
          return c.formula;
        },
      },
    };
  }
  delete(): void {
    this.call('delete', (t) => {
      assertWritable({ sheet: t.sheet, rect: t.cf.areas[0] });
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.cf);
    });
  }
  protected read(prop: string, t: CfT): unknown {
    if (prop === 'priority') return t.cf.priority;
    if (prop === 'stopIfTrue') return t.cf.stopIfTrue;
    if (prop === 'type') return 'Custom';
    throw new SimOfficeError('InvalidArgument', `ConditionalFormat.${prop}`);
  }
  set priority(p: number) {
    this.set_('priority', p, (t) => {
      const list = t.sheet.conditionalFormats.slice().sort((a, b) => a.priority - b.priority);
      const without = list.filter((f) => f !== t.cf);
      without.splice(Math.max(0, Math.min(p, without.length)), 0, t.cf);
      without.forEach((f, i) => (f.priority = i));
    });
  }
  get priority(): number {
    return this.get_('priority') as number;
  }
  set stopIfTrue(v: boolean) {
    this.set_('stopIfTrue', v, (t) => (t.cf.stopIfTrue = v));
  }
  get stopIfTrue(): boolean {
    return this.get_('stopIfTrue') as boolean;
  }
}

// --- comments (notes) -------------------------------------------------------------------------------

export class CommentCollectionProxy extends Proxy<SimWorkbook> {
  protected readonly typeName = 'CommentCollection';
  private itemList: { content: string }[] | undefined;
  constructor(ctx: SimContext) {
    super(ctx, () => ctx.doc, false);
  }
  get items(): { content: string }[] {
    if (!this.itemList) throw notLoaded(this.typeName, 'items');
    return this.itemList;
  }
  override capture(path: string): void {
    requireApi(this.ctx, '1.10', 'CommentCollection');
    void path;
    const list = this.ctx.doc.sheets.flatMap((s) =>
      [...s.notes.values()].map((content) => ({ content })),
    );
    this.ctx.afterSync(() => (this.itemList = list));
  }
  protected read(prop: string): unknown {
    throw new SimOfficeError('InvalidArgument', `CommentCollection.${prop}`);
  }
  add(cellAddress: string, content: string): void {
    requireApi(this.ctx, '1.10', 'CommentCollection.add');
    this.call(
      'add',
      (doc) => {
        const { sheet: name, local } = splitSheet(cellAddress);
        const sheet = name ? doc.sheet(name) : undefined;
        const rect = parseA1(local);
        if (!sheet || !rect) throw new SimOfficeError('InvalidArgument', 'Bad comment address');
        assertWritable({ sheet, rect });
        const k = cellKey(rect.top, rect.left);
        if (sheet.notes.has(k)) {
          throw new SimOfficeError(
            'InvalidOperation',
            `${cellA1(rect.top, rect.left)} already has a comment.`,
          );
        }
        sheet.notes.set(k, content);
      },
      content,
    );
  }
}

// --- named items (the print area) -------------------------------------------------------------------

export class NamedItemCollectionProxy extends Proxy<SimSheet> {
  protected readonly typeName = 'NamedItemCollection';
  constructor(ctx: SimContext, make: () => SimSheet) {
    super(ctx, make, false);
  }
  protected read(prop: string): unknown {
    throw new SimOfficeError('InvalidArgument', `NamedItemCollection.${prop}`);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    requireApi(this.ctx, '1.4', 'NamedItemCollection.getItemOrNullObject');
    return new NamedItemProxy(this.ctx, () => {
      const sheet = this.t();
      return name.toLowerCase() === 'print_area' && sheet.printArea
        ? { sheet, name: 'Print_Area' }
        : null;
    });
  }
}

export class NamedItemProxy extends Proxy<{ sheet: SimSheet; name: string }> {
  protected readonly typeName = 'NamedItem';
  constructor(ctx: SimContext, make: () => { sheet: SimSheet; name: string } | null) {
    super(ctx, make, true);
  }
  protected read(prop: string, t: { sheet: SimSheet; name: string }): unknown {
    if (prop === 'name') return t.name;
    if (prop === 'formula') {
      const area = splitSheet(t.sheet.printArea ?? '').local.replace(
        /(\$?)([A-Z]+)(\$?)(\d+)/g,
        '$$$2$$$4',
      );
      return `=${quoteSheet(t.sheet.name)}!${area}`;
    }
    throw new SimOfficeError('InvalidArgument', `NamedItem.${prop}`);
  }
  get name(): string {
    return this.get_('name') as string;
  }
  get formula(): string {
    return this.get_('formula') as string;
  }
  delete(): void {
    this.call('delete', (t) => {
      t.sheet.printArea = null;
    });
  }
}

/** `Worksheet.pageLayout.getPrintAreaOrNullObject()` (ExcelApi 1.9): the print area, or null. */
function printAreaOf(ctx: SimContext, ws: WorksheetProxy): RangeAreasProxy {
  return new RangeAreasProxy(ctx, () => {
    gate(ctx.excelApi, 'PageLayout.getPrintAreaOrNullObject');
    const sheet = ws.t();
    if (!sheet.printArea) return null;
    const rects = splitSheet(sheet.printArea)
      .local.split(',')
      .map((a) => parseA1(a.replace(/\$/g, '')))
      .filter((r): r is CellRange => r !== null);
    return rects.length > 0 ? { sheet, rects } : null;
  });
}

/** The overlap of two ranges on the same sheet, or null. */
function intersectionOf(a: RangeT, b: RangeT): RangeT | null {
  if (a.sheet !== b.sheet) {
    throw new SimOfficeError('InvalidArgument', 'The ranges are on different worksheets.');
  }
  if (!intersects(a.rect, b.rect)) return null;
  return {
    sheet: a.sheet,
    rect: {
      top: Math.max(a.rect.top, b.rect.top),
      left: Math.max(a.rect.left, b.rect.left),
      bottom: Math.min(a.rect.bottom, b.rect.bottom),
      right: Math.min(a.rect.right, b.rect.right),
    },
  };
}
