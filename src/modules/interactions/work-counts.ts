import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { TotalCache } from '../../common/pagination/total-cache';
import { Interaction } from './entities/interaction.entity';
import { Plan } from './entities/plan.entity';

/** Records and completed plans per interaction type id, as the work results count them. */
export interface WorkTypeCounts {
  records: { typeId: number; count: string | number }[];
  completedPlans: { typeId: number; count: string | number }[];
}

/**
 * The counts of work results (one person, one period) for five seconds. A year of a busy
 * coordinator is tens of thousands of index entries to count, and managers look at the same
 * people's results over and over. Any write of a contact record or a plan in this process
 * forgets them all (a TypeORM subscriber hears repository and query-builder writes alike, in
 * a transaction or not), and again when the transaction that wrote commits, so a person sees
 * their own work at once; only another replica's writes can lag behind, by at most five
 * seconds. Other transactions' commits (audit rows, sessions, quotas: several a second under
 * load) leave the counts alone, or they would hardly ever be kept.
 */
@Injectable()
export class WorkCounts extends TotalCache<WorkTypeCounts> implements EntitySubscriberInterface {
  /** Query runners in a transaction that wrote records or plans, until it ends. */
  private readonly writers = new WeakSet<QueryRunner>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    super(5000);
    dataSource.subscribers.push(this);
  }

  afterInsert(event: WriteEvent): void {
    this.forgetIfWork(event);
  }

  afterUpdate(event: WriteEvent): void {
    this.forgetIfWork(event);
  }

  afterRemove(event: WriteEvent): void {
    this.forgetIfWork(event);
  }

  afterSoftRemove(event: WriteEvent): void {
    this.forgetIfWork(event);
  }

  /** A read between a write and its commit could have kept the old counts: forget again. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!this.writers.has(event.queryRunner)) return;
    this.clear();
    // A savepoint released is not the end: the outer transaction commits later.
    if (!event.queryRunner.isTransactionActive) this.writers.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.writers.delete(event.queryRunner);
  }

  private forgetIfWork(event: WriteEvent): void {
    const target = event.metadata.target;
    if (target !== Interaction && target !== Plan) return;
    this.clear();
    if (event.queryRunner?.isTransactionActive) this.writers.add(event.queryRunner);
  }
}

/** What this subscriber reads of TypeORM's insert, update and remove events. */
interface WriteEvent {
  metadata: { target: unknown };
  queryRunner?: QueryRunner;
}
