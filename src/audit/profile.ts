/**
 * Choosing the scoring profile for a table from what the form itself shows: its kind, its
 * first-level labels and their weights, and the words of its grade.
 */
import type { FormTable } from '../model/table';
import { builtinProfiles, PROFILE_IDS, type ProfileId } from '../rules';
import { cleanLabel } from '../rules/text';
import { Memo } from './memo';

const keys = new Memo<string, string>();
/** A first-level label without remarks or the word 指标 (`产出指标（50分）` → `产出`). Cached. */
function key(label: string): string {
  return (
    keys.peek(label) ??
    keys.put(
      label,
      cleanLabel(label)
        .replace(/[（(].*$/, '')
        .replace(/指标$/, ''),
    )
  );
}

/** Grade words of the 85/75/60 bands (优秀/良好/一般/较差), from the profile itself. */
const NARRATIVE_GRADES = new Set([
  ...builtinProfiles.narrative2023.grades.bands.map((b) => b.label),
  builtinProfiles.narrative2023.grades.below,
]);

export function chooseProfile(table: FormTable): ProfileId {
  if (table.kind === 'rubric') return 'longhua';
  if (table.notes.some((n) => n.code === 'separate-budget-block')) return 'sichuan';
  const grade = table.grade?.stated.value;
  if (typeof grade === 'string' && NARRATIVE_GRADES.has(grade.replace(/[\s\u3000]/g, ''))) {
    return 'narrative2023';
  }
  // First-level blocks of the table with their weights (from the label or the rows' sum).
  const blocks = new Map<string, { stated: number | null; sum: number }>();
  for (const ind of table.indicators) {
    if (!ind.level1) continue;
    const k = key(ind.level1);
    const b = blocks.get(k) ?? { stated: ind.level1Weight, sum: 0 };
    const w = ind.weight && typeof ind.weight.value === 'number' ? ind.weight.value : 0;
    b.sum += w;
    blocks.set(k, b);
  }
  const scoreOf = (id: ProfileId): number => {
    let score = 0;
    for (const w of builtinProfiles[id].firstLevelWeights) {
      const b = blocks.get(key(w.label));
      if (!b) continue;
      score += 1;
      if ((b.stated ?? b.sum) === w.weight) score += 1;
    }
    return score;
  };
  const fallback: ProfileId = 'default';
  let best: ProfileId = fallback;
  let bestScore = scoreOf(fallback);
  for (const id of PROFILE_IDS) {
    if (id === 'default' || id === 'narrative2023' || id === 'longhua' || id === 'sichuan')
      continue;
    const s = scoreOf(id);
    if (s > bestScore) {
      best = id;
      bestScore = s;
    }
  }
  return best;
}
