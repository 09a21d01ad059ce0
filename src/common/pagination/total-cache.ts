/**
 * Totals of big lists, kept for a few seconds. Counting 100,000 rows costs more than reading
 * the page itself; a person paging through a list does not need the total to the second.
 * Also holds other answers about a list that may be a little old (a search's path).
 */
export class TotalCache<Total = number> {
  private readonly totals = new Map<string, { at: number; total: Total }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
  ) {}

  async get(key: string, count: () => Promise<Total>, now = Date.now()): Promise<Total> {
    const hit = this.totals.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.total;
    const total = await count();
    if (this.totals.size >= this.maxEntries)
      this.totals.delete(this.totals.keys().next().value as string);
    this.totals.set(key, { at: now, total });
    return total;
  }

  /** After a write that changes what lists contain. */
  clear(): void {
    this.totals.clear();
  }
}
