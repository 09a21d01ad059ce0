import { PreparedQuery } from '../../database/prepared-query';
import { LedgerEntry } from './entities/ledger-entry.entity';

/**
 * The id of the payment with this receipt number (unique): how a payment just inserted by
 * the prepared INSERT learns its id, the same way on every database.
 */
export const LEDGER_ENTRY_BY_RECEIPT = PreparedQuery.select<
  Pick<LedgerEntry, 'id'>,
  { receiptCode: string }
>((source) =>
  source
    .getRepository(LedgerEntry)
    .createQueryBuilder('e')
    .select(['e.id'])
    .where('e.receiptCode = :receiptCode'),
);
