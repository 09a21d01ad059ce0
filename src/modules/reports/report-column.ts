import type { Msg } from '../../common/i18n/msg';

/** How a column's values read: text, a count, money in fen (shown as yuan), or a percentage. */
export type ReportColumnKind = 'text' | 'count' | 'fen' | 'percent';

/** One column of a report's table. */
export interface ReportColumn {
  /** the key of the value in each row */
  key: string;
  label: Msg;
  kind: ReportColumnKind;
}
