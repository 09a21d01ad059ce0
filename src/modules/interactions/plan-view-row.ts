import type { Plan } from './entities/plan.entity';

/** What a plan's view (PlanView) is made from: its own columns, no relation loaded. */
export type PlanViewRow = Pick<
  Plan,
  | 'id'
  | 'customerId'
  | 'typeId'
  | 'content'
  | 'dueAt'
  | 'ownerId'
  | 'assigneeId'
  | 'remindBySms'
  | 'status'
  | 'origin'
  | 'delegatedAt'
  | 'delegationNote'
  | 'completedAt'
  | 'completedById'
  | 'recordId'
  | 'cancelledAt'
  | 'cancelReason'
  | 'createdAt'
  | 'version'
>;

/** The selection of a prepared read of PlanViewRow, on the plan alias `p`. */
export const PLAN_VIEW_FIELDS = [
  'p.id',
  'p.customerId',
  'p.typeId',
  'p.content',
  'p.dueAt',
  'p.ownerId',
  'p.assigneeId',
  'p.remindBySms',
  'p.status',
  'p.origin',
  'p.delegatedAt',
  'p.delegationNote',
  'p.completedAt',
  'p.completedById',
  'p.recordId',
  'p.cancelledAt',
  'p.cancelReason',
  'p.createdAt',
  'p.version',
] as const satisfies readonly `p.${keyof PlanViewRow}`[];
