import { PreparedQuery } from '../../database/prepared-query';
import { InteractionType } from './entities/interaction-type.entity';

/** Interaction types by id, as a plan or record names its type (InteractionTypeRef). */
export const INTERACTION_TYPE_REFS = PreparedQuery.select<
  Pick<InteractionType, 'id' | 'code' | 'name'>,
  { ids: number[] }
>((source) =>
  source
    .getRepository(InteractionType)
    .createQueryBuilder('t')
    .select(['t.id', 't.code', 't.name'])
    .where('t.id IN (:...ids)'),
);
