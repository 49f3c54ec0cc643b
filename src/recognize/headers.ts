/**
 * Finding indicator-table headers by meaning.
 *
 * A header *anchor* is a row naming the indicator levels (三级指标, or 一级指标 and 二级指标) and at
 * least three column roles in all. Around it the header block may take one row above (a group
 * row such as `评价指标 … 参考评分标准 | 自评得分`) and one row below (sub-headers: 运算符号 / 内容 /
 * 度量单位 under 年度指标值, tick columns under 未完成原因, 名称 / 分值 under each level, or the
 * second half of a header text split over two rows).
 *
 * Each column's header is the stack of texts down the block, read through merged areas; when the
 * host gives no merges, a blank upper cell with text below it takes the nearest text to its left
 * (the label that a merge would have spread over it). The most specific text decides the role,
 * read in the context of the texts above it (`分值` under `一级指标` is the level-1 weight).
 */
import type { ColumnRole, ReasonCategory } from '../model/glossary';
import type { RecognitionNote } from '../model/table';
import type { Grid } from './grid';
import { isNumeric } from './number';
import { headerTerms, isTotalLabel, isTrailer, TERM, type HeaderTerm } from './terms';
import { colName } from '../snapshot/a1';

/** Column positions, 0-based, as recognition works with them. */
export interface ColumnIndex {
  roles: Partial<Record<ColumnRole, number>>;
  ticks: { category: ReasonCategory; col: number }[];
}

export interface HeaderBlock {
  /** First and last header rows, 0-based. */
  top: number;
  bottom: number;
  anchor: number;
  columns: ColumnIndex;
  /** A column right of 分值 without a header of its own: 得分 if the body holds numbers there. */
  scoreCandidate: number | null;
  /** Leftmost and rightmost columns with header text. */
  left: number;
  right: number;
  notes: RecognitionNote[];
  /** Columns whose header stack is empty. */
  unlabeled: Set<number>;
  /** The target column is 内容 under 年度指标值 (Fushun), where some offices write the name. */
  targetFromContent: boolean;
}

/** Distinct column roles named in row r (raw cells only: a merge's text sits in its top-left). */
export function rowRoles(grid: Grid, r: number): Set<ColumnRole> {
  const roles = new Set<ColumnRole>();
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    const k = grid.key(r, c);
    if (k === null) continue;
    for (const t of headerTerms(k)) if (t.kind === 'role') roles.add(t.role);
  }
  return roles;
}

/**
 * The number of column-role terms in row r, counted with repeats: a cheap test before the role
 * set is built, since an anchor names at least three roles.
 */
function roleTermCount(grid: Grid, r: number): number {
  if ((grid.rowFlags(r) & TERM.role) === 0) return 0;
  let count = 0;
  const n = grid.rowLength(r);
  for (let c = 0; c < n; c++) {
    const k = grid.key(r, c);
    if (k === null) continue;
    for (const t of headerTerms(k)) if (t.kind === 'role') count++;
  }
  return count;
}

/** True when row r can anchor an indicator header. */
export function isAnchor(roles: Set<ColumnRole>): boolean {
  const levels = roles.has('name') || (roles.has('level1') && roles.has('level2'));
  return levels && roles.size >= 3;
}

function isHeaderish(t: HeaderTerm[]): boolean {
  return t.length > 0;
}

/** Row s (below the anchor) holds only sub-headers or header fragments, no data. */
function acceptSubRow(grid: Grid, s: number, anchor: number): boolean {
  if (s >= grid.rowCount || grid.rowBlank(s)) return false;
  const n = grid.rowLength(s);
  let useful = false;
  for (let c = 0; c < n; c++) {
    const v = grid.raw(s, c);
    if (grid.rawBlank(s, c)) continue;
    if (typeof v !== 'string' || isNumeric(v)) return false;
    const k = grid.key(s, c);
    if (k === null) return false;
    if (isTotalLabel(k) || isTrailer(k)) return false;
    if (isHeaderish(headerTerms(k))) {
      useful = true;
      continue;
    }
    const above = grid.shownKey(anchor, c);
    if (above !== null && isHeaderish(headerTerms(above + k))) {
      useful = true;
      continue;
    }
    return false;
  }
  return useful;
}

