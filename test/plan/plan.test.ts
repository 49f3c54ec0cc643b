/**
 * The plan as a pure function: snapshot in, edits out. Edits are applied to the snapshot itself
 * (cells only) to check idempotence, removal, adoption and the report's computed cells.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  analyzeWorkbook,
  planAdopt,
  planAnnotate,
  planAnnotateDetailed,
  planReasons,
  planRemove,
  planRemoveDetailed,
  suggestReasonText,
} from '../../src/core';
import { runAudit } from '../../src/cli/audit';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { EditSchema, type Edit } from '../../src/plan/edits';
import { admit, type AdmissionFacts } from '../../src/plan/admit';
import { XLSX_CAPABILITIES } from '../../src/hosts/xlsx/apply';
import { MAX_PLANNED_ROWS } from '../../src/plan';
import { generateBenchWorkbook } from '../../bench/generate';
import { HELPER_SHEET, MARKER, parseAddress, readRegistry } from '../../src/plan/registry';
import { colName } from '../../src/snapshot/a1';
import type { FileReport } from '../../src/report/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/snapshot/types';
import { cellsOf, FIXTURE_FILES, FIXTURES, sheetDiff, valueAt } from './support';

const snapshots = new Map<string, WorkbookSnapshot>();
beforeAll(async () => {
  for (const f of FIXTURE_FILES) {
    const r = await readWorkbook(path.join(FIXTURES, f));
    if (!r.ok) throw new Error(r.detail);
    snapshots.set(f, r.workbook);
  }
});

const clone = (wb: WorkbookSnapshot): WorkbookSnapshot =>
  JSON.parse(JSON.stringify(wb)) as WorkbookSnapshot;

/** Applies cell edits, sheet creation and deletion to a snapshot, as a host would. */
function applyToSnapshot(wb: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const out = clone(wb);
  const sheet = (name: string): SheetSnapshot | undefined =>
    out.sheets.find((s) => s.name === name);
  for (const e of edits) {
    if (e.kind === 'ensureSheet') {
      if (!sheet(e.sheet)) {
        out.sheets.push({
          name: e.sheet,
          values: [],
          formulas: [],
          numberFormats: [],
          merges: [],
          hiddenRows: [],
          hiddenColumns: [],
        });
      }
    } else if (e.kind === 'deleteSheet') {
      out.sheets = out.sheets.filter((s) => s.name !== e.sheet);
    } else if (e.kind === 'setFormula' || e.kind === 'setValue') {
      const s = sheet(e.sheet);
      if (!s || s.protected) continue;
      const p = parseAddress(e.cell)!;
      while (s.values.length <= p.row) s.values.push([]);
      s.formulas ??= [];
      s.numberFormats ??= [];
      while (s.formulas.length <= p.row) s.formulas.push([]);
      while (s.numberFormats.length <= p.row) s.numberFormats.push([]);
      const cur = s.values[p.row][p.col] ?? null;
      const curF = s.formulas[p.row][p.col] ?? null;
      const empty = !curF && (cur === null || (typeof cur === 'string' && cur.trim() === ''));
      if (e.onlyIfEmpty && !empty) continue;
      const pad = <T>(row: T[], fill: T) => {
        while (row.length <= p.col) row.push(fill);
      };
      pad(s.values[p.row], null as CellValue);
      pad(s.formulas[p.row], null as string | null);
      pad(s.numberFormats[p.row], null as string | null);
      if (e.kind === 'setFormula') {
        s.values[p.row][p.col] = e.result === undefined || e.result === '' ? null : e.result;
        s.formulas[p.row][p.col] = e.formula;
      } else {
        s.values[p.row][p.col] = e.value;
        s.formulas[p.row][p.col] = null;
      }
      if (e.numberFormat !== undefined) s.numberFormats[p.row][p.col] = e.numberFormat;
    } else if (e.kind === 'printArea') {
      const s = sheet(e.sheet);
      if (s) s.printArea = e.range;
    }
  }
  return out;
}

