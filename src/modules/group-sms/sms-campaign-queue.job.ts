import { Contributes } from '../../common/registry/contributes.decorator';
import type { JobContext } from '../../jobs/job-context';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { SmsCampaignQueuer } from './sms-campaign-queuer';

export const SMS_CAMPAIGN_QUEUE_JOB = 'sms-campaign-queue';

/**
 * Puts started group SMS into the outbox, a batch at a time, and marks those whose messages
 * are all out as done. Starting a campaign runs it at once; the minute's run picks up a
 * campaign whose queuing stopped halfway (a restart, a replica that went away).
 */
@Contributes(JobRegistry)
export class SmsCampaignQueueJob implements JobDefinition {
  readonly name = SMS_CAMPAIGN_QUEUE_JOB;
  readonly description =
    'Queues started group SMS into the SMS outbox in batches, and marks sent ones done';
  readonly cron = '30 * * * * *';
  readonly maxIntervalMinutes = 10;
  // 100,000 recipients take about half a minute to queue; batches commit as they go.
  readonly leaseSeconds = 600;

  constructor(private readonly queuer: SmsCampaignQueuer) {}

  run({ now }: JobContext): Promise<Record<string, number>> {
    return this.queuer.run(now);
  }
}
