import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { Contributes } from '../../common/registry/contributes.decorator';
import {
  CustomerOverviewRegistry,
  type CustomerOverviewSection,
} from '../customers/customer-overview.registry';
import { Interaction } from './entities/interaction.entity';
import { InteractionViews } from './interaction-views';

/** Contacts shown in the section; the total says how many there are in all. */
const SHOWN = 20;

/**
 * The `interactions` section of the customer 360 view (§8.1): the latest contacts, newest
 * first, with the total and the last contact's time.
 */
@Contributes(CustomerOverviewRegistry)
export class InteractionsOverview implements CustomerOverviewSection {
  readonly key = 'interactions';

  constructor(
    @InjectRepository(Interaction) private readonly records: Repository<Interaction>,
    private readonly views: InteractionViews,
  ) {}

  async load(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Interaction')) return null;
    const [latest, total] = await Promise.all([
      this.records.find({
        where: { customerId },
        order: { occurredAt: 'DESC', id: 'DESC' },
        take: SHOWN,
      }),
      this.records.countBy({ customerId }),
    ]);
    return {
      total,
      lastContactAt: latest[0]?.occurredAt ?? null,
      latest: await this.views.records(latest),
    };
  }
}
