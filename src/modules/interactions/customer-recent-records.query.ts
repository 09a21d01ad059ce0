import { PreparedQuery } from '../../database/prepared-query';
import { Interaction } from './entities/interaction.entity';
import { INTERACTION_VIEW_FIELDS, type InteractionViewRow } from './interaction-view-row';

/** Latest records of a customer the briefing shows. */
export const CUSTOMER_RECENT_RECORDS_LIMIT = 10;

/**
 * A customer's latest contact records, newest first: the briefing's second half, prepared and
 * read into plain rows like its plans.
 */
export const CUSTOMER_RECENT_RECORDS = PreparedQuery.select<
  InteractionViewRow,
  { customerId: number }
>((source) =>
  source
    .getRepository(Interaction)
    .createQueryBuilder('r')
    .select([...INTERACTION_VIEW_FIELDS])
    .where('r.customerId = :customerId')
    .orderBy('r.occurredAt', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(CUSTOMER_RECENT_RECORDS_LIMIT),
);
