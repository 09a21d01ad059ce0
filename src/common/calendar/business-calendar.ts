import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../clock';
import { DomainError } from '../errors/domain-error';
import { msg, type Msg } from '../i18n/msg';
import { addDays, businessDayRange, type InstantRange } from './business-day';
import { isCalendarDate } from './is-calendar-date';
import { MAX_PERIOD_DAYS, type PeriodQueryDto } from './period-query.dto';

/** A business day: its date in the business time zone and the instants it runs between. */
export interface BusinessDay extends InstantRange {
  /** `YYYY-MM-DD` */
  date: string;
}

/** Business days `from`..`to` inclusive, and the instants [start, end) they cover. */
export interface BusinessPeriod extends InstantRange {
  from: string;
  to: string;
}

export interface PeriodRules {
  /** the first day when `from` is left out: the first of this month unless 'today' */
  defaultFrom?: 'monthStart' | 'today';
  /**
   * the longest period asked for, in days; MAX_PERIOD_DAYS unless shorter (PeriodQueryDto
   * refuses longer ones before they get here)
   */
  maxDays?: number;
}

/**
 * The one answer to "which day is it" for business rules: days begin and end at midnight in
 * the configured business time zone (`TIME_ZONE`, Asia/Shanghai), never in UTC or the server's
 * zone, and "now" comes from the Clock so tests can move it.
 */
@Injectable()
export class BusinessCalendar {
  readonly timeZone: string;
  private lastDay?: BusinessDay;

  constructor(
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.timeZone = config.business.timeZone;
  }

  /** The business day it is now. */
  today(): BusinessDay {
    return this.dayOf(this.clock.now());
  }

  /** The business day an instant falls on. */
  dayOf(instant: Date): BusinessDay {
    // Most calls ask about today, on every request that counts a quota or shows an age: the
    // last day found answers them without luxon's time zone arithmetic (over 100 µs a call).
    const last = this.lastDay;
    if (last && instant >= last.start && instant < last.end) return { ...last };
    const start = DateTime.fromJSDate(instant, { zone: this.timeZone }).startOf('day');
    const day = {
      date: start.toISODate() as string,
      start: start.toJSDate(),
      end: start.plus({ days: 1 }).toJSDate(),
    };
    this.lastDay = day;
    return { ...day };
  }

  /** The instant an hour of a business day begins (a greeting sent at 09:00 on the day). */
  atHour(date: string, hour: number): Date {
    return DateTime.fromISO(date, { zone: this.timeZone }).set({ hour }).toJSDate();
  }

  /**
   * A closed period of business days as asked for, with the gaps filled: `to` is today when
   * left out, `from` the first of this month (or today). 400 when it runs backwards, is
   * longer than `maxDays`, or names a day that is not on the calendar; PeriodQueryDto refuses
   * most of these already, this also covers the defaults.
   */
  period(query: Pick<PeriodQueryDto, 'from' | 'to'>, rules: PeriodRules = {}): BusinessPeriod {
    const maxDays = rules.maxDays ?? MAX_PERIOD_DAYS;
    const today = this.today().date;
    const to = query.to ?? today;
    const from = query.from ?? (rules.defaultFrom === 'today' ? today : `${today.slice(0, 8)}01`);
    if (!isCalendarDate(from) || !isCalendarDate(to)) {
      throw periodError(msg('calendar.notCalendarDates'), msg('calendar.notCalendarDateDetail'));
    }
    if (from > to) {
      throw periodError(
        msg('calendar.periodReversed', { from, to }),
        msg('calendar.periodReversedDetail'),
      );
    }
    if (addDays(from, maxDays) <= to) {
      throw periodError(
        msg('calendar.periodTooLong', { days: maxDays }),
        msg('calendar.periodTooLongDetail', { days: maxDays }),
      );
    }
    return {
      from,
      to,
      start: businessDayRange(from, this.timeZone).start,
      end: businessDayRange(to, this.timeZone).end,
    };
  }

  /**
   * A period of what is coming: it starts today at the earliest (an earlier `from` moves up
   * to today) and has no end unless `to` is given. 400 when `to` is before that start.
   */
  upcoming(query: Pick<PeriodQueryDto, 'from' | 'to'>): { from: string; to?: string } {
    const today = this.today().date;
    const from = query.from && query.from > today ? query.from : today;
    if (query.to !== undefined && query.to < from) {
      throw DomainError.badRequest(
        msg('calendar.periodBeforeStart', { to: query.to, from }),
        [{ field: 'to', messages: [msg('calendar.periodBeforeStartDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    return query.to === undefined ? { from } : { from, to: query.to };
  }
}

function periodError(text: Msg, detail: Msg): DomainError {
  return DomainError.badRequest(text, [{ field: 'from', messages: [detail] }], 'VALIDATION_FAILED');
}
