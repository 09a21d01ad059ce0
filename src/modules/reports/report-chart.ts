import type { Msg } from '../../common/i18n/msg';

/** A chart of a report, drawn from its figures: bars per category, or one pie. */
export interface ReportChart {
  kind: 'bar' | 'pie';
  title: Msg;
  /** one per bar group, or per slice */
  categories: string[];
  /** one per bar colour; a pie draws the first */
  series: { name: Msg; values: number[] }[];
  /** the values are fen, drawn as yuan */
  money?: boolean;
}
