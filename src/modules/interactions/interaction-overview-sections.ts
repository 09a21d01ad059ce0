import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { Interaction } from './entities/interaction.entity';
import { Plan } from './entities/plan.entity';
import { InteractionViews } from './interaction-views';

const SHOWN = 20;

/** The customer 360 sections of this module (§8.1): plans and the history of contacts. */
@Injectable()
export class InteractionOverviewSections {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    @InjectRepository(Interaction) private readonly records: Repository<Interaction>,
    private readonly views: InteractionViews,
  ) {}

  /** Open plans first by due time, with how many were done or cancelled. */
  async plansOf(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Interaction')) return null;
    const [open, openCount, closedCount] = await Promise.all([
      this.plans.find({ where: { customerId, status: 'open' }, order: { dueAt: 'ASC', id: 'ASC' }, take: SHOWN }),
      this.plans.countBy({ customerId, status: 'open' }),
      this.plans.count({ where: [{ customerId, status: 'done' }, { customerId, status: 'cancelled' }] }),
    ]);
    return { open: await this.views.plans(open), openCount, closedCount };
  }

  /** The latest contacts, newest first, with the total and the last contact's time. */
  async interactionsOf(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Interaction')) return null;
    const [latest, total] = await Promise.all([
      this.records.find({ where: { customerId }, order: { occurredAt: 'DESC', id: 'DESC' }, take: SHOWN }),
      this.records.countBy({ customerId }),
    ]);
    return { total, lastContactAt: latest[0]?.occurredAt ?? null, latest: await this.views.records(latest) };
  }
}
