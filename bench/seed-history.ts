import { random } from './bench-data';
import type { RawDatabase } from './raw-database';
import { customerId, SEED_BATCH, sqlTime } from './seed';

export const SEEDED_RECORDS = 200_000;
export const SEEDED_PLANS = 60_000;

const DAY = 24 * 3600_000;
const CHANNELS = ['phone', 'phone', 'wechat', 'visit', 'sms'];
/** Of the past plans still open (overdue): the to-do user's share gives about 2,000. */
const OVERDUE_SHARE_TODO_USER = 0.36;
const OVERDUE_SHARE_OTHERS = 0.05;
const DELEGATED_SHARE = 0.03;

const RECORD_COLUMNS = {
  code: 'text',
  customer_id: 'int',
  type_id: 'int',
  channel: 'text',
  occurred_at: 'timestamp',
  content: 'text',
  outcome: 'text',
  staff_id: 'int',
  created_by_id: 'int',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  version: 'int',
} as const;

const PLAN_COLUMNS = {
  customer_id: 'int',
  type_id: 'int',
  content: 'text',
  due_at: 'timestamp',
  owner_id: 'int',
  assignee_id: 'int',
  remind_by_sms: 'bool',
  status: 'text',
  origin: 'text',
  delegated_at: 'timestamp',
  delegation_note: 'text',
  reminded_at: 'timestamp',
  completed_at: 'timestamp',
  completed_by_id: 'int',
  cancelled_at: 'timestamp',
  cancel_reason: 'text',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  version: 'int',
} as const;

export interface HistoryPeople {
  /** the coordinators: records and plans are spread over them */
  staff: number[];
  /** the coordinator whose to-do is measured: about 2,000 overdue plans */
  todoUser: number;
}

/**
 * A year of contact history on the seeded customers: SEEDED_RECORDS records over the last
 * 365 days (never today, whose codes the server draws) and SEEDED_PLANS plans due from a year
 * ago to a month ahead, most past ones done, some cancelled, some overdue; a few delegated.
 */
export async function seedHistory(
  db: RawDatabase,
  customers: number,
  people: HistoryPeople,
): Promise<void> {
  const types = (await db.query<{ id: number }>('SELECT id FROM interaction_type')).map((t) =>
    Number(t.id),
  );
  const now = Date.now();
  await seedRecords(
    db,
    { from: 0, to: SEEDED_RECORDS },
    { customers, types, staff: people.staff, now },
  );
  for (let from = 0; from < SEEDED_PLANS; from += SEED_BATCH) {
    const rows: unknown[][] = [];
    for (let i = from; i < Math.min(SEEDED_PLANS, from + SEED_BATCH); i += 1)
      rows.push(planRow(i, now, customers, types, people));
    await db.insert('interaction_plan', PLAN_COLUMNS, rows);
  }
}

/** What a seeded record is drawn from: the base, the types, the staff and the present. */
export interface RecordSpread {
  customers: number;
  types: number[];
  staff: number[];
  now: number;
}

/**
 * Records number `range.from` to `range.to - 1` (reproducible from their number), in batches:
 * each on a day of the last year (never today), a customer, a type and a member of staff
 * drawn evenly. Numbers are unique, and so are the codes made from them.
 */
export async function seedRecords(
  db: RawDatabase,
  range: { from: number; to: number },
  spread: RecordSpread,
): Promise<void> {
  for (let from = range.from; from < range.to; from += SEED_BATCH) {
    const rows: unknown[][] = [];
    for (let i = from; i < Math.min(range.to, from + SEED_BATCH); i += 1)
      rows.push(recordRow(i, spread));
    await db.insert('interaction', RECORD_COLUMNS, rows);
  }
}

function recordRow(i: number, spread: RecordSpread): unknown[] {
  const next = random(i + 1_000_003);
  const occurred = sqlTime(spread.now - DAY - Math.floor(next() * 364 * DAY));
  const staff = spread.staff[i % spread.staff.length];
  return [
    `G${occurred.slice(0, 10).replace(/-/g, '')}${String(i).padStart(7, '0')}`,
    customerId(Math.floor(next() * spread.customers)),
    spread.types[Math.floor(next() * spread.types.length)],
    CHANNELS[i % CHANNELS.length],
    occurred,
    '电话沟通了下期课程安排，客户对周末班感兴趣',
    next() < 0.7 ? '约好周六来校面谈' : null,
    staff,
    staff,
    occurred,
    occurred,
    1,
  ];
}

function planRow(
  i: number,
  now: number,
  customers: number,
  types: number[],
  people: HistoryPeople,
): unknown[] {
  const next = random(i + 2_000_003);
  const owner = people.staff[i % people.staff.length];
  const delegated = next() < DELEGATED_SHARE;
  const assignee = delegated ? people.staff[(i + 1) % people.staff.length] : owner;
  const due = now - 365 * DAY + Math.floor(next() * 395 * DAY);
  const created = due - 3 * DAY;
  const overdueShare =
    assignee === people.todoUser ? OVERDUE_SHARE_TODO_USER : OVERDUE_SHARE_OTHERS;
  const past = due < now;
  const fate = next();
  const status = !past || fate < overdueShare ? 'open' : fate < 0.92 ? 'done' : 'cancelled';
  return [
    customerId(Math.floor(next() * customers)),
    types[Math.floor(next() * types.length)],
    '回访上次课程的反馈',
    sqlTime(due),
    owner,
    assignee,
    false,
    status,
    'manual',
    delegated ? sqlTime(created + DAY) : null,
    delegated ? '请代为跟进' : null,
    // Past plans were reminded when they fell due: the reminder job leaves them alone.
    past ? sqlTime(due - 3600_000) : null,
    status === 'done' ? sqlTime(due + Math.floor(next() * 2 * 3600_000)) : null,
    status === 'done' ? assignee : null,
    status === 'cancelled' ? sqlTime(due - DAY) : null,
    status === 'cancelled' ? '客户改期' : null,
    sqlTime(created),
    sqlTime(created),
    1,
  ];
}
