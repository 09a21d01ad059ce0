import type { Msg } from '../../common/i18n/msg';

/** A fact a report states before its tables (a class's dates, venue, head coach): the cover's lines. */
export interface ReportFact {
  label: Msg;
  value: string;
}
