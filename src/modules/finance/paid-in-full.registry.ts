import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Registry } from '../../common/registry/registry';
import type { Receivable } from './entities/receivable.entity';

/** What another module does when a receivable is paid in full for the first time. */
export interface PaidInFullListener {
  /** names the listener in start-up errors */
  readonly key: string;
  /** runs in the payment's transaction: what it writes commits or rolls back with the money */
  paidInFull(manager: EntityManager, receivable: Receivable): Promise<void>;
}

/**
 * The extension point of "paid in full" (§4.2.4: the pre-class talk begins then). Called
 * once per receivable, ever: a reversal and a second full payment do not call it again.
 * To add a listener, mark a class `@Contributes(PaidInFullRegistry)`.
 */
@Injectable()
export class PaidInFullRegistry extends Registry<PaidInFullListener> {
  constructor() {
    super('Paid-in-full listener', (listener) => listener.key);
  }
}
