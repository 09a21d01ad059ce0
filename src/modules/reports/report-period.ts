import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';

/** The longest period a report is run over: three years (a year is what managers ask for). */
export const MOST_REPORT_PERIOD_DAYS = 3 * 366;
const DAY_MS = 86_400_000;

/**
 * Refuses a report's period that runs backwards or is longer than MOST_REPORT_PERIOD_DAYS,
 * with the codes every report answers (`PERIOD_REVERSED`, `PERIOD_TOO_LONG`); `from` and
 * `to` are calendar dates (`YYYY-MM-DD`), both ends included.
 */
export function assertReportPeriod(from: string, to: string): void {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days < 1)
    throw DomainError.badRequest(msg('reports.periodReversed'), undefined, 'PERIOD_REVERSED');
  if (days > MOST_REPORT_PERIOD_DAYS)
    throw DomainError.badRequest(
      msg('reports.periodTooLong', { days: MOST_REPORT_PERIOD_DAYS }),
      undefined,
      'PERIOD_TOO_LONG',
    );
}