/** Row p (above the anchor) is a group row that adds a role the anchor lacks. */
function acceptSuperRow(grid: Grid, p: number, anchorRoles: Set<ColumnRole>): boolean {
  if (p < 0 || grid.rowBlank(p)) return false;
  const n = grid.rowLength(p);
  let adds = false;
  for (let c = 0; c < n; c++) {
    if (grid.rawBlank(p, c)) continue;
    const k = grid.key(p, c);
    if (k === null) return false;
    const terms = headerTerms(k);
    if (terms.length === 0) return false;
    for (const t of terms) if (t.kind === 'role' && !anchorRoles.has(t.role)) adds = true;
  }
  return adds;
}

type Resolved =
  | { kind: 'role'; role: ColumnRole; fromContent?: boolean }
  | { kind: 'tick'; category: ReasonCategory }
  | { kind: 'reasonGroup' };

const LEVEL_OF: Partial<Record<ColumnRole, 'level1' | 'level2' | 'name'>> = {
  level1: 'level1',
  level2: 'level2',
  name: 'name',
};
const LEVEL_NAME: Record<'level1' | 'level2' | 'name', ColumnRole> = {
  level1: 'level1',
  level2: 'level2',
  name: 'name',
};
const LEVEL_WEIGHT: Record<'level1' | 'level2' | 'name', ColumnRole> = {
  level1: 'level1Weight',
  level2: 'level2Weight',
  name: 'weight',
};

function parentLevel(stack: HeaderTerm[][], below: number): 'level1' | 'level2' | 'name' | null {
  for (let j = below - 1; j >= 0; j--) {
    for (const t of stack[j]) if (t.kind === 'role' && LEVEL_OF[t.role]) return LEVEL_OF[t.role]!;
  }
  return null;
}

function hasParent(stack: HeaderTerm[][], below: number, test: (t: HeaderTerm) => boolean) {
  for (let j = below - 1; j >= 0; j--) if (stack[j].some(test)) return true;
  return false;
}

/** The role of a column from its stack of header keys, top to bottom. */
export function resolveStack(keys: string[]): Resolved | null {
  if (keys.length === 0) return null;
  const stack = keys.map((k) => headerTerms(k));
  for (let i = stack.length - 1; i >= 0; i--) {
    let terms = stack[i];
    if (terms.length === 0 && i > 0) terms = headerTerms(keys[i - 1] + keys[i]);
    if (terms.length === 0) continue;
    const tick = terms.find((t) => t.kind === 'tick');
    if (tick && tick.kind === 'tick') {
      const underReason = hasParent(stack, i, (t) => t.kind === 'reasonGroup');
      if (underReason || tick.category !== 'other')
        return { kind: 'tick', category: tick.category };
    }
    const sub = terms.find((t) => t.kind === 'sub');
    if (sub && sub.kind === 'sub') {
      const level = parentLevel(stack, i);
      if (sub.sub === 'name' && level) return { kind: 'role', role: LEVEL_NAME[level] };
      if (sub.sub === 'weight' && level) return { kind: 'role', role: LEVEL_WEIGHT[level] };
      if (
        sub.sub === 'content' &&
        hasParent(stack, i, (t) => t.kind === 'role' && t.role === 'target')
      ) {
        return { kind: 'role', role: 'target', fromContent: true };
      }
    }
    const role = terms.find((t) => t.kind === 'role');
    if (role && role.kind === 'role') return { kind: 'role', role: role.role };
    if (terms.some((t) => t.kind === 'reasonGroup')) return { kind: 'reasonGroup' };
  }
  const all = headerTerms(keys.join(''));
  const role = all.find((t) => t.kind === 'role');
  return role && role.kind === 'role' ? { kind: 'role', role: role.role } : null;
}

/** The header key stack of column c over rows top..bottom. */
function columnStack(grid: Grid, top: number, bottom: number, c: number): string[] {
  const keys: string[] = [];
  for (let h = top; h <= bottom; h++) {
    let k = grid.shownKey(h, c);
    if (k === null && grid.mergeOver(h, c) === null && h < bottom) {
      let below = false;
      for (let g = h + 1; g <= bottom; g++) if (!grid.rawBlank(g, c)) below = true;
      if (below) {
        for (let l = c - 1; l >= 0; l--) {
          if (grid.rawBlank(h, l)) continue;
          k = grid.key(h, l);
          break;
        }
      }
    }
    if (k !== null && keys[keys.length - 1] !== k) keys.push(k);
  }
  return keys;
}

/** True when every header cell of column c is covered by a merged area (none is its own cell). */
function coveredHeader(grid: Grid, top: number, bottom: number, c: number): boolean {
  for (let h = top; h <= bottom; h++)
    if (grid.mergeOver(h, c) === null && !grid.rawBlank(h, c)) return false;
  for (let h = top; h <= bottom; h++) if (grid.mergeOver(h, c) !== null) return true;
  return false;
}

