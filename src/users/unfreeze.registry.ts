import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Registry } from '../common/registry/registry';
import type { UserAccount } from './entities/user-account.entity';

/** What another module does when an account is unfrozen, inside the unfreeze's transaction. */
export interface UnfreezeStep {
  /** the key under which what it returns goes into the unfreeze's audit row */
  name: string;
  unfreeze(user: UserAccount, manager: EntityManager): Promise<Record<string, unknown>>;
}

/**
 * The extension point of an unfreeze: a module whose limits froze the account (the daily view
 * quota) gives the user room to work again, without the users module knowing that module.
 * What each step did is recorded in the unfreeze's audit row. To add one, write a
 * `<limit>.unfreeze.ts` class implementing UnfreezeStep, marked `@Contributes(UnfreezeRegistry)`
 * (see view-quota.unfreeze.ts).
 */
@Injectable()
export class UnfreezeRegistry extends Registry<UnfreezeStep> {
  constructor() {
    super('Unfreeze step', (step) => step.name);
  }

  async run(user: UserAccount, manager: EntityManager): Promise<Record<string, unknown>> {
    const done: Record<string, unknown> = {};
    for (const step of this.all()) done[step.name] = await step.unfreeze(user, manager);
    return done;
  }
}
