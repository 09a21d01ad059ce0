import { Contributes } from '../common/registry/contributes.decorator';
import type { JobContext } from '../jobs/job-context';
import type { JobDefinition } from '../jobs/job-definition';
import { JobRegistry } from '../jobs/job-registry';
import { BackupService } from './backup.service';

/**
 * The daily backup of the embedded database (seed 003), then the retention. Provided only on
 * SQLite (BackupsModule): a server database is backed up by its own tools.
 */
@Contributes(JobRegistry)
export class DatabaseBackupJob implements JobDefinition {
  readonly name = 'database-backup';
  readonly description =
    'Takes the daily online backup of the SQLite database and deletes those past retention';
  readonly cron = '30 2 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  readonly leaseSeconds = 3600;

  constructor(private readonly backups: BackupService) {}

  async run({ now }: JobContext): Promise<Record<string, number>> {
    const backup = await this.backups.take();
    const { deleted } = await this.backups.prune(now);
    return { taken: 1, bytes: backup.size, deleted };
  }
}
