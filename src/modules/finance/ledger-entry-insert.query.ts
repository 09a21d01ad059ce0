import { PreparedQuery } from '../../database/prepared-query';
import { LedgerEntry } from './entities/ledger-entry.entity';

/** A money row, whole: the one INSERT of the ledger, prepared (every payment adds one). */
export const INSERT_LEDGER_ENTRY = PreparedQuery.insert(LedgerEntry);
