/** Loading the .xlsx fixtures (test/fixtures, written by scripts/make-fixtures.ts) as snapshots. */
import { existsSync } from 'fs';
import path from 'path';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import type { FormTable, RecognizedWorkbook } from '../../src/model/table';
import type { WorkbookSnapshot } from '../../src/snapshot/types';
import { canon, indicatorLines } from './summary';

/** Overridable to run the same tests on another set of fixtures. */
export const FIXTURE_DIR =
  process.env.RECOGNIZE_FIXTURE_DIR ?? path.join(__dirname, '..', 'fixtures');

export const FIXTURE_FILES = [
  'fushun-department.xlsx',
  'hengyang.xlsx',
  'jinshui-department.xlsx',
  'longhua-rubric.xlsx',
  'narrative-2023.xlsx',
] as const;

export function fixturesPresent(): boolean {
  return FIXTURE_FILES.every((f) => existsSync(path.join(FIXTURE_DIR, f)));
}

export async function loadFixture(file: string): Promise<WorkbookSnapshot> {
  const r = await readWorkbook(path.join(FIXTURE_DIR, file));
  if (!r.ok) throw new Error(`${file}: ${r.reason} ${r.detail}`);
  return r.workbook;
}

/** What must survive any perturbation: the content read, not where it sits. */
export function essence(t: FormTable) {
  const b = t.budget;
  return {
    kind: t.kind,
    name: t.name,
    indicators: indicatorLines(t),
    budget: b
      ? [b.label, ...[b.initial, b.adjusted, b.executed, b.rate, b.weight, b.score].map(canon)]
      : null,
    total: t.total ? [t.total.label, canon(t.total.stated), canon(t.total.weightSum)] : null,
    grade: t.grade ? canon(t.grade.stated) : null,
    basicData: t.basicData
      ? {
          staff: t.basicData.staff
            ? [
                t.basicData.staff.establishment,
                t.basicData.staff.actual,
                t.basicData.staff.rate,
              ].map(canon)
            : null,
          // Keyed by period label: reordered columns change the order, not the content.
          periods: t.basicData.periods.map((p) => p.label).sort(),
          lines: t.basicData.lines.map((l) => {
            const byPeriod = l.cells
              .map((c, i) => `${t.basicData!.periods[i].label}=${canon(c)}`)
              .sort();
            return `${l.role} ${l.label}: ${byPeriod.join(' ')}`;
          }),
        }
      : null,
  };
}

export function workbookEssence(wb: RecognizedWorkbook) {
  return wb.sheets.map((s) => ({
    sheet: s.name,
    form: s.notForm === null,
    tables: s.tables.map(essence),
  }));
}
