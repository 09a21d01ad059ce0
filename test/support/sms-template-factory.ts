import type { TestApp } from './test-app';

let sequence = 0;

/** A template name no other test uses. */
export function uniqueTemplateName(prefix = 'template'): string {
  sequence += 1;
  return `${prefix}-${process.pid}-${sequence}`;
}

/** An SMS template as the API answers it. */
export interface SmsTemplateBody {
  id: number;
  kind: string;
  name: string;
  body: string;
  active: boolean;
  version: number;
}

/** Creates an SMS template through the admin API (a class reminder unless `fields` say else). */
export async function createSmsTemplate(
  t: TestApp,
  adminToken: string,
  fields: Record<string, unknown> = {},
): Promise<SmsTemplateBody> {
  const response = await t.post('/api/admin/sms-templates', adminToken, {
    kind: 'class-reminder',
    name: uniqueTemplateName(),
    body: '{name}您好，{course}将于{startDate}开课。',
    ...fields,
  });
  if (response.status !== 201)
    throw new Error(`template not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as SmsTemplateBody;
}
