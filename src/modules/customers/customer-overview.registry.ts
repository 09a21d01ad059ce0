import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';

/** One section of the customer 360 view, contributed by another module. */
export interface CustomerOverviewSection {
  /** the key of the section in the overview, e.g. `plans` */
  key: string;
  /** what the section shows for one customer, already limited to what the user may see */
  load(customerId: number, principal: Principal): Promise<unknown>;
}

/**
 * The extension point of the customer 360 view (§8.1): interactions, enrolments, payments …
 * register their section here when their module starts, so the customers module does not
 * import every other module.
 */
@Injectable()
export class CustomerOverviewRegistry {
  private readonly sections = new Map<string, CustomerOverviewSection>();

  register(section: CustomerOverviewSection): void {
    if (this.sections.has(section.key)) throw new Error(`Overview section ${section.key} is registered twice`);
    this.sections.set(section.key, section);
  }

  all(): CustomerOverviewSection[] {
    return [...this.sections.values()];
  }
}
