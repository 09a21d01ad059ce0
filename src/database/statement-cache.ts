/**
 * A bounded map of built statements by their shape (PreparedQueryShapes): past `limit`
 * shapes the oldest is forgotten, so requests that vary their shape cannot grow it.
 */
export class StatementCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit = 256) {}

  get(shape: string, build: () => T): T {
    const known = this.entries.get(shape);
    if (known !== undefined) return known;
    const built = build();
    if (this.entries.size >= this.limit)
      this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(shape, built);
    return built;
  }
}
