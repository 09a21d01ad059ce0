import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { AppAbility } from './app-ability';
import { isPermissionKey, PERMISSION_CATALOGUE, PermissionKey } from './permission-catalogue';
import type { Role } from './role';
import { ROLE_PERMISSIONS } from './role-permissions';

export interface AbilitySource {
  role: Role;
  grants: string[] | null;
  denials: string[] | null;
}

/** The one place where a user's role, grants and denials become abilities. */
@Injectable()
export class AbilityFactory {
  createFor(user: AbilitySource): AppAbility {
    const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    for (const key of this.effectiveGrants(user)) {
      const { action, subject } = PERMISSION_CATALOGUE[key];
      can(action, subject);
    }
    // Denials come last: in CASL a later inverted rule wins over an earlier one.
    for (const key of (user.denials ?? []).filter(isPermissionKey)) {
      const { action, subject } = PERMISSION_CATALOGUE[key];
      cannot(action, subject);
    }
    return build();
  }

  /** The role's permissions plus grants that may be granted at all. */
  private effectiveGrants(user: AbilitySource): PermissionKey[] {
    const grants = (user.grants ?? [])
      .filter(isPermissionKey)
      .filter((key) => PERMISSION_CATALOGUE[key].grantable);
    return [...new Set([...ROLE_PERMISSIONS[user.role], ...grants])];
  }
}
