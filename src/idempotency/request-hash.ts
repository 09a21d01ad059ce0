import { createHash } from 'node:crypto';

/**
 * What an Idempotency-Key stands for, as 64 hex characters: a head naming the operation (the
 * interceptor uses method and address) and its input. The same key with another hash is
 * refused, so a key made up for one request cannot replay another's answer.
 */
export function requestHash(head: string, input: unknown): string {
  return createHash('sha256')
    .update(`${head}\n`)
    .update(JSON.stringify(input ?? null))
    .digest('hex');
}
