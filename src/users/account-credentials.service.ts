import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { AccountChanges } from './account-changes';
import { UserAccount } from './entities/user-account.entity';
import { PasswordService } from './password.service';
import type { UserView } from './user-view';
import { UsersService } from './users.service';

/**
 * An account's credentials as stored: the user's own password change, the admin's resets of
 * password and second factor, the second-factor state and the last sign-in. Hashing and the
 * password rules are PasswordService's; checking a sign-in is the auth module's.
 */
@Injectable()
export class AccountCredentialsService {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    private readonly accounts: UsersService,
    private readonly changes: AccountChanges,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Sets a temporary password, ends every session and makes the user choose a new one. */
  async resetPassword(id: number): Promise<{ user: UserView; temporaryPassword: string }> {
    const temporaryPassword = this.passwords.generateTemporary(
      (await this.accounts.findById(id)).username,
    );
    const passwordHash = await this.passwords.hash(temporaryPassword);
    const user = await this.changes.change(id, null, 'user.resetPassword', async (account) => {
      account.passwordHash = passwordHash;
      account.mustChangePassword = true;
      account.sessionGeneration += 1;
    });
    return { user, temporaryPassword };
  }

  /** Turns two-factor sign-in off for someone who lost their authenticator; they set it up again. */
  async resetTwoFactor(id: number): Promise<UserView> {
    return this.changes.change(id, null, 'user.resetTwoFactor', async (user) => {
      user.totpEnabled = false;
      user.totpSecret = null;
      user.totpPendingSecret = null;
      user.totpLastStep = null;
      user.sessionGeneration += 1;
    });
  }

  /**
   * The user's own new password, after the caller checked the current one. Ends every
   * session; the caller opens a fresh one for this device.
   */
  async changeOwnPassword(user: UserAccount, newPassword: string): Promise<UserAccount> {
    this.passwords.assertAcceptable(newPassword, user.username, 'newPassword');
    if (await this.passwords.verify(user.passwordHash, newPassword)) {
      throw DomainError.badRequest(
        msg('users.samePassword'),
        [{ field: 'newPassword', messages: [msg('users.samePasswordDetail')] }],
        'WEAK_PASSWORD',
      );
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.users.manager.transaction(async (m) => {
      await m.getRepository(UserAccount).update(user.id, {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: this.clock.now(),
        sessionGeneration: user.sessionGeneration + 1,
      });
      await this.audit.record(
        { action: 'auth.passwordChange', entityType: 'User', entityId: user.id },
        m,
      );
    });
    return this.accounts.findById(user.id);
  }

  /** Records the second-factor state: the pending secret, the confirmed one, the last step used. */
  async updateTwoFactor(
    id: number,
    changes: Partial<
      Pick<UserAccount, 'totpSecret' | 'totpPendingSecret' | 'totpEnabled' | 'totpLastStep'>
    >,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.users.manager).getRepository(UserAccount).update(id, changes);
  }

  /**
   * Records the sign-in and, when the stored hash was made with other costs than today's,
   * stores the password hashed afresh (the one moment the password is known). The hash is
   * replaced only if it is still the one checked, so a password changed meanwhile stays.
   */
  async markSignedIn(user: UserAccount, password: string): Promise<void> {
    await this.users.update(user.id, { lastLoginAt: this.clock.now() });
    if (!this.passwords.isStale(user.passwordHash)) return;
    const passwordHash = await this.passwords.hash(password);
    await this.users.update({ id: user.id, passwordHash: user.passwordHash }, { passwordHash });
  }

  /** A user's TOTP step is only ever moved forward, atomically, so one code works once. */
  async claimTotpStep(id: number, step: number): Promise<boolean> {
    const result = await this.users
      .createQueryBuilder()
      .update(UserAccount)
      .set({ totpLastStep: step })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id, step })
      .execute();
    return result.affected === 1;
  }
}