const strip = (r: FileReport): string =>
  JSON.stringify(r, (k, v: unknown) =>
    ['scoreCell', 'statusCell', 'computedRateCell', 'computedScoreCell', 'computedCell'].includes(k)
      ? undefined
      : v,
  );

describe.each(FIXTURE_FILES)('plan on %s', (name) => {
  it('is valid plain data with unique ids, and writes into the form only where it was empty', () => {
    const wb = snapshots.get(name)!;
    const edits = planAnnotate(wb, {});
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) EditSchema.parse(e);
    expect(new Set(edits.map((e) => e.id)).size).toBe(edits.length);
    expect(JSON.parse(JSON.stringify(edits))).toEqual(edits);
    for (const e of edits) {
      if ((e.kind === 'setFormula' || e.kind === 'setValue') && e.sheet !== HELPER_SHEET) {
        const s = wb.sheets.find((x) => x.name === e.sheet)!;
        expect([e.id, cellsOf(s).has(e.cell)]).toEqual([e.id, false]);
        expect(e.onlyIfEmpty).toBe(true);
      }
    }
  });

  it('gives the same findings on the annotated workbook, with scoreCell for every indicator', () => {
    const wb = snapshots.get(name)!;
    const annotated = applyToSnapshot(wb, planAnnotate(wb, {}));
    const before = analyzeWorkbook(wb, { file: name });
    const after = analyzeWorkbook(annotated, { file: name });
    expect(strip(after)).toBe(strip(before));
    const indicators = after.tables.flatMap((t) => t.indicators);
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) {
      expect(i.scoreCell).toMatch(/^.+![A-Z]+\d+$/);
      expect(i.statusCell).toMatch(/^.+![A-Z]+\d+$/);
      // The cached result the plan wrote is the audit's expected score.
      expect(valueAt(annotated, i.scoreCell!) ?? null).toBe(i.expectedScore);
    }
  });

  it('is idempotent: planning the annotated workbook again changes nothing', () => {
    const wb = snapshots.get(name)!;
    const once = applyToSnapshot(wb, planAnnotate(wb, {}));
    const again = planAnnotate(once, {});
    // Cells the add-in wrote before are rewritten without the empty-cell condition.
    for (const e of again) {
      if (e.kind === 'setFormula' && e.sheet !== HELPER_SHEET) expect(e.onlyIfEmpty).toBe(false);
    }
    const twice = applyToSnapshot(once, again);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    for (const s of once.sheets) {
      expect(
        sheetDiff(
          s,
          twice.sheets.find((x) => x.name === s.name)!,
        ),
      ).toEqual([]);
    }
  });

  it('remove restores the original cells and deletes the helper sheet', () => {
    const wb = snapshots.get(name)!;
    const annotated = applyToSnapshot(wb, planAdopt(wb, {}));
    const removed = applyToSnapshot(annotated, planRemove(annotated, {}));
    expect(removed.sheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));
    for (const s of wb.sheets) {
      expect(
        sheetDiff(
          s,
          removed.sheets.find((x) => x.name === s.name)!,
        ),
      ).toEqual([]);
    }
  });
});

describe('采用系统得分 (adopt)', () => {
  it('replaces wrong stated scores by references to the computed ones, and 一键重算 keeps them', () => {
    const wb = snapshots.get('jinshui-department.xlsx')!;
    const adopted = applyToSnapshot(wb, planAdopt(wb, {}));
    const sheet = adopted.sheets.find((s) => s.name === '部门整体绩效自评表')!;
    const report = analyzeWorkbook(adopted, { file: 'j' });
    const rows = report.tables[0].indicators.filter((i) => [25, 27].includes(i.row));
    for (const r of rows) {
      const p = parseAddress(r.statedScoreCell!)!;
      expect(sheet.formulas?.[p.row]?.[p.col]).toBe(`=${r.scoreCell!.split('!')[1]}`);
      expect(r.wrong).toBe(false);
    }
    expect(rows.map((r) => r.statedScore)).toEqual([2, 0.78]);
    // The total is adopted too: it was not the sum of the rules' scores.
    expect(report.tables[0].total?.stated).toBe(97.2);
    const recalc = applyToSnapshot(adopted, planAnnotate(adopted, {}));
    for (const s of adopted.sheets) {
      expect(
        sheetDiff(
          s,
          recalc.sheets.find((x) => x.name === s.name)!,
        ),
      ).toEqual([]);
    }
  });
});

