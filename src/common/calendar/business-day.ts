import { DateTime } from 'luxon';

/** An instant range [start, end) in UTC. */
export interface InstantRange {
  start: Date;
  end: Date;
}

/**
 * Answers already worked out, by their question: luxon's parsing and zone arithmetic cost
 * tens of microseconds a call, and every request over a period asks the same few days again
 * (today, the first of the month, a year ago), several times. Bounded: past REMEMBERED
 * answers it starts afresh.
 */
const REMEMBERED = 1000;
const ranges = new Map<string, { start: number; end: number }>();
const movedDays = new Map<string, string>();

function remembered<T>(answers: Map<string, T>, question: string, work: () => T): T {
  let answer = answers.get(question);
  if (answer === undefined) {
    answer = work();
    if (answers.size >= REMEMBERED) answers.clear();
    answers.set(question, answer);
  }
  return answer;
}

/**
 * The instants a business day (`YYYY-MM-DD` in the business time zone) runs between. Days
 * are not always 24 hours long where the zone has summer time, so luxon does the arithmetic.
 */
export function businessDayRange(day: string, timeZone: string, days = 1): InstantRange {
  const { start, end } = remembered(ranges, `${day}|${timeZone}|${days}`, () => {
    const first = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
    if (!first.isValid) throw new RangeError(`Not a calendar date: ${day}`);
    return { start: first.toMillis(), end: first.plus({ days }).toMillis() };
  });
  // New Date objects each time: a caller may change the ones it gets.
  return { start: new Date(start), end: new Date(end) };
}

/** `day` moved by whole calendar days. */
export function addDays(day: string, days: number): string {
  return remembered(
    movedDays,
    `${day}|${days}`,
    () => DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate() as string,
  );
}
