import { PreparedQuery } from '../database/prepared-query';
import { IdempotencyRecord } from './entities/idempotency-record.entity';

/** The claim of a key (a record without its answer yet), or a whole record: one prepared INSERT. */
export const INSERT_IDEMPOTENCY_RECORD = PreparedQuery.insert(IdempotencyRecord);
