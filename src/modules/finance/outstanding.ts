import { sqlLiteralList } from '../../database/sql-literal-list';
import type { ReceivableStatus } from './receivable-status';

/** The statuses that settle a receivable: nothing more is owed once refunded or written off. */
export const SETTLED: readonly ReceivableStatus[] = ['refunded', 'written_off'];

/** What a receivable still owes: the fee less discounts less what was paid, until settled. */
export function outstandingOf(row: {
  status: ReceivableStatus;
  dueFen: number;
  paidFen: number;
}): number {
  return SETTLED.includes(row.status) ? 0 : row.dueFen - row.paidFen;
}

/**
 * The same as a SQL sum over receivables aliased `r` (portable SQL; the statuses are
 * constants of this module, not input).
 */
export const OUTSTANDING_SUM = `COALESCE(SUM(CASE WHEN r.status IN (${sqlLiteralList(SETTLED)}) THEN 0 ELSE r.dueFen - r.paidFen END), 0)`;
