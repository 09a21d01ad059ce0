import { Injectable } from '@nestjs/common';
import { AbilityFactory } from '../../access/ability.factory';
import { DomainError } from '../../common/errors/domain-error';
import { UsersService } from '../../users/users.service';
import { msg } from '../../common/i18n/msg';
import type { StaffMemberView } from './staff-member.view';

/** Colleagues a picker offers at most. */
const PICKER_SIZE = 20;
/**
 * Active accounts read to find them: the staff are a few dozen, and a search by name narrows
 * them further; those who cannot do contacts (admins, finance) are left out after reading.
 */
const PICKER_SCAN = 500;

/** Who may be given a plan: an active account whose permissions include doing contacts. */
@Injectable()
export class PlanAssignees {
  constructor(
    private readonly users: UsersService,
    private readonly abilities: AbilityFactory,
  ) {}

  async assertCanTakePlans(userId: number, field: string): Promise<void> {
    const user = await this.users.findById(userId).catch(() => null);
    if (
      !user ||
      user.status !== 'active' ||
      !this.abilities.createFor(user).can('create', 'Interaction')
    ) {
      throw DomainError.badRequest(
        msg('interactions.cannotTakePlans', { id: userId }),
        [{ field, messages: [msg('interactions.cannotTakePlansDetail')] }],
        'VALIDATION_FAILED',
      );
    }
  }

  /**
   * The colleagues a plan may be handed to (§4.1.3), by name: the people who plan and
   * delegate need to find them, and most of them may not read the accounts list.
   */
  async candidates(q: string | undefined): Promise<StaffMemberView[]> {
    const accounts = await this.users.activeAccountsNamed(q, PICKER_SCAN);
    return accounts
      .filter((account) => this.abilities.createFor(account).can('create', 'Interaction'))
      .slice(0, PICKER_SIZE)
      .map(({ id, displayName }) => ({ id, displayName }));
  }
}
