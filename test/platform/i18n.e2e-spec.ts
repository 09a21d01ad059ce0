import { Workbook } from 'exceljs';
import { DateTime } from 'luxon';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** Every row of the first sheet of a workbook, as text. */
async function firstSheet(buffer: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return rows;
}

interface Detail {
  field: string;
  messages: string[];
}

describe('texts for people: Chinese by default, English on request (issue 9, item 10)', () => {
  let t: TestApp;
  let clerk: TestUser;
  let manager: TestUser;

  const messagesOf = (details: Detail[], field: string) =>
    details.find((detail) => detail.field === field)?.messages ?? [];

  beforeAll(async () => {
    t = await TestApp.start();
    clerk = await t.createUser('clerk');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  describe('validation details', () => {
    const invalidCustomer = { name: 123, mobile: '1'.repeat(21), gender: 'x', extra: 'x' };

    it('are Chinese by default, naming each field and each rule with its limit', async () => {
      const response = await t
        .post('/api/customers', clerk.accessToken, invalidCustomer)
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.message).toMatch(/^以下字段填写有误：.+。每个字段的问题见 details。$/);
      for (const field of ['name', 'mobile', 'gender', 'extra'])
        expect(response.body.message).toContain(field);
      const details = response.body.details as Detail[];
      expect(messagesOf(details, 'name')).toEqual(
        expect.arrayContaining(['必须是文本', '长度必须在 1 到 50 个字符之间']),
      );
      expect(messagesOf(details, 'mobile')).toContain('不能超过 20 个字符');
      expect(messagesOf(details, 'gender')).toEqual(['必须是以下之一：male、female、unknown']);
      expect(messagesOf(details, 'extra')).toEqual(['不是此请求可以填写的字段，请去掉']);
    });

    it('are English with Accept-Language: en, with the same code and fields', async () => {
      const response = await t
        .post('/api/customers', clerk.accessToken, invalidCustomer)
        .set('Accept-Language', 'en')
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.message).toMatch(
        /^Some values are not valid: .+\. See details for each field\.$/,
      );
      const details = response.body.details as Detail[];
      expect(messagesOf(details, 'name')).toEqual(
        expect.arrayContaining(['must be a string', 'must be 1 to 50 characters long']),
      );
      expect(messagesOf(details, 'mobile')).toContain('must be at most 20 characters long');
      expect(messagesOf(details, 'gender')).toEqual(['must be one of: male, female, unknown']);
      expect(messagesOf(details, 'extra')).toEqual([
        'is not a field of this request: leave it out',
      ]);
    });

    it('say a rule of the DTO in its own words (a catalogue key as the rule message)', async () => {
      const zh = await t
        .post('/api/customers', clerk.accessToken, {
          name: '张三',
          mobile: uniqueMobile(),
          birthday: '2020/01/01',
        })
        .expect(400);
      expect(messagesOf(zh.body.details, 'birthday')).toContain(
        '必须是 YYYY-MM-DD 格式的日期，如 2026-12-02',
      );
      const en = await t
        .post('/api/customers', clerk.accessToken, {
          name: '张三',
          mobile: uniqueMobile(),
          birthday: '2020/01/01',
        })
        .set('Accept-Language', 'en-US,en;q=0.9')
        .expect(400);
      expect(messagesOf(en.body.details, 'birthday')).toContain(
        'must be a date YYYY-MM-DD, e.g. 2026-12-02',
      );
    });
  });

  describe('error messages', () => {
    it("are the services' rules in Chinese, or English on request; codes unchanged", async () => {
      const zh = await t.get('/api/customers/2147483000', clerk.accessToken).expect(404);
      expect(zh.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'NOT_FOUND',
        message: '编号为 2147483000 的客户不存在。',
      });
      const en = await t
        .get('/api/customers/2147483000', clerk.accessToken)
        .set('Accept-Language', 'en')
        .expect(404);
      expect(en.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'NOT_FOUND',
        message: 'There is no customer with id 2147483000.',
      });

      // A language the API does not speak, and Chinese preferred over English, answer in Chinese.
      for (const header of ['fr-FR', 'zh-CN,en;q=0.5', 'en;q=0']) {
        const other = await t
          .get('/api/customers/2147483000', clerk.accessToken)
          .set('Accept-Language', header)
          .expect(404);
        expect(other.body.message).toBe('编号为 2147483000 的客户不存在。');
      }
    });

    it("are the exception filter's own texts in both languages", async () => {
      const noRoute = await t.get('/api/no-such-thing').expect(404);
      expect(noRoute.body).toMatchObject({
        code: 'NO_ROUTE',
        message: '接口中没有 GET /api/no-such-thing，请检查地址和请求方式。',
      });
      const noToken = await t.get('/api/customers').expect(401);
      expect(noToken.body).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: '请先登录：此请求需要有效的访问令牌。',
      });
      const badJson = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"username": ')
        .expect(400);
      expect(badJson.body).toMatchObject({
        code: 'INVALID_JSON',
        message: '请求内容不是有效的 JSON。',
      });
      const badJsonEn = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('Accept-Language', 'en')
        .send('{"username": ')
        .expect(400);
      expect(badJsonEn.body).toMatchObject({
        code: 'INVALID_JSON',
        message: 'The request body is not valid JSON.',
      });
    });

    it('show the end of a lockout in the business time zone, never in UTC', async () => {
      const victim = await t.createUser('coordinator');
      for (let i = 0; i < t.config.auth.lockoutMaxAttempts; i += 1) {
        await t.signIn(victim.username, 'Wrong-Password-000').expect(401);
      }
      const until = new Date(t.clock.now().getTime() + t.config.auth.lockoutMinutes * 60_000);
      const at = DateTime.fromJSDate(until, { zone: t.config.business.timeZone }).toFormat(
        'yyyy-MM-dd HH:mm',
      );
      expect(t.config.business.timeZone).toBe('Asia/Shanghai');
      const zh = await t.signIn(victim.username, victim.password).expect(423);
      expect(zh.body).toMatchObject({
        code: 'ACCOUNT_LOCKED',
        message: `登录失败次数过多，账户已锁定，请于 ${at}（北京时间）后再试，或联系系统管理员。`,
      });
      const en = await t
        .signIn(victim.username, victim.password)
        .set('Accept-Language', 'en')
        .expect(423);
      expect(en.body.message).toContain(`locked until ${at} (Beijing time)`);
      expect(en.body.message).not.toContain(until.toISOString());

      // The admins' inbox alert says the same time, in the reader's language.
      const admin = await t.admin();
      const inbox = await t.get('/api/notifications', admin.accessToken).expect(200);
      const alert = inbox.body.items.find(
        (n: { kind: string; data: { userId: number } }) =>
          n.kind === 'account.locked' && n.data.userId === victim.id,
      );
      expect(alert.title).toBe(`账户 ${victim.username} 已锁定`);
      expect(alert.body).toContain(`账户已锁定到 ${at}（北京时间）`);
      const inboxEn = await t
        .get('/api/notifications', admin.accessToken)
        .set('Accept-Language', 'en')
        .expect(200);
      expect(inboxEn.body.items.find((n: { id: number }) => n.id === alert.id).title).toBe(
        `Account ${victim.username} locked`,
      );
    });
  });

  it('writes the freeze alert in the inbox in Chinese, English on request', async () => {
    const admin = await t.admin();
    const reader = await t.createUser('coordinator', { displayName: '统筹小李' });
    const customer = await createCustomer(t, reader.accessToken);
    const account = await t.get(`/api/admin/users/${reader.id}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/admin/users/${reader.id}`, admin.accessToken, {
        version: account.body.version,
        dailyViewQuota: 1,
      })
      .expect(200);
    const login = await t.signIn(reader.username, reader.password).expect(200);
    await t.get(`/api/customers/${customer.id}`, login.body.accessToken).expect(200);
    const refused = await t
      .get(`/api/customers/${customer.id}`, login.body.accessToken)
      .expect(403);
    expect(refused.body).toMatchObject({
      code: 'VIEW_QUOTA_EXCEEDED',
      message:
        '您今天已查看了 1 条客户记录，达到上限，账户已被冻结。请联系行政人员或管理人员解冻。',
    });

    for (const recipient of [clerk, manager]) {
      const inbox = await t.get('/api/notifications', recipient.accessToken).expect(200);
      const alert = inbox.body.items.find(
        (n: { kind: string; data: { userId: number } }) =>
          n.kind === 'account.frozen.quota' && n.data.userId === reader.id,
      );
      expect(alert.title).toBe(`账户 ${reader.username} 已冻结`);
      expect(alert.body).toMatch(
        new RegExp(
          `^统筹小李（${reader.username}）在 \\d{4}-\\d{2}-\\d{2} 查看的客户记录超过了 1 条，账户已被冻结。请核实情况后再解冻。$`,
        ),
      );
    }
    const inboxEn = await t
      .get('/api/notifications', manager.accessToken)
      .set('Accept-Language', 'en')
      .expect(200);
    const alertEn = inboxEn.body.items.find(
      (n: { kind: string; data: { userId: number } }) =>
        n.kind === 'account.frozen.quota' && n.data.userId === reader.id,
    );
    expect(alertEn.title).toBe(`Account ${reader.username} frozen`);
  });

  it('gives the reasons of rejected import rows in Chinese, in the file and on a dry run', async () => {
    const taken = uniqueMobile();
    const existing = await createCustomer(t, clerk.accessToken, { mobile: taken });
    const csv = [
      '姓名,手机',
      `,${uniqueMobile()}`,
      '张三,12345',
      `李四,${taken}`,
      `王五,${uniqueMobile()}`,
    ].join('\n');
    const upload = (dryRun: boolean) =>
      t
        .http()
        .post(`/api/customers/import?dryRun=${dryRun}`)
        .set('Authorization', `Bearer ${clerk.accessToken}`)
        .attach('file', Buffer.from(csv), 'customers.csv');

    const dry = await upload(true).expect(200);
    expect(dry.body.errors).toEqual([
      { row: 2, reasons: ['姓名：必须填写'] },
      { row: 3, reasons: ['手机：必须是 11 位中国大陆手机号码，如 138 1234 5678'] },
      { row: 4, reasons: [`手机：此号码已属于客户 ${existing.code}`] },
    ]);

    const real = await upload(false).expect(200);
    expect(real.body).toMatchObject({ imported: 1, rejected: 3 });
    const file = await t
      .http()
      .get(`/api/customers/import/rejected/${real.body.rejectedFileId}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .responseType('blob')
      .expect(200);
    const rows = await firstSheet(file.body);
    expect(rows.slice(1).map((row) => row[row.length - 1])).toEqual([
      '姓名：必须填写',
      '手机：必须是 11 位中国大陆手机号码，如 138 1234 5678',
      `手机：此号码已属于客户 ${existing.code}`,
    ]);
  });
});
