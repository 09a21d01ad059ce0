import type {
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { RequestContext } from '../common/request-context';
import type { IdempotencyClaim } from './idempotency-claim';

type WriteClaim = (manager: EntityManager, claim: IdempotencyClaim) => Promise<void>;

/**
 * Writes a request's Idempotency-Key claim inside the first transaction the request commits,
 * so that the change and the claim are kept together: if the answer is lost on the way
 * (a dropped connection after COMMIT), a retry finds the claim and does not do the work again.
 * Transactions that are not the request's own business (code draws, the audit group commit)
 * run outside the request context and carry no claim.
 */
export class IdempotencyClaimSubscriber implements EntitySubscriberInterface {
  constructor(private readonly writeClaim: WriteClaim) {}

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const claim = RequestContext.current()?.idempotency;
    if (!claim || claim.committed || claim.pendingIn) return;
    // A nested transaction's commit only releases a savepoint; the claim goes with the outermost.
    if ((event.queryRunner as unknown as { transactionDepth: number }).transactionDepth > 1) return;
    claim.pendingIn = event.queryRunner;
    await this.writeClaim(event.manager, claim);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const claim = RequestContext.current()?.idempotency;
    if (claim?.pendingIn !== event.queryRunner) return;
    claim.pendingIn = undefined;
    claim.committed = true;
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const claim = RequestContext.current()?.idempotency;
    if (claim?.pendingIn === event.queryRunner) claim.pendingIn = undefined;
  }
}
