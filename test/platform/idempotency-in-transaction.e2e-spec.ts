import { CodeSequence } from '../../src/database/code-sequence/code-sequence.entity';
import { IdempotencyRecord } from '../../src/idempotency/entities/idempotency-record.entity';
import { IdempotentTransferController } from '../support/idempotent-transfer.controller';
import { TestApp, type TestUser } from '../support/test-app';

/**
 * IdempotencyService.run (issue 10 item 4): a money move records its key, does its work and
 * stores its result in one commit; a retry never moves the money twice, and a move that fails
 * leaves the key free.
 */
describe('Idempotency-Key inside a business transaction', () => {
  let t: TestApp;
  let user: TestUser;
  let accounts = 0;

  beforeAll(async () => {
    t = await TestApp.start({ controllers: [IdempotentTransferController] });
    user = await t.createUser('coordinator');
  });
  afterAll(() => t.close());

  /** A new account (a counter row) with balance 0. */
  async function account(): Promise<string> {
    accounts += 1;
    const prefix = `acct${process.pid % 10000}x${accounts}`;
    await t.dataSource.getRepository(CodeSequence).insert({ prefix, last: 0 });
    return prefix;
  }
  const balanceOf = async (prefix: string) =>
    (await t.dataSource.getRepository(CodeSequence).findOneByOrFail({ prefix })).last;
  const callsOf = (prefix: string) => IdempotentTransferController.calls.get(prefix) ?? 0;
  const transfer = (key: string, query: Record<string, string | number>, who = user) =>
    t
      .post('/api/test-idempotency/transfers', who.accessToken)
      .query(query)
      .set('Idempotency-Key', key);

  it('does the work once and answers a retry with the stored result', async () => {
    const acct = await account();
    const first = await transfer('move-0001', { account: acct, amount: 5 }).expect(200);
    expect(first.body).toEqual({ account: acct, balance: 5 });
    const again = await transfer('move-0001', { account: acct, amount: 5 }).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await balanceOf(acct)).toBe(5);
    expect(callsOf(acct)).toBe(1);
  });

  it('refuses the same key for another request, with the codes of the interceptor', async () => {
    const acct = await account();
    await transfer('move-0002', { account: acct, amount: 5 }).expect(200);
    const other = await transfer('move-0002', { account: acct, amount: 7 }).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balanceOf(acct)).toBe(5);
    const malformed = await transfer('has space', { account: acct, amount: 5 }).expect(400);
    expect(malformed.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('leaves the key unconsumed when the transaction fails, so that a retry runs again', async () => {
    const acct = await account();
    await transfer('move-0003', { account: acct, amount: 5, fail: 1 }).expect(500);
    expect(await balanceOf(acct)).toBe(0);
    const records = t.dataSource.getRepository(IdempotencyRecord);
    expect(await records.countBy({ userId: user.id, idempotencyKey: 'move-0003' })).toBe(0);

    const retry = await transfer('move-0003', { account: acct, amount: 5 }).expect(200);
    expect(retry.body).toEqual({ account: acct, balance: 5 });
    expect(callsOf(acct)).toBe(2);
    expect(await records.countBy({ userId: user.id, idempotencyKey: 'move-0003' })).toBe(1);
  });

  it('keeps the interceptor away from a route whose service keeps the key', async () => {
    // The interceptor would refuse this body's second use under the key with its own hash;
    // the service's hash covers the query only, so this is a plain replay.
    const acct = await account();
    await transfer('move-0004', { account: acct, amount: 3 }).expect(200);
    const replay = await transfer('move-0004', { account: acct, amount: 3 }).send({ note: 'x' });
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBeUndefined();
    expect(await balanceOf(acct)).toBe(3);
  });

  it('runs the work once when ten requests with one key arrive at the same moment', async () => {
    const acct = await account();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        transfer('move-0005', { account: acct, amount: 4, holdMs: 150 }).then((r) => r),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    for (const answer of answers) expect(answer.body).toEqual({ account: acct, balance: 4 });
    expect(callsOf(acct)).toBe(1);
    expect(await balanceOf(acct)).toBe(4);
  });
});
