import { TotalCache } from './total-cache';

describe('TotalCache', () => {
  it('counts once within the time to live, and again after it', async () => {
    const cache = new TotalCache(1000);
    const count = jest.fn().mockResolvedValueOnce(5).mockResolvedValueOnce(7);
    expect(await cache.get('k', count, 0)).toBe(5);
    expect(await cache.get('k', count, 999)).toBe(5);
    expect(await cache.get('k', count, 1000)).toBe(7);
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on clear and keeps at most maxEntries keys', async () => {
    const cache = new TotalCache(1000, 2);
    await cache.get('a', async () => 1, 0);
    await cache.get('b', async () => 2, 0);
    await cache.get('c', async () => 3, 0);
    expect(await cache.get('a', async () => 10, 1)).toBe(10);
    cache.clear();
    expect(await cache.get('c', async () => 30, 2)).toBe(30);
  });

  it('runs one count for misses of the same key at the same time', async () => {
    const cache = new TotalCache(1000);
    let finish!: (total: number) => void;
    const count = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const first = cache.get('k', count, 0);
    const second = cache.get('k', count, 0);
    finish(5);
    expect(await Promise.all([first, second])).toEqual([5, 5]);
    expect(count).toHaveBeenCalledTimes(1);
    expect(await cache.get('k', count, 1)).toBe(5);
  });

  it('keeps no count that a clear overtook, and counts afresh after it', async () => {
    const cache = new TotalCache(1000);
    let finish!: (total: number) => void;
    const before = cache.get('k', () => new Promise<number>((resolve) => (finish = resolve)), 0);
    cache.clear();
    const after = cache.get('k', async () => 7, 0);
    finish(5);
    expect(await before).toBe(5);
    expect(await after).toBe(7);
    expect(await cache.get('k', async () => 9, 1)).toBe(7);
  });
});
