import type { EntityManager } from 'typeorm';
import { Contributes } from '../../../common/registry/contributes.decorator';
import {
  CustomerErasureRegistry,
  type CustomerErasureStep,
} from '../../customers/customer-erasure.registry';
import { EnrolmentEvent } from '../entities/enrolment-event.entity';
import { Enrolment } from '../entities/enrolment.entity';

/**
 * A customer's erasure (PIPL) keeps their enrolments (classes, fees and their history are the
 * company's records), and removes what was typed about the person: the training record's
 * notes, the reasons of a discount and of an override, the notes of each step.
 */
@Contributes(CustomerErasureRegistry)
export class EnrolmentsErasure implements CustomerErasureStep {
  readonly name = 'enrolments';

  async erase(customerId: number, m: EntityManager): Promise<void> {
    await m
      .createQueryBuilder()
      .update(Enrolment)
      .set({ notes: null, discountReason: null, overrideReason: null })
      .where('customer_id = :customerId', { customerId })
      .execute();
    const ids = m
      .createQueryBuilder()
      .subQuery()
      .select('e.id')
      .from(Enrolment, 'e')
      .where('e.customer_id = :customerId')
      .getQuery();
    await m
      .createQueryBuilder()
      .update(EnrolmentEvent)
      .set({ notes: null })
      .where(`enrolment_id IN ${ids}`, { customerId })
      .execute();
  }
}
