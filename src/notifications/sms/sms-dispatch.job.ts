import { Contributes } from '../../common/registry/contributes.decorator';
import type { JobContext } from '../../jobs/job-context';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { SmsOutboxService } from './sms-outbox.service';

/** Messages one run sends at most; the rest wait a minute for the next run. */
const BATCH = 200;

/** The job that empties the SMS outbox every minute. */
@Contributes(JobRegistry)
export class SmsDispatchJob implements JobDefinition {
  readonly name = 'sms-dispatch';
  readonly description =
    'Sends the SMS that are due from the outbox, retrying failed ones with backoff';
  readonly cron = '0 * * * * *';
  readonly maxIntervalMinutes = 10;
  // A batch through a slow gateway may take minutes; claims keep a second runner harmless.
  readonly leaseSeconds = 600;

  constructor(private readonly outbox: SmsOutboxService) {}

  run({ now }: JobContext): Promise<Record<string, number>> {
    return this.outbox.dispatchDue(now, BATCH);
  }
}