/** Shifts the row numbers of A1 references outside strings: `row` → `to(row)`. */
function shiftRefs(f: string, to: (row: number) => number): string {
  return f
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g,
            (_m, col: string, row: string) => `${col}${to(Number(row))}`,
          ),
    )
    .join('"');
}

/**
 * Inserts an empty row above 1-based row `at`, as a spreadsheet does: the rows below move down,
 * references to them in the sheet's formulas follow, merged areas across the row grow. The
 * formulas are then spelled as LibreOffice saves them (`FALSE()` for `FALSE`).
 */
function insertRow(s: SheetSnapshot, at: number): void {
  s.values.splice(at - 1, 0, []);
  s.numberFormats?.splice(at - 1, 0, []);
  if (s.formulas) {
    s.formulas.splice(at - 1, 0, []);
    s.formulas = s.formulas.map((row) =>
      (row ?? []).map((f) =>
        f
          ? shiftRefs(f, (r) => (r >= at ? r + 1 : r)).replace(/\b(TRUE|FALSE)\b(?!\()/g, '$1()')
          : f,
      ),
    );
  }
  s.merges = (s.merges ?? []).map((m) =>
    m.top >= at - 1
      ? { ...m, top: m.top + 1, bottom: m.bottom + 1 }
      : m.bottom >= at - 1
        ? { ...m, bottom: m.bottom + 1 }
        : m,
  );
  s.hiddenRows = s.hiddenRows.map((r) => (r >= at - 1 ? r + 1 : r));
}

/** Deletes 1-based row `at` (not the top or bottom of a merged area), as a spreadsheet does. */
function deleteRow(s: SheetSnapshot, at: number): void {
  s.values.splice(at - 1, 1);
  s.numberFormats?.splice(at - 1, 1);
  if (s.formulas) {
    s.formulas.splice(at - 1, 1);
    s.formulas = s.formulas.map((row) =>
      (row ?? []).map((f) => (f ? shiftRefs(f, (r) => (r > at ? r - 1 : r)) : f)),
    );
  }
  s.merges = (s.merges ?? []).map((m) =>
    m.top > at - 1
      ? { ...m, top: m.top - 1, bottom: m.bottom - 1 }
      : m.bottom >= at - 1
        ? { ...m, bottom: m.bottom - 1 }
        : m,
  );
  s.hiddenRows = s.hiddenRows.filter((r) => r !== at - 1).map((r) => (r > at - 1 ? r - 1 : r));
}

/** What admission sees in a snapshot: its cells, no protection, no validation of the user's. */
function snapshotFacts(wb: WorkbookSnapshot): AdmissionFacts {
  return {
    sheet(name) {
      const s = wb.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) return undefined;
      return {
        protected: false,
        cell: (a1) => {
          const p = parseAddress(a1)!;
          return {
            value: s.values[p.row]?.[p.col] ?? null,
            formula: s.formulas?.[p.row]?.[p.col] ?? null,
          };
        },
        validation: () => 'none',
      };
    },
  };
}

