/**
 * An extension point: contributions of one kind, each under one or more keys, in the order
 * they were registered. Subclasses say what a contribution is called and its keys (to the
 * constructor) and, if needed, what makes one invalid (check); a mistake stops the start,
 * where it is seen, instead of the contribution silently never taking part. Contributions are
 * collected at module init (ContributionCollector), so read a registry from application
 * bootstrap on, or while serving requests.
 *
 * To add an extension point: `@Injectable() class XRegistry extends Registry<X>` with
 * `constructor() { super('X', (x) => x.key); }`, provided (and exported) by the module that
 * owns the point.
 * To contribute to one, see Contributes (contributes.decorator.ts).
 */
export abstract class Registry<T> {
  private readonly byKey = new Map<string, T>();
  private readonly items: T[] = [];

  protected constructor(
    /** what a contribution is called in start-up errors, e.g. `Job` */
    private readonly kind: string,
    /** the key (or keys) a contribution is found under; unique in the registry */
    private readonly keysOf: (item: T) => string | readonly string[],
  ) {}

  /** throws when a contribution could never work right */
  protected check(_item: T): void {}

  register(item: T): void {
    this.check(item);
    const keys = this.keysOf(item);
    const all = typeof keys === 'string' ? [keys] : keys;
    for (const key of all) {
      if (this.byKey.has(key)) throw new Error(`${this.kind} "${key}" is registered twice.`);
    }
    for (const key of all) this.byKey.set(key, item);
    this.items.push(item);
  }

  get(key: string): T | undefined {
    return this.byKey.get(key);
  }

  /** in registration order (a copy: callers cannot change the registry by it) */
  all(): T[] {
    return [...this.items];
  }
}
