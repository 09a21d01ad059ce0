import { randomBytes } from 'node:crypto';

/** `backup-20261202T023000123Z-1a2b3c.sqlite`: when it was taken (UTC), and a tie-breaker. */
const NAME = /^backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[0-9a-f]{6}\.sqlite$/;

/**
 * Backup files are named by the instant they were taken, so that the listing, the retention
 * and a person looking at the folder agree on their age whatever the file times say (a copy
 * to another disk changes those). Files of other names in the folder are not ours: never
 * listed, never deleted.
 */
export const BackupFile = {
  nameFor(takenAt: Date): string {
    const stamp = takenAt.toISOString().replace(/[-:]/g, '').replace('.', '');
    return `backup-${stamp}-${randomBytes(3).toString('hex')}.sqlite`;
  },

  /** When the backup of this name was taken, or undefined when the name is not a backup's. */
  takenAt(name: string): Date | undefined {
    const parts = NAME.exec(name);
    if (!parts) return undefined;
    const [, y, mo, d, h, mi, s, ms] = parts;
    const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    return Number.isNaN(at.getTime()) ? undefined : at;
  },
};
