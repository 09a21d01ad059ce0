import { LessThan, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';

/** How long rows are kept: a few hours (retries) or days (history). */
export type KeepFor = { hours: number } | { days: number };

const HOUR_MS = 3600_000;

/**
 * The one shape of a retention sweep: deletes in one statement the rows whose `column` (an
 * instant) is older than `keep` before `now`, and says how many went. Tables that only grow
 * (job runs, Idempotency-Keys, …) stay bounded by a daily job that calls this.
 */
export async function deleteOlderThan<T extends ObjectLiteral>(
  repository: Repository<T>,
  column: keyof T & string,
  now: Date,
  keep: KeepFor,
): Promise<{ deleted: number }> {
  const hours = 'days' in keep ? keep.days * 24 : keep.hours;
  const cutoff = new Date(now.getTime() - hours * HOUR_MS);
  const result = await repository.delete({ [column]: LessThan(cutoff) } as FindOptionsWhere<T>);
  return { deleted: result.affected ?? 0 };
}
