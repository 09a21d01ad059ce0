import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { Registry } from '../../common/registry/registry';

/** One section of the customer 360 view, contributed by another module. */
export interface CustomerOverviewSection {
  /** the key of the section in the overview, e.g. `plans` */
  key: string;
  /** what the section shows for one customer, already limited to what the user may see */
  load(customerId: number, principal: Principal): Promise<unknown>;
}

/**
 * The extension point of the customer 360 view (§8.1): interactions, enrolments, payments …
 * contribute their section, so the customers module does not import every other module. To
 * add one, write a `<section>.overview.ts` class implementing CustomerOverviewSection, marked
 * `@Contributes(CustomerOverviewRegistry)` (see plans.overview.ts).
 */
@Injectable()
export class CustomerOverviewRegistry extends Registry<CustomerOverviewSection> {
  constructor() {
    super('Overview section', (section) => section.key);
  }
}
