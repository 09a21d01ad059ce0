import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { PreparedInsert } from '../database/prepared-insert';
import type { AuditEvent } from './audit-event';
import { AuditLog } from './entities/audit-log.entity';

/** Field names whose values never enter the audit log. */
const SECRET_FIELDS = /password|secret|token|hash|otp/i;

function scrub(values: Record<string, unknown> | null | undefined) {
  if (!values) return null;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, SECRET_FIELDS.test(key) ? '[redacted]' : value]),
  );
}

/**
 * Appends audit rows (DESIGN.md §6). Pass the transaction's EntityManager so that the row
 * is written, or not, together with the change it describes.
 */
@Injectable()
export class AuditService {
  private insert?: PreparedInsert<AuditLog>;

  constructor(
    @InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>,
    private readonly clock: Clock,
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
    // Only ever added. One prepared INSERT: every request that reads customers writes a row.
    this.insert ??= new PreparedInsert(this.logs.manager.connection, AuditLog);
    await this.insert.insert(row as AuditLog, manager);
  }
}
