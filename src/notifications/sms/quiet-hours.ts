import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '../../config/app-config';

/**
 * The night, in the business time zone, when no marketing text (a group SMS) goes out:
 * `sms.quietHoursStart` to `sms.quietHoursEnd`, over midnight when the end is earlier. A
 * start equal to the end means no quiet hours.
 */
@Injectable()
export class QuietHours {
  private readonly zone: string;
  private readonly start: number;
  private readonly end: number;

  constructor(config: AppConfig) {
    this.zone = config.business.timeZone;
    this.start = minutesOf(config.sms.quietHoursStart);
    this.end = minutesOf(config.sms.quietHoursEnd);
  }

  /** Whether `instant` falls in the quiet hours. */
  isQuiet(instant: Date): boolean {
    if (this.start === this.end) return false;
    const local = DateTime.fromJSDate(instant, { zone: this.zone });
    const minute = local.hour * 60 + local.minute;
    return this.start < this.end
      ? minute >= this.start && minute < this.end
      : minute >= this.start || minute < this.end;
  }

  /** `instant` itself outside the quiet hours, else the moment they end (the next morning). */
  nextAllowed(instant: Date): Date {
    if (!this.isQuiet(instant)) return instant;
    const local = DateTime.fromJSDate(instant, { zone: this.zone });
    let end = local.startOf('day').set({ hour: Math.floor(this.end / 60), minute: this.end % 60 });
    if (end <= local) end = end.plus({ days: 1 });
    return end.toJSDate();
  }
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
