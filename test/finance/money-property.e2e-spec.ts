import fc from 'fast-check';
import { LedgerEntry } from '../../src/modules/finance/entities/ledger-entry.entity';
import { Receivable } from '../../src/modules/finance/entities/receivable.entity';
import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** Sequences a run tries; MONEY_SEED replays a failing one (fast-check prints its seed). */
const RUNS = 200;
const PDF = Buffer.from('%PDF-1.4\n%property\n');

/** What the books of one receivable should say, kept beside the real one. */
interface Books {
  dueFen: number;
  paidFen: number;
  refundedFen: number;
  status: string;
  payments: { id: number; amountFen: number; key: string; reversed: boolean }[];
  pending: { id: number; amountFen: number } | null;
}

/** The real system: one receivable, and the people who move its money. */
interface Real {
  t: TestApp;
  receivableId: number;
  /** the student, whose list of receivables holds this one alone */
  customerId: number;
  finance: TestUser;
  coordinator: TestUser;
  documentId: string;
  key: () => string;
}

const MOVABLE = ['open', 'partly_paid', 'paid'];

/** The status the figures give, while the receivable is not settled. */
function statusOf(books: Books): string {
  if (books.paidFen >= books.dueFen) return 'paid';
  return books.paidFen > 0 ? 'partly_paid' : 'open';
}

class Pay implements fc.AsyncCommand<Books, Real> {
  constructor(readonly amountFen: number) {}
  check = () => true;
  async run(books: Books, real: Real) {
    const key = real.key();
    const answer = await pay(real, key, this.amountFen);
    const takes = ['open', 'partly_paid'].includes(books.status);
    if (takes && books.paidFen + this.amountFen <= books.dueFen) {
      expect(answer.status).toBe(201);
      books.paidFen += this.amountFen;
      books.status = statusOf(books);
      books.payments.push({
        id: answer.body.entry.id,
        amountFen: this.amountFen,
        key,
        reversed: false,
      });
    } else {
      expect([answer.status, answer.body.code]).toEqual([
        409,
        takes ? 'OVERPAYMENT' : 'NOT_PAYABLE',
      ]);
    }
    await agree(books, real);
  }
  toString = () => `pay ${this.amountFen}`;
}

/** Pays exactly what is still owed, plus `extra` fen: the boundary of an over-payment. */
class PayOutstanding implements fc.AsyncCommand<Books, Real> {
  constructor(readonly extra: number) {}
  check = () => true;
  async run(books: Books, real: Real) {
    await new Pay(Math.max(books.dueFen - books.paidFen + this.extra, 1)).run(books, real);
  }
  toString = () => `pay what is owed + ${this.extra}`;
}

class RetryPayment implements fc.AsyncCommand<Books, Real> {
  constructor(readonly pick: number) {}
  check = (books: Readonly<Books>) => books.payments.length > 0;
  async run(books: Books, real: Real) {
    const payment = books.payments[this.pick % books.payments.length];
    const again = await pay(real, payment.key, payment.amountFen);
    expect([again.status, again.body.entry?.id]).toEqual([201, payment.id]);
    const other = await pay(real, payment.key, payment.amountFen + 1);
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    await agree(books, real);
  }
  toString = () => `retry payment #${this.pick}`;
}

class Reverse implements fc.AsyncCommand<Books, Real> {
  constructor(readonly pick: number) {}
  check = (books: Readonly<Books>) => books.payments.length > 0;
  async run(books: Books, real: Real) {
    const payment = books.payments[this.pick % books.payments.length];
    const answer = await real.t
      .post(`/api/payments/${payment.id}/reversal`, real.finance.accessToken, {
        reason: '性质测试冲正',
      })
      .set('Idempotency-Key', real.key());
    if (payment.reversed) {
      expect([answer.status, answer.body.code]).toEqual([409, 'ALREADY_REVERSED']);
    } else if (
      !MOVABLE.includes(books.status) ||
      books.paidFen - payment.amountFen < books.refundedFen
    ) {
      expect([answer.status, answer.body.code]).toEqual([409, 'NOT_REVERSIBLE']);
    } else {
      expect(answer.status).toBe(201);
      payment.reversed = true;
      books.paidFen -= payment.amountFen;
      books.status = statusOf(books);
    }
    await agree(books, real);
  }
  toString = () => `reverse payment #${this.pick}`;
}

class RequestRefund implements fc.AsyncCommand<Books, Real> {
  constructor(readonly amountFen: number) {}
  check = () => true;
  async run(books: Books, real: Real) {
    const answer = await real.t.post(
      `/api/receivables/${real.receivableId}/refunds`,
      real.coordinator.accessToken,
      {
        amountFen: this.amountFen,
        reason: '性质测试退费',
        documentId: real.documentId,
      },
    );
    const refundable =
      MOVABLE.includes(books.status) && this.amountFen <= books.paidFen - books.refundedFen;
    if (!refundable) {
      expect([answer.status, answer.body.code]).toEqual([
        409,
        MOVABLE.includes(books.status) ? 'REFUND_TOO_LARGE' : 'NOT_REFUNDABLE',
      ]);
    } else if (books.pending) {
      expect([answer.status, answer.body.code]).toEqual([409, 'REFUND_PENDING']);
    } else {
      expect(answer.status).toBe(201);
      books.pending = { id: answer.body.id, amountFen: this.amountFen };
    }
    await agree(books, real);
  }
  toString = () => `request a refund of ${this.amountFen}`;
}

