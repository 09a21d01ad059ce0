import type { DataSource, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { WriteClearedCache } from './write-cleared-cache';

class Watched {}
class Other {}

function cacheOn(subscribers: unknown[] = []) {
  const cache = new WriteClearedCache<number>({ subscribers } as unknown as DataSource, 1000, [
    Watched,
  ]);
  return { cache, subscribers };
}

describe('WriteClearedCache', () => {
  it('listens to the data source and keeps answers until a watched entity is written', async () => {
    const { cache, subscribers } = cacheOn();
    expect(subscribers).toEqual([cache]);
    await cache.get('k', async () => 1, 0);
    cache.afterUpdate({ metadata: { target: Other } });
    expect(await cache.get('k', async () => 2, 1)).toBe(1);
    cache.afterInsert({ metadata: { target: Watched } });
    expect(await cache.get('k', async () => 3, 2)).toBe(3);
    cache.afterRemove({ metadata: { target: Watched } });
    expect(await cache.get('k', async () => 4, 3)).toBe(4);
  });

  it('forgets again when the transaction that wrote commits, not when others do', async () => {
    const { cache } = cacheOn();
    const writer = { isTransactionActive: true } as QueryRunner;
    const other = { isTransactionActive: true } as QueryRunner;
    cache.afterUpdate({ metadata: { target: Watched }, queryRunner: writer });
    // A read between the write and its commit saw the rows as they were.
    await cache.get('k', async () => 1, 0);
    cache.afterTransactionCommit({ queryRunner: other } as TransactionCommitEvent);
    expect(await cache.get('k', async () => 2, 1)).toBe(1);
    (writer as { isTransactionActive: boolean }).isTransactionActive = false;
    cache.afterTransactionCommit({ queryRunner: writer } as TransactionCommitEvent);
    expect(await cache.get('k', async () => 3, 2)).toBe(3);
    // Once committed, the runner's next transactions start unwatched.
    cache.afterTransactionCommit({ queryRunner: writer } as TransactionCommitEvent);
    expect(await cache.get('k', async () => 4, 3)).toBe(3);
  });
});
