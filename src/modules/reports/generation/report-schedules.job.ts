import { Contributes } from '../../../common/registry/contributes.decorator';
import type { JobContext } from '../../../jobs/job-context';
import type { JobDefinition } from '../../../jobs/job-definition';
import { JobRegistry } from '../../../jobs/job-registry';
import { DueReportSchedules } from './due-report-schedules';

/**
 * Every ten minutes, renders the report schedules that fell due. Schedules run at most hourly,
 * so a file is at most ten minutes late.
 */
@Contributes(JobRegistry)
export class ReportSchedulesJob implements JobDefinition {
  readonly name = 'report-schedules';
  readonly description = 'Renders the report schedules that fell due (PDF and Excel files)';
  readonly cron = '*/10 * * * *';
  readonly maxIntervalMinutes = 60;
  readonly leaseSeconds = 1800;

  constructor(private readonly due: DueReportSchedules) {}

  run({ now }: JobContext): Promise<Record<string, number>> {
    return this.due.render(now);
  }
}
