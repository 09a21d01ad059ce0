import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { shortErrorMessage } from '../../common/errors/short-error-message';
import { LOGGER } from '../../common/logging/logger.token';
import { maskPhone, normalizeOtherPhone } from '../../common/phone/mobile-number';
import { AppConfig } from '../../config/app-config';
import { findOrFail } from '../../database/find-or-fail';
import { SmsMessage } from './entities/sms-message.entity';
import type { NewSmsMessage } from './new-sms-message';
import { validTemplateRef } from './valid-template-ref';
import { SmsProvider } from './sms-provider';
import { QuietHours } from './quiet-hours';
import { INSERT_SMS_MESSAGE_ROWS } from './sms-message-rows-insert.query';
import { SmsUndeliverableError } from './sms-undeliverable.error';
import { msg, type Msg } from '../../common/i18n/msg';

const PURPOSE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_BODY = 1000;
/** SQL Server takes at most 2,100 parameters a statement: ask for keys in slices. */
const KEYS_PER_QUERY = 500;
/** A message claimed longer ago than this was being sent by a process that stopped. */
const INTERRUPTED_AFTER_MS = 10 * 60_000;

type Outcome = 'sent' | 'retrying' | 'failed';

/**
 * The SMS outbox (DESIGN.md §8). Modules queue messages, in their own transaction when they
 * pass one; the `sms-dispatch` job sends what is due through the SmsProvider. Each message
 * is claimed by one conditional UPDATE before it is sent, so two replicas never send one
 * twice; a failed try waits base × 2^(tries − 1) seconds, and after maxAttempts the message
 * is failed until an admin retries it.
 */
@Injectable()
export class SmsOutboxService {
  constructor(
    @InjectRepository(SmsMessage) private readonly messages: Repository<SmsMessage>,
    private readonly provider: SmsProvider,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly quietHours: QuietHours,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Queues a message; false (and nothing queued) when its dedupe key was queued before. */
  async queue(message: NewSmsMessage, manager?: EntityManager): Promise<boolean> {
    const row = this.toRow(message);
    const repository = (manager ?? this.messages.manager).getRepository(SmsMessage);
    const key = row.dedupeKey;
    if (key && (await repository.existsBy({ dedupeKey: key }))) return false;
    try {
      // In the caller's transaction the insert gets a savepoint of its own: on PostgreSQL
      // a failed statement would otherwise abort the caller's whole transaction.
      if (manager)
        await manager.transaction((inner) =>
          inner.getRepository(SmsMessage).insert(row as QueryDeepPartialEntity<SmsMessage>),
        );
      else await repository.insert(row as QueryDeepPartialEntity<SmsMessage>);
      return true;
    } catch (error) {
      // The unique index is the backstop against a concurrent twin.
      if (
        key &&
        error instanceof QueryFailedError &&
        (await repository.existsBy({ dedupeKey: key }))
      )
        return false;
      throw error;
    }
  }

  /**
   * Queues many messages in the caller's transaction (a group SMS's batch): one read of which
   * dedupe keys were queued before, then prepared multi-row INSERTs (as many rows a statement
   * as every database takes) instead of a round trip per message. Messages whose key was
   * queued before, or twice in the batch, are skipped; returns how many were queued. A twin
   * queued meanwhile by another process makes the unique index refuse the INSERT: the
   * caller's transaction then rolls back, and the batch is read again.
   */
  async queueMany(messages: NewSmsMessage[], manager: EntityManager): Promise<number> {
    const rows = messages.map((message) => this.toRow(message));
    const keys = rows.flatMap((row) => (row.dedupeKey ? [row.dedupeKey] : []));
    const queued = await this.existingKeys(keys, manager);
    const fresh = rows.filter((row) => {
      if (!row.dedupeKey) return true;
      if (queued.has(row.dedupeKey)) return false;
      queued.add(row.dedupeKey);
      return true;
    });
    await INSERT_SMS_MESSAGE_ROWS.run(manager, fresh);
    return fresh.length;
  }

  /** Which of these dedupe keys were queued already, to skip them in a batch. */
  async existingKeys(keys: string[], manager?: EntityManager): Promise<Set<string>> {
    const found = new Set<string>();
    const unique = [...new Set(keys)];
    const repository = (manager ?? this.messages.manager).getRepository(SmsMessage);
    for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
      const rows = await repository.find({
        select: { id: true, dedupeKey: true },
        where: { dedupeKey: In(unique.slice(i, i + KEYS_PER_QUERY)) },
      });
      for (const row of rows) if (row.dedupeKey) found.add(row.dedupeKey);
    }
    return found;
  }

