import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { Contributes } from '../../common/registry/contributes.decorator';
import {
  CustomerOverviewRegistry,
  type CustomerOverviewSection,
} from '../customers/customer-overview.registry';
import { Plan } from './entities/plan.entity';
import { InteractionViews } from './interaction-views';

/** Open plans shown in the section; the counts say how many there are in all. */
const SHOWN = 20;

/**
 * The `plans` section of the customer 360 view (§8.1): open plans first by due time, with how
 * many are open and how many were done or cancelled.
 */
@Contributes(CustomerOverviewRegistry)
export class PlansOverview implements CustomerOverviewSection {
  readonly key = 'plans';

  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly views: InteractionViews,
  ) {}

  async load(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Interaction')) return null;
    const [open, openCount, closedCount] = await Promise.all([
      this.plans.find({
        where: { customerId, status: 'open' },
        order: { dueAt: 'ASC', id: 'ASC' },
        take: SHOWN,
      }),
      this.plans.countBy({ customerId, status: 'open' }),
      this.plans.count({
        where: [
          { customerId, status: 'done' },
          { customerId, status: 'cancelled' },
        ],
      }),
    ]);
    return { open: await this.views.plans(open), openCount, closedCount };
  }
}
