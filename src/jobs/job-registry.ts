import { Injectable } from '@nestjs/common';
import { validateCronExpression } from 'cron';
import { Registry } from '../common/registry/registry';
import type { JobDefinition } from './job-definition';

const JOB_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The jobs this process knows. To add one, write a `<name>.job.ts` class that implements
 * JobDefinition, mark it `@Contributes(JobRegistry)` and list it in its module's providers
 * (see care-messages.job.ts); the scheduler and the admin API read the registry from
 * application bootstrap on. A mistake in a definition stops the start, where it is seen,
 * instead of the job silently never running.
 */
@Injectable()
export class JobRegistry extends Registry<JobDefinition> {
  constructor() {
    super('Job', (def) => def.name);
  }

  protected override check(def: JobDefinition): void {
    if (!JOB_NAME.test(def.name) || def.name.length > 64) {
      throw new Error(`Job name "${def.name}" must be kebab-case, at most 64 characters.`);
    }
    const cron = validateCronExpression(def.cron);
    if (!cron.valid)
      throw new Error(`Job "${def.name}" has an invalid cron expression "${def.cron}".`);
    if (!(def.maxIntervalMinutes > 0) || !(def.leaseSeconds > 0)) {
      throw new Error(`Job "${def.name}" needs a positive maxIntervalMinutes and leaseSeconds.`);
    }
  }
}
