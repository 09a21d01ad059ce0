import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { TotalCache } from '../common/pagination/total-cache';

/** What this subscriber reads of TypeORM's insert, update and remove events. */
interface WriteEvent {
  metadata: { target: unknown };
  queryRunner?: QueryRunner;
}

/**
 * Answers kept for a few seconds and forgotten whenever this process writes one of the
 * entities they are made of (WorkCounts' rule, for any entities): a TypeORM subscriber hears
 * repository and query-builder writes alike, in a transaction or not, and forgets again when
 * the transaction that wrote commits (a read between the write and its commit could have
 * kept the old answer). So a person sees their own changes at once; only another replica's
 * writes, and statements that bypass TypeORM's events, can lag behind, by at most `ttlMs`.
 */
export class WriteClearedCache<T> extends TotalCache<T> implements EntitySubscriberInterface {
  /** Query runners in a transaction that wrote one of the targets, until it ends. */
  private readonly writers = new WeakSet<QueryRunner>();

  constructor(
    dataSource: DataSource,
    ttlMs: number,
    private readonly targets: readonly unknown[],
  ) {
    super(ttlMs);
    dataSource.subscribers.push(this);
  }

  afterInsert(event: WriteEvent): void {
    this.forgetIfTarget(event);
  }

  afterUpdate(event: WriteEvent): void {
    this.forgetIfTarget(event);
  }

  afterRemove(event: WriteEvent): void {
    this.forgetIfTarget(event);
  }

  afterSoftRemove(event: WriteEvent): void {
    this.forgetIfTarget(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!this.writers.has(event.queryRunner)) return;
    this.clear();
    // A savepoint released is not the end: the outer transaction commits later.
    if (!event.queryRunner.isTransactionActive) this.writers.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.writers.delete(event.queryRunner);
  }

  private forgetIfTarget(event: WriteEvent): void {
    if (!this.targets.includes(event.metadata.target)) return;
    this.clear();
    if (event.queryRunner?.isTransactionActive) this.writers.add(event.queryRunner);
  }
}
