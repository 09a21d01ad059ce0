import { Workbook } from 'exceljs';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

type Cell = string | number | null;

/** A workbook with one sheet of these rows, as a clerk's spreadsheet program would save it. */
async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every sheet of a workbook as rows of text, by sheet name. */
async function readWorkbook(buffer: Buffer): Promise<Map<string, string[][]>> {
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cell.text;
      });
      rows.push(Array.from(cells, (cell) => cell ?? ''));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe('customer import and export', () => {
  let t: TestApp;
  let clerk: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    clerk = await t.createUser('clerk');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  const upload = (user: TestUser, file: Buffer, name: string, dryRun: boolean) =>
    t
      .http()
      .post(`/api/customers/import?dryRun=${dryRun}`)
      .set('Authorization', `Bearer ${user.accessToken}`)
      .attach('file', file, name);

  const download = (user: TestUser, path: string) =>
    // A Buffer body, which supertest gives for a binary type only when asked.
    t.http().get(path).set('Authorization', `Bearer ${user.accessToken}`).responseType('blob');

  const search = async (user: TestUser, q: string) => {
    const response = await t
      .get(`/api/customers?q=${encodeURIComponent(q)}&pageSize=200`, user.accessToken)
      .expect(200);
    return response.body.items as {
      id: number;
      name: string;
      mobile: string;
      gender: string;
      owner: { id: number };
    }[];
  };

  describe('template', () => {
    it('downloads for clerks and managers: the titles, required ones starred, and the codes to use', async () => {
      for (const user of [clerk, manager]) {
        const response = await download(user, '/api/customers/import/template').expect(200);
        expect(response.headers['content-type']).toContain('spreadsheetml');
        expect(response.headers['content-disposition']).toMatch(
          /^attachment; filename=".+\.xlsx"$/,
        );
        const sheets = await readWorkbook(response.body);
        const [customers, codes] = [...sheets.values()];
        expect(customers[0]).toEqual([
          '姓名*',
          '手机*',
          '性别',
          '生日',
          '其他电话',
          '微信',
          '邮箱',
          '省份代码',
          '城市代码',
          '公司',
          '行业',
          '职务',
          '公司规模',
          '学历',
          '工作情况',
          '类别',
          '阶段',
          '级别',
          '来源',
          '状态',
          '备注',
          '跟进人',
        ]);
        expect(codes).toEqual(
          expect.arrayContaining([
            ['行业', 'it', '信息技术/互联网'],
            ['来源', 'referral', '老学员转介绍'],
            ['性别', 'male', '男'],
          ]),
        );
      }
    });

    it('is refused to coordinators, finance and the admin', async () => {
      const others = [
        await t.createUser('coordinator'),
        await t.createUser('finance'),
        await t.admin(),
      ];
      for (const user of others)
        await t.get('/api/customers/import/template', user.accessToken).expect(403);
    });
  });

  describe('import', () => {
    const header = ['姓名*', '手机*', '性别', '行业', '备注'];
    let existing: { code: string; mobile: string };
    let mobiles: string[];
    let file: Buffer;

    beforeAll(async () => {
      const taken = uniqueMobile();
      existing = {
        ...(await createCustomer(t, clerk.accessToken, { mobile: taken })),
        mobile: taken,
      };
      mobiles = [uniqueMobile(), uniqueMobile(), uniqueMobile(), uniqueMobile()];
      file = await xlsx([
        header,
        ['司马导入', mobiles[0], '男', 'it', '第一行'], // 2: good
        [null, mobiles[1], '女', null, null], // 3: no name
        ['欧阳坏号', '12345', null, null, null], // 4: bad phone
        ['上官行业', mobiles[2], null, 'astrology', null], // 5: unknown industry
        ['司马重复', mobiles[0], null, null, null], // 6: repeats row 2
        ['诸葛已有', existing.mobile, null, null, null], // 7: already in the base
        ['=HYPERLINK("http://x")', mobiles[3], 'female', '金融', null], // 8: good, industry by label
      ]);
    });

    it('on a dry run lists each bad row with its number and reasons, and stores nothing', async () => {
      const response = await upload(clerk, file, 'customers.xlsx', true).expect(200);
      expect(response.body).toMatchObject({
        dryRun: true,
        total: 7,
        valid: 2,
        invalid: 5,
        errorsTruncated: false,
      });
      const reasons = new Map<number, string>(
        response.body.errors.map((e: { row: number; reasons: string[] }) => [
          e.row,
          e.reasons.join(' | '),
        ]),
      );
      expect([...reasons.keys()]).toEqual([3, 4, 5, 6, 7]);
      expect(reasons.get(3)).toMatch(/^姓名：必须填写$/);
      expect(reasons.get(4)).toMatch(/^手机：.*11 位中国大陆手机号码/);
      expect(reasons.get(5)).toMatch(/^行业：字典“industry”中没有代码 astrology/);
      expect(reasons.get(6)).toMatch(/^手机：同一号码已出现在本文件第 2 行/);
      expect(reasons.get(7)).toContain(`手机：此号码已属于客户 ${existing.code}`);
      for (const mobile of mobiles) expect(await search(clerk, mobile)).toEqual([]);
    });

    it('stores only the good rows, owned by the importer, and hands back the bad ones with reasons', async () => {
      const response = await upload(clerk, file, '客户名单.xlsx', false).expect(200);
      expect(response.body).toMatchObject({ dryRun: false, total: 7, imported: 2, rejected: 5 });
      expect(response.body.rejectedFileId).toMatch(/^[0-9a-f-]{36}$/);

      const [first] = await search(clerk, mobiles[0]);
      expect(first).toMatchObject({ name: '司马导入', gender: 'male', owner: { id: clerk.id } });
      expect((await search(clerk, '司马导入')).map((c) => c.id)).toEqual([first.id]);
      expect((await search(clerk, mobiles[0].slice(-4))).map((c) => c.id)).toContain(first.id);
      const detail = await t.get(`/api/customers/${first.id}`, clerk.accessToken).expect(200);
      expect(detail.body).toMatchObject({
        industry: 'it',
        notes: '第一行',
        code: expect.stringMatching(/^C\d{11,}$/),
      });
      const [second] = await search(clerk, mobiles[3]);
      const hostile = await t.get(`/api/customers/${second.id}`, clerk.accessToken).expect(200);
      expect(hostile.body).toMatchObject({
        name: '=HYPERLINK("http://x")',
        gender: 'female',
        industry: 'finance',
      });
      for (const mobile of [mobiles[1], mobiles[2]])
        expect(await search(clerk, mobile)).toEqual([]);

      const path = `/api/customers/import/rejected/${response.body.rejectedFileId}`;
      const rejected = await download(clerk, path).expect(200);
      expect(rejected.headers['content-disposition']).toContain('attachment');
      const rows = [...(await readWorkbook(rejected.body)).values()][0];
      expect(rows[0]).toEqual([...header, '错误原因']);
      expect(rows.slice(1).map((row) => row[1])).toEqual([
        mobiles[1],
        '12345',
        mobiles[2],
        mobiles[0],
        existing.mobile,
      ]);
      expect(rows[1][5]).toBe('姓名：必须填写');
      expect(rows[3][5]).toContain('中没有代码 astrology');

      // Only the importer gets the file, and the id cannot name another path.
      await t.get(path, manager.accessToken).expect(404);
      await t
        .get('/api/customers/import/rejected/..%2F..%2Fetc%2Fpasswd', clerk.accessToken)
        .expect(400);
      await t.get('/api/customers/import/rejected/not-an-id', clerk.accessToken).expect(400);
    });

    it('reads a UTF-8 CSV with a byte order mark', async () => {
      const mobile = uniqueMobile();
      const csv = Buffer.from(
        `\uFEFF姓名*,手机*,性别,生日\n慕容表格,${mobile},女,1990/5/1\n,,,\n`,
        'utf8',
      );
      const response = await upload(clerk, csv, 'customers.csv', false).expect(200);
      expect(response.body).toMatchObject({
        total: 1,
        imported: 1,
        rejected: 0,
        rejectedFileId: null,
      });
      const [found] = await search(clerk, mobile);
      const detail = await t.get(`/api/customers/${found.id}`, clerk.accessToken).expect(200);
      expect(detail.body).toMatchObject({
        name: '慕容表格',
        gender: 'female',
        birthday: '1990-05-01',
      });
    });

    it('refuses what is not a spreadsheet, a file without the required columns, and a missing file', async () => {
      const pdf = await upload(clerk, Buffer.from('%PDF-1.4 not a sheet'), 'customers.pdf', true);
      expect(pdf.status).toBe(415);
      expect(pdf.body.message).toContain('.xlsx');
      const renamed = await upload(clerk, Buffer.from('just text'), 'customers.xlsx', true).expect(
        400,
      );
      expect(renamed.body.code).toBe('UNREADABLE_FILE');
      const truncated = await upload(
        clerk,
        file.subarray(0, file.length - 200),
        'customers.xlsx',
        false,
      ).expect(400);
      expect(truncated.body.code).toBe('UNREADABLE_FILE');
      const gbk = await upload(
        clerk,
        Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a]),
        'customers.csv',
        true,
      ).expect(400);
      expect(gbk.body.message).toContain('UTF-8');

      const noMobile = await upload(
        clerk,
        await xlsx([
          ['姓名*', '性别'],
          ['张三', '男'],
        ]),
        'customers.xlsx',
        true,
      ).expect(400);
      expect(noMobile.body.message).toContain('手机');
      expect(noMobile.body.details).toEqual([{ field: '手机', messages: ['缺少必填列'] }]);
      const unknown = await upload(
        clerk,
        await xlsx([['姓名', '手机', '身份证']]),
        'customers.xlsx',
        true,
      ).expect(400);
      expect(unknown.body.message).toContain('身份证');

      await t.post('/api/customers/import?dryRun=true', clerk.accessToken).expect(400);
      await upload(clerk, file, 'customers.xlsx', true).query({ dryRun: 'maybe' }).expect(400);
      const otherField = await t
        .http()
        .post('/api/customers/import?dryRun=true')
        .set('Authorization', `Bearer ${clerk.accessToken}`)
        .attach('sheet', file, 'customers.xlsx')
        .expect(400);
      expect(otherField.body.details).toEqual([{ field: 'file', messages: ['缺少文件'] }]);
      const broken = await t
        .http()
        .post('/api/customers/import?dryRun=true')
        .set('Authorization', `Bearer ${clerk.accessToken}`)
        .set('Content-Type', 'multipart/form-data; boundary=xyz')
        .send(
          '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nno end',
        )
        .expect(400);
      expect(broken.body.code).toBe('BAD_UPLOAD');
    });

    it('refuses a file over 30 MB with 413, and keeps nothing of it', async () => {
      const before = await t.get('/api/customers?pageSize=1', clerk.accessToken).expect(200);
      const huge = Buffer.alloc(31 * 1024 * 1024, '张三,13800000000\n');
      const response = await upload(clerk, huge, 'customers.csv', false).expect(413);
      expect(response.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(response.body.message).toContain('30 MB');
      const after = await t.get('/api/customers?pageSize=1', clerk.accessToken).expect(200);
      expect(after.body.total).toBe(before.body.total);
    });

    it('is refused to coordinators and finance', async () => {
      for (const role of ['coordinator', 'finance'] as const) {
        await upload(await t.createUser(role), file, 'customers.xlsx', true).expect(403);
      }
    });
  });

  describe('export', () => {
    it('is refused to everyone but managers', async () => {
      for (const role of ['coordinator', 'clerk', 'finance', 'admin'] as const) {
        const user =
          role === 'clerk' ? clerk : role === 'admin' ? await t.admin() : await t.createUser(role);
        await t.get('/api/customers/export', user.accessToken).expect(403);
      }
    });

    it('gives managers the filtered customers with full mobiles and formulas defused', async () => {
      const owner = await t.createUser('coordinator', { displayName: '导出跟进人' });
      const plain = await createCustomer(t, owner.accessToken, {
        name: '导出甲',
        mobile: uniqueMobile(),
        gender: 'male',
        birthday: '1990-05-01',
        industry: 'it',
        provinceCode: '44',
        cityCode: '4401',
      });
      await createCustomer(t, owner.accessToken, { name: '=1+2', mobile: uniqueMobile() });
      await createCustomer(t, clerk.accessToken, { name: '别人的' });

      const response = await download(
        manager,
        `/api/customers/export?ownerId=${owner.id}&page=3&pageSize=1`,
      ).expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="customers-\d{8}\.xlsx"$/,
      );
      const [rows] = [...(await readWorkbook(response.body)).values()];
      // The import template's columns, in its order.
      const template = [
        ...(
          await readWorkbook(
            (await download(manager, '/api/customers/import/template').expect(200)).body,
          )
        ).values(),
      ][0];
      expect(rows[0]).toEqual(template[0]);
      expect(rows).toHaveLength(3);
      const byMobile = new Map(rows.slice(1).map((row) => [row[1], row]));
      const reveal = await t
        .post(`/api/customers/${plain.id}/reveal-phone`, manager.accessToken)
        .expect(200);
      expect(byMobile.get(reveal.body.mobile)).toEqual([
        '导出甲',
        reveal.body.mobile,
        '男',
        '1990-05-01',
        '',
        '',
        '',
        '44',
        '4401',
        '',
        '信息技术/互联网',
        '',
        '',
        '',
        '',
        '潜在客户',
        '无',
        '',
        '',
        '',
        '',
        owner.username,
      ]);
      expect(rows.slice(1).map((row) => row[0])).toContain("'=1+2");
    });

    it('can be imported again as it is: no duplicates, and with new numbers every row is taken, owner included', async () => {
      const owner = await t.createUser('coordinator');
      const first = await createCustomer(t, owner.accessToken, {
        name: '往返甲',
        mobile: uniqueMobile(),
        gender: 'female',
        birthday: '1988-02-29',
        otherPhones: ['+8613912345678', '02012345678'],
        industry: 'it',
        provinceCode: '44',
        cityCode: '4401',
        notes: '=SUM(A1)',
      });
      const second = await createCustomer(t, owner.accessToken, {
        name: '往返乙',
        mobile: uniqueMobile(),
        category: 'student',
        stage: 'TR1',
      });
      const exported = (
        await download(manager, `/api/customers/export?ownerId=${owner.id}`).expect(200)
      ).body as Buffer;

      // As it is: every row is read, and refused only because its number is in the base.
      const again = await upload(manager, exported, 'export.xlsx', true).expect(200);
      expect(again.body).toMatchObject({ total: 2, valid: 0, invalid: 2 });
      const reasons = again.body.errors.map((e: { reasons: string[] }) => e.reasons);
      expect(reasons).toEqual(
        expect.arrayContaining([
          [expect.stringContaining(first.code)],
          [expect.stringContaining(second.code)],
        ]),
      );

      // With other numbers, as a copy for another branch would be: every row is taken.
      const workbook = new Workbook();
      await workbook.xlsx.load(new Uint8Array(exported).buffer);
      const sheet = workbook.worksheets[0];
      const fresh = [uniqueMobile(), uniqueMobile()];
      sheet.getRow(2).getCell(2).value = fresh[0];
      sheet.getRow(3).getCell(2).value = fresh[1];
      const changed = Buffer.from(await workbook.xlsx.writeBuffer());
      const stored = await upload(manager, changed, 'export.xlsx', false).expect(200);
      expect(stored.body).toMatchObject({ total: 2, imported: 2, rejected: 0 });
      const copies = await Promise.all(
        fresh.map(async (mobile) => (await search(manager, mobile))[0]),
      );
      for (const copy of copies) expect(copy.owner.id).toBe(owner.id);
      const details = await Promise.all(
        copies.map(
          async (copy) =>
            (await t.get(`/api/customers/${copy.id}`, manager.accessToken).expect(200)).body,
        ),
      );
      const original = (await t.get(`/api/customers/${first.id}`, manager.accessToken).expect(200))
        .body;
      const copyOfFirst = details.find((detail) => detail.name === '往返甲');
      for (const field of [
        'gender',
        'birthday',
        'otherPhones',
        'industry',
        'provinceCode',
        'cityCode',
        'notes',
        'category',
        'stage',
      ]) {
        expect([field, copyOfFirst[field]]).toEqual([field, original[field]]);
      }
      expect(details.find((detail) => detail.name === '往返乙')).toMatchObject({
        category: 'student',
        stage: 'TR1',
      });
    });

    it('sets the owner from the 跟进人 column by user name, as transfers allow', async () => {
      const colleague = await t.createUser('coordinator');
      const mobiles = [uniqueMobile(), uniqueMobile(), uniqueMobile(), uniqueMobile()];
      const rows = (owner: string) => [
        ['姓名*', '手机*', '跟进人'],
        ['归属甲', mobiles[0], owner],
        ['归属乙', mobiles[1], 'nobody-by-that-name'],
      ];
      // A clerk may not hand customers to someone else: that is a transfer.
      const byClerk = await upload(
        clerk,
        await xlsx([...rows(colleague.username), ['归属丙', mobiles[2], clerk.username]]),
        'owners.xlsx',
        true,
      ).expect(200);
      expect(byClerk.body).toMatchObject({ total: 3, valid: 1, invalid: 2 });
      expect(
        byClerk.body.errors.map((e: { row: number; reasons: string[] }) => [
          e.row,
          e.reasons.length,
          /^跟进人[:：]/.test(e.reasons[0]),
        ]),
      ).toEqual([
        [2, 1, true],
        [3, 1, true],
      ]);
      // In the user's language, naming the login that was not found.
      expect(byClerk.body.errors[1].reasons[0]).toContain('没有用户名为“nobody-by-that-name”');
      expect(byClerk.body.errors[0].reasons[0]).toMatch(/^跟进人：[^A-Za-z]*$/);
      // A manager may; an unknown user name is still refused.
      const byManager = await upload(
        manager,
        await xlsx([...rows(colleague.username), ['归属丁', mobiles[3], '']]),
        'owners.xlsx',
        false,
      ).expect(200);
      expect(byManager.body).toMatchObject({ total: 3, imported: 2, rejected: 1 });
      expect((await search(manager, mobiles[0]))[0].owner.id).toBe(colleague.id);
      expect((await search(manager, mobiles[3]))[0].owner.id).toBe(manager.id);
      expect(await search(manager, mobiles[1])).toEqual([]);
    });

    it('refuses a bad filter before sending a file', async () => {
      const response = await t.get('/api/customers/export?q=12', manager.accessToken).expect(400);
      expect(response.body.details[0].field).toBe('q');
      await t.get('/api/customers/export?level=%3D', manager.accessToken).expect(400);
    });
  });

  it('audits imports and exports without personal data', async () => {
    const imports = await t
      .get(
        `/api/admin/audit-logs?action=customer.import&userId=${clerk.id}&pageSize=200`,
        manager.accessToken,
      )
      .expect(200);
    const metas = imports.body.items.map((row: { meta: Record<string, unknown> }) => row.meta);
    expect(metas).toEqual(
      expect.arrayContaining([
        { fileName: 'customers.xlsx', total: 7, imported: 0, rejected: 5, dryRun: true },
        { fileName: '客户名单.xlsx', total: 7, imported: 2, rejected: 5, dryRun: false },
        { fileName: 'customers.csv', total: 1, imported: 1, rejected: 0, dryRun: false },
      ]),
    );
    const exports = await t
      .get(
        `/api/admin/audit-logs?action=customer.&userId=${manager.id}&pageSize=200`,
        manager.accessToken,
      )
      .expect(200);
    const exported = exports.body.items.filter(
      (row: { action: string }) => row.action === 'customer.export',
    );
    // The filtered export, and the one imported again.
    expect(exported).toHaveLength(2);
    for (const row of exported)
      expect(row.meta).toMatchObject({ filter: { ownerId: expect.any(Number) }, rows: 2 });
    for (const personal of ['司马', '导出甲', '慕容'])
      expect(JSON.stringify([imports.body, exported])).not.toContain(personal);
  });
});
