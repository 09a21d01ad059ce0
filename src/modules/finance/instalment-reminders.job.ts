import { Contributes } from '../../common/registry/contributes.decorator';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { InstalmentsService } from './instalments.service';

/** Each morning, reminds the coordinator and finance of instalments past due. */
@Contributes(JobRegistry)
export class InstalmentRemindersJob implements JobDefinition {
  readonly name = 'instalment-reminders';
  readonly description =
    'Reminds the enrolling coordinator (a payment plan) and finance (inbox) of each instalment past due and unpaid, once';
  readonly cron = '30 7 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  readonly leaseSeconds = 1800;

  constructor(private readonly instalments: InstalmentsService) {}

  run() {
    return this.instalments.remindOverdue();
  }
}
