/**
 * A new Idempotency-Key for one form: 128 random bits as hex. `crypto.getRandomValues` works
 * on plain http too, where `crypto.randomUUID` is missing (a console served inside a company's
 * network without TLS has no secure context).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
