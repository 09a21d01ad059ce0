import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';

/** Visible ASCII, as for a UUID or any token a client makes up. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/** Refuses (400) an Idempotency-Key that is not 1 to 255 visible ASCII characters. */
export function checkIdempotencyKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || !VALID_KEY.test(key)) {
    throw DomainError.badRequest(
      msg('idempotency.keyInvalid'),
      undefined,
      'IDEMPOTENCY_KEY_INVALID',
    );
  }
}
