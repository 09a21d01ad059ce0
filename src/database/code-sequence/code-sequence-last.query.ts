import { PreparedQuery } from '../prepared-query';
import { CodeSequence } from './code-sequence.entity';

/** The last number a prefix handed out, read back in the transaction that moved it. */
export const CODE_SEQUENCE_LAST = PreparedQuery.select<
  Pick<CodeSequence, 'last'>,
  { prefix: string }
>((source) =>
  source
    .getRepository(CodeSequence)
    .createQueryBuilder('s')
    .select(['s.last'])
    .where('s.prefix = :prefix'),
);
