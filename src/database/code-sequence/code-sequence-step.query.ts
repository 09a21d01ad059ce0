import { PreparedQuery } from '../prepared-query';
import { CodeSequence } from './code-sequence.entity';

/**
 * Moves a prefix's counter on by `count`: one UPDATE, which the database serialises, so that
 * two draws never get the same number. Prepared: every payment draws its receipt number.
 */
export const CODE_SEQUENCE_STEP = PreparedQuery.write<{ prefix: string; count: number }>((source) =>
  source
    .getRepository(CodeSequence)
    .createQueryBuilder()
    .update(CodeSequence)
    .set({ last: () => 'last + :count' })
    .where('prefix = :prefix'),
);
