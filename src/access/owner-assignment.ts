import { DomainError } from '../common/errors/domain-error';
import type { Principal } from './principal';
import { msg } from '../common/i18n/msg';

/**
 * The one rule for who follows a customer up, whatever the route: create, update, import or
 * 资料转移. Giving a customer another owner is a transfer, for users who may transfer
 * customers (managers by default, §3.3). Without that permission a user may only create
 * customers of their own; a request that leaves the owner as it is changes nothing and passes.
 *
 * `currentOwnerId` is the owner today, or undefined for a customer being created. Throws
 * 403 OWNER_CHANGE_FORBIDDEN; an import catches it to reject the row with its message.
 */
export function assertMayAssignOwner(
  principal: Principal,
  ownerId: number | null,
  currentOwnerId?: number | null,
): void {
  if (principal.ability.can('transfer', 'Customer')) return;
  if (currentOwnerId === undefined) {
    if (ownerId === principal.id) return;
    throw DomainError.forbidden(msg('customers.ownerOnCreateForbidden'), 'OWNER_CHANGE_FORBIDDEN');
  }
  if (ownerId === currentOwnerId) return;
  throw DomainError.forbidden(msg('customers.ownerChangeForbidden'), 'OWNER_CHANGE_FORBIDDEN');
}
