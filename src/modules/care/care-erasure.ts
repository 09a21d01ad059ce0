import { Injectable, OnModuleInit } from '@nestjs/common';
import { CustomerErasureHooks } from '../customers/customer-erasure-hooks';
import { CareMessage } from './entities/care-message.entity';

/**
 * A customer's erasure (PIPL) removes their care greetings: an anniversary's name in the key
 * may say something about the person. The outbox cancels and blanks the messages themselves.
 */
@Injectable()
export class CareErasure implements OnModuleInit {
  constructor(private readonly hooks: CustomerErasureHooks) {}

  onModuleInit(): void {
    this.hooks.register({
      name: 'care',
      erase: async (customerId, m) => {
        await m.getRepository(CareMessage).delete({ customerId });
      },
    });
  }
}
