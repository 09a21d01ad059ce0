import type { components } from '../../api/schema';
import { addDays, dayStartIso } from '../../format/business-time-input';

type TodoView = components['schemas']['TodoView'];
export type TodoBucket = 'overdue' | 'dueToday' | 'upcoming' | 'delegated';
export const TODO_BUCKETS: readonly TodoBucket[] = ['overdue', 'dueToday', 'upcoming', 'delegated'];

/** How far ahead "upcoming" looks, as the server's to-do does. */
const UPCOMING_DAYS = 7;

/**
 * The due-time bounds of a bucket of one's own plans on the business day `day`, for paging
 * through the plans list past the to-do's first twenty (the README's way: assignee, status
 * and due dates). The delegated bucket has none: the list cannot ask "assignee is not me".
 */
export function bucketDueRange(
  bucket: TodoBucket,
  day: string,
): { dueFrom?: string; dueTo?: string } | null {
  const start = dayStartIso(day);
  const end = dayStartIso(addDays(day, 1));
  if (bucket === 'overdue') return { dueTo: start };
  if (bucket === 'dueToday') return { dueFrom: start, dueTo: end };
  if (bucket === 'upcoming')
    return { dueFrom: end, dueTo: dayStartIso(addDays(day, 1 + UPCOMING_DAYS)) };
  return null;
}

/** The tab to open first: the first bucket with something to do. */
export function firstBusyBucket(todo: TodoView): TodoBucket {
  return (
    (['overdue', 'dueToday', 'upcoming'] as const).find((b) => todo.counts[b] > 0) ?? 'dueToday'
  );
}
