import { SetMetadata } from '@nestjs/common';
import type { AuditEntityType } from './audit-entity-type';

export const AUDIT_WRITE = 'crm:audit-write';

export type AuditWriteSpec =
  | { by: 'interceptor'; action: string; entityType: AuditEntityType; idParam?: string }
  | { by: 'service' };

/**
 * Every route that changes something says how it is audited: by the interceptor after it
 * succeeds, or by its service inside the transaction (with before/after). The route-walk
 * test fails on a write route that says neither.
 */
export const AuditWrite = (action: string, entityType: AuditEntityType, idParam = 'id') =>
  SetMetadata(AUDIT_WRITE, {
    by: 'interceptor',
    action,
    entityType,
    idParam,
  } satisfies AuditWriteSpec);

export const AuditedInService = () =>
  SetMetadata(AUDIT_WRITE, { by: 'service' } satisfies AuditWriteSpec);
