import { Injectable } from '@nestjs/common';
import { validateCronExpression } from 'cron';
import type { JobDefinition } from './job-definition';

const JOB_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The jobs this process knows. Modules register theirs in onModuleInit; the scheduler and
 * the admin API read them from application bootstrap on. A mistake in a definition stops
 * the start, where it is seen, instead of the job silently never running.
 */
@Injectable()
export class JobRegistry {
  private readonly jobs = new Map<string, JobDefinition>();

  register(def: JobDefinition): void {
    if (!JOB_NAME.test(def.name) || def.name.length > 64) {
      throw new Error(`Job name "${def.name}" must be kebab-case, at most 64 characters.`);
    }
    if (this.jobs.has(def.name)) throw new Error(`A job named "${def.name}" is registered twice.`);
    const cron = validateCronExpression(def.cron);
    if (!cron.valid) throw new Error(`Job "${def.name}" has an invalid cron expression "${def.cron}".`);
    if (!(def.maxIntervalMinutes > 0) || !(def.leaseSeconds > 0)) {
      throw new Error(`Job "${def.name}" needs a positive maxIntervalMinutes and leaseSeconds.`);
    }
    this.jobs.set(def.name, def);
  }

  get(name: string): JobDefinition | undefined {
    return this.jobs.get(name);
  }

  /** in registration order */
  all(): JobDefinition[] {
    return [...this.jobs.values()];
  }
}
