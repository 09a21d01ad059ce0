import { SmsTemplate } from '../../src/notifications/sms/templates/entities/sms-template.entity';
import type { SmsTemplateKind } from '../../src/notifications/sms/templates/sms-template-kinds';
import type { TestApp } from './test-app';

let sequence = 0;

/**
 * An SMS template (§9.4), written straight to the database: the templates' admin routes are
 * another module's, and the tests that use a template test what is made with it.
 */
export async function createSmsTemplate(
  t: TestApp,
  fields: { kind?: SmsTemplateKind; body?: string; active?: boolean } = {},
): Promise<{ id: number; body: string }> {
  sequence += 1;
  const repository = t.dataSource.getRepository(SmsTemplate);
  const saved = await repository.save(
    repository.create({
      kind: fields.kind ?? 'group',
      name: `测试模板${process.pid % 10000}-${sequence}`,
      body: fields.body ?? '{name}您好，{course}将于{startDate}开课，欢迎报名。',
      active: fields.active ?? true,
    }),
  );
  return { id: saved.id, body: saved.body };
}
