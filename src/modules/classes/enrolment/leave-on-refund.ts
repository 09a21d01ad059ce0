import type { EntityManager } from 'typeorm';
import { RequestContext } from '../../../common/request-context';
import { Contributes } from '../../../common/registry/contributes.decorator';
import { CUSTOMER_STAGES } from '../../customers/customer-category';
import { CustomersApi } from '../../customers/customers.api';
import type { Receivable } from '../../finance/entities/receivable.entity';
import {
  ReceivableListenerRegistry,
  type ReceivableListener,
} from '../../finance/receivable-listener.registry';
import { Enrolment } from '../entities/enrolment.entity';
import { ClassPlaces } from './class-places';
import { EnrolmentHistory } from './enrolment-history';
import { PLACE_HOLDING } from './enrolment-status';

/**
 * A refund paid out takes the student off the class (§4.2.3): the enrolment stays in the
 * history as refunded, the place is free again, and the customer's stage falls back to the
 * highest main-line stage they still hold a place in or graduated from.
 */
@Contributes(ReceivableListenerRegistry)
export class LeaveOnRefund implements ReceivableListener {
  readonly key = 'leave-on-refund';

  constructor(
    private readonly customers: CustomersApi,
    private readonly places: ClassPlaces,
    private readonly history: EnrolmentHistory,
  ) {}

  async refunded(m: EntityManager, receivable: Receivable): Promise<void> {
    const enrolment = await m
      .getRepository(Enrolment)
      .findOneByOrFail({ id: receivable.enrolmentId });
    if (PLACE_HOLDING.includes(enrolment.status)) await this.places.release(m, enrolment.classId);
    await m.getRepository(Enrolment).update({ id: enrolment.id }, { status: 'refunded' });
    await this.history.add(m, enrolment, 'refunded', RequestContext.current()?.actor?.id ?? null);
    await this.customers.restage(
      enrolment.customerId,
      await this.stageHeld(m, enrolment.customerId),
      m,
    );
  }

  /** The highest main-line stage of the customer's classes that still hold them. */
  private async stageHeld(m: EntityManager, customerId: number) {
    const row = await m
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin('e.trainingClass', 'c')
      .innerJoin('c.course', 'course')
      .select('MAX(course.stage)', 'stage')
      .where('e.customerId = :customerId', { customerId })
      .andWhere('e.status IN (:...holding)', { holding: PLACE_HOLDING })
      .andWhere('course.kind = :main', { main: 'main' })
      .getRawOne<{ stage: number | string | null }>();
    return CUSTOMER_STAGES[Number(row?.stage ?? 0)];
  }
}
