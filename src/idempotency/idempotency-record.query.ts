import { PreparedQuery } from '../database/prepared-query';
import { IdempotencyRecord } from './entities/idempotency-record.entity';

/**
 * A user's record of one Idempotency-Key, if the key was used: looked up before every
 * keyed POST (each payment), so prepared.
 */
export const IDEMPOTENCY_RECORD = PreparedQuery.select<
  Pick<IdempotencyRecord, 'fingerprint' | 'statusCode' | 'responseBody'>,
  { userId: number; key: string }
>((source) =>
  source
    .getRepository(IdempotencyRecord)
    .createQueryBuilder('k')
    .select(['k.fingerprint', 'k.statusCode', 'k.responseBody'])
    .where('k.userId = :userId')
    .andWhere('k.idempotencyKey = :key'),
);
