import type { BenchContext } from './bench-context';
import { load } from './load';
import { SEEDED_CLASSES, SEEDED_COACHES } from './seed-calendar';
import { medianMs } from './timing';

/** `YYYY-MM-DD`, `days` after today (UTC). */
function fromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Who is free (one week, first page) and the course calendar (a quarter), as a hand-written
 * server would ask: the same conditions, portable SQL with `?` placeholders.
 */
const RAW_FREE = `SELECT c.id FROM coach c
  WHERE c.active IS TRUE
    AND NOT EXISTS (SELECT 1 FROM coach_unavailability u WHERE u.coach_id = c.id AND u.from_date <= ? AND u.to_date >= ?)
    AND NOT EXISTS (SELECT 1 FROM class_staff s WHERE s.coach_id = c.id AND s.busy IS TRUE AND s.start_date <= ? AND s.end_date >= ?)
  ORDER BY CASE c.level_code WHEN 'expert' THEN 0 WHEN 'senior' THEN 1 WHEN 'intermediate' THEN 2 ELSE 3 END, c.id
  LIMIT 50`;
const RAW_BUSY = `SELECT s.coach_id, s.class_id FROM class_staff s
  WHERE s.start_date BETWEEN ? AND ? AND s.end_date >= ? AND s.busy IS TRUE`;
const RAW_SCHEDULE = `SELECT k.id, k.term, k.start_date, k.end_date, k.venue, co.name
  FROM training_class k JOIN course co ON co.id = k.course_id
  WHERE k.start_date BETWEEN ? AND ? AND k.end_date >= ? AND k.status <> 'cancelled'
  ORDER BY k.start_date, k.id LIMIT 1000`;

/**
 * The training calendar on its seeded history (SEEDED_COACHES coaches, SEEDED_CLASSES
 * classes): `GET /api/coaches/available` for a week and `GET /api/classes/schedule` for a
 * quarter, each timed alone beside the raw queries, then under load.
 */
export async function measureCalendar(ctx: BenchContext): Promise<void> {
  await ctx.signIn();
  const { coordinator, raw, report } = ctx;
  const week = { from: fromToday(14), to: fromToday(20) };
  const quarter = { from: fromToday(0), to: fromToday(91) };
  const earliest = (from: string) =>
    new Date(Date.parse(`${from}T00:00:00Z`) - 366 * 86_400_000).toISOString().slice(0, 10);
  const available = `/api/coaches/available?from=${week.from}&to=${week.to}`;
  const schedule = `/api/classes/schedule?from=${quarter.from}&to=${quarter.to}`;

  const apiAvailable = await medianMs(21, () => coordinator.call('GET', available));
  const rawAvailable = await medianMs(21, async () => {
    await raw.query(RAW_FREE, [week.to, week.from, week.to, week.from]);
    await raw.query(RAW_BUSY, [earliest(week.from), week.to, week.from]);
  });
  report.timing(
    `coaches free for a week (${SEEDED_COACHES} coaches, ${SEEDED_CLASSES} classes)`,
    apiAvailable,
    rawAvailable,
    'raw: the first page of free coaches and the busy ones',
  );
  const apiSchedule = await medianMs(21, () => coordinator.call('GET', schedule));
  const rawSchedule = await medianMs(21, () =>
    raw.query(RAW_SCHEDULE, [earliest(quarter.from), quarter.to, quarter.from]),
  );
  report.timing('course calendar for a quarter', apiSchedule, rawSchedule);

  for (const [label, path] of [
    ['GET /api/coaches/available, one week', available],
    ['GET /api/classes/schedule, a quarter', schedule],
  ]) {
    report.interaction(
      label,
      await load(
        { base: ctx.server.url, path, token: coordinator.token },
        ctx.connections,
        ctx.seconds,
      ),
    );
  }
}