  /** Where the messages with these dedupe keys stand, for modules that show what they queued. */
  async byKeys(
    keys: string[],
  ): Promise<Map<string, Pick<SmsMessage, 'status' | 'body' | 'sendAfter' | 'sentAt'>>> {
    const found = new Map<string, Pick<SmsMessage, 'status' | 'body' | 'sendAfter' | 'sentAt'>>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
      const rows = await this.messages.find({
        select: {
          id: true,
          dedupeKey: true,
          status: true,
          body: true,
          sendAfter: true,
          sentAt: true,
        },
        where: { dedupeKey: In(unique.slice(i, i + KEYS_PER_QUERY)) },
      });
      for (const row of rows)
        if (row.dedupeKey)
          found.set(row.dedupeKey, {
            status: row.status,
            body: row.body,
            sendAfter: row.sendAfter,
            sentAt: row.sentAt,
          });
    }
    return found;
  }

  /**
   * A customer's messages of one purpose still waiting in the queue, which are not to go out
   * any more (care greetings of a customer who opted out of them): cancelled with the reason,
   * the rows kept. Pass the caller's transaction. Returns how many.
   */
  async cancelQueuedFor(
    customerId: number,
    purpose: string,
    reason: string,
    manager?: EntityManager,
  ): Promise<number> {
    const repository = (manager ?? this.messages.manager).getRepository(SmsMessage);
    const result = await repository
      .createQueryBuilder()
      .update(SmsMessage)
      .set({ status: 'cancelled', lastError: reason, updatedAt: this.clock.now() })
      .where("customer_id = :customerId AND purpose = :purpose AND status = 'queued'", {
        customerId,
        purpose,
      })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * PIPL erasure of a customer: what was still to be sent is cancelled, and no row keeps
   * the number, the words, a failure's wording or the dedupe key (with the date a message
   * went out, `care:<id>:birthday:<year>` would still tell the birthday). Pass the erasure's
   * transaction. The rows stay, so the messages sent are still counted.
   */
  async eraseCustomer(customerId: number, manager?: EntityManager): Promise<void> {
    const repository = (manager ?? this.messages.manager).getRepository(SmsMessage);
    const now = this.clock.now();
    await repository
      .createQueryBuilder()
      .update(SmsMessage)
      .set({ status: 'cancelled', lastError: 'cancelled: the customer was erased', updatedAt: now })
      .where("customer_id = :customerId AND status = 'queued'", { customerId })
      .execute();
    await repository
      .createQueryBuilder()
      .update(SmsMessage)
      .set({ phone: '', body: '', templateParams: null, dedupeKey: null, updatedAt: now })
      .where('customer_id = :customerId', { customerId })
      .execute();
    await repository
      .createQueryBuilder()
      .update(SmsMessage)
      .set({ lastError: 'erased with the customer' })
      .where("customer_id = :customerId AND last_error IS NOT NULL AND status <> 'cancelled'", {
        customerId,
      })
      .execute();
  }

  /** Sends up to `limit` messages that are due at `now`; returns what happened, by outcome. */
  async dispatchDue(now: Date, limit: number): Promise<Record<string, number>> {
    const counts = {
      sent: 0,
      retrying: 0,
      failed: 0,
      interrupted: await this.failInterrupted(now),
      taken: 0,
    };
    const due = this.messages
      .createQueryBuilder('m')
      .where("m.status = 'queued'")
      .andWhere('m.nextAttemptAt <= :now', { now });
    // Marketing waits for the morning even when it fell due at night (e.g. a retry's backoff).
    if (this.quietHours.isQuiet(now)) due.andWhere('m.campaignId IS NULL');
    const messages = await due
      .orderBy('m.nextAttemptAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit)
      .getMany();
    for (const message of messages) {
      // Another replica's dispatcher took it between our read and our claim.
      if (!(await this.claim(message.id))) counts.taken += 1;
      else counts[await this.sendOne(message)] += 1;
    }
    return counts;
  }

  /** An admin's "send it again": a failed message goes back to the queue with its tries reset. */
  async retry(id: number): Promise<SmsMessage> {
    const message = await findOrFail(this.messages, SmsMessage, id, msg('entities.smsMessage'));
    if (message.status !== 'failed') {
      throw DomainError.conflict(msg('sms.notRetriable', { status: message.status }), 'BAD_STATUS');
    }
    if (!message.phone) throw DomainError.conflict(msg('sms.recipientErased'), 'ERASED');
    const now = this.clock.now();
    await this.messages.manager.transaction(async (m) => {
      const result = await m
        .getRepository(SmsMessage)
        .createQueryBuilder()
        .update(SmsMessage)
        .set({ status: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now })
        .where("id = :id AND status = 'failed'", { id })
        .execute();
      if (result.affected !== 1) throw DomainError.conflict(msg('sms.changedMeanwhile'), 'STALE');
      await this.audit.record(
        {
          action: 'sms.retry',
          entityType: 'SmsMessage',
          entityId: id,
          before: { status: 'failed', attempts: message.attempts },
          after: { status: 'queued', attempts: 0 },
        },
        m,
      );
    });
    return this.messages.findOneByOrFail({ id });
  }

  private toRow(message: NewSmsMessage): Omit<SmsMessage, 'id'> {
    const problems: Msg[] = [];
    if (!PURPOSE.test(message.purpose) || message.purpose.length > 32)
      problems.push(msg('sms.badPurpose'));
    const phone = normalizeOtherPhone(message.phone ?? '');
    if (!phone) problems.push(msg('sms.badPhone', { phone: maskPhone(message.phone) ?? '' }));
    const body = (message.body ?? '').trim();
    if (!body || body.length > MAX_BODY) problems.push(msg('sms.badBody', { max: MAX_BODY }));
    if (message.dedupeKey !== undefined && (!message.dedupeKey || message.dedupeKey.length > 128)) {
      problems.push(msg('sms.badDedupeKey'));
    }
    const recipientId =
      message.recipient.kind === 'user' ? message.recipient.userId : message.recipient.customerId;
    if (!Number.isInteger(recipientId) || recipientId < 1) problems.push(msg('sms.badRecipient'));
    if (message.template && !validTemplateRef(message.template))
      problems.push(msg('smsTemplates.badTemplateRef'));
    if (problems.length) {
      throw DomainError.unprocessable(msg('sms.invalid', { problems }), undefined, 'SMS_INVALID');
    }
    const now = this.clock.now();
    const sendAfter = message.sendAfter ?? now;
    return {
      purpose: message.purpose,
      recipientKind: message.recipient.kind,
      userId: message.recipient.kind === 'user' ? message.recipient.userId : null,
      customerId: message.recipient.kind === 'customer' ? message.recipient.customerId : null,
      phone: phone as string,
      body,
      template: message.template?.key ?? null,
      templateParams: message.template ? { ...message.template.params } : null,
      dedupeKey: message.dedupeKey ?? null,
      status: 'queued',
      campaignId: message.campaignId ?? null,
      attempts: 0,
      lastError: null,
      sendAfter,
      nextAttemptAt: sendAfter,
      sentAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** queued → sending, only if still queued: of two dispatchers exactly one gets it. */
  private async claim(id: number): Promise<boolean> {
    const result = await this.messages
      .createQueryBuilder()
      .update(SmsMessage)
      .set({ status: 'sending', updatedAt: this.clock.now() })
      .where("id = :id AND status = 'queued'", { id })
      .execute();
    return result.affected === 1;
  }

  private async sendOne(message: SmsMessage): Promise<Outcome> {
    const attempts = message.attempts + 1;
    try {
      await this.provider.send({
        to: message.phone,
        body: message.body,
        messageId: message.id,
        purpose: message.purpose,
        template: message.template
          ? { key: message.template, params: message.templateParams ?? {} }
          : undefined,
      });
    } catch (error) {
      const lastError = shortErrorMessage(error);
      const at = this.clock.now();
      const log = {
        sms: { id: message.id, purpose: message.purpose, to: maskPhone(message.phone), attempts },
        reason: lastError,
      };
      // A message the gateway can never take (no template code for it) is not tried again.
      if (attempts >= this.config.sms.maxAttempts || error instanceof SmsUndeliverableError) {
        await this.settle(message.id, { status: 'failed', attempts, lastError, updatedAt: at });
        this.logger.warn(log, 'SMS failed for good; an admin may retry it');
        return 'failed';
      }
      const delayMs = this.config.sms.backoffBaseSeconds * 1000 * 2 ** (attempts - 1);
      await this.settle(message.id, {
        status: 'queued',
        attempts,
        lastError,
        nextAttemptAt: new Date(at.getTime() + delayMs),
        updatedAt: at,
      });
      this.logger.info(log, 'SMS not sent; will retry');
      return 'retrying';
    }
    const at = this.clock.now();
    await this.settle(message.id, { status: 'sent', attempts, sentAt: at, updatedAt: at });
    return 'sent';
  }

  /** Records a try's outcome on the message this dispatcher claimed. */
  private async settle(id: number, changes: QueryDeepPartialEntity<SmsMessage>): Promise<void> {
    await this.messages
      .createQueryBuilder()
      .update(SmsMessage)
      .set(changes)
      .where("id = :id AND status = 'sending'", { id })
      .execute();
  }

  /**
   * Messages left 'sending' by a process that stopped mid-send. Whether the gateway got them
   * is unknown, so they are not resent on their own (a person would get it twice): they
   * fail, and an admin decides.
   */
  private async failInterrupted(now: Date): Promise<number> {
    const result = await this.messages
      .createQueryBuilder()
      .update(SmsMessage)
      .set({
        status: 'failed',
        lastError:
          'interrupted while sending: it may or may not have gone out; retry to send it again',
        updatedAt: now,
      })
      .where("status = 'sending' AND updated_at < :before", {
        before: new Date(now.getTime() - INTERRUPTED_AFTER_MS),
      })
      .execute();
    return result.affected ?? 0;
  }
}
