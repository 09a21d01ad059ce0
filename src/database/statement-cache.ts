/**
 * What the query builder wrote for a read, kept by the read's shape (which conditions, which
 * order, which page) so that requests of the same shape only bring their values: building
 * the query costs more than the database's work on the reads every request makes. Bounded:
 * past `limit` shapes the oldest is forgotten.
 */
export class StatementCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit = 256) {}

  get(shape: string, build: () => T): T {
    const known = this.entries.get(shape);
    if (known !== undefined) return known;
    const built = build();
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(shape, built);
    return built;
  }
}
