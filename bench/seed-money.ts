import type { RawDatabase } from './raw-database';
import { SEED_BATCH, sqlTime } from './seed';

export const SEEDED_ENROLMENTS = 200_000;
/** a fee row each, payments, a reversal and a discount row: 25 rows per 10 enrolments */
export const SEEDED_MONEY_ROWS = (SEEDED_ENROLMENTS / 10) * 25;
const FEE = 1_980_000;
const HALF = FEE / 2;
const DISCOUNT = 180_000;
const DAY = 24 * 3600_000;

/** `YYYY-MM-DD` of an instant (UTC). */
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Writes `rows` in batches. */
async function insertAll(
  db: RawDatabase,
  table: string,
  columns: Parameters<RawDatabase['insert']>[1],
  rows: unknown[][],
): Promise<void> {
  for (let from = 0; from < rows.length; from += SEED_BATCH)
    await db.insert(table, columns, rows.slice(from, from + SEED_BATCH));
}

/**
 * The money of a company some years old, on the seeded calendar: SEEDED_ENROLMENTS
 * enrolments spread over the classes (40 a class), each with its receivable, and per ten
 * of them: five paid in two halves, two half paid (with a three-instalment plan around the
 * class start, so some are overdue), one paid and reversed, one with a discount, one
 * unpaid; SEEDED_MONEY_ROWS ledger rows in all. Payments fall on the days before their class.
 */
