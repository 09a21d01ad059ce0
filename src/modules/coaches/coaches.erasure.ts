import type { EntityManager } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import {
  CustomerErasureRegistry,
  type CustomerErasureStep,
} from '../customers/customer-erasure.registry';
import { Coach } from './entities/coach.entity';

/**
 * A customer's erasure (PIPL) reaches the coach they were: the row stays (the classes they
 * served keep their staff), its name and phone were always read from the customer record
 * (now placeholders), its notes — free text that may say anything about the person — go,
 * and the coach is no longer offered for classes.
 */
@Contributes(CustomerErasureRegistry)
export class CoachErasure implements CustomerErasureStep {
  readonly name = 'coaches';

  async erase(customerId: number, m: EntityManager): Promise<void> {
    await m
      .createQueryBuilder()
      .update(Coach)
      .set({ notes: null, active: false })
      .where('customer_id = :customerId', { customerId })
      .execute();
  }
}
