import { Injectable } from '@nestjs/common';
import { AbilityFactory } from '../../access/ability.factory';
import { DomainError } from '../../common/errors/domain-error';
import { UsersService } from '../../users/users.service';
import { msg } from '../../common/i18n/msg';

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
}
