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

/**
 * The first plans of each bucket of a to-do, soonest due first: the to-do is every
 * coordinator's start page, so its statements are prepared and read into plain rows.
 */
export const TODO_BUCKET_PAGE = Object.fromEntries(
  TODO_BUCKETS.map((bucket) => [
    bucket,
    PreparedQuery.select<PlanViewRow, TodoBucketParams>((source) =>
      todoBucketQuery(source, bucket)
        .select([...PLAN_VIEW_FIELDS])
        .orderBy('p.dueAt', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .limit(TODO_BUCKET_SIZE),
    ),
  ]),
) as Record<TodoBucket, PreparedQuery<TodoBucketParams, PlanViewRow>>;
