import type { Msg } from '../../common/i18n/msg';
import type { ReportColumn } from './report-column';
import type { ReportRow } from './report-result';

/**
 * A further table of a report after its main one (a stage-one report's dropouts, re-joins,
 * money): a sheet of its own in Excel, a heading and its table in the PDF.
 */
export interface ReportSection {
  title: Msg;
  columns: ReportColumn[];
  rows: ReportRow[];
  totals?: ReportRow;
}
