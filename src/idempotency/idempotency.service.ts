import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../access/principal';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { RequestContext } from '../common/request-context';
import { deleteOlderThan } from '../database/delete-older-than';
import { isConnectionLost } from '../database/resilience/connection-lost';
import { DatabaseUnavailableError } from '../database/resilience/database-unavailable.error';
import { isUniqueViolation } from '../database/unique-violation';
import { IdempotencyRecord } from './entities/idempotency-record.entity';
import { STORE_IDEMPOTENCY_ANSWER } from './idempotency-answer.query';
import { INSERT_IDEMPOTENCY_RECORD } from './idempotency-claim.query';
import { IDEMPOTENCY_RECORD } from './idempotency-record.query';
import type { IdempotencyClaim } from './idempotency-claim';
import { IdempotencyClaimSubscriber } from './idempotency-claim.subscriber';
import { checkIdempotencyKey } from './idempotency-key';

/** How long a key is remembered: long enough for any client's retries, short enough to stay small. */
export const KEEP_HOURS = 24;
/** Answers larger than this are not kept (a create's answer is a few hundred bytes). */
const MAX_ANSWER_CHARS = 256 * 1024;
const STORE_ATTEMPTS = 3;
/** What run() stores as the status of its answer: it answered, whatever the route says. */
const RUN_ANSWERED = 200;
const IN_USE = 'IDEMPOTENCY_KEY_IN_USE';

/**
 * Idempotency-Key (DESIGN.md §7): a POST sent again with the same key and body gets the first
 * answer instead of doing the work twice; another body with the same key is refused. The key
 * is claimed in the request's first committed transaction (IdempotencyClaimSubscriber) and
 * the answer stored after the handler; records are kept a day. Services that move money keep
 * the key themselves with run(), in their own transaction.
 */
@Injectable()
export class IdempotencyService implements OnModuleInit {
  constructor(
    @InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.records.manager.connection.subscribers.push(
      new IdempotencyClaimSubscriber((manager, claim) => this.claimIn(manager, claim)),
    );
  }

  /**
   * What to answer a request under `claim`'s key: the stored answer when the same request was
   * answered before, a refusal when the key was used otherwise, nothing when it is new.
   */
  async earlierAnswer(
    claim: IdempotencyClaim,
  ): Promise<{ statusCode: number; body: unknown } | undefined> {
    const earlier = await IDEMPOTENCY_RECORD.one(this.records.manager, {
      userId: claim.userId,
      key: claim.key,
    });
    if (!earlier) return undefined;
    if (earlier.fingerprint !== claim.fingerprint) {
      throw DomainError.unprocessable(
        msg('idempotency.keyReused'),
        undefined,
        'IDEMPOTENCY_KEY_REUSED',
      );
    }
    if (earlier.statusCode === null || earlier.responseBody === null) throw this.inUse();
    return { statusCode: earlier.statusCode, body: JSON.parse(earlier.responseBody) as unknown };
  }

  /**
   * Does `work` once per key: the key is recorded, the work done and its result stored in one
   * transaction, so that either all of it commits or none (a failed run leaves the key free for
   * a retry). The same key and `requestHash` again get the stored result (as JSON, which is
   * also the form the first run returns, so both look alike); another hash is refused with
   * 422, as the interceptor refuses. Runs with one key at the same moment do the work once:
   * the key's unique constraint makes the others wait for the first to commit, then answer
   * with its result. The route must be @IdempotentInService, or the interceptor claims the
   * same key for the request. Call it outside any other transaction: it opens its own, and
   * `work` does all its writes through `manager`.
   */
  async run<T>(
    key: string,
    principal: Pick<Principal, 'id'>,
    requestHash: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    checkIdempotencyKey(key);
    if (!/^[0-9a-f]{64}$/.test(requestHash)) throw new Error('Make the hash with requestHash().');
    const claim: IdempotencyClaim = {
      userId: principal.id,
      key,
      fingerprint: requestHash,
      committed: false,
    };
    const interceptorClaim = RequestContext.current()?.idempotency;
    if (interceptorClaim?.userId === claim.userId && interceptorClaim.key === key) {
      throw new Error(
        'IdempotencyService.run under the interceptor: mark the route @IdempotentInService.',
      );
    }
    // No look for an earlier answer first: the claim's insert finds it (a unique violation),
    // and a fresh key, by far the usual case, then costs one pass through the database less.
    let claimed = false;
    try {
      return await this.records.manager.transaction(async (manager) => {
        // The claim goes first: a twin's insert waits on it, and does no work of its own.
        await this.claimIn(manager, claim);
        claimed = true;
        const responseBody = JSON.stringify((await work(manager)) ?? null);
        await STORE_IDEMPOTENCY_ANSWER.run(manager, {
          userId: claim.userId,
          key,
          statusCode: RUN_ANSWERED,
          responseBody,
        });
        return JSON.parse(responseBody) as T;
      });
    } catch (error) {
      // The key was used before, or a twin committed first: answer as it did (or refuse, as
      // for any earlier use with another body).
      if (claimed || !(error instanceof DomainError && error.code === IN_USE)) throw error;
      const twin = await this.earlierAnswer(claim);
      if (!twin) throw error;
      return twin.body as T;
    }
  }

  /** Stores the answer of a request that succeeded, retrying on a lost connection. */
  async storeAnswer(claim: IdempotencyClaim, statusCode: number, body: unknown): Promise<void> {
    const responseBody = JSON.stringify(body ?? null);
    if (responseBody.length > MAX_ANSWER_CHARS) return;
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (claim.committed) {
          await this.records.update(
            { userId: claim.userId, idempotencyKey: claim.key },
            { statusCode, responseBody },
          );
        } else {
          // No transaction carried the claim (the handler wrote without one): store it now.
          await this.records.insert(this.row(claim, statusCode, responseBody));
        }
        return;
      } catch (error) {
        if (isUniqueViolation(error)) return;
        const passing = error instanceof DatabaseUnavailableError || isConnectionLost(error);
        if (!passing || attempt >= STORE_ATTEMPTS) throw error;
      }
    }
  }

  prune(now: Date): Promise<{ deleted: number }> {
    return deleteOlderThan(this.records, 'createdAt', now, { hours: KEEP_HOURS });
  }

  private async claimIn(manager: EntityManager, claim: IdempotencyClaim): Promise<void> {
    try {
      await INSERT_IDEMPOTENCY_RECORD.run(
        manager,
        this.row(claim, null, null) as IdempotencyRecord,
      );
    } catch (error) {
      // A twin request with the same key committed first: this one's work is undone.
      if (isUniqueViolation(error)) throw this.inUse();
      throw error;
    }
  }

  private row(
    claim: IdempotencyClaim,
    statusCode: number | null,
    responseBody: string | null,
  ): Omit<IdempotencyRecord, 'id'> {
    return {
      userId: claim.userId,
      idempotencyKey: claim.key,
      fingerprint: claim.fingerprint,
      statusCode,
      responseBody,
      createdAt: this.clock.now(),
    };
  }

  private inUse(): DomainError {
    return DomainError.conflict(msg('idempotency.inProgress'), IN_USE);
  }
}
