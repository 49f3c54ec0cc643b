/**
 * Reading the body of an indicator table: one `Indicator` per 三级指标 row, from below the header
 * down to the total row, a note or signature, the next form's caption, or the next header.
 * Blank spacer rows and template placeholders (`指标2` alone, `……`) are skipped; a header
 * repeated on a new page is stepped over.
 */
import type { CellRef } from '../model/cell';
import { PATTERNS } from '../model/glossary';
import type { Indicator, RecognitionNote, Total } from '../model/table';
import type { Grid } from './grid';
import { layoutSignature, type ColumnIndex, type HeaderBlock } from './headers';
import { LevelCarrier } from './labels';
import { isNumeric } from './number';
import {
  budgetRole,
  isGradeLabel,
  isPlaceholder,
  isTitle,
  isTotalLabel,
  isTrailer,
  nameLabel,
  TERM,
} from './terms';
import { splitLevelWeight, termKey, valueText } from './text';
import { cleanLabel } from '../rules/text';
import { isBlankValue } from '../snapshot/cells';

export interface BodyResult {
  indicators: Indicator[];
  total: Total | null;
  /** Last row (0-based) that belongs to the table: the total row or the last indicator row. */
  end: number;
  /** Row (0-based, exclusive) where reading stopped. */
  stop: number;
  /** Header blocks stepped over as page repeats (their top rows). */
  repeats: number[];
  /** The confirmed score column when it had to be inferred. */
  scoreCol: number | undefined;
  notes: RecognitionNote[];
}

/** The reason ticks of a row on a form without tick columns: one empty list, never written to. */
const NO_TICKS = Object.freeze([]) as unknown as Indicator['reasonTicks'];

/** The first non-blank raw cell of row r: its column and key (null key for non-text). */
function firstCell(grid: Grid, r: number): { col: number; key: string | null } | null {
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    if (grid.rawBlank(r, c)) continue;
    return { col: c, key: grid.key(r, c) };
  }
  return null;
}

/** True when row r is a budget-block header (two or more budget column words, no numbers). */
export function isBudgetHeaderRow(grid: Grid, r: number): boolean {
  if ((grid.rowFlags(r) & TERM.budget) === 0) return false;
  const n = grid.rowLength(r);
  let seen: Set<string> | null = null;
  for (let c = 0; c < n; c++) {
    const v = grid.raw(r, c);
    if (typeof v === 'number') return false;
    const k = grid.key(r, c);
    if (k === null) continue;
    const role = budgetRole(k);
    if (role) (seen ??= new Set()).add(role);
  }
  if (seen === null) return false;
  return seen.size >= 2 && (seen.has('initial') || seen.has('adjusted') || seen.has('executed'));
}

/** True when row r starts something that is not part of the table above it. */
export function isBoundaryRow(grid: Grid, r: number): boolean {
  if ((grid.rowFlags(r) & (TERM.boundary | TERM.budget)) === 0) return false;
  const first = firstCell(grid, r);
  if (!first || first.key === null) return false;
  if (isTrailer(first.key)) return true;
  const raw = grid.raw(r, first.col);
  if (nameLabel(first.key, valueText(raw))) return true;
  if (isTitle(first.key) && grid.nextFilled(r, first.col + 1) === null) return true;
  return isBudgetHeaderRow(grid, r);
}

/**
 * The cell of row r in column c, itself: a cell covered by a merge reads as empty, so the values
 * are the same whether or not the host reports merges.
 */
function cellAt(grid: Grid, r: number, c: number | undefined): CellRef | null {
  return c === undefined ? null : grid.refAt(r, c);
}

function filled(ref: CellRef | null): boolean {
  return ref !== null && !isBlankValue(ref.value);
}

