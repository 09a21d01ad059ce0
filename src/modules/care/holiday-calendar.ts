import { DateTime } from 'luxon';
import { Lunar } from 'lunar-javascript';

/** A date an admin set for a holiday code: a custom holiday, or a year's override of a rule. */
export interface HolidayDateEntry {
  holidayCode: string;
  /** `YYYY-MM-DD` */
  date: string;
}

type Rule = (year: number) => string;

const fixed =
  (month: number, day: number): Rule =>
  (year) =>
    ymd(year, month, day);

/** The `nth` (1-based) `weekday` (1 = Monday … 7 = Sunday) of a month. */
const nthWeekday =
  (month: number, weekday: number, nth: number): Rule =>
  (year) => {
    const first = DateTime.utc(year, month, 1);
    const offset = (weekday - first.weekday + 7) % 7;
    return first.plus({ days: offset + (nth - 1) * 7 }).toISODate() as string;
  };

/** A day of the Chinese lunar calendar, in the Gregorian year the lunar year starts in. */
const lunar =
  (month: number, day: number): Rule =>
  (year) =>
    Lunar.fromYmd(year, month, day).getSolar().toYmd();

/**
 * Built-in date rules of the seeded holiday codes of the dictionary. Holidays an admin adds
 * to the dictionary get their dates from the holiday_date table.
 */
export const BUILT_IN_HOLIDAY_RULES: Readonly<Record<string, Rule>> = {
  new_year: fixed(1, 1),
  spring_festival: lunar(1, 1),
  womens_day: fixed(3, 8),
  mothers_day: nthWeekday(5, 7, 2),
  fathers_day: nthWeekday(6, 7, 3),
  teachers_day: fixed(9, 10),
  mid_autumn: lunar(8, 15),
  national_day: fixed(10, 1),
};

/**
 * When each holiday falls in a year. A code's dates set by an admin for a year replace its
 * built-in rule for that year (an override); a code without a rule has only those dates
 * (a custom holiday). Pure: the caller loads the admin's dates.
 */
export class HolidayCalendar {
  /** code → year → dates */
  private readonly entered = new Map<string, Map<number, string[]>>();

  constructor(entries: readonly HolidayDateEntry[] = []) {
    for (const entry of entries) {
      const year = Number(entry.date.slice(0, 4));
      const byYear = this.entered.get(entry.holidayCode) ?? new Map<number, string[]>();
      byYear.set(year, [...(byYear.get(year) ?? []), entry.date].sort());
      this.entered.set(entry.holidayCode, byYear);
    }
  }

  /** Whether a code has a built-in rule (else it only has the dates an admin enters). */
  static hasRule(code: string): boolean {
    return Object.prototype.hasOwnProperty.call(BUILT_IN_HOLIDAY_RULES, code);
  }

  /** The dates of a holiday in a year, `YYYY-MM-DD`, ascending; empty when it has none. */
  datesOf(code: string, year: number): string[] {
    const entered = this.entered.get(code)?.get(year);
    if (entered) return entered;
    return HolidayCalendar.hasRule(code) ? [BUILT_IN_HOLIDAY_RULES[code](year)] : [];
  }

  /** The holiday codes that fall on a day, among `codes` (the dictionary's active ones). */
  holidaysOn(day: string, codes: Iterable<string>): string[] {
    const year = Number(day.slice(0, 4));
    return [...codes].filter((code) => this.datesOf(code, year).includes(day)).sort();
  }
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
