import { PreparedQuery } from '../../database/prepared-query';
import { DictionaryEntry } from './entities/dictionary-entry.entity';

/**
 * How many active entries of a type have the code (0 or 1): checked on every write that takes
 * a code (each payment's method), so prepared.
 */
export const DICTIONARY_ACTIVE_CODE = PreparedQuery.count<{
  type: string;
  code: string;
  active: boolean;
}>((source) =>
  source
    .getRepository(DictionaryEntry)
    .createQueryBuilder('d')
    .where('d.type = :type')
    .andWhere('d.code = :code')
    .andWhere('d.active = :active'),
);
