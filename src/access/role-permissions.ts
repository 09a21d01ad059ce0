import type { PermissionKey } from './permission-catalogue';
import type { Role } from './role';

/**
 * What each role may do before per-user grants and denials (DESIGN.md §1). The admin runs
 * accounts and dictionaries but sees no customer data; clerks and managers unfreeze; only
 * managers read the audit history and export, delete, erase or transfer customers (§3.3).
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
  ],
  clerk: [
    'User:read',
    'User:unfreeze',
    'Customer:read',
    'Customer:create',
    'Customer:update',
    'Customer:revealPhone',
    'Customer:import',
  ],
  coordinator: ['Customer:read', 'Customer:create', 'Customer:update', 'Customer:revealPhone'],
  finance: ['Customer:read'],
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
  ],
};
