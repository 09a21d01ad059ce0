import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { Contributes } from '../../common/registry/contributes.decorator';
import {
  CustomerErasureRegistry,
  type CustomerErasureStep,
} from '../customers/customer-erasure.registry';
import { Interaction } from './entities/interaction.entity';
import { Plan } from './entities/plan.entity';

/** What the free text of an erased customer's plans and records reads as. */
const ERASED_TEXT = '[已删除]';

/**
 * A customer's erasure (PIPL) reaches the contacts with them: open plans are cancelled and
 * the free text of plans and records (contents, outcomes, delegation notes, cancel reasons),
 * which may say anything about the person, is replaced.
 * The rows stay, so work results and counts remain right.
 */
@Contributes(CustomerErasureRegistry)
export class InteractionErasure implements CustomerErasureStep {
  readonly name = 'interactions';

  constructor(private readonly clock: Clock) {}

  async erase(customerId: number, m: EntityManager): Promise<void> {
    // A reason typed when a plan was cancelled may name the person too (before the open
    // plans get the erasure's own reason).
    await m
      .createQueryBuilder()
      .update(Plan)
      .set({ cancelReason: ERASED_TEXT })
      .where('customer_id = :customerId AND cancel_reason IS NOT NULL', { customerId })
      .execute();
    await m
      .createQueryBuilder()
      .update(Plan)
      .set({
        status: 'cancelled',
        cancelledAt: this.clock.now(),
        cancelReason: '客户资料已按要求删除',
      })
      .where('customer_id = :customerId AND status = :open', { customerId, open: 'open' })
      .execute();
    await m
      .createQueryBuilder()
      .update(Plan)
      .set({ content: ERASED_TEXT, delegationNote: null })
      .where('customer_id = :customerId', { customerId })
      .execute();
    await m
      .createQueryBuilder()
      .update(Interaction)
      .set({ content: ERASED_TEXT, outcome: null })
      .where('customer_id = :customerId', { customerId })
      .execute();
  }
}
