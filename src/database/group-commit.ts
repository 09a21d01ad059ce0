import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../common/request-context';

interface Waiting {
  work: (manager: EntityManager) => Promise<unknown>;
  done: (result: unknown) => void;
  failed: (error: unknown) => void;
}

/**
 * Small writes that requests make on their own (an audit row, a view counted against the
 * day's quota), committed together: those asked for while the event loop serves one round
 * of requests run in one transaction just after the round, and each caller still waits
 * until its own write is committed and gets its own answer. Every read of a customer makes
 * two such writes; a commit each cost more than the read itself (on SQLite a commit appends
 * every page it changed to the log).
 *
 * Should the shared transaction fail, each write runs again alone, so that a write the
 * database refuses fails its own request only; the others' effects were rolled back with it
 * and happen once.
 */
@Injectable()
export class GroupCommit {
  private waiting: Waiting[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((done, failed) => {
      this.waiting.push({ work, done: done as (result: unknown) => void, failed });
      // Committed on behalf of every request of the round, so outside any of them.
      if (this.waiting.length === 1)
        RequestContext.outside(() => setImmediate(() => void this.commitWaiting()));
    });
  }

  private async commitWaiting(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length > 1) {
      try {
        const results = await this.dataSource.transaction(async (manager) => {
          const answers: unknown[] = [];
          for (const { work } of batch) answers.push(await work(manager));
          return answers;
        });
        batch.forEach((waiting, i) => waiting.done(results[i]));
        return;
      } catch {
        // One at a time below.
      }
    }
    for (const waiting of batch)
      await waiting.work(this.dataSource.manager).then(waiting.done, waiting.failed);
  }
}
