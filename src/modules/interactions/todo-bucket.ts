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
 * served by the plan's (assignee|owner, status, due) indexes.
 */
export function todoBucketQuery(
  source: DataSource,
  bucket: TodoBucket,
  p = 'p',
): SelectQueryBuilder<Plan> {
  const query = source.getRepository(Plan).createQueryBuilder(p).where(`${p}.status = 'open'`);
  if (bucket === 'delegated')
    return query.andWhere(`${p}.ownerId = :userId`).andWhere(`${p}.assigneeId <> :userId`);
  query.andWhere(`${p}.assigneeId = :userId`);
  if (bucket === 'overdue') return query.andWhere(`${p}.dueAt < :start`);
  if (bucket === 'dueToday') return query.andWhere(`${p}.dueAt >= :start AND ${p}.dueAt < :end`);
  return query.andWhere(`${p}.dueAt >= :end AND ${p}.dueAt < :horizon`);
}
