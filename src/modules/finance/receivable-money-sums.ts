import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OUTSTANDING_SUM } from './outstanding';

/**
 * Adds the money sums of the receivables aliased `r` to a query: `due`, `paid`, `refunded`,
 * `outstanding` (fen). One list for the finance views and the finance report.
 */
export function withReceivableMoneySums<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  return query
    .addSelect('COALESCE(SUM(r.dueFen), 0)', 'due')
    .addSelect('COALESCE(SUM(r.paidFen), 0)', 'paid')
    .addSelect('COALESCE(SUM(r.refundedFen), 0)', 'refunded')
    .addSelect(OUTSTANDING_SUM, 'outstanding');
}
