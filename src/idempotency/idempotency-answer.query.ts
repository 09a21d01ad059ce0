import { PreparedQuery } from '../database/prepared-query';
import { IdempotencyRecord } from './entities/idempotency-record.entity';

/** Stores the answer of the request that claimed a key. */
export const STORE_IDEMPOTENCY_ANSWER = PreparedQuery.write<{
  userId: number;
  key: string;
  statusCode: number;
  responseBody: string;
}>((source) =>
  source
    .getRepository(IdempotencyRecord)
    .createQueryBuilder()
    .update(IdempotencyRecord)
    .set({ statusCode: () => ':statusCode', responseBody: () => ':responseBody' })
    .where('user_id = :userId AND idempotency_key = :key'),
);