export function readBody(
  grid: Grid,
  header: HeaderBlock,
  limit: number,
  headersByTop: Map<number, HeaderBlock>,
): BodyResult {
  const roles = header.columns.roles;
  const carrier = new LevelCarrier(grid, roles);
  const signature = layoutSignature(header.columns);
  const indicators: Indicator[] = [];
  const candidateCells: (CellRef | null)[] = [];
  const placeholders: number[] = [];
  const notes: RecognitionNote[] = [];
  const repeats: number[] = [];
  let candidateNumbers = 0;
  let total: Total | null = null;
  let end = header.bottom;
  let r = header.bottom + 1;

  // A total label may stand in any column but those holding values.
  const valueCols = new Set(
    [roles.target, roles.actual, roles.weight, roles.score, roles.completion].filter(
      (c): c is number => c !== undefined,
    ),
  );

  for (; r < limit; r++) {
    if (grid.rowBlank(r)) continue;
    const repeat = headersByTop.get(r);
    if (repeat) {
      if (layoutSignature(repeat.columns) !== signature) break;
      repeats.push(r);
      r = repeat.bottom;
      continue;
    }
    if (isBoundaryRow(grid, r)) break;

    let totalCol = -1;
    const width = (grid.rowFlags(r) & TERM.total) === 0 ? 0 : grid.rowLength(r);
    for (let c = 0; c < width; c++) {
      if (valueCols.has(c)) continue;
      const k = grid.key(r, c);
      if (k !== null && isTotalLabel(k)) {
        totalCol = c;
        break;
      }
    }
    if (totalCol < 0 && outsideTotalRow(grid, r, roles)) break;
    if (totalCol >= 0) {
      total = readTotal(
        grid,
        r,
        totalCol,
        roles.score ?? header.scoreCandidate ?? undefined,
        roles,
      );
      end = r;
      r++;
      break;
    }

    carrier.update(r);
    const nameRef = cellAt(grid, r, roles.name);
    let name = nameRef ? cleanLabel(valueText(nameRef.value)) : '';
    let weightInLabel: number | null = null;
    if (roles.weight === undefined && name !== '') {
      const split = splitLevelWeight(name);
      if (split.weight !== null) {
        name = split.label;
        weightInLabel = split.weight;
      }
    }
    const target = cellAt(grid, r, roles.target);
    const actual = cellAt(grid, r, roles.actual);
    const weight = cellAt(grid, r, roles.weight);
    const score = cellAt(grid, r, roles.score);
    const completion = cellAt(grid, r, roles.completion);
    const candidate =
      header.scoreCandidate !== null ? cellAt(grid, r, header.scoreCandidate) : null;
    const hasData =
      filled(target) ||
      filled(actual) ||
      filled(weight) ||
      filled(score) ||
      filled(completion) ||
      filled(candidate);
    const placeholder = name !== '' && isPlaceholder(termKey(name));
    if ((name === '' || placeholder) && !hasData) {
      if (placeholder || rowHasPlaceholder(grid, r, roles)) placeholders.push(r + 1);
      continue;
    }
    if (candidate && isNumeric(candidate.value)) candidateNumbers++;
    const criteriaRef = cellAt(grid, r, roles.criteria);
    const criteriaText = criteriaRef ? valueText(criteriaRef.value).trim() : '';
    const indicator: Indicator = {
      row: r + 1,
      level1: carrier.level1.label,
      level1Weight: carrier.level1.weight,
      level2: carrier.level2.label,
      level2Weight: carrier.level2.weight,
      name,
      nameCell: nameRef,
      target,
      operator: cellAt(grid, r, roles.operator),
      unit: cellAt(grid, r, roles.unit),
      actual,
      completion,
      weight,
      score,
      reasonTicks:
        header.columns.ticks.length === 0
          ? NO_TICKS
          : header.columns.ticks.map((t) => ({
              category: t.category,
              cell: cellAt(grid, r, t.col) as CellRef,
            })),
      reasonText: cellAt(grid, r, roles.reasonText),
      improvement: cellAt(grid, r, roles.improvement),
      data: cellAt(grid, r, roles.data),
      criteria: criteriaText === '' ? null : criteriaText,
    };
    if (weightInLabel !== null) indicator.weightInLabel = weightInLabel;
    indicators.push(indicator);
    candidateCells.push(candidate);
    end = r;
  }

  if (header.targetFromContent) nameFromContent(indicators, notes);

  let scoreCol: number | undefined;
  if (header.scoreCandidate !== null && candidateNumbers > 0) {
    scoreCol = header.scoreCandidate;
    indicators.forEach((ind, i) => (ind.score = candidateCells[i]));
    notes.push({
      code: 'score-column-inferred',
      detail: `the unlabeled column right of 分值 holds numbers and is taken as 得分`,
    });
  } else if (total && header.scoreCandidate !== null && roles.score === undefined) {
    total = readTotal(grid, total.row - 1, labelColOf(grid, total), undefined, roles);
  }

  if (placeholders.length > 0) {
    notes.push({
      code: 'placeholder-rows-skipped',
      detail: `${placeholders.length} template placeholder row(s) skipped`,
      rows: placeholders,
    });
  }
  if (carrier.carriedRows.length > 0) {
    notes.push({
      code: 'labels-carried-down',
      detail: 'level labels carried down from the blank cells below them',
      rows: carrier.carriedRows,
    });
  }
  if (carrier.ambiguousRows.length > 0) {
    notes.push({
      code: 'ambiguous-level-weight',
      detail: 'a level label names more than one weight',
      rows: carrier.ambiguousRows,
    });
  }
  return { indicators, total, end, stop: r, repeats, scoreCol, notes };
}

