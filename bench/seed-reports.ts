import { CLASS_COLUMNS, CLASS_STAFF_COLUMNS } from './seed-calendar';
import type { RawDatabase } from './raw-database';
import { customerId, SEED_BATCH, sqlTime } from './seed';
import { SEEDED_RECORDS, seedRecords } from './seed-history';

/** The interaction records the reports are measured on (issue 14): a million. */
export const REPORT_RECORDS = 1_000_000;
/** The students of the stage-one class whose files are measured. */
export const BIG_CLASS_STUDENTS = 200;
/** The customers who introduced others: one in three customers was introduced by one of them. */
const INTRODUCERS = 500;
const FEE = 1_980_000;
const DAY = 24 * 3600_000;

/** Provinces and their capitals' city codes, in turn: reports by region have regions. */
const REGIONS: [province: string, city: string][] = [
  ['44', '4401'],
  ['31', '3101'],
  ['11', '1101'],
  ['33', '3301'],
  ['32', '3201'],
  ['51', '5101'],
  ['42', '4201'],
  ['37', '3701'],
];

/** What the reports part measures on, beside the seeded base. */
export interface ReportData {
  /** the stage-one (TR1) class of BIG_CLASS_STUDENTS students */
  bigClassId: number;
  /** TR1's course id */
  tr1CourseId: number;
  /** the customer who introduced the most people */
  topIntroducerId: number;
}

