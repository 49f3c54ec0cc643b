/**
 * Carrying level labels (一级指标 / 二级指标) down the rows of a table.
 *
 * On a real form the level labels are merged cells spanning many rows. With merge information
 * the label shows through the merge; without it (Excel 2016/2019 cannot report merges), and on
 * forms typed without merging, the label sits in its first row and the cells below are blank:
 * the label is carried down until the next label. A new level-1 label resets level 2. Weights
 * come from the label (`产出指标(40分)`) or, in a rubric, from the level's 分值 column.
 */
import type { Grid } from './grid';
import { cellNumber } from './number';
import { isPlaceholder } from './terms';
import { splitLevelWeight, termKey, valueText } from './text';
import { cleanLabel } from '../rules/text';
import { keepShape } from '../snapshot/keep-shape';

interface Level {
  label: string | null;
  weight: number | null;
}

const NONE = { kind: 'none' } as const;
const MERGED = { kind: 'merged' } as const;
const CARRIED = { kind: 'carried' } as const;

export class LevelCarrier {
  level1: Level = { label: null, weight: null };
  level2: Level = { label: null, weight: null };
  /** Rows whose level label came from a blank, unmerged cell. */
  readonly carriedRows: number[] = [];
  /** Rows whose label mentions several weights. */
  readonly ambiguousRows: number[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly cols: {
      level1?: number;
      level1Weight?: number;
      level2?: number;
      level2Weight?: number;
    },
  ) {
    keepShape(this);
  }

  /** Reads row r's level cells and updates the carried labels. */
  update(r: number): void {
    const one = this.read(r, this.cols.level1, this.cols.level1Weight);
    let carried = false;
    if (one.kind === 'fresh') {
      if (one.level.label !== this.level1.label || one.level.weight !== this.level1.weight) {
        this.level1 = one.level;
        this.level2 = { label: null, weight: null };
      }
    } else if (one.kind === 'carried') carried = true;
    const two = this.read(r, this.cols.level2, this.cols.level2Weight);
    if (two.kind === 'fresh') this.level2 = two.level;
    else if (two.kind === 'carried' && this.level2.label !== null) carried = true;
    if (carried && this.level1.label !== null) this.carriedRows.push(r + 1);
  }

  private read(
    r: number,
    col: number | undefined,
    weightCol: number | undefined,
  ): { kind: 'fresh'; level: Level } | { kind: 'merged' } | { kind: 'carried' } | { kind: 'none' } {
    if (col === undefined) return NONE;
    const g = this.grid;
    const merge = g.mergeOver(r, col);
    if (merge && merge.top < r) return MERGED;
    const text = cleanLabel(valueText(g.shown(r, col)));
    if (text === '') return CARRIED;
    if (isPlaceholder(termKey(text))) return NONE;
    const split = splitLevelWeight(text);
    if (split.ambiguous) this.ambiguousRows.push(r + 1);
    let weight = split.weight;
    if (weightCol !== undefined) {
      const w = cellNumber(g.shown(r, weightCol));
      if (w !== null) weight = w;
    }
    return { kind: 'fresh', level: { label: split.label, weight } };
  }
}