/**
 * A row below the table holding a stated total or grade (`自评总分 | 98.16`, `自评等级 | 优`) in
 * the value columns, with no indicator name: the table has ended (the total is read as one
 * stated outside it).
 */
function outsideTotalRow(grid: Grid, r: number, roles: ColumnIndex['roles']): boolean {
  if (roles.name !== undefined && !grid.blank(r, roles.name)) return false;
  if ((grid.rowFlags(r) & (TERM.total | TERM.grade)) === 0) return false;
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    const k = grid.key(r, c);
    if (k !== null && (isTotalLabel(k, true) || isGradeLabel(k))) return true;
  }
  return false;
}

function labelColOf(grid: Grid, total: Total): number {
  const r = total.row - 1;
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    const k = grid.key(r, c);
    if (k !== null && isTotalLabel(k)) return c;
  }
  return 0;
}

/** True when a level cell of the row holds a placeholder such as `……`. */
function rowHasPlaceholder(grid: Grid, r: number, roles: ColumnIndex['roles']): boolean {
  for (const c of [roles.level1, roles.level2]) {
    if (c === undefined) continue;
    const k = grid.key(r, c);
    if (k !== null && isPlaceholder(k)) return true;
  }
  return false;
}

/** Reads a total row: the stated score under 得分 (or the first value right of the label). */
export function readTotal(
  grid: Grid,
  r: number,
  labelCol: number,
  scoreCol: number | undefined,
  roles: ColumnIndex['roles'],
): Total {
  const label = cleanLabel(valueText(grid.raw(r, labelCol)));
  const weightCol = roles.weight;
  /** True when (r, c) is part of the label's own merged area. */
  const own = (c: number): boolean => {
    const [or, oc] = grid.origin(r, c);
    return or === r && oc === labelCol;
  };
  let stated: CellRef | null = null;
  if (scoreCol !== undefined && scoreCol > labelCol) {
    if (!own(scoreCol) && !grid.blank(r, scoreCol)) stated = grid.ref(r, scoreCol);
    else {
      // A total written left of 得分 and spread over it by a merge the host did not report.
      for (let c = scoreCol - 1; c > labelCol; c--) {
        if (grid.rawBlank(r, c)) continue;
        if (c !== weightCol) stated = grid.ref(r, c);
        break;
      }
    }
    if (!stated) stated = grid.refAt(r, scoreCol);
  } else {
    const c = grid.nextFilled(r, labelCol + 1);
    stated = c !== null ? grid.ref(r, c) : grid.refAt(r, labelCol + 1);
  }
  let weightSum: CellRef | null = null;
  if (weightCol !== undefined && weightCol > labelCol && !own(weightCol)) {
    const w = grid.ref(r, weightCol);
    if (!isBlankValue(w.value) && w.address !== stated.address) weightSum = w;
  }
  return { row: r + 1, label, stated, weightSum };
}

/**
 * Fushun's offices wrote each indicator's name into 年度指标值·内容 and left the template's
 * numbering (指标1, 指标2 …) in 三级指标. When the name column holds only such numbering and
 * 内容 holds text that is not a value, the text is the name and the row states no target.
 */
function nameFromContent(indicators: Indicator[], notes: RecognitionNote[]): void {
  const rows: number[] = [];
  for (const ind of indicators) {
    if (!PATTERNS.numberedPlaceholder.test(termKey(ind.name))) continue;
    const t = ind.target;
    if (!t || typeof t.value !== 'string') continue;
    const text = cleanLabel(t.value);
    if (text === '' || isNumeric(text) || /^[<>≤≥=＜＞≦≧\d]/.test(text)) continue;
    if (isPlaceholder(termKey(text))) continue;
    ind.name = text;
    ind.nameCell = t;
    ind.target = null;
    rows.push(ind.row);
  }
  if (rows.length > 0) {
    notes.push({
      code: 'name-from-content',
      detail:
        '三级指标 holds template numbering (指标1 …); names taken from 年度指标值·内容, no target stated',
      rows,
    });
  }
}
