import { OnModuleInit } from '@nestjs/common';
import { Contributes } from '../common/registry/contributes.decorator';
import type { JobContext } from '../jobs/job-context';
import type { JobDefinition } from '../jobs/job-definition';
import { JobRegistry } from '../jobs/job-registry';
import { FileStore } from './file-store';
import { sweepScratchFiles } from './scratch-files';

/** The job that deletes stored files whose retention has ended, and what dead writers left. */
@Contributes(JobRegistry)
export class FileRetentionJob implements JobDefinition, OnModuleInit {
  readonly name = 'file-retention';
  readonly description =
    'Deletes stored files whose retention has ended (import files after a day)';
  readonly cron = '20 * * * *';
  readonly maxIntervalMinutes = 3 * 60;
  // Deleting thousands of objects from a slow bucket takes a while; deletes are safe to repeat.
  readonly leaseSeconds = 900;

  constructor(private readonly files: FileStore) {}

  onModuleInit(): void {
    // Scratch copies are on each replica's own disk, so each sweeps its own at start: after
    // a crash, which is what leaves them behind. The job runs on one replica only.
    void sweepScratchFiles().catch(() => undefined);
  }

  run({ now }: JobContext): Promise<Record<string, number>> {
    return this.files.sweep(now);
  }
}
