import { Contributes } from '../../common/registry/contributes.decorator';
import type { JobContext } from '../../jobs/job-context';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { PlanRemindersService } from './plan-reminders.service';

/** Every five minutes, reminds assignees of the plans about to fall due. */
@Contributes(JobRegistry)
export class PlanRemindersJob implements JobDefinition {
  readonly name = 'plan-reminders';
  readonly description =
    'Reminds assignees of plans about to fall due, in the inbox and by SMS where enabled';
  readonly cron = '*/5 * * * *';
  readonly maxIntervalMinutes = 30;
  readonly leaseSeconds = 300;

  constructor(private readonly reminders: PlanRemindersService) {}

  run({ now }: JobContext) {
    return this.reminders.remindDue(now);
  }
}
