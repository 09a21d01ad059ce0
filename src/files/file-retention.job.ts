import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../jobs/job-registry';
import { FileStore } from './file-store';
import { sweepScratchFiles } from './scratch-files';

/** Registers the job that deletes stored files whose retention has ended. */
@Injectable()
export class FileRetentionJob implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'file-retention',
      description: 'Deletes stored files whose retention has ended (import files after a day)',
      cron: '20 * * * *',
      maxIntervalMinutes: 3 * 60,
      leaseSeconds: 900,
      run: ({ now }) => this.files.sweep(now),
    });
    // Scratch copies live on each replica's own disk, so each sweeps its own at start:
    // after a crash, which is what leaves them behind.
    void sweepScratchFiles().catch(() => undefined);
  }
}
