import { en } from '../../i18n/en';
import { locale } from '../../i18n/locale';
import { zhCn } from '../../i18n/zh-cn';

/**
 * Words for the server's codes (roles, permission keys, job names, audit actions …) from the
 * admin catalogue. Read from the maps themselves: some codes hold dots (`user.create`), which
 * t() would take for a path. A code the catalogue lacks is shown as the server gives it.
 */
function words() {
  return (locale.value === 'en' ? en : zhCn).admin;
}

function pick(map: Record<string, string>, code: string, fallback = code): string {
  return Object.prototype.hasOwnProperty.call(map, code) ? map[code] : fallback;
}

export const roleLabel = (role: string) => pick(words().roles, role);

export const userStatusLabel = (status: string) => pick(words().statuses, status);

/** A permission in words; the server's own description where the catalogue lacks it. */
export const permissionLabel = (key: string, description = key) =>
  pick(words().permissionNames, key, description);

export const jobLabel = (name: string, description = name) =>
  pick(words().jobs.names, name, description);

export const auditActionLabel = (action: string) => pick(words().audit.actions, action);

export const entityTypeLabel = (type: string) => pick(words().audit.entityTypes, type);

export const smsPurposeLabel = (purpose: string) => pick(words().sms.purposes, purpose);

export const ROLES = ['admin', 'clerk', 'coordinator', 'finance', 'manager'] as const;
export type Role = (typeof ROLES)[number];
