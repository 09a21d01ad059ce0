import { Contributes } from '../../common/registry/contributes.decorator';
import type { JobContext } from '../../jobs/job-context';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { FollowUpCyclesService } from './follow-up-cycles.service';

/** Each morning, plans the follow-ups the cycles of levels and statuses call for. */
@Contributes(JobRegistry)
export class FollowUpCyclesJob implements JobDefinition {
  readonly name = 'follow-up-cycles';
  readonly description =
    'Plans a follow-up for the owner of each customer not contacted within the cycle of their level or status';
  readonly cron = '0 6 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  readonly leaseSeconds = 1800;

  constructor(private readonly cycles: FollowUpCyclesService) {}

  run({ now }: JobContext) {
    return this.cycles.planStaleCustomers(now);
  }
}
