import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { AccountChanges } from './account-changes';
import { UserAccount } from './entities/user-account.entity';
import { UnfreezeRegistry } from './unfreeze.registry';
import type { UserView } from './user-view';

/**
 * Whether an account may sign in: freezing (by staff or by the view quota), unfreezing,
 * disabling and enabling. Every step that shuts an account out ends its sessions.
 */
@Injectable()
export class AccountStatusService {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    private readonly changes: AccountChanges,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly unfreezeSteps: UnfreezeRegistry,
  ) {}

  async freeze(actor: Principal, id: number, reason: string): Promise<UserView> {
    if (id === actor.id) throw DomainError.forbidden(msg('users.selfFreeze'), 'SELF_CHANGE');
    return this.changes.change(id, null, 'user.freeze', async (user) => {
      if (user.status !== 'active')
        throw DomainError.conflict(
          msg('users.onlyActiveFreezable', { status: msg(`users.status.${user.status}`) }),
          'BAD_STATUS',
        );
      if (user.role === 'admin') await this.changes.assertAnotherAdmin(user.id);
      user.status = 'frozen';
      user.frozenAt = this.clock.now();
      user.frozenReason = reason;
      user.sessionGeneration += 1;
    });
  }

  /**
   * Freezes an account that read past its daily quota. Only the first of several parallel
   * over-limit reads changes anything; it returns true, the others false.
   */
  async freezeForQuota(id: number, reason: string): Promise<boolean> {
    return this.users.manager.transaction(async (m) => {
      const result = await m
        .getRepository(UserAccount)
        .createQueryBuilder()
        .update(UserAccount)
        .set({
          status: 'frozen',
          frozenAt: this.clock.now(),
          frozenReason: reason,
          sessionGeneration: () => 'session_generation + 1',
        })
        .where("id = :id AND status = 'active'", { id })
        .execute();
      if (result.affected !== 1) return false;
      await this.audit.record(
        {
          action: 'user.freeze',
          entityType: 'User',
          entityId: id,
          before: { status: 'active' },
          after: { status: 'frozen', frozenReason: reason },
        },
        m,
      );
      return true;
    });
  }

  /**
   * Lets the user work again (§3.4): besides the status, the modules whose limits froze the
   * account give fresh room (a new day's allowance of the view quota); the audit row says what.
   */
  async unfreeze(id: number): Promise<UserView> {
    return this.changes.change(id, null, 'user.unfreeze', async (user, m) => {
      if (user.status !== 'frozen')
        throw DomainError.conflict(
          msg('users.notFrozen', { status: msg(`users.status.${user.status}`) }),
          'BAD_STATUS',
        );
      user.status = 'active';
      user.frozenAt = null;
      user.frozenReason = null;
      return this.unfreezeSteps.run(user, m);
    });
  }

  async disable(actor: Principal, id: number): Promise<UserView> {
    if (id === actor.id) throw DomainError.forbidden(msg('users.selfDisable'), 'SELF_CHANGE');
    return this.changes.change(id, null, 'user.disable', async (user) => {
      if (user.status === 'disabled')
        throw DomainError.conflict(msg('users.alreadyDisabled'), 'BAD_STATUS');
      if (user.role === 'admin') await this.changes.assertAnotherAdmin(user.id);
      user.status = 'disabled';
      user.disabledAt = this.clock.now();
      user.sessionGeneration += 1;
    });
  }

  async enable(id: number): Promise<UserView> {
    return this.changes.change(id, null, 'user.enable', async (user) => {
      if (user.status !== 'disabled')
        throw DomainError.conflict(
          msg('users.notDisabled', { status: msg(`users.status.${user.status}`) }),
          'BAD_STATUS',
        );
      user.status = 'active';
      user.disabledAt = null;
    });
  }
}
