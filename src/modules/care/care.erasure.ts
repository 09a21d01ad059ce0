import type { EntityManager } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import {
  CustomerErasureRegistry,
  type CustomerErasureStep,
} from '../customers/customer-erasure.registry';
import { CareMessage } from './entities/care-message.entity';

/**
 * A customer's erasure (PIPL) removes their care greetings: an anniversary's name in the key
 * may say something about the person. The outbox cancels and blanks the messages themselves.
 */
@Contributes(CustomerErasureRegistry)
export class CareErasure implements CustomerErasureStep {
  readonly name = 'care';

  async erase(customerId: number, m: EntityManager): Promise<void> {
    await m.getRepository(CareMessage).delete({ customerId });
  }
}
