/**
 * Which gateway template a message is, with its values: `key` most specific first
 * (`group:12`, `care:birthday`), so configuration may map the key or any prefix of it.
 */
export interface SmsTemplateRef {
  key: string;
  params: Record<string, string>;
}

/** What a module hands to the outbox. The caller resolves the number and writes the text. */
export interface NewSmsMessage {
  /** why it is sent, kebab-case: plan-reminder, care, alert, … */
  purpose: string;
  recipient: { kind: 'user'; userId: number } | { kind: 'customer'; customerId: number };
  phone: string;
  body: string;
  /** the template the body was rendered from, for gateways that send templates, not text */
  template?: SmsTemplateRef;
  /** not before this instant; now when absent */
  sendAfter?: Date;
  /** "this message once": a second queue() with the same key queues nothing */
  dedupeKey?: string;
  /** a group SMS's message: marketing, held back during the quiet hours (QuietHours) */
  campaignId?: number;
}
