import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../../jobs/job-registry';
import { SmsOutboxService } from './sms-outbox.service';

/** Messages one run sends at most; the rest wait a minute for the next run. */
const BATCH = 200;

/** Registers the job that empties the SMS outbox every minute. */
@Injectable()
export class SmsDispatchJob implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly outbox: SmsOutboxService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'sms-dispatch',
      description: 'Sends the SMS that are due from the outbox, retrying failed ones with backoff',
      cron: '0 * * * * *',
      maxIntervalMinutes: 10,
      // A batch through a slow gateway may take minutes; claims keep a second runner harmless.
      leaseSeconds: 600,
      run: ({ now }) => this.outbox.dispatchDue(now, BATCH),
    });
  }
}
