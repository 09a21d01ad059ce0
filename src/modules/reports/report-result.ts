import type { ReportChart } from './report-chart';
import type { ReportColumn } from './report-column';
import type { ReportFact } from './report-fact';
import type { ReportSection } from './report-section';

/** One row of a report's table: a value per column key. */
export type ReportRow = Record<string, string | number | null>;

/**
 * What a report's definition answers: one table (with its totals) and its charts; a report
 * of one thing (a class) may state facts first and add further tables.
 */
export interface ReportResult {
  columns: ReportColumn[];
  rows: ReportRow[];
  /** the totals row, over every row (not only those shown in charts) */
  totals?: ReportRow;
  charts: ReportChart[];
  facts?: ReportFact[];
  sections?: ReportSection[];
}
