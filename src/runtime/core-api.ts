/**
 * The part of the core (src/core) that the pane and the ribbon commands use. The faces are written
 * against this interface so that they hold no rules of their own and can be tested with a fixture.
 */
import type { Edit } from '../plan/edits';
import type { FileReport } from '../report/types';
import type { WorkbookSnapshot } from '../snapshot/types';

/** The user's answer for one row that falls short (guided filling of reasons). */
export interface ReasonAnswer {
  sheet: string;
  /** 1-based sheet row of the indicator. */
  row: number;
  /** Ticked reason categories (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他). */
  ticks: string[];
  reason: string;
  improvement: string;
}

export interface CoreApi {
  analyzeWorkbook(wb: WorkbookSnapshot, opts: { profile?: string; file: string }): FileReport;
  planAnnotate(wb: WorkbookSnapshot, opts: { profile?: string }): Edit[];
  planAdopt(wb: WorkbookSnapshot, opts: { profile?: string }): Edit[];
  planRemove(wb: WorkbookSnapshot, opts: { profile?: string }): Edit[];
  planReasons(wb: WorkbookSnapshot, answers: ReasonAnswer[], opts?: { profile?: string }): Edit[];
  suggestReasonText(
    categories: string[],
    shortfall: number,
    lang: string,
  ): { reason: string; improvement: string };
  listProfiles(): { id: string; label: string }[];
}
