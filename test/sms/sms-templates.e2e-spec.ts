import { AuditLog } from '../../src/audit/entities/audit-log.entity';
import { DomainError } from '../../src/common/errors/domain-error';
import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';
import { SmsOutboxService } from '../../src/notifications/sms/sms-outbox.service';
import { SmsTemplatesApi } from '../../src/notifications/sms/templates/sms-templates.api';
import { uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

let sequence = 0;
/** A template name no other test uses. */
const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${(sequence += 1)}`;

describe('SMS templates (§9.4): placeholders checked on save, previews with segment counts', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  /** Creates a template as the admin and returns it. */
  async function created(fields: Record<string, unknown>) {
    const response = await t
      .post('/api/admin/sms-templates', admin.accessToken, {
        kind: 'class-reminder',
        name: uniqueName('template'),
        body: '{name}您好，{course}将于{startDate}开课。',
        ...fields,
      })
      .expect(201);
    return response.body as {
      id: number;
      kind: string;
      name: string;
      body: string;
      active: boolean;
      version: number;
    };
  }

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
      const name = uniqueName('bad');
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
          name: uniqueName('x'),
          body: '祝福',
        })
        .expect(400);
      await t
        .post('/api/admin/sms-templates', admin.accessToken, {
          kind: 'notice',
          name: uniqueName('x'),
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
          name: uniqueName('late'),
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
          name: uniqueName('m'),
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

  describe('preview', () => {
    // config/test.yaml signs with 培训中心: 【培训中心】 is 6 characters of every text.
    it('renders sample data, counts the signature in, and says the segments', async () => {
      const template = await created({ body: '{name}您好，{course}将于{startDate}开课。' });
      const preview = await t
        .post(`/api/admin/sms-templates/${template.id}/preview`, admin.accessToken, {})
        .expect(200);
      const body = '张三您好，TR1 领袖素质管理将于5月10日开课。';
      expect(preview.body).toEqual({
        body,
        signName: '培训中心',
        text: `【培训中心】${body}`,
        length: body.length + 6,
        segments: 1,
        values: { name: '张三', course: 'TR1 领袖素质管理', startDate: '5月10日' },
        segmentRule: '70/67',
      });
    });

    it('fills in the values given, the samples for the others', async () => {
      const template = await created({ body: '{name}您好，{course}将于{startDate}开课。' });
      const preview = await t
        .post(`/api/admin/sms-templates/${template.id}/preview`, admin.accessToken, {
          values: { name: '李四', startDate: '6月1日' },
        })
        .expect(200);
      expect(preview.body.body).toBe('李四您好，TR1 领袖素质管理将于6月1日开课。');
    });

    it('refuses values that are not placeholders of the kind', async () => {
      const template = await created({ kind: 'group', body: '{course}开课' });
      const response = await t
        .post(`/api/admin/sms-templates/${template.id}/preview`, admin.accessToken, {
          values: { amount: '100元' },
        })
        .expect(400);
      expect(response.body.message).toContain('{amount}');
      expect(response.body.details).toEqual([
        { field: 'values.amount', messages: ['{amount} 不是这一类模板的占位符'] },
      ]);
    });

    it('counts 70 characters as one SMS and 71 as two (parts of 67)', async () => {
      // 6 for 【培训中心】 + 64 = 70; one more is 71.
      const at70 = await t
        .post('/api/admin/sms-templates/preview', admin.accessToken, {
          kind: 'notice',
          body: '通'.repeat(64),
        })
        .expect(200);
      expect(at70.body).toMatchObject({ length: 70, segments: 1 });
      const at71 = await t
        .post('/api/admin/sms-templates/preview', admin.accessToken, {
          kind: 'notice',
          body: '通'.repeat(65),
        })
        .expect(200);
      expect(at71.body).toMatchObject({ length: 71, segments: 2 });
      const at135 = await t
        .post('/api/admin/sms-templates/preview', admin.accessToken, {
          kind: 'notice',
          body: '通'.repeat(129),
        })
        .expect(200);
      expect(at135.body).toMatchObject({ length: 135, segments: 3 });
      // The placeholders are counted as filled in: {name} is 张三 (2), not 6 characters.
      const filled = await t
        .post('/api/admin/sms-templates/preview', admin.accessToken, {
          kind: 'notice',
          body: `{name}${'通'.repeat(62)}`,
        })
        .expect(200);
      expect(filled.body).toMatchObject({ length: 70, segments: 1 });
    });

    it('checks a draft as a save would', async () => {
      const response = await t
        .post('/api/admin/sms-templates/preview', admin.accessToken, {
          kind: 'notice',
          body: '{course}',
        })
        .expect(400);
      expect(response.body.message).toContain('{course}');
    });
  });

  describe('SmsTemplatesApi, for group SMS and reminders', () => {
    it('renders for a recipient, and the outbox keeps the gateway template and its values', async () => {
      const template = await created({ kind: 'group', body: '{name}，{course}{startDate}开课' });
      const api = t.app.get(SmsTemplatesApi);
      const found = await api.find(template.id);
      expect(found?.name).toBe(template.name);
      expect(await api.find(999999)).toBeNull();

      const rendered = api.render(found!, {
        name: '王五',
        course: 'TA',
        startDate: '7月1日',
        amount: 'ignored',
      });
      expect(rendered).toEqual({
        body: '王五，TA7月1日开课',
        template: {
          key: `group:${template.id}`,
          params: { name: '王五', course: 'TA', startDate: '7月1日' },
        },
        length: 17,
        segments: 1,
      });

      const dedupeKey = `group-test:${template.id}`;
      await t.app.get(SmsOutboxService).queue({
        purpose: 'group-sms',
        recipient: { kind: 'user', userId: admin.id },
        phone: uniqueMobile(),
        body: rendered.body,
        template: rendered.template,
        dedupeKey,
      });
      const row = await t.dataSource.getRepository(SmsMessage).findOneByOrFail({ dedupeKey });
      expect(row.template).toBe(`group:${template.id}`);
      expect(row.templateParams).toEqual({ name: '王五', course: 'TA', startDate: '7月1日' });
    });

    it('refuses to render with a placeholder left without a value', () => {
      const api = t.app.get(SmsTemplatesApi);
      let thrown: unknown;
      try {
        api.render({ id: 1, kind: 'group', body: '{name}，{course}' }, { name: '王五' });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect((thrown as DomainError).code).toBe('TEMPLATE_VALUES_MISSING');
    });
  });
});
