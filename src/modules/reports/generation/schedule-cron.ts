import { CronTime, validateCronExpression } from 'cron';

/** Five fields, as people write them: minute hour day-of-month month day-of-week. */
const FIVE_FIELDS = /^[0-9A-Za-z*/,-]+( [0-9A-Za-z*/,-]+){4}$/;
/** A schedule renders at most hourly: files for managers, not a polling loop. */
export const SCHEDULE_MIN_INTERVAL_MINUTES = 60;
/** Runs looked at for the interval: a day of hourly ones, and the gaps a list makes. */
const RUNS_CHECKED = 48;

/** Why a schedule's cron cannot be used: `invalid`, `tooOften`, or null when it can. */
export function scheduleCronProblem(cron: string, timeZone: string): 'invalid' | 'tooOften' | null {
  if (!FIVE_FIELDS.test(cron) || !validateCronExpression(cron).valid) return 'invalid';
  const time = new CronTime(cron, timeZone);
  let previous = time.getNextDateFrom(new Date(Date.UTC(2026, 0, 1)), timeZone).toJSDate();
  for (let run = 1; run < RUNS_CHECKED; run += 1) {
    const next = time.getNextDateFrom(previous, timeZone).toJSDate();
    if (next.getTime() - previous.getTime() < SCHEDULE_MIN_INTERVAL_MINUTES * 60_000)
      return 'tooOften';
    previous = next;
  }
  return null;
}

/** The first time the cron is due after `after`, in the business time zone. */
export function nextDue(cron: string, timeZone: string, after: Date): Date {
  return new CronTime(cron, timeZone).getNextDateFrom(after, timeZone).toJSDate();
}
