import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Plan } from './entities/plan.entity';

export type TodoBucket = 'overdue' | 'dueToday' | 'upcoming' | 'delegated';
export const TODO_BUCKETS: readonly TodoBucket[] = ['overdue', 'dueToday', 'upcoming', 'delegated'];

/**
 * The parameters of a bucket's statements: whose to-do, and the business day's bounds
 * (`start` to `end`) and how far "upcoming" looks (`horizon`). Every bucket takes them all.
 */
export interface TodoBucketParams {
  userId: number;
  start: Date;
  end: Date;
  horizon: Date;
}

/**
 * The open plans of one bucket of a user's to-do (§4.1.2): those assigned to them that are
 * overdue, due today or coming up, and those they handed to colleagues. Each condition is
 * served by the plan's (assignee|owner, status, due) indexes. The plan is `alias` (`p`
 * unless the query is a subquery of another on plans).
 */
export function todoBucketQuery(
  source: DataSource,
  bucket: TodoBucket,
  alias = 'p',
): SelectQueryBuilder<Plan> {
  const query = source
    .getRepository(Plan)
    .createQueryBuilder(alias)
    .where(`${alias}.status = 'open'`);
  if (bucket === 'delegated')
    return query.andWhere(`${alias}.ownerId = :userId`).andWhere(`${alias}.assigneeId <> :userId`);
  query.andWhere(`${alias}.assigneeId = :userId`);
  if (bucket === 'overdue') return query.andWhere(`${alias}.dueAt < :start`);
  if (bucket === 'dueToday')
    return query.andWhere(`${alias}.dueAt >= :start AND ${alias}.dueAt < :end`);
  return query.andWhere(`${alias}.dueAt >= :end AND ${alias}.dueAt < :horizon`);
}
