import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { GroupCommit } from '../database/group-commit';
import type { AuditEvent } from './audit-event';
import { INSERT_AUDIT_LOG } from './audit-log-insert.query';
import { AuditLog } from './entities/audit-log.entity';

/** Field names whose values never enter the audit log. */
const SECRET_FIELDS = /password|secret|token|hash|otp/i;

function scrub(values: Record<string, unknown> | null | undefined) {
  if (!values) return null;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      SECRET_FIELDS.test(key) ? '[redacted]' : value,
    ]),
  );
}

/**
 * Appends audit rows (DESIGN.md §6). Pass the transaction's EntityManager so that the row
 * is written, or not, together with the change it describes.
 *
 * Rows outside a transaction are written by group commit (GroupCommit): those recorded
 * while the event loop serves one round of requests go to the database in one transaction,
 * just after the round, and each request still waits until its row is stored. Every read of
 * a customer writes a row, and one transaction per row cost more than the read itself
 * (measured on SQLite: 110 µs a row alone, 30 µs in tens).
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>,
    private readonly clock: Clock,
    private readonly groupCommit: GroupCommit,
  ) {}

  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    const context = RequestContext.current();
    const actor = event.actor === undefined ? context?.actor : event.actor;
    const row: Omit<AuditLog, 'id'> = {
      occurredAt: this.clock.now(),
      actorId: actor?.id ?? null,
      actorUsername: actor?.username ?? null,
      action: event.action,
      outcome: event.outcome ?? 'success',
      entityType: event.entityType ?? null,
      entityId: event.entityId === undefined ? null : String(event.entityId),
      ip: context?.ip ?? null,
      userAgent: context?.userAgent ?? null,
      requestId: context?.requestId ?? null,
      before: scrub(event.before),
      after: scrub(event.after),
      meta: scrub(event.meta),
    };
    if (manager) return this.insertOne(row as AuditLog, manager);
    return this.groupCommit.run((shared) => this.insertOne(row as AuditLog, shared));
  }

  /** Only ever added, by one prepared INSERT (INSERT_AUDIT_LOG). */
  private async insertOne(row: AuditLog, manager?: EntityManager): Promise<void> {
    await INSERT_AUDIT_LOG.run(manager ?? this.logs.manager, row);
  }
}