/** `YYYY-MM-DD` of an instant (UTC). */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * What the reports need on top of the seeded base, written straight into the database while
 * the server is stopped: the interaction records topped up to REPORT_RECORDS (the same spread
 * over the year, staff, customers and types as seed-history's), customers over eight
 * provinces, one in three customers introduced by one of INTRODUCERS others (snapshotted on
 * their enrolments, a referral promise from one student in two of the TR1 classes), the customers' stage the
 * highest main-line class they entered, and a TR1 class of BIG_CLASS_STUDENTS students (paid
 * in full) that finished a fortnight ago.
 */
export async function seedReportData(
  db: RawDatabase,
  customers: number,
  staff: number[],
): Promise<void> {
  const types = (await db.query<{ id: number }>('SELECT id FROM interaction_type')).map((t) =>
    Number(t.id),
  );
  const now = Date.now();
  await seedRecords(
    db,
    { from: SEEDED_RECORDS, to: REPORT_RECORDS },
    { customers, types, staff, now },
  );

  // One statement per region keeps the SQL plain (CASE with one branch each).
  for (const [i, [province, city]] of REGIONS.entries())
    await db.execute(
      `UPDATE customer SET province_code = ?, city_code = ? WHERE id % ${REGIONS.length} = ?`,
      [province, city, i],
    );

  await seedBigClass(db, customers, staff, now);

  // Introduced: one customer in three (past the introducers themselves), by one of the first
  // INTRODUCERS customers; their enrolments snapshot the introducer, as the server's do.
  await db.execute(
    `UPDATE customer SET introducer_id = (id * 37) % ${INTRODUCERS} + 1 WHERE id % 3 = 0 AND id > ${INTRODUCERS}`,
  );
  await db.execute(
    'UPDATE enrolment SET introducer_id = (SELECT c.introducer_id FROM customer c WHERE c.id = enrolment.customer_id)',
  );
  // Promises are made in stage-one classes: one student in two makes one, of one to five people.
  await db.execute(
    `UPDATE enrolment SET referral_commitment = 1 + id % 5 WHERE id % 2 = 0 AND class_id IN
       (SELECT k.id FROM training_class k JOIN course c ON c.id = k.course_id WHERE c.stage = 1)`,
  );
  // The stage a customer reached: the highest main-line class entered, in order.
  for (const [stage, name] of [
    [1, 'TR1'],
    [2, 'TR2'],
    [3, 'TA'],
  ] as const)
    await db.execute(
      `UPDATE customer SET stage = ? WHERE id IN (SELECT e.customer_id FROM enrolment e
         JOIN training_class k ON k.id = e.class_id JOIN course c ON c.id = k.course_id
         WHERE c.stage = ? AND e.status IN ('enrolled', 'graduated', 'dropped'))`,
      [name, stage],
    );
}

/** The TR1 class of BIG_CLASS_STUDENTS students, its staff, receivables and ledger. */
async function seedBigClass(
  db: RawDatabase,
  customers: number,
  staff: number[],
  now: number,
): Promise<void> {
  const [tr1] = await db.query<{ id: number }>("SELECT id FROM course WHERE code = 'TR1'");
  const [{ term }] = await db.query<{ term: number | string | null }>(
    'SELECT MAX(term) AS term FROM training_class WHERE course_id = ?',
    [tr1.id],
  );
  const start = now - 17 * DAY;
  const stamp = sqlTime(now);
  await db.insert('training_class', CLASS_COLUMNS, [
    [
      Number(tr1.id),
      Number(term ?? 0) + 1,
      day(start),
      day(start + 3 * DAY),
      '广州市天河区体育西路 191 号',
      '44',
      '4401',
      BIG_CLASS_STUDENTS + 20,
      BIG_CLASS_STUDENTS,
      'finished',
      stamp,
      stamp,
      1,
    ],
  ]);
  const [{ id: classId }] = await db.query<{ id: number }>(
    'SELECT MAX(id) AS id FROM training_class',
  );
  const heads = await db.query<{ coach_id: number }>(
    "SELECT coach_id FROM coach_kind WHERE kind = 'coach' ORDER BY coach_id LIMIT 1",
  );
  const assistants = await db.query<{ coach_id: number }>(
    "SELECT coach_id FROM coach_kind WHERE kind = 'assistant' ORDER BY coach_id DESC LIMIT 4",
  );
  await db.insert(
    'class_staff',
    CLASS_STAFF_COLUMNS,
    [
      ...heads.map((row) => ['head_coach', row.coach_id]),
      ...assistants.map((row) => ['assistant', row.coach_id]),
    ].map(([role, coach]) => [
      Number(classId),
      Number(coach),
      role,
      day(start),
      day(start + 3 * DAY),
      true,
      stamp,
    ]),
  );

  // Students spread over the base, none already in this class (it is new).
  const students = Array.from({ length: BIG_CLASS_STUDENTS }, (_, k) =>
    customerId(Math.floor((k * customers) / BIG_CLASS_STUDENTS) + 1),
  );
  const enrolledAt = sqlTime(start - 30 * DAY);
  await db.insert(
    'enrolment',
    {
      class_id: 'int',
      customer_id: 'int',
      status: 'text',
      fee_fen: 'int',
      discount_fen: 'int',
      enrolled_by_id: 'int',
      enrolled_at: 'timestamp',
      created_at: 'timestamp',
      updated_at: 'timestamp',
      version: 'int',
    },
    students.map((customer, k) => [
      Number(classId),
      customer,
      // A few left during the class: they entered it all the same.
      k % 25 === 0 ? 'dropped' : 'graduated',
      FEE,
      0,
      staff[k % staff.length],
      enrolledAt,
      enrolledAt,
      enrolledAt,
      1,
    ]),
  );
  const enrolments = await db.query<{ id: number; customer_id: number }>(
    'SELECT id, customer_id FROM enrolment WHERE class_id = ? ORDER BY id',
    [classId],
  );
  const paidAt = sqlTime(start - 20 * DAY);
  await db.insert(
    'receivable',
    {
      enrolment_id: 'int',
      class_id: 'int',
      course_id: 'int',
      customer_id: 'int',
      coordinator_id: 'int',
      due_fen: 'int',
      paid_fen: 'int',
      refunded_fen: 'int',
      status: 'text',
      paid_in_full_at: 'timestamp',
      created_at: 'timestamp',
      updated_at: 'timestamp',
      version: 'int',
    },
    enrolments.map((row, k) => [
      Number(row.id),
      Number(classId),
      Number(tr1.id),
      Number(row.customer_id),
      staff[k % staff.length],
      FEE,
      FEE,
      0,
      'paid',
      paidAt,
      enrolledAt,
      paidAt,
      1,
    ]),
  );
  const receivables = await db.query<{ id: number }>(
    'SELECT id FROM receivable WHERE class_id = ? ORDER BY id',
    [classId],
  );
  const ledger: unknown[][] = [];
  receivables.forEach((row, k) => {
    const recorder = staff[k % staff.length];
    ledger.push([Number(row.id), 'fee', FEE, null, null, null, recorder, enrolledAt]);
    ledger.push([
      Number(row.id),
      'payment',
      FEE,
      'transfer',
      paidAt,
      `SB${String(k).padStart(9, '0')}`,
      recorder,
      paidAt,
    ]);
  });
  for (let from = 0; from < ledger.length; from += SEED_BATCH)
    await db.insert(
      'ledger_entry',
      {
        receivable_id: 'int',
        kind: 'text',
        amount_fen: 'int',
        method_code: 'text',
        paid_at: 'timestamp',
        receipt_code: 'text',
        recorded_by_id: 'int',
        created_at: 'timestamp',
      },
      ledger.slice(from, from + SEED_BATCH),
    );
}

/** The ids the reports part runs with, read back from the seeded database. */
export async function reportData(db: RawDatabase): Promise<ReportData> {
  const [tr1] = await db.query<{ id: number }>("SELECT id FROM course WHERE code = 'TR1'");
  const [big] = await db.query<{ class_id: number }>(
    `SELECT class_id FROM enrolment e JOIN training_class k ON k.id = e.class_id
     WHERE k.course_id = ? GROUP BY class_id ORDER BY COUNT(*) DESC, class_id DESC LIMIT 1`,
    [tr1.id],
  );
  const [top] = await db.query<{ introducer_id: number }>(
    `SELECT introducer_id FROM customer WHERE introducer_id IS NOT NULL
     GROUP BY introducer_id ORDER BY COUNT(*) DESC, introducer_id LIMIT 1`,
  );
  return {
    bigClassId: Number(big.class_id),
    tr1CourseId: Number(tr1.id),
    topIntroducerId: Number(top?.introducer_id ?? 1),
  };
}
