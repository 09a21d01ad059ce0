/**
 * Totals of big lists, kept for a few seconds. Counting 100,000 rows costs more than reading
 * the page itself; a person paging through a list does not need the total to the second.
 * Also holds other answers about a list that may be a little old (a search's path).
 *
 * Misses of one key at the same time share one count: when a total expires under load, 32
 * requests would otherwise each run the same count at once (on SQLite one after the other,
 * holding the event loop 32 times as long). A clear() while a count runs keeps its answer
 * out of the cache, and later misses start a count of their own: the one under way may have
 * read the rows as they were before the write that cleared.
 */
export class TotalCache<Total = number> {
  private readonly totals = new Map<string, { at: number; total: Total }>();
  /** counts under way, by key */
  private readonly pending = new Map<string, Promise<Total>>();
  /** moves on at every clear(): a count started before it is not kept */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
  ) {}

  async get(key: string, count: () => Promise<Total>, now = Date.now()): Promise<Total> {
    const hit = this.totals.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.total;
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const counting = count();
    this.pending.set(key, counting);
    try {
      const total = await counting;
      if (generation === this.generation) {
        if (this.totals.size >= this.maxEntries && !this.totals.has(key))
          this.totals.delete(this.totals.keys().next().value as string);
        this.totals.set(key, { at: now, total });
      }
      return total;
    } finally {
      if (this.pending.get(key) === counting) this.pending.delete(key);
    }
  }

  /** After a write that changes what lists contain. */
  clear(): void {
    this.generation += 1;
    this.totals.clear();
    this.pending.clear();
  }
}
