/** The kinds of SMS template, as the server lists them (sms-template-kinds.ts). */
export const SMS_TEMPLATE_KINDS = [
  'group',
  'notice',
  'class-reminder',
  'payment-reminder',
] as const;
export type SmsTemplateKind = (typeof SMS_TEMPLATE_KINDS)[number];
