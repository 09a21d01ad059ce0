import type { Interaction } from './entities/interaction.entity';

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

/** The selection of a prepared read of InteractionViewRow, on the record alias `r`. */
export const INTERACTION_VIEW_FIELDS = [
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
] as const satisfies readonly `r.${keyof InteractionViewRow}`[];
