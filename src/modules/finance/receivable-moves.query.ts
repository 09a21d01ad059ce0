import type { DataSource } from 'typeorm';
import { PreparedQuery } from '../../database/prepared-query';
import { sqlLiteralList } from '../../database/sql-literal-list';
import { Receivable } from './entities/receivable.entity';
import { MOVABLE, PAYABLE, type ReceivableStatus } from './receivable-status';

interface MoveParams {
  id: number;
  /** fen added to what was paid: positive for a payment, negative for a reversal */
  delta: number;
  updatedAt: Date;
}

/**
 * Moves a receivable's paid figure by `delta` in one guarded statement: it changes nothing
 * when the move would take it past what is owed, or below what was refunded, or the
 * receivable is not in one of `statuses` (constants of this module, written into the SQL).
 * The status follows the new figure.
 */
function guardedMove(statuses: readonly ReceivableStatus[]) {
  return (source: DataSource) =>
    source
      .getRepository(Receivable)
      .createQueryBuilder()
      .update(Receivable)
      .set({
        paidFen: () => 'paid_fen + :delta',
        status: () =>
          "CASE WHEN paid_fen + :delta >= due_fen THEN 'paid' WHEN paid_fen + :delta > 0 THEN 'partly_paid' ELSE 'open' END",
        updatedAt: () => ':updatedAt',
      })
      .where('id = :id')
      .andWhere('paid_fen + :delta >= refunded_fen')
      .andWhere('paid_fen + :delta <= due_fen')
      .andWhere(`status IN (${sqlLiteralList(statuses)})`);
}

/**
 * The two moves of what was paid, prepared (every payment makes one): a payment, only while
 * the receivable takes payments; a reversal, while it is not settled.
 */
export const RECEIVABLE_MOVES = {
  pay: PreparedQuery.write<MoveParams>(guardedMove(PAYABLE)),
  reverse: PreparedQuery.write<MoveParams>(guardedMove(MOVABLE)),
};
