import { uniqueMobile } from '../support/customer-factory';
import { TestApp, type TestUser } from '../support/test-app';

/** Idempotency-Key on creates (issue 9 item 8; DESIGN.md §7): a retry never does the work twice. */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let manager: TestUser;
  let coordinator: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.createUser('manager');
    coordinator = await t.createUser('coordinator');
  });
  afterAll(() => t.close());

  const create = (user: TestUser, key: string, body: object) =>
    t.post('/api/customers', user.accessToken, body).set('Idempotency-Key', key);
  const customersWith = async (mobile: string) =>
    Number(
      (await t.dataSource.query(`SELECT COUNT(*) AS n FROM customer WHERE mobile = '${mobile}'`))[0]
        .n,
    );

  it('answers a retry with the same key and body with the first answer, creating one customer', async () => {
    const body = { name: '幂等客户', mobile: uniqueMobile() };
    const first = await create(coordinator, 'retry-key-0001', body).expect(201);
    const again = await create(coordinator, 'retry-key-0001', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await customersWith(body.mobile)).toBe(1);
  });

  it('refuses the same key with another body', async () => {
    await create(coordinator, 'reused-key-0001', { name: '甲', mobile: uniqueMobile() }).expect(
      201,
    );
    const other = await create(coordinator, 'reused-key-0001', {
      name: '乙',
      mobile: uniqueMobile(),
    }).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.message).toContain('Idempotency-Key');
  });

  it("keeps each user's keys apart", async () => {
    const a = await create(coordinator, 'shared-key-0001', {
      name: '甲',
      mobile: uniqueMobile(),
    }).expect(201);
    const b = await create(manager, 'shared-key-0001', {
      name: '甲',
      mobile: uniqueMobile(),
    }).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it.each([['x'.repeat(256)], ['键'], ['has space']])(
    'refuses the malformed key %p with 400',
    async (key) => {
      const mobile = uniqueMobile();
      const response = await t
        .post('/api/customers', coordinator.accessToken, { name: '丙', mobile })
        .set('Idempotency-Key', Buffer.from(key).toString('latin1')); // the header's bytes as sent
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
      expect(await customersWith(mobile)).toBe(0);
    },
  );

  it('does not remember a refused request: the key may be used again once the input is right', async () => {
    const mobile = uniqueMobile();
    await create(coordinator, 'fix-and-retry-01', { name: '丁', mobile: 'not a phone' }).expect(
      400,
    );
    await create(coordinator, 'fix-and-retry-01', { name: '丁', mobile }).expect(201);
    expect(await customersWith(mobile)).toBe(1);
  });

  it('creates once when the same request is sent many times at once', async () => {
    const body = { name: '并发幂等', mobile: uniqueMobile() };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => create(coordinator, 'parallel-key-01', body).then((r) => r)),
    );
    const created = answers.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    for (const answer of answers.filter((r) => r.status !== 201)) {
      expect({ status: answer.status, code: answer.body.code }).toEqual({
        status: 409,
        code: 'IDEMPOTENCY_KEY_IN_USE',
      });
    }
    expect(await customersWith(body.mobile)).toBe(1);
    const later = await create(coordinator, 'parallel-key-01', body).expect(201);
    expect(later.body.id).toBe(created[0].body.id);
  });
});
