import type { AppConfig } from '../../config/app-config';
import { Clock } from '../clock';
import { DomainError } from '../errors/domain-error';
import { BusinessCalendar } from './business-calendar';

class StoppedClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
}

function calendarAt(iso: string, timeZone = 'Asia/Shanghai') {
  const clock = new StoppedClock(new Date(iso));
  return { clock, calendar: new BusinessCalendar(clock, { business: { timeZone } } as AppConfig) };
}

/** The DomainError a call throws, for its code, field and message key. */
function refusal(call: () => unknown): { code?: string; key?: string; field?: string } {
  try {
    call();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const details = error.details as { field: string }[] | undefined;
    return {
      code: error.code,
      key: typeof error.text === 'string' ? error.text : error.text.key,
      field: details?.[0]?.field,
    };
  }
  throw new Error('nothing was refused');
}

describe('BusinessCalendar', () => {
  it('says which day it is in the business time zone, not in UTC', () => {
    const { calendar } = calendarAt('2026-11-21T17:00:00Z');
    expect(calendar.today()).toEqual({
      date: '2026-11-22',
      start: new Date('2026-11-21T16:00:00Z'),
      end: new Date('2026-11-22T16:00:00Z'),
    });
    expect(calendar.dayOf(new Date('2026-11-21T15:59:59.999Z')).date).toBe('2026-11-21');
  });

  it('follows the clock', () => {
    const { clock, calendar } = calendarAt('2026-12-31T15:59:59Z');
    expect(calendar.today().date).toBe('2026-12-31');
    clock.at = new Date('2026-12-31T16:00:00Z');
    expect(calendar.today().date).toBe('2027-01-01');
  });

  it('answers for any instant after answering for today, and hands out copies', () => {
    const { calendar } = calendarAt('2026-11-22T03:00:00Z');
    const today = calendar.today();
    today.date = 'changed';
    expect(calendar.today().date).toBe('2026-11-22');
    expect(calendar.dayOf(new Date('2026-11-22T16:00:00Z')).date).toBe('2026-11-23');
    expect(calendar.dayOf(new Date('2026-11-21T15:59:59Z')).date).toBe('2026-11-21');
    expect(calendar.dayOf(new Date('2026-11-22T15:59:59Z')).date).toBe('2026-11-22');
  });

  it('keeps a day with a clock change whole', () => {
    const { calendar } = calendarAt('2026-03-29T12:00:00Z', 'Europe/Berlin');
    const day = calendar.today();
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * 3600_000);
  });

  it('finds the hour of a business day', () => {
    const { calendar } = calendarAt('2026-11-21T00:00:00Z');
    expect(calendar.atHour('2026-11-22', 9)).toEqual(new Date('2026-11-22T01:00:00Z'));
  });

  describe('period', () => {
    const { calendar } = calendarAt('2026-11-21T17:00:00Z'); // 2026-11-22 in Shanghai

    it('is this month so far when nothing is given, today alone when asked', () => {
      expect(calendar.period({})).toEqual({
        from: '2026-11-01',
        to: '2026-11-22',
        start: new Date('2026-10-31T16:00:00Z'),
        end: new Date('2026-11-22T16:00:00Z'),
      });
      expect(calendar.period({}, { defaultFrom: 'today' })).toMatchObject({
        from: '2026-11-22',
        to: '2026-11-22',
      });
    });

    it('covers both ends whole', () => {
      const period = calendar.period({ from: '2026-01-01', to: '2026-01-01' });
      expect(period.end.getTime() - period.start.getTime()).toBe(24 * 3600_000);
    });

    it('takes a year, leap day included, and refuses a day more', () => {
      expect(calendar.period({ from: '2024-01-01', to: '2024-12-31' }).from).toBe('2024-01-01');
      expect(refusal(() => calendar.period({ from: '2024-01-01', to: '2025-01-01' }))).toEqual({
        code: 'VALIDATION_FAILED',
        key: 'calendar.periodTooLong',
        field: 'from',
      });
      // The default `to` (today) counts too.
      expect(refusal(() => calendar.period({ from: '2020-01-01' })).key).toBe(
        'calendar.periodTooLong',
      );
      expect(calendar.period({ from: '2026-01-01', to: '2026-01-20' }, { maxDays: 20 }).to).toBe(
        '2026-01-20',
      );
      expect(
        refusal(() => calendar.period({ from: '2026-01-01', to: '2026-01-21' }, { maxDays: 20 }))
          .key,
      ).toBe('calendar.periodTooLong');
    });

    it('refuses a period that runs backwards, and days not on the calendar', () => {
      expect(refusal(() => calendar.period({ from: '2026-05-01', to: '2026-04-01' }))).toEqual({
        code: 'VALIDATION_FAILED',
        key: 'calendar.periodReversed',
        field: 'from',
      });
      expect(refusal(() => calendar.period({ from: '2026-02-30' })).key).toBe(
        'calendar.notCalendarDates',
      );
    });
  });

  describe('upcoming', () => {
    const { calendar } = calendarAt('2026-11-21T17:00:00Z');

    it('starts today at the earliest and is open unless `to` is given', () => {
      expect(calendar.upcoming({})).toEqual({ from: '2026-11-22' });
      expect(calendar.upcoming({ from: '2026-01-01', to: '2026-12-01' })).toEqual({
        from: '2026-11-22',
        to: '2026-12-01',
      });
      expect(calendar.upcoming({ from: '2026-12-05' })).toEqual({ from: '2026-12-05' });
    });

    it('refuses an end before its start, on the `to` field', () => {
      expect(refusal(() => calendar.upcoming({ to: '2026-11-21' }))).toEqual({
        code: 'VALIDATION_FAILED',
        key: 'calendar.periodBeforeStart',
        field: 'to',
      });
    });
  });
});
