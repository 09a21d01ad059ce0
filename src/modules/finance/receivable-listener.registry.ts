import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Registry } from '../../common/registry/registry';
import type { Receivable } from './entities/receivable.entity';

/**
 * What another module does when a receivable's money reaches a turning point. Each runs in
 * the money's transaction: what it writes commits or rolls back with the money.
 */
export interface ReceivableListener {
  /** names the listener in start-up errors */
  readonly key: string;
  /**
   * The receivable was paid in full for the first time (§4.2.4: the pre-class talk begins).
   * Called once per receivable, ever: a reversal and a second full payment do not call it.
   */
  paidInFull?(manager: EntityManager, receivable: Receivable): Promise<void>;
  /** A refund was paid out: the student leaves the class (§4.2.3). */
  refunded?(manager: EntityManager, receivable: Receivable): Promise<void>;
}

/**
 * The extension point of the money's turning points, for the modules whose records follow
 * the money (enrolment, the training record). To add a listener, mark a class
 * `@Contributes(ReceivableListenerRegistry)`.
 */
@Injectable()
export class ReceivableListenerRegistry extends Registry<ReceivableListener> {
  constructor() {
    super('Receivable listener', (listener) => listener.key);
  }
}
