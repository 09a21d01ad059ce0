import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { TotalCache } from '../../common/pagination/total-cache';

/**
 * The totals of money lists (a receivables list's sums, a day's closing sums), kept for five
 * seconds: under load every page of the overdue list would otherwise sum every overdue
 * receivable again. Every money write of this process drops them twice: when it is made, and
 * when its transaction ends (a total read meanwhile saw the rows before the write). So only
 * another replica's writes can lag behind, by at most five seconds; a receivable's own
 * figures and the ledger are always read live.
 */
@Injectable()
export class MoneyTotals implements OnModuleInit {
  private readonly cache = new TotalCache<unknown>(5000);
  /** runners whose open transaction changed money */
  private readonly changing = new WeakSet<QueryRunner>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const ended = (queryRunner: QueryRunner) => {
      if (!this.changing.has(queryRunner)) return;
      this.changing.delete(queryRunner);
      this.cache.clear();
    };
    this.dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => ended(queryRunner),
      afterTransactionRollback: ({ queryRunner }) => ended(queryRunner),
    });
  }

  /** The totals kept under `key`, or counted now (one count for concurrent misses). */
  get<T>(key: string, count: () => Promise<T>): Promise<T> {
    return this.cache.get(key, count) as Promise<T>;
  }

  /** Money rows change in `m`'s transaction. */
  changedIn(m: EntityManager): void {
    this.cache.clear();
    if (m.queryRunner?.isTransactionActive) this.changing.add(m.queryRunner);
  }
}
