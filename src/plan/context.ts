/** What the per-table planners share while they write one table. */
import type { Lang } from '../messages/reasons';
import type { PlanTexts } from '../messages/plan';
import type { TableReport } from '../report/types';
import type { StatusLabels } from '../rules';
import type { Edit } from './edits';
import type { PlanTable } from './input';
import type { Layout } from './layout';
import type { SheetWriter } from './writer';

export interface TableContext {
  w: SheetWriter;
  layout: Layout;
  a: PlanTable;
  /** The same table audited in the state after the plan (adopted scores), for cached results. */
  after: TableReport;
  lang: Lang;
  texts: PlanTexts;
  labels: StatusLabels;
  edits: Edit[];
  dvRanges: string[];
  /** Stated score cells that will reference the computed score (采用系统得分). */
  adopted: ReadonlySet<string>;
  /** Notes in plain words on the computed scores (score-notes.ts). */
  explainScores?: boolean;
}
