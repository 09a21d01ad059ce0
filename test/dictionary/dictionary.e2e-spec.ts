import { DICTIONARY_TYPES } from '../../src/modules/dictionary/dictionary-type';
import { DictionaryService } from '../../src/modules/dictionary/dictionary.service';
import { RegionService } from '../../src/modules/dictionary/region.service';
import { TestApp, TestUser } from '../support/test-app';

interface Entry {
  type: string;
  code: string;
  label: string;
  sortOrder: number;
  active: boolean;
  version: number;
}

interface Province {
  code: string;
  name: string;
  cities: { code: string; name: string }[];
}

interface AuditRow {
  action: string;
  actorId: number | null;
  entityType: string | null;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('data dictionary', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;

  const codes = (entries: Entry[]) => entries.map((entry) => entry.code);

  async function publicList(type: string, user: TestUser = coordinator): Promise<Entry[]> {
    return (await t.get(`/api/dictionary/${type}`, user.accessToken).expect(200)).body;
  }

  async function adminList(type: string): Promise<Entry[]> {
    return (await t.get(`/api/admin/dictionary/${type}`, admin.accessToken).expect(200)).body;
  }

  async function entry(type: string, code: string): Promise<Entry> {
    const found = (await adminList(type)).find((e) => e.code === code);
    if (!found) throw new Error(`${type}:${code} not listed`);
    return found;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  it('starts with Chinese defaults for every type, readable by any signed-in user, in order', async () => {
    for (const type of DICTIONARY_TYPES) {
      const entries = await publicList(type);
      expect([type, entries.length > 0]).toEqual([type, true]);
      for (const e of entries) {
        expect(e).toMatchObject({ type, active: true, version: 1 });
        expect(e.code).toMatch(/^[A-Za-z0-9_]+$/);
        expect(e.label.trim()).not.toBe('');
      }
    }
    expect(await publicList('industry')).toContainEqual(
      expect.objectContaining({ code: 'it', label: '信息技术/互联网' }),
    );
    expect(codes(await publicList('education'))).toEqual([
      'high_school',
      'college',
      'bachelor',
      'master',
      'doctor',
    ]);
    expect((await publicList('education')).map((e) => e.label)).toEqual([
      '高中及以下',
      '大专',
      '本科',
      '硕士',
      '博士',
    ]);
    expect(codes(await publicList('source'))).toEqual([
      'referral',
      'event',
      'online',
      'walkin',
      'other',
    ]);
    expect(codes(await publicList('payment_method'))).toEqual([
      'cash',
      'transfer',
      'wechat',
      'alipay',
      'card',
    ]);
    expect(codes(await publicList('holiday')).sort()).toEqual([
      'fathers_day',
      'mid_autumn',
      'mothers_day',
      'national_day',
      'new_year',
      'spring_festival',
      'teachers_day',
      'womens_day',
    ]);
    expect(await publicList('customer_status')).toContainEqual(
      expect.objectContaining({ code: 'enrolled', label: '已报名' }),
    );
    // Every role reads them; nobody signed out does.
    await publicList('company_size', manager);
    await publicList('company_size', admin);
    await t.get('/api/dictionary/industry').expect(401);
  });

  it('lets the admin add, rename, reorder and deactivate entries; inactive ones leave the drop-downs only', async () => {
    const created = await t
      .post('/api/admin/dictionary/industry', admin.accessToken, {
        code: 'aerospace',
        label: '  航空航天 ',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      type: 'industry',
      code: 'aerospace',
      label: '航空航天',
      active: true,
      version: 1,
    });
    // Without a sort order it goes last.
    const last = (await publicList('industry')).at(-1);
    expect(last?.code).toBe('aerospace');

    const renamed = await t
      .patch('/api/admin/dictionary/industry/aerospace', admin.accessToken, {
        label: '航空/航天',
        sortOrder: 1,
        version: 1,
      })
      .expect(200);
    expect(renamed.body).toMatchObject({
      label: '航空/航天',
      sortOrder: 1,
      active: true,
      version: 2,
    });
    expect(codes(await publicList('industry'))[0]).toBe('aerospace');

    const deactivated = await t
      .patch('/api/admin/dictionary/industry/aerospace', admin.accessToken, {
        active: false,
        version: 2,
      })
      .expect(200);
    expect(deactivated.body).toMatchObject({ active: false, version: 3, label: '航空/航天' });
    expect(codes(await publicList('industry'))).not.toContain('aerospace');
    expect(await adminList('industry')).toContainEqual(
      expect.objectContaining({ code: 'aerospace', active: false }),
    );

    await t
      .patch('/api/admin/dictionary/industry/aerospace', admin.accessToken, {
        active: true,
        version: 3,
      })
      .expect(200);
    expect(codes(await publicList('industry'))).toContain('aerospace');

    // A seeded entry can be deactivated too; it is never deleted (there is no DELETE).
    const dormant = await entry('customer_status', 'dormant');
    await t
      .patch('/api/admin/dictionary/customer_status/dormant', admin.accessToken, {
        active: false,
        version: dormant.version,
      })
      .expect(200);
    expect(codes(await publicList('customer_status'))).not.toContain('dormant');
    await t
      .http()
      .delete('/api/admin/dictionary/customer_status/dormant')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(404);
    expect(await adminList('customer_status')).toContainEqual(
      expect.objectContaining({ code: 'dormant', active: false }),
    );
  });

  it('orders by sort order, then code', async () => {
    await t
      .post('/api/admin/dictionary/position', admin.accessToken, {
        code: 'zz_tie',
        label: '并列乙',
        sortOrder: 5,
      })
      .expect(201);
    await t
      .post('/api/admin/dictionary/position', admin.accessToken, {
        code: 'aa_tie',
        label: '并列甲',
        sortOrder: 5,
      })
      .expect(201);
    expect(codes(await publicList('position')).slice(0, 3)).toEqual(['aa_tie', 'zz_tie', 'owner']);
  });

  it('refuses a stale version and a duplicate code with 409', async () => {
    const before = await entry('source', 'event');
    await t
      .patch('/api/admin/dictionary/source/event', admin.accessToken, {
        label: '活动',
        version: before.version,
      })
      .expect(200);
    const stale = await t
      .patch('/api/admin/dictionary/source/event', admin.accessToken, {
        label: '讲座',
        version: before.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await entry('source', 'event')).label).toBe('活动');

    const duplicate = await t
      .post('/api/admin/dictionary/source', admin.accessToken, {
        code: 'referral',
        label: '转介绍',
      })
      .expect(409);
    expect(duplicate.body).toMatchObject({ statusCode: 409, code: 'DICTIONARY_CODE_TAKEN' });
    expect(duplicate.body.message).toContain('“referral”');
    expect(duplicate.body.message).toContain('老学员转介绍');
    // The same code in another type is a different entry.
    await t
      .post('/api/admin/dictionary/dropout_reason', admin.accessToken, {
        code: 'referral',
        label: '转介绍他人',
      })
      .expect(201);
  });

  it('answers 400 to an unknown type, a malformed code and bad fields, 404 to an unknown code; nothing is stored', async () => {
    const badType = await t.get('/api/dictionary/planet', coordinator.accessToken).expect(400);
    expect(badType.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'type' }] });
    expect(badType.body.details[0].messages[0]).toContain('industry');
    await t.get('/api/admin/dictionary/planet', admin.accessToken).expect(400);
    await t
      .post('/api/admin/dictionary/planet', admin.accessToken, { code: 'mars', label: '火星' })
      .expect(400);
    await t
      .patch('/api/admin/dictionary/planet/mars', admin.accessToken, { label: '火星', version: 1 })
      .expect(400);

    const path = '/api/admin/dictionary/industry';
    for (const code of [
      'has space',
      'dash-ed',
      '_leading',
      'x'.repeat(33),
      '',
      'é',
      "x'; DROP TABLE dictionary_entry;--",
      42,
    ]) {
      const response = await t.post(path, admin.accessToken, { code, label: '坏代码' }).expect(400);
      expect([code, response.body.details.map((d: { field: string }) => d.field)]).toEqual([
        code,
        ['code'],
      ]);
    }
    for (const label of ['', '   ', 'x'.repeat(101), 7, null]) {
      await t.post(path, admin.accessToken, { code: 'bad_label', label }).expect(400);
    }
    await t
      .post(path, admin.accessToken, { code: 'bad_sort', label: '排序', sortOrder: -1 })
      .expect(400);
    await t
      .post(path, admin.accessToken, { code: 'bad_sort', label: '排序', sortOrder: 1.5 })
      .expect(400);
    await t
      .post(path, admin.accessToken, { code: 'extra', label: '多余', active: false })
      .expect(400);
    await t.post(path, admin.accessToken, { code: 'extra', label: '多余', id: 1 }).expect(400);

    const badPathCode = await t
      .patch(`${path}/Bad-Code`, admin.accessToken, { label: 'x', version: 1 })
      .expect(400);
    expect(badPathCode.body.details).toEqual([expect.objectContaining({ field: 'code' })]);
    const unknown = await t
      .patch(`${path}/no_such_code`, admin.accessToken, { label: 'x', version: 1 })
      .expect(404);
    expect(unknown.body.message).toContain('no_such_code');
    await t.patch(`${path}/it`, admin.accessToken, { label: 'x' }).expect(400);
    await t.patch(`${path}/it`, admin.accessToken, { active: 'no', version: 1 }).expect(400);
    await t.patch(`${path}/it`, admin.accessToken, { code: 'other', version: 1 }).expect(400);

    const stored = codes(await adminList('industry'));
    for (const code of ['bad_label', 'bad_sort', 'extra', 'no_such_code'])
      expect(stored).not.toContain(code);
    expect(await entry('industry', 'it')).toMatchObject({ label: '信息技术/互联网', version: 1 });
  });

  it('keeps the admin routes to the admin', async () => {
    const clerk = await t.createUser('clerk');
    const finance = await t.createUser('finance');
    for (const user of [coordinator, manager, clerk, finance]) {
      await t.get('/api/admin/dictionary/industry', user.accessToken).expect(403);
      await t
        .post('/api/admin/dictionary/industry', user.accessToken, { code: 'sneaky', label: '越权' })
        .expect(403);
      await t
        .patch('/api/admin/dictionary/industry/it', user.accessToken, { label: '越权', version: 1 })
        .expect(403);
    }
    expect(codes(await adminList('industry'))).not.toContain('sneaky');
    expect((await entry('industry', 'it')).label).toBe('信息技术/互联网');
  });

  it('audits every change with before and after, readable by a manager', async () => {
    await t
      .post('/api/admin/dictionary/interaction_channel', admin.accessToken, {
        code: 'video',
        label: '视频通话',
      })
      .expect(201);
    await t
      .patch('/api/admin/dictionary/interaction_channel/video', admin.accessToken, {
        active: false,
        version: 1,
      })
      .expect(200);
    const response = await t
      .get(
        `/api/admin/audit-logs?pageSize=200&action=dictionary.&entityId=${encodeURIComponent('interaction_channel:video')}`,
        manager.accessToken,
      )
      .expect(200);
    const rows: AuditRow[] = response.body.items;
    expect(rows.map((row) => row.action)).toEqual(['dictionary.update', 'dictionary.create']);
    const [updated, created] = rows;
    expect(created).toMatchObject({
      actorId: admin.id,
      entityType: 'Dictionary',
      entityId: 'interaction_channel:video',
      before: null,
      after: { type: 'interaction_channel', code: 'video', label: '视频通话', active: true },
    });
    expect(updated).toMatchObject({
      entityType: 'Dictionary',
      before: { code: 'video', active: true },
      after: { code: 'video', active: false, label: '视频通话' },
    });
    // Refused and invalid attempts change nothing, so they leave no change rows.
    const all = await t
      .get('/api/admin/audit-logs?pageSize=200&action=dictionary.', manager.accessToken)
      .expect(200);
    expect(
      all.body.items.every(
        (row: AuditRow) => row.entityType === 'Dictionary' && row.actorId === admin.id,
      ),
    ).toBe(true);
  });

  it("lists China's provinces with their cities", async () => {
    const response = await t.get('/api/regions', coordinator.accessToken).expect(200);
    const provinces: Province[] = response.body;
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    expect(provinces).toContainEqual(expect.objectContaining({ code: '11', name: '北京市' }));
    const guangdong = provinces.find((p) => p.name === '广东省');
    expect(guangdong?.code).toBe('44');
    expect(guangdong?.cities).toContainEqual({ code: '4401', name: '广州市' });
    expect(guangdong?.cities).toContainEqual({ code: '4403', name: '深圳市' });
    for (const province of provinces) {
      expect(province.cities.length).toBeGreaterThan(0);
      for (const city of province.cities) expect(city.code.startsWith(province.code)).toBe(true);
    }
    await t.get('/api/regions').expect(401);
  });

  describe('services other modules use', () => {
    it('checks a code is active, naming the field at fault', async () => {
      const dictionary = t.app.get(DictionaryService);
      await expect(
        dictionary.assertActive('education', 'bachelor', 'education'),
      ).resolves.toBeUndefined();
      await expect(
        dictionary.assertActive('education', 'kindergarten', 'education'),
      ).rejects.toMatchObject({
        kind: 'bad_request',
        code: 'VALIDATION_FAILED',
        details: [
          {
            field: 'education',
            messages: [{ key: 'dictionary.unknownCodeDetail', params: { code: 'kindergarten' } }],
          },
        ],
      });
      // A code of another type is unknown here.
      await expect(
        dictionary.assertActive('industry', 'bachelor', 'industry'),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      // Inactive counts as unknown, and the change shows at once (nothing cached).
      const doctor = await entry('education', 'doctor');
      await t
        .patch('/api/admin/dictionary/education/doctor', admin.accessToken, {
          active: false,
          version: doctor.version,
        })
        .expect(200);
      await expect(dictionary.assertActive('education', 'doctor', 'edu')).rejects.toMatchObject({
        details: [
          {
            field: 'edu',
            messages: [{ key: 'dictionary.unknownCodeDetail', params: { code: 'doctor' } }],
          },
        ],
      });
      expect([...(await dictionary.activeCodes('education'))].sort()).toEqual([
        'bachelor',
        'college',
        'high_school',
        'master',
      ]);
      await t
        .patch('/api/admin/dictionary/education/doctor', admin.accessToken, {
          active: true,
          version: doctor.version + 1,
        })
        .expect(200);
      expect((await dictionary.activeCodes('education')).has('doctor')).toBe(true);
      expect((await dictionary.labels('education')).get('doctor')).toBe('博士');
    });

    it('validates and names regions', () => {
      const regions = t.app.get(RegionService);
      expect(regions.isValidProvince('44')).toBe(true);
      expect(regions.isValidProvince('99')).toBe(false);
      expect(regions.isValidCity('44', '4401')).toBe(true);
      expect(regions.isValidCity('11', '4401')).toBe(false);
      expect(regions.isValidCity('44', '9999')).toBe(false);
      expect(regions.provinceName('44')).toBe('广东省');
      expect(regions.cityName('4401')).toBe('广州市');
      expect(regions.cityName('0000')).toBeUndefined();
    });
  });
});