class Decide implements fc.AsyncCommand<Books, Real> {
  constructor(readonly approve: boolean) {}
  check = (books: Readonly<Books>) => books.pending !== null;
  async run(books: Books, real: Real) {
    const pending = books.pending as { id: number; amountFen: number };
    if (!this.approve) {
      await real.t
        .post(`/api/refunds/${pending.id}/rejection`, real.finance.accessToken, {
          reason: '性质测试驳回',
        })
        .expect(200);
    } else {
      const answer = await real.t
        .post(`/api/refunds/${pending.id}/approval`, real.finance.accessToken, {
          methodCode: 'transfer',
        })
        .set('Idempotency-Key', real.key());
      // Payments or reversals since the request may have left less to refund than it asked.
      if (
        MOVABLE.includes(books.status) &&
        pending.amountFen <= books.paidFen - books.refundedFen
      ) {
        expect(answer.status).toBe(201);
        books.refundedFen += pending.amountFen;
        books.status = 'refunded';
      } else {
        expect(answer.status).toBe(409);
      }
    }
    // A rejection or a refund paid out decides the request; a refused approval leaves it.
    if (!this.approve || books.status === 'refunded') books.pending = null;
    await agree(books, real);
  }
  toString = () => (this.approve ? 'approve the refund' : 'reject the refund');
}

function pay(real: Real, key: string, amountFen: number) {
  return real.t
    .post(`/api/receivables/${real.receivableId}/payments`, real.finance.accessToken, {
      amountFen,
      methodCode: 'cash',
    })
    .set('Idempotency-Key', key);
}

/** The API's receivable, its list's totals and the ledger's sums say what the model says. */
async function agree(books: Books, real: Real): Promise<void> {
  const shown = await real.t
    .get(`/api/receivables/${real.receivableId}`, real.finance.accessToken)
    .expect(200);
  const outstanding = books.status === 'refunded' ? 0 : books.dueFen - books.paidFen;
  expect({
    dueFen: shown.body.dueFen,
    paidFen: shown.body.paidFen,
    refundedFen: shown.body.refundedFen,
    outstandingFen: shown.body.outstandingFen,
    status: shown.body.status,
  }).toEqual({
    dueFen: books.dueFen,
    paidFen: books.paidFen,
    refundedFen: books.refundedFen,
    outstandingFen: outstanding,
    status: books.status,
  });
  // The list's totals (kept a few seconds) follow every move at once.
  const listed = await real.t
    .get(`/api/receivables?customerId=${real.customerId}`, real.finance.accessToken)
    .expect(200);
  expect({ total: listed.body.total, ...listed.body.totals }).toEqual({
    total: 1,
    dueFen: books.dueFen,
    paidFen: books.paidFen,
    refundedFen: books.refundedFen,
    outstandingFen: outstanding,
  });
  const row = await real.t.dataSource
    .getRepository(Receivable)
    .findOneByOrFail({ id: real.receivableId });
  const entries = await real.t.dataSource
    .getRepository(LedgerEntry)
    .findBy({ receivableId: real.receivableId });
  const sum = (kind: string) =>
    entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.amountFen, 0);
  expect([row.dueFen, row.paidFen, row.refundedFen]).toEqual([
    sum('fee') - sum('discount'),
    sum('payment') - sum('reversal'),
    sum('refund'),
  ]);
}

/**
 * Money is exact (issue: balances): random sequences of payments, retries with the same key
 * and with another body, reversals, refund requests, approvals and rejections, each checked
 * against a model of the books after every step, over HTTP on the real database.
 */
describe('the books of a receivable under random sequences (property)', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let finance: TestUser;
  let classId: number;
  let documentId: string;
  let keys = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    ({ classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: coordinator.accessToken },
      { feeFen: 100_000, capacity: null },
    ));
    const upload = await t
      .http()
      .post('/api/refunds/documents')
      .set('Authorization', `Bearer ${coordinator.accessToken}`)
      .attach('file', PDF, 'request.pdf')
      .expect(201);
    documentId = upload.body.id;
  });
  afterAll(() => t.close());

  it(`keeps every balance exact over ${RUNS} random sequences`, async () => {
    const commands = [
      fc.integer({ min: 1, max: 120_000 }).map((amount) => new Pay(amount)),
      fc.integer({ min: 1, max: 40_000 }).map((amount) => new Pay(amount)),
      fc.constantFrom(0, 1).map((extra) => new PayOutstanding(extra)),
      fc.nat(20).map((pick) => new RetryPayment(pick)),
      fc.nat(20).map((pick) => new Reverse(pick)),
      fc.integer({ min: 1, max: 100_000 }).map((amount) => new RequestRefund(amount)),
      fc.boolean().map((approve) => new Decide(approve)),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 100_000 }),
        fc.commands(commands, { maxCommands: 8 }),
        async (discountFen, steps) => {
          const student = await createCustomer(t, coordinator.accessToken);
          const enrolled = await t
            .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
              customerId: student.id,
              ...(discountFen ? { discountFen, discountReason: '性质测试优惠' } : {}),
            })
            .expect(201);
          const dueFen = 100_000 - discountFen;
          const books: Books = {
            dueFen,
            paidFen: 0,
            refundedFen: 0,
            status: dueFen === 0 ? 'paid' : 'open',
            payments: [],
            pending: null,
          };
          const real: Real = {
            t,
            receivableId: enrolled.body.receivableId,
            customerId: student.id,
            finance,
            coordinator,
            documentId,
            key: () => {
              keys += 1;
              return `property-${process.pid}-${keys}`;
            },
          };
          await fc.asyncModelRun(() => ({ model: books, real }), steps);
        },
      ),
      {
        numRuns: RUNS,
        ...(process.env.MONEY_SEED ? { seed: Number(process.env.MONEY_SEED) } : {}),
      },
    );
  });
});
