import type { Principal } from '../../access/principal';
import { Contributes } from '../../common/registry/contributes.decorator';
import { CustomerOverviewRegistry, type CustomerOverviewSection } from '../customers/customer-overview.registry';
import { InteractionOverviewSections } from './interaction-overview-sections';

/** The `interactions` section of the customer 360 view: the latest contacts and their count. */
@Contributes(CustomerOverviewRegistry)
export class InteractionsOverview implements CustomerOverviewSection {
  readonly key = 'interactions';

  constructor(private readonly sections: InteractionOverviewSections) {}

  load(customerId: number, principal: Principal) {
    return this.sections.interactionsOf(customerId, principal);
  }
}