/** Builds the header block anchored at row a, or null if it names no usable table. */
export function buildHeader(grid: Grid, a: number, anchorRoles: Set<ColumnRole>): HeaderBlock {
  const top = acceptSuperRow(grid, a - 1, anchorRoles) ? a - 1 : a;
  const bottom = acceptSubRow(grid, a + 1, a) ? a + 1 : a;
  let width = 0;
  for (let h = top; h <= bottom; h++) width = Math.max(width, grid.rowLength(h));

  const columns: ColumnIndex = { roles: {}, ticks: [] };
  const notes: RecognitionNote[] = [];
  const unlabeled = new Set<number>();
  const reasonGroups: number[] = [];
  let left = -1;
  let right = -1;
  let previous = '';
  let targetFromContent = false;
  let scoreCandidate: number | null = null;
  for (let c = 0; c < width; c++) {
    const stack = columnStack(grid, top, bottom, c);
    if (stack.length === 0) {
      unlabeled.add(c);
      previous = '';
      continue;
    }
    if (left < 0) left = c;
    right = c;
    const res = resolveStack(stack);
    const signature = res ? JSON.stringify(res) : '';
    // A column under the same merged header as its left neighbour continues it (分值 merged over
    // 分值 | 得分 on a form whose 得分 label is missing): not a second column of that role.
    const continues = signature === previous && coveredHeader(grid, top, bottom, c);
    previous = signature;
    if (!res) continue;
    if (continues) {
      if (res.kind === 'role' && res.role === 'weight' && columns.roles.weight === c - 1) {
        scoreCandidate = c;
      }
      continue;
    }
    if (res.kind === 'tick') columns.ticks.push({ category: res.category, col: c });
    else if (res.kind === 'reasonGroup') reasonGroups.push(c);
    else if (columns.roles[res.role] === undefined) {
      columns.roles[res.role] = c;
      if (res.role === 'target' && res.fromContent) targetFromContent = true;
    } else if (res.role === 'weight' && columns.roles.score === undefined) {
      // `分值` spread over two columns (a merge over 分值 | 得分 whose second label is missing).
      columns.roles.score = c;
      notes.push({
        code: 'score-column-inferred',
        detail: `column ${colName(c + 1)} repeats 分值 and is taken as 得分`,
      });
    } else {
      notes.push({
        code: 'duplicate-column',
        detail: `column ${colName(c + 1)} repeats ${res.role}; column ${colName(
          columns.roles[res.role]! + 1,
        )} is used`,
      });
    }
  }
  if (reasonGroups.length > 0 && columns.roles.reasonText === undefined) {
    const [first] = reasonGroups;
    if (columns.ticks.length === 0 || !columns.ticks.some((t) => t.col > first)) {
      columns.roles.reasonText = first;
      notes.push({
        code: 'reason-group-as-text',
        detail: `未完成原因 column ${colName(first + 1)} has no tick columns; read as text`,
      });
    }
  }
  const w = columns.roles.weight;
  if (columns.roles.score !== undefined) scoreCandidate = null;
  else if (scoreCandidate === null && w !== undefined && unlabeled.has(w + 1)) {
    scoreCandidate = w + 1;
  }
  return {
    top,
    bottom,
    anchor: a,
    columns,
    scoreCandidate,
    left: Math.max(left, 0),
    right: Math.max(right, 0),
    notes,
    unlabeled,
    targetFromContent,
  };
}

/** All indicator header blocks of a sheet, top to bottom. */
export function findHeaders(grid: Grid): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    if (grid.rowBlank(r) || roleTermCount(grid, r) < 3) continue;
    const roles = rowRoles(grid, r);
    if (!isAnchor(roles)) continue;
    const block = buildHeader(grid, r, roles);
    if (blocks.length > 0 && block.top <= blocks[blocks.length - 1].bottom) continue;
    blocks.push(block);
    r = block.bottom;
  }
  return blocks;
}

/** A signature of a header's layout, to recognise a header repeated on a new page. */
export function layoutSignature(cols: ColumnIndex): string {
  const parts = Object.entries(cols.roles)
    .map(([role, c]) => `${role}:${c}`)
    .sort();
  for (const t of cols.ticks) parts.push(`${t.category}:${t.col}`);
  return parts.join(',');
}
