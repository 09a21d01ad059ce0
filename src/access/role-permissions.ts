import type { PermissionKey } from './permission-catalogue';
import type { Role } from './role';

/**
 * What each role may do before per-user grants and denials (DESIGN.md §1). The admin runs
 * accounts but sees no customer data; clerks and managers unfreeze; only managers read
 * the audit history.
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
  ],
  clerk: ['User:read', 'User:unfreeze'],
  coordinator: [],
  finance: [],
  manager: ['User:read', 'User:freeze', 'User:unfreeze', 'User:unlock', 'AuditLog:read'],
};
