import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** One audited event. Append-only: the API has no way to change or delete a row. */
@Entity('audit_log')
@Index(['occurredAt', 'id'])
@Index(['actorId', 'occurredAt'])
@Index(['action', 'occurredAt'])
@Index(['entityType', 'entityId'])
export class AuditLog {
  @PrimaryGeneratedColumn() id: number;
  @Col.datetime() occurredAt: Date;
  @Col.int({ nullable: true }) actorId: number | null;
  @Col.string(64, { nullable: true }) actorUsername: string | null;
  @Col.string(64) action: string;
  @Col.string(16) outcome: AuditOutcome;
  @Col.string(64, { nullable: true }) entityType: string | null;
  @Col.string(64, { nullable: true }) entityId: string | null;
  @Col.string(64, { nullable: true }) ip: string | null;
  @Col.string(512, { nullable: true }) userAgent: string | null;
  @Col.string(64, { nullable: true }) requestId: string | null;
  @Col.json({ nullable: true }) before: Record<string, unknown> | null;
  @Col.json({ nullable: true }) after: Record<string, unknown> | null;
  @Col.json({ nullable: true }) meta: Record<string, unknown> | null;
}
