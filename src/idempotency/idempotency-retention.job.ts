import { Contributes } from '../common/registry/contributes.decorator';
import type { JobContext } from '../jobs/job-context';
import type { JobDefinition } from '../jobs/job-definition';
import { JobRegistry } from '../jobs/job-registry';
import { IdempotencyService, KEEP_HOURS } from './idempotency.service';

/** Keeps the Idempotency-Key store small: a key is only worth keeping for a client's retries. */
@Contributes(JobRegistry)
export class IdempotencyRetentionJob implements JobDefinition {
  readonly name = 'idempotency-retention';
  readonly description = `Forgets Idempotency-Keys older than ${KEEP_HOURS} hours`;
  readonly cron = '45 3 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  readonly leaseSeconds = 600;

  constructor(private readonly idempotency: IdempotencyService) {}

  run({ now }: JobContext): Promise<{ deleted: number }> {
    return this.idempotency.prune(now);
  }
}
