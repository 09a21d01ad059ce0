import { randomUUID } from 'node:crypto';
import type { BenchContext } from './bench-context';
import { load } from './load';
import { SEEDED_ENROLMENTS, SEEDED_MONEY_ROWS } from './seed-money';
import { medianMs } from './timing';

/** Receivables whose ledger does not add up to their paid figure: 0 when the books are exact. */
const UNBALANCED = `SELECT COUNT(*) AS n FROM receivable r
  WHERE r.paid_fen <> (SELECT COALESCE(SUM(CASE WHEN e.kind = 'payment' THEN e.amount_fen WHEN e.kind = 'reversal' THEN 0 - e.amount_fen ELSE 0 END), 0)
    FROM ledger_entry e WHERE e.receivable_id = r.id)`;
const RAW_CLASS_PAGE = `SELECT r.* FROM receivable r WHERE r.class_id = ? ORDER BY r.id DESC LIMIT 50`;
const RAW_OVERDUE_PAGE = `SELECT r.* FROM receivable r WHERE r.next_due_date < ? AND r.status IN ('open', 'partly_paid')
  ORDER BY r.next_due_date, r.id LIMIT 50`;
const RAW_CLOSING = `SELECT p.method_code, e.recorded_by_id, COUNT(*) AS n, SUM(e.amount_fen) AS amount FROM ledger_entry e
  JOIN ledger_entry p ON p.id = COALESCE(e.reverses_id, e.id)
  WHERE e.paid_at >= ? AND e.paid_at < ? AND e.kind IN ('payment', 'reversal', 'refund') GROUP BY p.method_code, e.recorded_by_id`;

function count(rows: { n: number | string }[]): number {
  return Number(rows[0]?.n ?? 0);
}

/**
 * Money on SEEDED_ENROLMENTS enrolments and SEEDED_MONEY_ROWS ledger rows: payments with
 * fresh Idempotency-Keys under load, the books checked exact afterwards; the receivables of
 * one class, the overdue list and a day's closing sheet, each timed beside the raw query and
 * under load.
 */
export async function measureMoney(ctx: BenchContext): Promise<void> {
  await ctx.signIn();
  const { finance, raw, report } = ctx;
  const [{ class_id: classId }] = await raw.query<{ class_id: number }>(
    'SELECT class_id FROM receivable ORDER BY id DESC LIMIT 1',
  );
  const [{ paid_at: busiest }] = await raw.query<{ paid_at: string | Date }>(
    "SELECT paid_at FROM ledger_entry WHERE kind = 'payment' ORDER BY id DESC LIMIT 1",
  );
  const day = new Date(
    busiest instanceof Date
      ? busiest.getTime()
      : Date.parse(`${String(busiest).replace(' ', 'T')}Z`),
  )
    .toISOString()
    .slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  const paths = {
    classPage: `/api/receivables?classId=${classId}`,
    overdue: '/api/receivables?overdue=true',
    closing: `/api/finance/closing-sheet?day=${day}`,
  };

  const timings: [string, string, () => Promise<unknown>][] = [
    [
      'the receivables of one class (with totals)',
      paths.classPage,
      () => raw.query(RAW_CLASS_PAGE, [classId]),
    ],
    [
      'overdue receivables, first page (with totals)',
      paths.overdue,
      () => raw.query(RAW_OVERDUE_PAGE, [today]),
    ],
    [
      "a day's closing sheet",
      paths.closing,
      () => raw.query(RAW_CLOSING, [`${day} 00:00:00`, `${day} 23:59:59.999`]),
    ],
  ];
  for (const [label, path, rawQuery] of timings) {
    report.timing(
      `${label} (${SEEDED_ENROLMENTS} enrolments, ${SEEDED_MONEY_ROWS} money rows)`,
      await medianMs(21, () => finance.call('GET', path)),
      await medianMs(21, rawQuery),
    );
  }

  // Payments of ¥1.00 on the unpaid receivables (one in ten owes the whole fee), each with
  // its own key: the books must hold exactly the payments answered 201.
  const unpaid = (
    await raw.query<{ id: number }>(
      "SELECT id FROM receivable WHERE status = 'open' AND paid_fen = 0 ORDER BY id",
    )
  ).map((row) => Number(row.id));
  let next = 0;
  const payments = {
    base: ctx.server.url,
    path: `/api/receivables/${unpaid[0]}/payments`,
    token: finance.token,
    method: 'POST' as const,
    body: () => ({ amountFen: 100, methodCode: 'cash' }),
    vary: () => {
      next += 1;
      return {
        path: `/api/receivables/${unpaid[next % unpaid.length]}/payments`,
        headers: { 'idempotency-key': randomUUID() },
      };
    },
  };
  // The reads above ran their path 21 times before their loads; payments run theirs for two
  // seconds first, unreported, so that the load measures a warm server as it does for them.
  await load(payments, ctx.connections, 2);
  const before = count(
    await raw.query<{ n: number }>("SELECT COUNT(*) AS n FROM ledger_entry WHERE kind = 'payment'"),
  );
  const paying = await load(payments, ctx.connections, ctx.seconds);
  report.interaction('POST /api/receivables/:id/payments, a fresh key each', paying);
  const after = count(
    await raw.query<{ n: number }>("SELECT COUNT(*) AS n FROM ledger_entry WHERE kind = 'payment'"),
  );
  const unbalanced = count(await raw.query<{ n: number }>(UNBALANCED));
  report.note(
    `Payments under load: ${paying.answered - paying.errors} answered 201 within the run and ${after - before} payment rows written (the difference, at most one a client, was still on its way when the load stopped); ${unbalanced} receivables whose paid figure differs from their ledger (0: the books are exact).`,
  );

  for (const [label, path] of [
    ['GET /api/receivables?classId=…', paths.classPage],
    ['GET /api/receivables?overdue=true', paths.overdue],
    ['GET /api/finance/closing-sheet?day=…', paths.closing],
  ]) {
    report.interaction(
      label,
      await load(
        { base: ctx.server.url, path, token: finance.token },
        ctx.connections,
        ctx.seconds,
      ),
    );
  }
}
