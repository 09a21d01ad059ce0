import {
  CustomerSummaryColumns,
  type CustomerSummaryRow,
} from '../customers/customer-summary-columns';
import { PreparedQuery } from '../../database/prepared-query';
import { Plan } from './entities/plan.entity';
import { PLAN_VIEW_FIELDS, type PlanViewRow } from './plan-view-row';
import {
  TODO_BUCKETS,
  todoBucketQuery,
  type TodoBucket,
  type TodoBucketParams,
} from './todo-bucket';

/**
 * Plans shown per bucket; the counts (TODO_BUCKET_COUNT) say how many there are in all, and
 * the plans list (`GET /api/plans` by assignee, status and due dates) pages through the rest.
 * The workbench shows its four buckets side by side, twenty plans fill a screen, and the page
 * every coordinator opens first stays cheap: fifty a bucket cost 2.7 times as much to serve.
 */
export const TODO_BUCKET_SIZE = 20;

/** A plan of a to-do with its customer (null only if the row is gone). */
export type TodoPlanRow = PlanViewRow & { customer: CustomerSummaryRow | null };

/**
 * The first plans of each bucket of a to-do, soonest due first: the to-do is every
 * coordinator's start page, so its statements are prepared and read into plain rows. Each
 * plan comes with its customer, joined by key (the page's order is still the index's): a
 * second statement naming some 200 customers by id cost more than the join.
 *
 * The plans handed to others are those of the owner's index whose assignee is someone else:
 * most of an owner's open plans are their own, so the page is found among them by the index
 * alone (its last column is the assignee), and only its plans are read. Read in one go, a
 * heap database (PostgreSQL) fetched every one of the owner's plans to look at its assignee:
 * 5 ms for 17 plans among 2,000. Those rows come in no promised order; TodoService orders them.
 */
export const TODO_BUCKET_PAGE = Object.fromEntries(
  TODO_BUCKETS.map((bucket) => [
    bucket,
    PreparedQuery.select<TodoPlanRow, TodoBucketParams>((source) => {
      const fields = [...PLAN_VIEW_FIELDS, ...CustomerSummaryColumns.fields('c')];
      if (bucket !== 'delegated')
        return todoBucketQuery(source, bucket)
          .leftJoin('p.customer', 'c')
          .select(fields)
          .orderBy('p.dueAt', 'ASC')
          .addOrderBy('p.id', 'ASC')
          .limit(TODO_BUCKET_SIZE);
      const firstIds = todoBucketQuery(source, bucket, 'd')
        .select('d.id')
        .orderBy('d.dueAt', 'ASC')
        .addOrderBy('d.id', 'ASC')
        .limit(TODO_BUCKET_SIZE);
      return source
        .getRepository(Plan)
        .createQueryBuilder('p')
        .leftJoin('p.customer', 'c')
        .select(fields)
        .where(`p.id IN (${firstIds.getQuery()})`);
    }),
  ]),
) as Record<TodoBucket, PreparedQuery<TodoBucketParams, TodoPlanRow>>;
