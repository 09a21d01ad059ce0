import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Registry } from '../../common/registry/registry';

/** What another module does when a customer is erased, inside the erasure's transaction. */
export interface CustomerErasureStep {
  /** unique, e.g. `care` */
  name: string;
  erase(customerId: number, manager: EntityManager): Promise<void>;
}

/**
 * The extension point of a PIPL erasure: modules that keep text about a person (contact
 * records, plans, messages) contribute a step, so the erasure reaches them without the
 * customers module importing them, and all of it commits or none. To add one, write a
 * `<module>.erasure.ts` class implementing CustomerErasureStep, marked
 * `@Contributes(CustomerErasureRegistry)` (see care.erasure.ts).
 */
@Injectable()
export class CustomerErasureRegistry extends Registry<CustomerErasureStep> {
  constructor() {
    super('Erasure step', (step) => step.name);
  }

  async run(customerId: number, manager: EntityManager): Promise<void> {
    for (const step of this.all()) await step.erase(customerId, manager);
  }
}
