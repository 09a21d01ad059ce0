import { CronTime, validateCronExpression } from 'cron';

/** Five fields, as people write them: minute hour day-of-month month day-of-week. */
const FIVE_FIELDS = /^[0-9A-Za-z*/,-]+( [0-9A-Za-z*/,-]+){4}$/;
/** A schedule renders at most hourly: files for managers, not a polling loop. */
export const SCHEDULE_MIN_INTERVAL_MINUTES = 60;
/**
 * Runs looked at for the interval. Every day a cron fires, it fires at the same minutes and
 * hours, so the shortest gap is within the first day it fires or across its midnight: a day
 * and an hour of runs tell, and an hourly cron has 26 of them.
 */
const RUNS_CHECKED = 30;
const SPAN_CHECKED_MS = 25 * 3_600_000;

/** Why a schedule's cron cannot be used: `invalid`, `tooOften`, or null when it can. */
export function scheduleCronProblem(cron: string, timeZone: string): 'invalid' | 'tooOften' | null {
  if (!FIVE_FIELDS.test(cron) || !validateCronExpression(cron).valid) return 'invalid';
  const time = new CronTime(cron, timeZone);
  // The cron library gives up on a time that never comes within 8 years (30 February).
  const after = (instant: Date): Date | null => {
    try {
      return time.getNextDateFrom(instant, timeZone).toJSDate();
    } catch {
      return null;
    }
  };
  const first = after(new Date(Date.UTC(2026, 0, 1)));
  if (!first) return 'invalid';
  let previous = first;
  for (let run = 1; run < RUNS_CHECKED; run += 1) {
    const next = after(previous);
    if (!next) return null;
    if (next.getTime() - previous.getTime() < SCHEDULE_MIN_INTERVAL_MINUTES * 60_000)
      return 'tooOften';
    if (next.getTime() - first.getTime() > SPAN_CHECKED_MS) return null;
    previous = next;
  }
  return null;
}

/**
 * The first time the cron is due after `after`, in the business time zone; null when it
 * does not come within the cron library's 8 years (29 February from a leap day's eve).
 */
export function nextDue(cron: string, timeZone: string, after: Date): Date | null {
  try {
    return new CronTime(cron, timeZone).getNextDateFrom(after, timeZone).toJSDate();
  } catch {
    return null;
  }
}
