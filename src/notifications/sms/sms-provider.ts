import type { SmsTemplateRef } from './new-sms-message';

/** One text to hand to the gateway. */
export interface SmsSendRequest {
  /** the full number; a provider must not log it unmasked */
  to: string;
  body: string;
  /** the outbox row, for the provider's own logs and idempotency keys */
  messageId: number;
  purpose: string;
  /** the template the body was rendered from, when the sender used one */
  template?: SmsTemplateRef;
}

/**
 * The gateway SMS leave through (DESIGN.md §8), and the DI token to bind one to. `send`
 * resolves once the gateway accepted the message and throws, with a message a person can
 * read, when it did not; the outbox then retries with backoff.
 */
export abstract class SmsProvider {
  abstract send(message: SmsSendRequest): Promise<void>;
}
