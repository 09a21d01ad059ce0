import { Injectable } from '@nestjs/common';
import { AbilityFactory } from '../../../access/ability.factory';
import type { Principal } from '../../../access/principal';

/**
 * Who the report generation runs reports as when no user asked (the nightly job, an admin's
 * schedule). Jobs have no signed-in user, yet a report takes a principal and applies its
 * rules (ability, record scope) to it; rather than a way around those rules, the generation
 * is a manager as src/access builds one from the role's permissions: it sees what a manager
 * sees, and its files are for managers alone (GeneratedReport:read). No account, no session:
 * it cannot sign in, and audit rows written for it name no actor.
 */
@Injectable()
export class ReportingPrincipal {
  constructor(private readonly abilities: AbilityFactory) {}

  get(): Principal {
    return {
      id: 0,
      username: 'report-generation',
      displayName: 'report-generation',
      role: 'manager',
      sessionId: 0,
      ability: this.abilities.createFor({ role: 'manager', grants: null, denials: null }),
      mustChangePassword: false,
      mustEnableTwoFactor: false,
      dailyViewQuota: null,
    };
  }
}
