const DAY = 86_400_000;
const QUARTER_HOUR = 900_000;

/**
 * Formats instants as `YYYY-MM-DD HH:mm:ss` in a time zone, fast enough for every row of an
 * export: Intl is asked for the zone's offset once per UTC day (zones change their offset on
 * a quarter hour at the finest, and on a few days a year; such a day is worked out per
 * quarter hour), and the text is built from the shifted UTC fields.
 */
export class ZonedTimestamp {
  /** Offset by UTC day; NaN for a day on which the offset changes. */
  private readonly offsets = new Map<number, number>();
  private readonly parts: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  format(instant: Date): string {
    const ms = instant.getTime();
    const local = new Date(ms + this.offsetAt(ms));
    return (
      `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
      `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
    );
  }

  /** The zone's offset from UTC in ms at this instant. */
  private offsetAt(ms: number): number {
    const day = Math.floor(ms / DAY);
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const first = this.offsetOfSlot(day * DAY);
      offset = first === this.offsetOfSlot((day + 1) * DAY - QUARTER_HOUR) ? first : NaN;
      if (this.offsets.size > 10_000) this.offsets.clear();
      this.offsets.set(day, offset);
    }
    return Number.isNaN(offset)
      ? this.offsetOfSlot(Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR)
      : offset;
  }

  private offsetOfSlot(start: number): number {
    const fields = Object.fromEntries(
      this.parts.formatToParts(new Date(start)).map((p) => [p.type, p.value]),
    );
    return (
      Date.UTC(
        +fields.year,
        +fields.month - 1,
        +fields.day,
        +fields.hour,
        +fields.minute,
        +fields.second,
      ) - start
    );
  }
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
