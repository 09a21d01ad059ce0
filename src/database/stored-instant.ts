/**
 * A time as SQLite hands it back, read from the ISO text TypeORM stored (`2026-03-04
 * 05:06:07.089`, UTC, becomes `2026-03-04T05:06:07.089Z`): a Date like any other, that
 * answers JSON with that text rather than working it out again. Date's toJSON (toISOString)
 * is the dearest step of writing a page of plans as JSON: a to-do answer holds some 250
 * times, and JSON.stringify spent more than half its time on them. A time changed since it
 * was read, or a text the Date had to correct (the 31st of April, hour 24), answers as any
 * Date does.
 */
export class StoredInstant extends Date {
  /** the ISO text, when it is exactly what toISOString() would answer */
  readonly #iso: string | undefined;
  readonly #time: number;

  constructor(iso: string) {
    super(iso);
    this.#time = this.getTime();
    const exact =
      this.getUTCDate() === Number(iso.slice(8, 10)) &&
      this.getUTCHours() === Number(iso.slice(11, 13));
    this.#iso = exact ? iso : undefined;
  }

  override toJSON(key?: unknown): string {
    if (this.#iso !== undefined && this.getTime() === this.#time) return this.#iso;
    return super.toJSON(key);
  }
}
