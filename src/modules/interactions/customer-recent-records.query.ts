import { PreparedQuery } from '../../database/prepared-query';
import { Interaction } from './entities/interaction.entity';

/** What a record's view (InteractionView) is made from: its own columns, no relation loaded. */
export type InteractionViewRow = Pick<
  Interaction,
  | 'id'
  | 'code'
  | 'customerId'
  | 'typeId'
  | 'channel'
  | 'occurredAt'
  | 'content'
  | 'outcome'
  | 'staffId'
  | 'planId'
  | 'statusTag'
  | 'createdAt'
  | 'version'
>;

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
    .select([
      'r.id',
      'r.code',
      'r.customerId',
      'r.typeId',
      'r.channel',
      'r.occurredAt',
      'r.content',
      'r.outcome',
      'r.staffId',
      'r.planId',
      'r.statusTag',
      'r.createdAt',
      'r.version',
    ])
    .where('r.customerId = :customerId')
    .orderBy('r.occurredAt', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(CUSTOMER_RECENT_RECORDS_LIMIT),
);
