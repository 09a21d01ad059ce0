import { Contributes } from '../../common/registry/contributes.decorator';
import type { JobContext } from '../../jobs/job-context';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRegistry } from '../../jobs/job-registry';
import { CustomerSearchBacklogService } from './customer-search-backlog.service';

/** Writes the search terms of customers whose import died before it wrote them. */
@Contributes(JobRegistry)
export class SearchBacklogJob implements JobDefinition {
  readonly name = 'search-backlog';
  readonly description =
    'Writes the search terms of imported customers whose import stopped before writing them';
  readonly cron = '*/15 * * * *';
  readonly maxIntervalMinutes = 60;
  readonly leaseSeconds = 1800;

  constructor(private readonly backlog: CustomerSearchBacklogService) {}

  run({ now }: JobContext) {
    return this.backlog.writeStale(now);
  }
}
