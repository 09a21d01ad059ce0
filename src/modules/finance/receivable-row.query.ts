import { RECEIVABLE_FIELDS } from './receivable-fields';
import { PreparedQuery } from '../../database/prepared-query';
import { Receivable } from './entities/receivable.entity';

/**
 * A receivable by id, every column, as plain data: read at least twice by every payment (who
 * may move it, and what the move left), so prepared.
 */
export const RECEIVABLE_ROW = PreparedQuery.select<Receivable, { id: number }>((source) =>
  source
    .getRepository(Receivable)
    .createQueryBuilder('r')
    .select([...RECEIVABLE_FIELDS])
    .where('r.id = :id'),
);
