import {
  CustomerSummaryColumns,
  type CustomerSummaryRow,
} from '../customers/customer-summary-columns';
import { PreparedQuery } from '../../database/prepared-query';
import { PLAN_VIEW_FIELDS, type PlanViewRow } from './plan-view-row';
import {
  TODO_BUCKETS,
  todoBucketQuery,
  type TodoBucket,
  type TodoBucketParams,
} from './todo-bucket';

/** Plans shown per bucket; the counts (TODO_BUCKET_COUNT) say how many there are in all. */
export const TODO_BUCKET_SIZE = 50;

/** A plan of a to-do with its customer (null only if the row is gone). */
export type TodoPlanRow = PlanViewRow & { customer: CustomerSummaryRow | null };

/**
 * The first plans of each bucket of a to-do, soonest due first: the to-do is every
 * coordinator's start page, so its statements are prepared and read into plain rows. Each
 * plan comes with its customer, joined by key (the page's order is still the index's): a
 * second statement naming some 200 customers by id cost more than the join.
 */
export const TODO_BUCKET_PAGE = Object.fromEntries(
  TODO_BUCKETS.map((bucket) => [
    bucket,
    PreparedQuery.select<TodoPlanRow, TodoBucketParams>((source) =>
      todoBucketQuery(source, bucket)
        .leftJoin('p.customer', 'c')
        .select([...PLAN_VIEW_FIELDS, ...CustomerSummaryColumns.fields('c')])
        .orderBy('p.dueAt', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .limit(TODO_BUCKET_SIZE),
    ),
  ]),
) as Record<TodoBucket, PreparedQuery<TodoBucketParams, TodoPlanRow>>;
