import { DomainError } from '../errors/domain-error';
import { msg } from '../i18n/msg';

/**
 * `?from=&to=` as instants (ISO dates or date-times, validated by the DTO's
 * `@IsDateString()`): from inclusive, to exclusive, either may be left out. For filters over
 * moments (audit rows, outbox messages), where PeriodQueryDto's business days do not fit.
 * 400 when both are given and the range is empty.
 */
export function instantRange(query: { from?: string; to?: string }): { from?: Date; to?: Date } {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && from >= to) {
    throw DomainError.badRequest(msg('common.periodEmpty'), [
      { field: 'from', messages: [msg('common.mustBeBeforeTo')] },
    ]);
  }
  return { from, to };
}
