import type { PermissionKey } from './permission-catalogue';
import type { Role } from './role';

/**
 * What each role may do before per-user grants and denials (DESIGN.md §1). The admin runs
 * accounts and dictionaries but sees no customer data; clerks and managers unfreeze; only
 * managers read the audit history and export, delete, erase or transfer customers (§3.3).
 * Admins run the scheduled jobs and the SMS outbox, and take the database backups; managers
 * may watch the outbox.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly PermissionKey[]> = {
  admin: [
    'User:read',
    'User:create',
    'User:update',
    'User:disable',
    'User:freeze',
    'User:unfreeze',
    'User:unlock',
    'User:resetPassword',
    'User:grant',
    'RolePolicy:read',
    'RolePolicy:update',
    'Dictionary:update',
    'InteractionType:update',
    'FollowUpCycle:read',
    'FollowUpCycle:update',
    'Job:read',
    'Job:run',
    'SmsOutbox:read',
    'SmsOutbox:retry',
    'CareTemplate:update',
    'Backup:read',
    'Backup:create',
  ],
  clerk: [
    'User:read',
    'User:unfreeze',
    'Customer:read',
    'Customer:create',
    'Customer:update',
    'Customer:revealPhone',
    'Customer:import',
    'Interaction:read',
    'Interaction:create',
    'Care:read',
  ],
  coordinator: [
    'Customer:read',
    'Customer:create',
    'Customer:update',
    'Customer:revealPhone',
    'Interaction:read',
    'Interaction:create',
    'Care:read',
  ],
  finance: ['Customer:read', 'Interaction:read'],
  manager: [
    'User:read',
    'User:freeze',
    'User:unfreeze',
    'User:unlock',
    'AuditLog:read',
    'Customer:read',
    'Customer:create',
    'Customer:update',
    'Customer:revealPhone',
    'Customer:import',
    'Customer:export',
    'Customer:delete',
    'Customer:restore',
    'Customer:erase',
    'Customer:transfer',
    'Interaction:read',
    'Interaction:create',
    'Interaction:monitor',
    'Interaction:editLocked',
    'FollowUpCycle:read',
    'SmsOutbox:read',
    'Care:read',
  ],
};
