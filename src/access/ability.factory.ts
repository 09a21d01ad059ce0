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

/** Distinct grant sets kept; past it the cache starts over (accounts are few, sets fewer). */
const MAX_CACHED = 1000;

/** The one place where a user's role, grants and denials become abilities. */
@Injectable()
export class AbilityFactory {
  /**
   * Abilities by role, grants and denials. Most users share one, and it is built on every
   * request: building it costs more than the rest of the guard. Abilities are never changed
   * after they are built, so one instance serves every request with the same source.
   */
  private readonly cache = new Map<string, AppAbility>();

  createFor(user: AbilitySource): AppAbility {
    const key = `${user.role}|${(user.grants ?? []).join(',')}|${(user.denials ?? []).join(',')}`;
    let ability = this.cache.get(key);
    if (!ability) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      ability = this.build(user);
      this.cache.set(key, ability);
    }
    return ability;
  }

  private build(user: AbilitySource): AppAbility {
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
