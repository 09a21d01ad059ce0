import { PreparedQuery } from '../../database/prepared-query';
import {
  TODO_BUCKETS,
  todoBucketQuery,
  type TodoBucket,
  type TodoBucketParams,
} from './todo-bucket';

/** How many open plans each bucket of a to-do holds (the to-do and the sign-in summary). */
export const TODO_BUCKET_COUNT = Object.fromEntries(
  TODO_BUCKETS.map((bucket) => [
    bucket,
    PreparedQuery.count<TodoBucketParams>((source) => todoBucketQuery(source, bucket)),
  ]),
) as Record<TodoBucket, PreparedQuery<TodoBucketParams, number>>;
