import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What another module does when a customer is erased, inside the erasure's transaction. */
export interface CustomerErasureHook {
  name: string;
  erase(customerId: number, manager: EntityManager): Promise<void>;
}

/**
 * The extension point of a PIPL erasure: modules that keep text about a person (contact
 * records, plans, messages) register here, so the erasure reaches them without the customers
 * module importing them, and all of it commits or none.
 */
@Injectable()
export class CustomerErasureHooks {
  private readonly hooks = new Map<string, CustomerErasureHook>();

  register(hook: CustomerErasureHook): void {
    if (this.hooks.has(hook.name)) throw new Error(`Erasure hook ${hook.name} is registered twice`);
    this.hooks.set(hook.name, hook);
  }

  async run(customerId: number, manager: EntityManager): Promise<void> {
    for (const hook of this.hooks.values()) await hook.erase(customerId, manager);
  }
}
