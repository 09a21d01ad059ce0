import type { Principal } from '../../access/principal';
import { Contributes } from '../../common/registry/contributes.decorator';
import { CustomerOverviewRegistry, type CustomerOverviewSection } from '../customers/customer-overview.registry';
import { InteractionOverviewSections } from './interaction-overview-sections';

/** The `plans` section of the customer 360 view: open plans and how many were closed. */
@Contributes(CustomerOverviewRegistry)
export class PlansOverview implements CustomerOverviewSection {
  readonly key = 'plans';

  constructor(private readonly sections: InteractionOverviewSections) {}

  load(customerId: number, principal: Principal) {
    return this.sections.plansOf(customerId, principal);
  }
}
