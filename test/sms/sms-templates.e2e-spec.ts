import { AuditLog } from '../../src/audit/entities/audit-log.entity';
import { createSmsTemplate, uniqueTemplateName } from '../support/sms-template-factory';
import { TestApp, TestUser } from '../support/test-app';

describe('SMS templates (§9.4): kinds, placeholders checked on save, who may write', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  const created = (fields: Record<string, unknown>) =>
    createSmsTemplate(t, admin.accessToken, fields);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  describe('writing templates', () => {
    it('keeps a template of each kind with the placeholders its kind allows, and audits it', async () => {
      const notice = await created({
        kind: 'notice',
        body: '{name}：{date} {time}在{venue}开会。',
      });
      const reminder = await created({ kind: 'class-reminder' });
      const payment = await created({
        kind: 'payment-reminder',
        body: '{name}您好，{course}学费{amount}请于{dueDate}前缴纳。',
      });
      const group = await created({
        kind: 'group',
        body: '{course}新一期{startDate}开课，欢迎报名',
      });
      expect([notice.kind, reminder.kind, payment.kind, group.kind]).toEqual([
        'notice',
        'class-reminder',
        'payment-reminder',
        'group',
      ]);
      expect(reminder).toMatchObject({ active: true, version: 1 });

      const audit = await t.dataSource
        .getRepository(AuditLog)
        .findOneByOrFail({ action: 'smsTemplate.create', entityId: String(payment.id) });
      expect(audit.after).toMatchObject({ kind: 'payment-reminder', body: payment.body });
    });

    it('names each placeholder its kind does not allow, and stores nothing', async () => {
      const name = uniqueTemplateName('bad');
      const response = await t
        .post('/api/admin/sms-templates', admin.accessToken, {
          kind: 'group',
          name,
          body: '{name}您好，请缴纳{amount}，{nickname}{',
        })
        .expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.message).toContain('{amount}');
      expect(response.body.message).toContain('{nickname}');
      expect(response.body.message).toMatch(/只能使用 \{name\}、\{course\}、\{startDate\}/);
      expect(response.body.details).toEqual([
        {
          field: 'body',
          messages: ['未知的占位符 {amount}', '未知的占位符 {nickname}', '有不成对的 { 或 }'],
        },
      ]);
      const english = await t
        .http()
        .post('/api/admin/sms-templates')
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .set('Accept-Language', 'en')
        .send({ kind: 'group', name, body: '{Name}' })
        .expect(400);
      expect(english.body.message).toContain('unknown placeholder {Name}');

      const list = await t.get('/api/admin/sms-templates?pageSize=200', admin.accessToken);
      expect(list.body.items.map((item: { name: string }) => item.name)).not.toContain(name);
    });

    it('refuses a second template of the same name, an unknown kind and over-long text', async () => {
      const first = await created({});
      const twin = await t
        .post('/api/admin/sms-templates', admin.accessToken, {
          kind: 'notice',
          name: first.name,
          body: '通知',
        })
        .expect(409);
      expect(twin.body.code).toBe('DUPLICATE_NAME');
      expect(twin.body.message).toContain(String(first.id));
      await t
        .post('/api/admin/sms-templates', admin.accessToken, {
          kind: 'care',
          name: uniqueTemplateName('x'),
          body: '祝福',
        })
        .expect(400);
      await t
        .post('/api/admin/sms-templates', admin.accessToken, {
          kind: 'notice',
          name: uniqueTemplateName('x'),
          body: '长'.repeat(501),
        })
        .expect(400);
    });

    it('edits at the loaded version, checking the body against the kind it has', async () => {
      const template = await created({});
      const bad = await t
        .patch(`/api/admin/sms-templates/${template.id}`, admin.accessToken, {
          version: template.version,
          body: '{name}请缴纳{amount}',
        })
        .expect(400);
      expect(bad.body.message).toContain('{amount}');

      const saved = await t
        .patch(`/api/admin/sms-templates/${template.id}`, admin.accessToken, {
          version: template.version,
          body: '{name}：{className}于{startDate} {time}在{venue}开课',
          active: false,
        })
        .expect(200);
      expect(saved.body).toMatchObject({ active: false, version: template.version + 1 });

      const stale = await t
        .patch(`/api/admin/sms-templates/${template.id}`, admin.accessToken, {
          version: template.version,
          name: uniqueTemplateName('late'),
        })
        .expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const kept = await t.get(`/api/admin/sms-templates/${template.id}`, admin.accessToken);
      expect(kept.body.name).toBe(template.name);
      await t
        .patch(`/api/admin/sms-templates/${template.id}`, admin.accessToken, {
          version: saved.body.version,
          kind: 'notice',
        })
        .expect(400);
    });

    it('lets managers read and preview templates, not write them', async () => {
      const template = await created({ kind: 'group', body: '{course}开课啦' });
      const list = await t
        .get('/api/admin/sms-templates?kind=group&active=true&pageSize=200', manager.accessToken)
        .expect(200);
      expect(list.body.items.every((item: { kind: string }) => item.kind === 'group')).toBe(true);
      expect(list.body.items.map((item: { id: number }) => item.id)).toContain(template.id);
      await t.get(`/api/admin/sms-templates/${template.id}`, manager.accessToken).expect(200);
      await t
        .post(`/api/admin/sms-templates/${template.id}/preview`, manager.accessToken, {})
        .expect(200);
      await t
        .post('/api/admin/sms-templates', manager.accessToken, {
          kind: 'group',
          name: uniqueTemplateName('m'),
          body: '营销',
        })
        .expect(403);
      await t
        .patch(`/api/admin/sms-templates/${template.id}`, manager.accessToken, {
          version: template.version,
          active: false,
        })
        .expect(403);
      await t.get('/api/admin/sms-templates/999999', admin.accessToken).expect(404);
    });

    it('lists each kind with its placeholders and their samples', async () => {
      const kinds = await t.get('/api/admin/sms-templates/kinds', manager.accessToken).expect(200);
      expect(kinds.body.map((kind: { kind: string }) => kind.kind)).toEqual([
        'notice',
        'class-reminder',
        'payment-reminder',
        'group',
      ]);
      const payment = kinds.body.find((kind: { kind: string }) => kind.kind === 'payment-reminder');
      expect(payment.placeholders.map((p: { name: string }) => p.name)).toEqual([
        'name',
        'course',
        'amount',
        'dueDate',
      ]);
    });
  });
});
