/** A backup as the retention sees it. */
export interface AgedBackup {
  name: string;
  createdAt: Date;
}

/**
 * The backups the retention deletes: those older than `keepDays`, and those beyond the newest
 * `keepFiles`, but never the newest one, so that a clock set wrong or a long outage cannot
 * leave the system without any backup.
 */
export function expiredBackups(
  backups: readonly AgedBackup[],
  now: Date,
  keepDays: number,
  keepFiles: number,
): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return newestFirst
    .filter(
      (backup, rank) => rank > 0 && (rank >= keepFiles || backup.createdAt.getTime() < cutoff),
    )
    .map((backup) => backup.name);
}
