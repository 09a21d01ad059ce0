import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { isConnectionLost } from '../database/resilience/connection-lost';
import { DatabaseUnavailableError } from '../database/resilience/database-unavailable.error';
import { isUniqueViolation } from '../database/unique-violation';
import { JobRegistry } from '../jobs/job-registry';
import { IdempotencyRecord } from './entities/idempotency-record.entity';
import type { IdempotencyClaim } from './idempotency-claim';
import { IdempotencyClaimSubscriber } from './idempotency-claim.subscriber';

/** How long a key is remembered: long enough for any client's retries, short enough to stay small. */
const KEEP_HOURS = 24;
/** Answers larger than this are not kept (a create's answer is a few hundred bytes). */
const MAX_ANSWER_CHARS = 256 * 1024;
const STORE_ATTEMPTS = 3;

/**
 * Idempotency-Key (DESIGN.md §7): a POST sent again with the same key and body gets the first
 * answer instead of doing the work twice; another body with the same key is refused. The key
 * is claimed in the request's first committed transaction (IdempotencyClaimSubscriber) and
 * the answer stored after the handler; records are kept a day.
 */
@Injectable()
export class IdempotencyService implements OnModuleInit {
  constructor(
    @InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>,
    private readonly clock: Clock,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.records.manager.connection.subscribers.push(
      new IdempotencyClaimSubscriber((manager, claim) => this.claimIn(manager, claim)),
    );
    this.registry.register({
      name: 'idempotency-retention',
      description: `Forgets Idempotency-Keys older than ${KEEP_HOURS} hours`,
      cron: '45 3 * * *',
      maxIntervalMinutes: 26 * 60,
      leaseSeconds: 600,
      run: ({ now }) => this.prune(now),
    });
  }

  /**
   * What to answer a request under `claim`'s key: the stored answer when the same request was
   * answered before, a refusal when the key was used otherwise, nothing when it is new.
   */
  async earlierAnswer(
    claim: IdempotencyClaim,
  ): Promise<{ statusCode: number; body: unknown } | undefined> {
    const earlier = await this.records.findOne({
      where: { userId: claim.userId, idempotencyKey: claim.key },
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

  async prune(now: Date): Promise<{ deleted: number }> {
    const cutoff = new Date(now.getTime() - KEEP_HOURS * 3600_000);
    const result = await this.records.delete({ createdAt: LessThan(cutoff) });
    return { deleted: result.affected ?? 0 };
  }

  private async claimIn(manager: EntityManager, claim: IdempotencyClaim): Promise<void> {
    try {
      await manager.getRepository(IdempotencyRecord).insert(this.row(claim, null, null));
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
    return DomainError.conflict(msg('idempotency.inProgress'), 'IDEMPOTENCY_KEY_IN_USE');
  }
}