export async function seedMoney(
  db: RawDatabase,
  coordinators: number[],
  financeId: number,
): Promise<void> {
  const classes = await db.query<{ id: number; course_id: number; start_date: string | Date }>(
    'SELECT id, course_id, start_date FROM training_class ORDER BY id',
  );
  const customers = (await db.query<{ id: number }>('SELECT id FROM customer ORDER BY id')).map(
    (c) => Number(c.id),
  );
  const now = Date.now();
  const stamp = sqlTime(now);
  const startOf = (value: string | Date) =>
    value instanceof Date ? value.getTime() : Date.parse(`${String(value).slice(0, 10)}T00:00:00Z`);
  const enrolments: unknown[][] = [];
  const plan: { r: number; classIndex: number; customer: number }[] = [];
  for (let i = 0; i < SEEDED_ENROLMENTS; i += 1) {
    const block = Math.floor(i / customers.length);
    const classIndex = (i + block) % classes.length;
    const customer = customers[i % customers.length];
    const r = i % 10;
    const start = startOf(classes[classIndex].start_date);
    enrolments.push([
      classes[classIndex].id,
      customer,
      'enrolled',
      FEE,
      r === 8 ? DISCOUNT : 0,
      r === 8 ? '老学员优惠' : null,
      coordinators[i % coordinators.length],
      sqlTime(start - 30 * DAY),
      stamp,
      stamp,
      1,
    ]);
    plan.push({ r, classIndex, customer });
  }
  await insertAll(
    db,
    'enrolment',
    {
      class_id: 'int',
      customer_id: 'int',
      status: 'text',
      fee_fen: 'int',
      discount_fen: 'int',
      discount_reason: 'text',
      enrolled_by_id: 'int',
      enrolled_at: 'timestamp',
      created_at: 'timestamp',
      updated_at: 'timestamp',
      version: 'int',
    },
    enrolments,
  );
  // Ids follow the insertion order: the i-th id is the i-th row written.
  const enrolmentIds = (await db.query<{ id: number }>('SELECT id FROM enrolment ORDER BY id')).map(
    (e) => Number(e.id),
  );

  const receivables: unknown[][] = plan.map(({ r, classIndex, customer }, i) => {
    const paid = r <= 4 ? FEE : r <= 6 ? HALF : 0;
    const due = r === 8 ? FEE - DISCOUNT : FEE;
    return [
      enrolmentIds[i],
      classes[classIndex].id,
      classes[classIndex].course_id,
      customer,
      coordinators[i % coordinators.length],
      due,
      paid,
      0,
      r <= 4 ? 'paid' : r <= 6 ? 'partly_paid' : 'open',
      // Half paid of three thirds: the second instalment, due on the first day, is next.
      r === 5 || r === 6 ? day(startOf(classes[classIndex].start_date)) : null,
      r <= 4 ? stamp : null,
      stamp,
      stamp,
      1,
    ];
  });
  await insertAll(
    db,
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
      next_due_date: 'date',
      paid_in_full_at: 'timestamp',
      created_at: 'timestamp',
      updated_at: 'timestamp',
      version: 'int',
    },
    receivables,
  );
  const receivableIds = (
    await db.query<{ id: number }>('SELECT id FROM receivable ORDER BY id')
  ).map((e) => Number(e.id));

  const ledger: unknown[][] = [];
  const reversals: { receivableId: number; at: number }[] = [];
  const instalments: unknown[][] = [];
  let receipts = 0;
  const payment = (receivableId: number, at: number) => {
    receipts += 1;
    ledger.push([
      receivableId,
      'payment',
      HALF,
      receipts % 2 ? 'wechat' : 'transfer',
      sqlTime(at),
      `S${String(receipts).padStart(10, '0')}`,
      null,
      financeId,
      sqlTime(at),
    ]);
  };
  plan.forEach(({ r, classIndex }, i) => {
    const id = receivableIds[i];
    const start = startOf(classes[classIndex].start_date);
    ledger.push([
      id,
      'fee',
      FEE,
      null,
      null,
      null,
      null,
      coordinators[i % coordinators.length],
      sqlTime(start - 30 * DAY),
    ]);
    if (r === 8)
      ledger.push([
        id,
        'discount',
        DISCOUNT,
        null,
        null,
        null,
        '老学员优惠',
        coordinators[i % coordinators.length],
        sqlTime(start - 30 * DAY),
      ]);
    if (r <= 7) payment(id, start - 20 * DAY);
    if (r <= 4) payment(id, start - 5 * DAY);
    if (r === 7) reversals.push({ receivableId: id, at: start - 19 * DAY });
    if (r === 5 || r === 6) {
      [-30, 0, 30].forEach((offset, k) =>
        instalments.push([
          id,
          k + 1,
          day(start + offset * DAY),
          FEE / 3,
          ((k + 1) * FEE) / 3,
          null,
          stamp,
        ]),
      );
    }
  });
  await insertAll(
    db,
    'ledger_entry',
    {
      receivable_id: 'int',
      kind: 'text',
      amount_fen: 'int',
      method_code: 'text',
      paid_at: 'timestamp',
      receipt_code: 'text',
      note: 'text',
      recorded_by_id: 'int',
      created_at: 'timestamp',
    },
    ledger,
  );
  // A reversal points at its payment: the payment rows of the reversed receivables, by id.
  const reversedPayments = await db.query<{ id: number; receivable_id: number }>(
    `SELECT e.id, e.receivable_id FROM ledger_entry e JOIN receivable r ON r.id = e.receivable_id WHERE e.kind = 'payment' AND r.status = 'open' ORDER BY e.id`,
  );
  const reversedAt = new Map(reversals.map((row) => [row.receivableId, row.at]));
  await insertAll(
    db,
    'ledger_entry',
    {
      receivable_id: 'int',
      kind: 'text',
      amount_fen: 'int',
      paid_at: 'timestamp',
      reverses_id: 'int',
      note: 'text',
      recorded_by_id: 'int',
      created_at: 'timestamp',
    },
    reversedPayments.map((row) => {
      const at = sqlTime(reversedAt.get(Number(row.receivable_id)) ?? now);
      return [
        Number(row.receivable_id),
        'reversal',
        HALF,
        at,
        Number(row.id),
        '录入错误',
        financeId,
        at,
      ];
    }),
  );
  await insertAll(
    db,
    'instalment',
    {
      receivable_id: 'int',
      seq: 'int',
      due_date: 'date',
      amount_fen: 'int',
      cumulative_fen: 'int',
      reminded_at: 'timestamp',
      created_at: 'timestamp',
    },
    instalments,
  );
}
