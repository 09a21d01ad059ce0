import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT_IN_SERVICE = 'crm:idempotent-in-service';

/**
 * The route's service keeps the Idempotency-Key itself, with IdempotencyService.run inside
 * its business transaction (money moves): the interceptor leaves the key alone, so that the
 * key is recorded once, with the service's own request hash and result.
 */
export const IdempotentInService = () => SetMetadata(IDEMPOTENT_IN_SERVICE, true);
