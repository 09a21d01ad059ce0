import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserAccount } from './entities/user-account.entity';

/** What another module does when an account is unfrozen, inside the unfreeze's transaction. */
export interface UnfreezeHook {
  /** the key under which what it returns goes into the unfreeze's audit row */
  name: string;
  unfreeze(user: UserAccount, manager: EntityManager): Promise<Record<string, unknown>>;
}

/**
 * The extension point of an unfreeze: a module whose limits froze the account (the daily view
 * quota) gives the user room to work again, without the users module knowing that module.
 * What each hook did is recorded in the unfreeze's audit row.
 */
@Injectable()
export class UnfreezeHooks {
  private readonly hooks = new Map<string, UnfreezeHook>();

  register(hook: UnfreezeHook): void {
    if (this.hooks.has(hook.name))
      throw new Error(`Unfreeze hook ${hook.name} is registered twice`);
    this.hooks.set(hook.name, hook);
  }

  async run(user: UserAccount, manager: EntityManager): Promise<Record<string, unknown>> {
    const done: Record<string, unknown> = {};
    for (const hook of this.hooks.values()) done[hook.name] = await hook.unfreeze(user, manager);
    return done;
  }
}
