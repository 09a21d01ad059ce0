import type { RequestActor } from '../common/request-context';
import type { AuditEntityType } from './audit-entity-type';
import type { AuditOutcome } from './entities/audit-log.entity';

/** What a service says happened; who, when and from where are filled in by the writer. */
export interface AuditEvent {
  action: string;
  outcome?: AuditOutcome;
  entityType?: AuditEntityType;
  entityId?: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  meta?: Record<string, unknown>;
  /** when the actor is not the request's signed-in user, e.g. at sign-in */
  actor?: Pick<RequestActor, 'id' | 'username'> | null;
}
