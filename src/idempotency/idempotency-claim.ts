import type { QueryRunner } from 'typeorm';

/**
 * A request's claim on its Idempotency-Key while it runs. The claim row is written inside the
 * request's first committed transaction (IdempotencyClaimSubscriber), so that "the change was
 * made" and "this key was used" are stored together or not at all.
 */
export interface IdempotencyClaim {
  userId: number;
  key: string;
  fingerprint: string;
  /** the transaction whose commit is storing the claim right now */
  pendingIn?: QueryRunner;
  /** the claim row is committed */
  committed: boolean;
}
