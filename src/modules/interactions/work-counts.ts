import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface } from 'typeorm';
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
 * a transaction or not, and again when a transaction commits), so a person sees their own
 * work at once; only another replica's writes can lag behind, by at most five seconds.
 */
@Injectable()
export class WorkCounts extends TotalCache<WorkTypeCounts> implements EntitySubscriberInterface {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(5000);
    dataSource.subscribers.push(this);
  }

  afterInsert(event: { metadata: { target: unknown } }): void {
    this.forgetIfWork(event.metadata.target);
  }

  afterUpdate(event: { metadata: { target: unknown } }): void {
    this.forgetIfWork(event.metadata.target);
  }

  afterRemove(event: { metadata: { target: unknown } }): void {
    this.forgetIfWork(event.metadata.target);
  }

  afterSoftRemove(event: { metadata: { target: unknown } }): void {
    this.forgetIfWork(event.metadata.target);
  }

  /** A read between a write and its commit could have kept the old counts: forget again. */
  afterTransactionCommit(): void {
    this.clear();
  }

  private forgetIfWork(target: unknown): void {
    if (target === Interaction || target === Plan) this.clear();
  }
}
