import type { CustomerCare } from '../customers/customer-care';

export const CARE_OCCASIONS = ['birthday', 'anniversary', 'holiday'] as const;
export type CareOccasion = (typeof CARE_OCCASIONS)[number];

/** One greeting due to one person: what, on which day, and the key that makes it once a year. */
export interface DueOccasion {
  occasion: CareOccasion;
  /**
   * `birthday`, `anniversary:<MM-DD>` (the day it falls on) or `holiday:<code>`: unique per
   * person and year. Never the anniversary's name: keys outlive an erasure in other tables
   * (the outbox's dedupe key), and a name like "与李明结婚纪念日" is personal data.
   */
  occasionKey: string;
  /** `YYYY-MM-DD` */
  date: string;
  year: number;
  /** the anniversary's name (anniversaries only) */
  anniversaryName?: string;
  /** the holiday's dictionary code (holidays only) */
  holidayCode?: string;
}

/** What the care job knows of a person. */
export interface CareSubject {
  /** `YYYY-MM-DD` */
  birthday: string | null;
  care: CustomerCare | null;
}

/** A person's occasions on the days looked at, and those not greeted, by reason. */
export interface SubjectOccasions {
  due: DueOccasion[];
  /** occasions of a person who wants no care messages */
  optedOut: number;
  /** holidays the person is not to be greeted for (e.g. Mother's Day) */
  excluded: number;
}

/**
 * The birthday and anniversaries falling on any of `days` (today and the next N days), and
 * the holidays of today. A yearly date of 02-29 falls on 02-28 in other years.
 */
export function occasionsOf(
  subject: CareSubject,
  days: readonly string[],
  todaysHolidays: readonly string[],
): SubjectOccasions {
  const care = subject.care;
  const all: DueOccasion[] = [];
  for (const day of days) {
    const year = Number(day.slice(0, 4));
    if (subject.birthday && fallsOn(subject.birthday.slice(5, 10), day)) {
      all.push({ occasion: 'birthday', occasionKey: 'birthday', date: day, year });
    }
    for (const anniversary of care?.anniversaries ?? []) {
      if (fallsOn(anniversary.date, day)) {
        all.push({
          occasion: 'anniversary',
          occasionKey: `anniversary:${day.slice(5, 10)}`,
          date: day,
          year,
          anniversaryName: anniversary.name,
        });
      }
    }
  }
  const today = days[0];
  const excludedCodes = new Set(care?.excludedHolidays ?? []);
  let excluded = 0;
  for (const code of todaysHolidays) {
    if (excludedCodes.has(code)) excluded += 1;
    else
      all.push({
        occasion: 'holiday',
        occasionKey: `holiday:${code}`,
        date: today,
        year: Number(today.slice(0, 4)),
        holidayCode: code,
      });
  }
  // Two anniversaries on one day are one greeting (the first one's name).
  const due = [...new Map(all.map((o) => [`${o.occasionKey}|${o.year}`, o])).values()];
  if (care?.smsOptOut) return { due: [], optedOut: due.length + excluded, excluded: 0 };
  return { due, optedOut: 0, excluded };
}

/** Whether a yearly date `MM-DD` falls on `day` (`YYYY-MM-DD`). */
export function fallsOn(monthDay: string, day: string): boolean {
  const dayMonthDay = day.slice(5, 10);
  if (monthDay === dayMonthDay) return true;
  return monthDay === '02-29' && dayMonthDay === '02-28' && !isLeapYear(Number(day.slice(0, 4)));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
