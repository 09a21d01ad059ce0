import { PreparedQuery } from '../../database/prepared-query';
import { Plan } from './entities/plan.entity';
import { PLAN_VIEW_FIELDS, type PlanViewRow } from './plan-view-row';

/** Open plans of a customer the briefing lists at most. */
export const CUSTOMER_OPEN_PLANS_LIMIT = 100;

/**
 * A customer's open plans, from anyone, soonest due first: the briefing read before every
 * plan is made, so prepared and read into plain rows.
 */
export const CUSTOMER_OPEN_PLANS = PreparedQuery.select<PlanViewRow, { customerId: number }>(
  (source) =>
    source
      .getRepository(Plan)
      .createQueryBuilder('p')
      .select([...PLAN_VIEW_FIELDS])
      .where("p.customerId = :customerId AND p.status = 'open'")
      .orderBy('p.dueAt', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(CUSTOMER_OPEN_PLANS_LIMIT),
);
