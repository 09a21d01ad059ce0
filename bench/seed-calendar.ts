import { random } from './bench-data';
import type { RawDatabase } from './raw-database';
import { SEED_BATCH, sqlTime } from './seed';

/** The columns of the classes seeded, also for the reports' big class (seed-reports). */
export const CLASS_COLUMNS = {
  course_id: 'int',
  term: 'int',
  start_date: 'date',
  end_date: 'date',
  venue: 'text',
  province_code: 'text',
  city_code: 'text',
  capacity: 'int',
  enrolled_count: 'int',
  status: 'text',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  version: 'int',
} as const;

/** The columns of their staff rows. */
export const CLASS_STAFF_COLUMNS = {
  class_id: 'int',
  coach_id: 'int',
  role: 'text',
  start_date: 'date',
  end_date: 'date',
  busy: 'bool',
  created_at: 'timestamp',
} as const;

export const SEEDED_COACHES = 2_000;
export const SEEDED_CLASSES = 5_000;
/** Staff a seeded class has: a head coach and four assistants. */
const STAFF_PER_CLASS = 5;
const SEEDED_UNAVAILABLE = 1_000;
const LEVELS = ['junior', 'intermediate', 'senior', 'expert'];
const DAY = 24 * 3600_000;

/** `YYYY-MM-DD` of an instant (UTC). */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The training calendar of a company some years old: SEEDED_COACHES external coaches (a
 * quarter can head a class, all can assist), qualified for two to four courses each, and
 * SEEDED_CLASSES classes of the seeded courses from four years ago to a year ahead, each
 * with a head coach and four assistants, and a thousand declared unavailable periods.
 */
export async function seedCalendar(db: RawDatabase): Promise<void> {
  const courses = (await db.query<{ id: number }>('SELECT id FROM course ORDER BY id')).map((c) =>
    Number(c.id),
  );
  const now = Date.now();
  const stamp = sqlTime(now);
  const coachRows: unknown[][] = [];
  for (let i = 0; i < SEEDED_COACHES; i += 1) {
    coachRows.push([
      `教练${i}`,
      `150${String(i).padStart(8, '0')}`,
      '外聘机构',
      LEVELS[i % LEVELS.length],
      true,
      stamp,
      stamp,
      1,
    ]);
  }
  await db.insert(
    'coach',
    {
      name: 'text',
      mobile: 'text',
      organisation: 'text',
      level_code: 'text',
      active: 'bool',
      created_at: 'timestamp',
      updated_at: 'timestamp',
      version: 'int',
    },
    coachRows,
  );
  const coaches = (await db.query<{ id: number }>('SELECT id FROM coach ORDER BY id')).map((c) =>
    Number(c.id),
  );
  const heads = coaches.filter((_, i) => i % 4 === 0);
  const kinds: unknown[][] = [];
  const qualified: unknown[][] = [];
  coaches.forEach((id, i) => {
    kinds.push([id, 'assistant']);
    if (i % 4 === 0) kinds.push([id, 'coach']);
    const next = random(i + 5_000_011);
    const count = 2 + Math.floor(next() * 3);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(courses[Math.floor(next() * courses.length)]);
    for (const course of chosen) qualified.push([id, course]);
  });
  await db.insert('coach_kind', { coach_id: 'int', kind: 'text' }, kinds);
  await db.insert('coach_course', { coach_id: 'int', course_id: 'int' }, qualified);

  const terms = new Map<number, number>();
  const classRows: unknown[][] = [];
  for (let i = 0; i < SEEDED_CLASSES; i += 1) {
    const next = random(i + 6_000_011);
    const course = courses[i % courses.length];
    const term = (terms.get(course) ?? 0) + 1;
    terms.set(course, term);
    const start = now - 4 * 365 * DAY + Math.floor(next() * 5 * 365 * DAY);
    const end = start + (3 + Math.floor(next() * 19)) * DAY;
    const status = end < now ? 'finished' : start < now ? 'running' : 'enrolling';
    classRows.push([
      course,
      term,
      day(start),
      day(end),
      '上海市徐汇区漕溪北路 88 号',
      '31',
      '310104',
      60,
      // The seeded money enrols forty students in each class (seed-money.ts).
      40,
      status,
      stamp,
      stamp,
      1,
    ]);
  }
  for (let from = 0; from < classRows.length; from += SEED_BATCH)
    await db.insert('training_class', CLASS_COLUMNS, classRows.slice(from, from + SEED_BATCH));
  // Ids follow the insertion order: the i-th id is the i-th row written.
  const classes = await db.query<{ id: number }>('SELECT id FROM training_class ORDER BY id');
  const staff: unknown[][] = [];
  classes.forEach((row, i) => {
    const next = random(i + 7_000_011);
    const taken = new Set<number>();
    const pick = (pool: number[]) => {
      let id = pool[Math.floor(next() * pool.length)];
      while (taken.has(id)) id = pool[Math.floor(next() * pool.length)];
      taken.add(id);
      return id;
    };
    const [, , startDate, endDate] = classRows[i] as [number, number, string, string];
    staff.push([row.id, pick(heads), 'head_coach', startDate, endDate, true, stamp]);
    for (let k = 1; k < STAFF_PER_CLASS; k += 1)
      staff.push([row.id, pick(coaches), 'assistant', startDate, endDate, true, stamp]);
  });
  for (let from = 0; from < staff.length; from += SEED_BATCH)
    await db.insert('class_staff', CLASS_STAFF_COLUMNS, staff.slice(from, from + SEED_BATCH));
  const away: unknown[][] = [];
  for (let i = 0; i < SEEDED_UNAVAILABLE; i += 1) {
    const next = random(i + 8_000_011);
    const start = now - 365 * DAY + Math.floor(next() * 2 * 365 * DAY);
    away.push([
      coaches[Math.floor(next() * coaches.length)],
      day(start),
      day(start + (1 + Math.floor(next() * 14)) * DAY),
      '休假',
      stamp,
    ]);
  }
  await db.insert(
    'coach_unavailability',
    {
      coach_id: 'int',
      from_date: 'date',
      to_date: 'date',
      reason: 'text',
      created_at: 'timestamp',
    },
    away,
  );
}
