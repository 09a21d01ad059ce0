import { PreparedQuery } from '../../database/prepared-query';
import { InteractionType } from './entities/interaction-type.entity';

/**
 * Interaction types by id, as a plan or record names them (InteractionTypeRef) and with their
 * place in the list of types: the work results show their counts per type in that order.
 */
export const INTERACTION_TYPE_RANKS = PreparedQuery.select<
  Pick<InteractionType, 'id' | 'code' | 'name' | 'sortOrder'>,
  { ids: number[] }
>((source) =>
  source
    .getRepository(InteractionType)
    .createQueryBuilder('t')
    .select(['t.id', 't.code', 't.name', 't.sortOrder'])
    .where('t.id IN (:...ids)'),
);
