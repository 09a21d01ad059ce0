import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CountMonth } from './count-month';

/**
 * The month (`YYYY-MM`, business time zone) of the instant `column` as portable SQL: a CASE
 * over the ends of the period's months (bound parameters), as every database reads it, where
 * strftime, date_trunc or FORMAT would tie it to one. The months are few (a period is at most
 * three years); the keys are our own `YYYY-MM` text, checked before they are written in.
 */
export function monthOf(
  query: SelectQueryBuilder<ObjectLiteral>,
  column: string,
  months: readonly CountMonth[],
): string {
  if (!months.length) throw new Error('monthOf: a month dimension needs the period');
  const cases = months.map((month, i) => {
    if (!/^\d{4}-\d{2}$/.test(month.key)) throw new Error(`monthOf: not a month ${month.key}`);
    query.setParameter(`monthEnd${i}`, month.end);
    return `WHEN ${column} < :monthEnd${i} THEN '${month.key}'`;
  });
  return `CASE ${cases.join(' ')} END`;
}
