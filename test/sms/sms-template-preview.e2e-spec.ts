import { DomainError } from '../../src/common/errors/domain-error';
import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';
import { SmsOutboxService } from '../../src/notifications/sms/sms-outbox.service';
import { SmsTemplatesApi } from '../../src/notifications/sms/templates/sms-templates.api';
import { uniqueMobile } from '../support/customer-factory';
import { createSmsTemplate } from '../support/sms-template-factory';
import { TestApp, TestUser } from '../support/test-app';

describe('SMS templates (§9.4): previews with segment counts, and rendering for other modules', () => {
  let t: TestApp;
  let admin: TestUser;

  const created = (fields: Record<string, unknown>) =>
    createSmsTemplate(t, admin.accessToken, fields);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
  });
  afterAll(() => t.close());

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
