/**
 * A provider's "this message can never go out as it is" (no gateway template configured for
 * it, say): the outbox fails it at once instead of retrying, with the message as its reason.
 */
export class SmsUndeliverableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmsUndeliverableError';
  }
}