/** Jinshui annotated (cells only), with the first indicator's 系统得分 cell and its sheet. */
function annotatedJinshui() {
  const wb = snapshots.get('jinshui-department.xlsx')!;
  const annotated = applyToSnapshot(wb, planAnnotate(wb, {}));
  const report = analyzeWorkbook(annotated, { file: 'j' });
  const cell = report.tables[0].indicators[0].scoreCell!.split('!')[1];
  const p = parseAddress(cell)!;
  const s = annotated.sheets.find((x) => x.name === '部门整体绩效自评表')!;
  return { annotated, cell, p, s };
}

describe('registry', () => {
  it('lives on a very hidden helper sheet and lists every cell written', () => {
    const wb = snapshots.get('fushun-department.xlsx')!;
    const edits = planAnnotate(wb, {});
    expect(edits[0]).toMatchObject({
      kind: 'ensureSheet',
      sheet: HELPER_SHEET,
      visibility: 'veryHidden',
    });
    const annotated = applyToSnapshot(wb, edits);
    const reg = readRegistry(annotated);
    expect(reg.kind).toBe('ok');
    if (reg.kind !== 'ok') return;
    const cells = reg.registry.entries.filter((e) => e.t === 'cell');
    const written = edits.filter(
      (e) => (e.kind === 'setFormula' || e.kind === 'setValue') && e.sheet !== HELPER_SHEET,
    );
    expect(cells).toHaveLength(written.length);
    const headers = cells.filter((e) => e.t === 'cell' && e.w.includes(MARKER));
    expect(headers.length).toBe(6);
  });

  it('leaves a cell the user has changed since alone, and says so', () => {
    const { annotated, cell, p, s } = annotatedJinshui();
    s.values[p.row][p.col] = '我的备注';
    s.formulas![p.row][p.col] = null;
    const plan = planAnnotateDetailed(annotated, {});
    expect(plan.notices.map((n) => n.text).join()).toMatch(new RegExp(`${cell}.*手工修改`));
    const edit = plan.edits.find((e) => e.kind === 'setFormula' && e.cell === cell);
    expect(edit).toMatchObject({ onlyIfEmpty: true });
    const removal = planRemoveDetailed(annotated, {});
    expect(removal.notices.map((n) => n.text).join()).toMatch(new RegExp(`${cell}.*手工修改`));
    const removed = applyToSnapshot(annotated, removal.edits);
    expect(valueAt(removed, `部门整体绩效自评表!${cell}`)).toBe('我的备注');
  });

  it('一键重算 clears only the validations it does not write again', () => {
    const wb = snapshots.get('jinshui-department.xlsx')!;
    const first = planAnnotate(wb, {});
    const annotated = applyToSnapshot(wb, first);
    const ranges = (edits: readonly Edit[], kind: Edit['kind']): string[] =>
      edits.flatMap((e) => (e.kind === kind && 'range' in e ? [`${e.sheet}!${e.range}`] : []));
    const validated = ranges(first, 'dataValidation');
    expect(validated.length).toBeGreaterThan(10);
    // unchanged: every validation is written again (which replaces the add-in's own), none cleared
    const again = planAnnotate(annotated, {});
    expect(ranges(again, 'dataValidation')).toEqual(validated);
    expect(ranges(again, 'removeValidation')).toEqual([]);
    // an indicator row the user emptied: its validations, and only those, are cleared
    const report = analyzeWorkbook(annotated, { file: 'j' });
    const gone = report.tables[0].indicators.at(-1)!;
    const s = annotated.sheets.find((x) => x.name === '部门整体绩效自评表')!;
    const original = wb.sheets.find((x) => x.name === s.name)!;
    s.values[gone.row - 1] = s.values[gone.row - 1].map((v, c) =>
      c < (original.values[gone.row - 1]?.length ?? 0) ? null : v,
    );
    if (s.formulas?.[gone.row - 1]) s.formulas[gone.row - 1] = [];
    const after = planAnnotate(annotated, {});
    const rowOf = (ref: string): number => Number(/(\d+)(?::|$)/.exec(ref.split('!')[1])![1]);
    const cleared = ranges(after, 'removeValidation');
    expect(cleared.length).toBeGreaterThan(0);
    expect(new Set(cleared.map(rowOf))).toEqual(new Set([gone.row]));
    expect(cleared.filter((r) => ranges(after, 'dataValidation').includes(r))).toEqual([]);
    expect(validated.filter((r) => rowOf(r) === gone.row).sort()).toEqual([...cleared].sort());
  });

  it('writes again a cell the user emptied, without calling that a change kept', () => {
    const { annotated, p, s } = annotatedJinshui();
    const formula = s.formulas![p.row][p.col];
    s.values[p.row][p.col] = null;
    s.formulas![p.row][p.col] = null;
    const plan = planAnnotateDetailed(annotated, {});
    expect(plan.notices.map((n) => n.text).join()).not.toMatch(/手工修改/);
    const again = applyToSnapshot(annotated, plan.edits);
    expect(again.sheets.find((x) => x.name === s.name)!.formulas![p.row][p.col]).toBe(formula);
  });

  it('rows that changed places (as after inserting or sorting rows) are not reported as changed by hand', () => {
    const wb = snapshots.get('jinshui-department.xlsx')!;
    const annotated = applyToSnapshot(wb, planAnnotate(wb, {}));
    const reg = readRegistry(annotated);
    if (reg.kind !== 'ok') throw new Error('no registry');
    const s = annotated.sheets.find((x) => x.name === '部门整体绩效自评表')!;
    // two indicator rows whose helper texts (the target as read) differ, swapped whole
    const texts = reg.registry.entries.flatMap((e) =>
      e.t === 'cell' && e.s === s.name && e.role === 'helper' && !e.w.startsWith('=')
        ? [{ ...parseAddress(e.a)!, w: e.w }]
        : [],
    );
    const other = (x: (typeof texts)[number]) =>
      texts.find((y) => y.col === x.col && y.row > x.row && y.w !== x.w);
    const a = texts.find((x) => x.row > 20 && other(x) !== undefined)!;
    const b = other(a)!;
    for (const rows of [s.values, s.formulas!, s.numberFormats!]) {
      [rows[a.row], rows[b.row]] = [rows[b.row], rows[a.row]];
    }
    const plan = planAnnotateDetailed(annotated, {});
    expect(plan.notices.map((n) => n.text).join()).not.toMatch(/手工修改/);
    // a cell the user really changed is still said so
    s.values[a.row][a.col] = '我的说明';
    const changed = planAnnotateDetailed(annotated, {});
    const cell = `${colName(a.col + 1)}${a.row + 1}`;
    expect(changed.notices.map((n) => n.text).join()).toMatch(new RegExp(`${cell} 已被手工修改`));
  });

  describe('rows inserted or deleted after 写入', () => {
    const NAME = '部门整体绩效自评表';
    const sheetOf = (wb: WorkbookSnapshot): SheetSnapshot =>
      wb.sheets.find((x) => x.name === NAME)!;
    const indicatorRows = (wb: WorkbookSnapshot): number[] =>
      analyzeWorkbook(wb, { file: 'j' }).tables[0].indicators.map((i) => i.row);
    /** Recalculation through admission, then undo; the workbook after each. */
    const recalcThenUndo = (wb: WorkbookSnapshot) => {
      const plan = planAnnotateDetailed(wb, {});
      const admitted = admit(plan.edits, XLSX_CAPABILITIES, snapshotFacts(wb));
      const again = applyToSnapshot(wb, admitted.edits);
      const removal = planRemoveDetailed(again, {});
      const removed = applyToSnapshot(
        again,
        admit(removal.edits, XLSX_CAPABILITIES, snapshotFacts(again)).edits,
      );
      return { plan, admitted, again, removal, removed };
    };
    const same = (expected: WorkbookSnapshot, got: WorkbookSnapshot): void => {
      expect(got.sheets.map((x) => x.name)).toEqual(expected.sheets.map((x) => x.name));
      for (const x of expected.sheets) {
        expect(
          sheetDiff(
            x,
            got.sheets.find((y) => y.name === x.name)!,
          ),
        ).toEqual([]);
      }
    };

    it('a row inserted (saved as LibreOffice saves it): the registry follows, 一键重算 keeps nothing back, undo gives the form back', () => {
      const wb = snapshots.get('jinshui-department.xlsx')!;
      const annotated = applyToSnapshot(wb, planAnnotate(wb, {}));
      const rows = indicatorRows(annotated);
      const at = rows[10];
      const last = rows[rows.length - 1];
      insertRow(sheetOf(annotated), at);
      // the formulas moved one row down, re-spelled
      expect(
        (sheetOf(annotated).formulas![last] ?? []).some((f) => /FALSE\(\)/.test(f ?? '')),
      ).toBe(true);
      const reg = readRegistry(annotated);
      if (reg.kind !== 'ok') throw new Error('no registry');
      const listed = reg.registry.entries.flatMap((e) =>
        e.t === 'row' && e.s === NAME ? [e.row] : [],
      );
      expect(listed).toEqual(rows.map((r) => (r >= at ? r + 1 : r)));

      const { plan, admitted, removed } = recalcThenUndo(annotated);
      expect(plan.notices.map((n) => n.text).join()).not.toMatch(/手工修改/);
      const skipped = admitted.outcomes.filter((o) => o.status === 'skipped');
      expect(skipped).toEqual([]);
      const expected = clone(wb);
      insertRow(sheetOf(expected), at);
      same(expected, removed);
    });

    it('adopted scores, then a row inserted above them: undo puts each stated score back in its own row', () => {
      const wb = snapshots.get('jinshui-department.xlsx')!;
      const adopted = applyToSnapshot(wb, planAdopt(wb, {}));
      const at = indicatorRows(adopted)[2];
      insertRow(sheetOf(adopted), at);
      const removed = applyToSnapshot(adopted, planRemove(adopted, {}));
      const expected = clone(wb);
      insertRow(sheetOf(expected), at);
      same(expected, removed);
    });

    it('an indicator row deleted: its entries are dropped, the rows below are followed', () => {
      const wb = snapshots.get('jinshui-department.xlsx')!;
      const adopted = applyToSnapshot(wb, planAdopt(wb, {}));
      const rows = indicatorRows(adopted);
      const gone = rows[3];
      deleteRow(sheetOf(adopted), gone);
      const { plan, admitted, removed } = recalcThenUndo(adopted);
      expect(plan.notices.map((n) => n.text).join()).not.toMatch(/手工修改/);
      expect(admitted.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
      const expected = clone(wb);
      deleteRow(sheetOf(expected), gone);
      same(expected, removed);
    });

    it('an indicator renamed in place (nothing moved) stays the add-in’s row', () => {
      const wb = snapshots.get('jinshui-department.xlsx')!;
      const annotated = applyToSnapshot(wb, planAnnotate(wb, {}));
      const before = readRegistry(annotated);
      if (before.kind !== 'ok') throw new Error('no registry');
      const entry = before.registry.entries.filter((e) => e.t === 'row' && e.s === NAME)[5];
      if (entry.t !== 'row' || !entry.n) throw new Error('no name');
      const p = parseAddress(`${entry.n.c}${entry.row}`)!;
      sheetOf(annotated).values[p.row][p.col] = '改过的指标名称';
      const reg = readRegistry(annotated);
      if (reg.kind !== 'ok') throw new Error('no registry');
      expect(reg.registry.entries).toEqual(before.registry.entries);
      const { admitted, removed } = recalcThenUndo(annotated);
      expect(admitted.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
      const expected = clone(wb);
      sheetOf(expected).values[p.row][p.col] = '改过的指标名称';
      same(expected, removed);
    });
  });

  it('refuses to write when a sheet of that name is not its own', () => {
    const wb = clone(snapshots.get('jinshui-department.xlsx')!);
    wb.sheets.push({
      name: HELPER_SHEET,
      values: [['别人的表']],
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
    });
    const plan = planAnnotateDetailed(wb, {});
    expect(plan.edits).toEqual([]);
    expect(plan.notices[0].text).toMatch(/不是本工具创建的/);
    expect(planRemove(wb, {})).toEqual([]);
  });
});

describe('bad input', () => {
  it('a sheet without room on the right is left alone with a message', () => {
    const wb = clone(snapshots.get('jinshui-department.xlsx')!);
    const s = wb.sheets[0];
    s.values[0][16380] = 'x';
    const plan = planAnnotateDetailed(wb, {});
    expect(plan.notices.map((n) => n.text).join()).toMatch(/没有空列/);
    expect(plan.edits.filter((e) => e.sheet === s.name)).toEqual([]);
  });

  it('an extremely large sheet is left alone with a message; the other sheets are written', async () => {
    const bytes = await generateBenchWorkbook(2, 6000);
    const r = await readWorkbook(bytes);
    if (!r.ok) throw new Error(r.detail);
    const plan = planAnnotateDetailed(r.workbook, {});
    expect(MAX_PLANNED_ROWS).toBe(10000);
    expect(plan.notices.map((n) => n.text).join()).toMatch(
      /「项目2」有 6000 行指标.*超过 10000 行上限/,
    );
    expect(plan.edits.some((e) => e.sheet === '项目1')).toBe(true);
    expect(plan.edits.some((e) => e.sheet === '项目2')).toBe(false);
  });

  it('a protected sheet gets a message and no edits', () => {
    const wb = clone(snapshots.get('jinshui-department.xlsx')!);
    wb.sheets[0].protected = true;
    const plan = planAnnotateDetailed(wb, {});
    expect(plan.notices.map((n) => n.text).join()).toMatch(/受保护/);
    expect(plan.edits.filter((e) => e.sheet === wb.sheets[0].name)).toEqual([]);
  });

  it('a workbook without forms gives no edits and says why', () => {
    const plan = planAnnotateDetailed(
      {
        sheets: [
          { name: 'S', values: [['a', 'b']], merges: [], hiddenRows: [], hiddenColumns: [] },
        ],
      },
      {},
    );
    expect(plan.edits).toEqual([]);
    expect(plan.notices[0].text).toMatch(/未发现/);
  });
});

describe('planReasons', () => {
  it('writes a single 偏差原因 cell as 原因：…；改进措施：…, only if empty', () => {
    const wb = snapshots.get('jinshui-department.xlsx')!;
    const annotated = applyToSnapshot(wb, planAnnotate(wb, {}));
    const edits = planReasons(annotated, [
      {
        sheet: '部门整体绩效自评表',
        row: 27,
        ticks: ['经费保障'],
        reason: '结转资金较多。',
        improvement: '加快支出进度',
      },
      { sheet: '部门整体绩效自评表', row: 26, ticks: [], reason: 'x', improvement: 'y' },
    ]);
    expect(edits).toEqual([
      expect.objectContaining({
        kind: 'setValue',
        cell: 'I27',
        value: '原因：结转资金较多；改进措施：加快支出进度。',
        onlyIfEmpty: true,
      }),
      expect.objectContaining({ cell: 'I26' }),
    ]);
    const after = applyToSnapshot(annotated, edits);
    const row = analyzeWorkbook(after, { file: 'j' }).tables[0].indicators.find(
      (i) => i.row === 27,
    )!;
    expect(row.missingReason).toBe(false);
  });

  it('ticks the chosen categories and fills 原因说明 and 改进措施 separately', () => {
    const wb = clone(snapshots.get('fushun-department.xlsx')!);
    const s = wb.sheets[0];
    for (let c = 10; c <= 16; c++) s.values[47][c] = null; // row 48: K..Q
    const edits = planReasons(wb, [
      {
        sheet: s.name,
        row: 48,
        ticks: ['funding', '人员保障'],
        reason: '资金下达晚',
        improvement: '提前谋划',
      },
    ]);
    const byCell = Object.fromEntries(
      edits.map((e) => [e.kind === 'setValue' ? e.cell : '', e.kind === 'setValue' ? e.value : '']),
    );
    expect(byCell).toEqual({ K48: '√', M48: '√', P48: '资金下达晚', Q48: '提前谋划' });
  });
});

describe('suggestReasonText', () => {
  it('draws the wording from the categories and the size of the shortfall', () => {
    const slight = suggestReasonText(['经费保障'], 0.05, 'zh-CN');
    const large = suggestReasonText(['funding'], 0.6, 'zh-CN');
    expect(slight.reason).toMatch(/略有差距.*资金/);
    expect(large.reason).toMatch(/差距较大.*资金/);
    expect(slight.reason).not.toBe(large.reason);
    expect(slight.improvement).toMatch(/^下一步将/);
    const two = suggestReasonText(['人员保障', '制度保障'], 0.2, 'zh');
    expect(two.reason).toMatch(/制度.*；.*人员|人员.*；.*制度/);
    expect(suggestReasonText([], 0.2, 'zh-CN').reason).toMatch(/客观因素/);
    expect(suggestReasonText(['hardware'], 0.4, 'en-US').reason).toMatch(
      /^The indicator fell well short/,
    );
  });
});

describe('command line', () => {
  it('--fix writes annotated copies whose --json report gives scoreCell for every indicator', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fix-cli-'));
    try {
      const inputs = FIXTURE_FILES.map((f) => path.join(FIXTURES, f));
      const before = await Promise.all(inputs.map((f) => fs.readFile(f)));
      const err: string[] = [];
      const code = await runAudit(['--fix', '--out', dir, ...inputs], {
        out: () => undefined,
        err: (s) => err.push(s),
      });
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/已写入 .*jinshui-department\.xlsx/);
      expect(err.join('\n')).toMatch(/共性指标体系框架」受保护/);
      const after = await Promise.all(inputs.map((f) => fs.readFile(f)));
      after.forEach((b, i) => expect(b.equals(before[i])).toBe(true));
      const out: string[] = [];
      await runAudit(['--json', ...FIXTURE_FILES.map((f) => path.join(dir, f))], {
        out: (s) => out.push(s),
        err: () => undefined,
      });
      const report = JSON.parse(out.join('\n')) as { files: FileReport[] };
      const indicators = report.files.flatMap((f) => f.tables.flatMap((t) => t.indicators));
      expect(indicators.length).toBe(230);
      for (const i of indicators) expect(i.scoreCell).toMatch(/!/);
      // --remove gives the original content back.
      const back = path.join(dir, 'back');
      await runAudit(['--remove', '--out', back, path.join(dir, 'jinshui-department.xlsx')], {
        out: () => undefined,
        err: () => undefined,
      });
      const a = await readWorkbook(path.join(FIXTURES, 'jinshui-department.xlsx'));
      const b = await readWorkbook(path.join(back, 'jinshui-department.xlsx'));
      if (!a.ok || !b.ok) throw new Error('read');
      expect(b.workbook.sheets.map((s) => s.name)).toEqual(a.workbook.sheets.map((s) => s.name));
      a.workbook.sheets.forEach((s, i) => expect(sheetDiff(s, b.workbook.sheets[i])).toEqual([]));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to overwrite its input', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fix-cli-'));
    try {
      const file = path.join(dir, 'a.xlsx');
      await fs.copyFile(path.join(FIXTURES, 'jinshui-department.xlsx'), file);
      const err: string[] = [];
      const code = await runAudit(['--fix', '--out', dir, file], {
        out: () => undefined,
        err: (s) => err.push(s),
      });
      expect(code).toBe(2);
      expect(err.join()).toMatch(/输出文件与原文件相同/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
