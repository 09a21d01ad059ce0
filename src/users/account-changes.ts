import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { findOrFail } from '../database/find-or-fail';
import { updateAtVersion } from '../database/update-at-version';
import { UserAccount } from './entities/user-account.entity';
import { toUserView, UserView } from './user-view';

/** The fields of an account the audit history shows before and after a change. */
const AUDITED = [
  'id',
  'username',
  'displayName',
  'role',
  'status',
  'email',
  'mobile',
  'grants',
  'denials',
  'mustChangePassword',
  'dailyViewQuota',
  'smsReminders',
] as const satisfies readonly (keyof UserAccount)[];

type AuditedAccount = Pick<UserAccount, (typeof AUDITED)[number]>;

/** What the audit row records of an account: AUDITED, never its secrets. */
export function auditableAccount(user: UserAccount): AuditedAccount {
  return Object.fromEntries(AUDITED.map((field) => [field, user[field]])) as AuditedAccount;
}

/** Changes an account: reads it, lets the caller change it, writes and audits it. */
export type AccountChange = (
  user: UserAccount,
  m: EntityManager,
) => Promise<Record<string, unknown> | void>;

/**
 * How every change of an account is written, whoever asks (details, status, credentials):
 * in one transaction with its audit row, on the row as it was read, and never leaving the
 * system without an active admin.
 */
@Injectable()
export class AccountChanges {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    private readonly audit: AuditService,
  ) {}

  /**
   * One audited change of an account. With a version, a caller who loaded an older copy gets
   * 409; either way the write itself only lands on the row as it was read. What `apply`
   * returns goes into the audit row's meta.
   */
  async change(
    id: number,
    version: number | null,
    action: string,
    apply: AccountChange,
  ): Promise<UserView> {
    return this.users.manager.transaction(async (m) => {
      const repository = m.getRepository(UserAccount);
      const user = await this.findIn(repository, id);
      if (version !== null && user.version !== version)
        throw DomainError.staleVersion(msg('entities.account'));
      const before = auditableAccount(user);
      const meta = await apply(user, m);
      const {
        id: _id,
        createdAt: _created,
        updatedAt: _updated,
        version: loaded,
        ...fields
      } = user;
      await updateAtVersion(
        m,
        UserAccount,
        { id, version: loaded },
        fields,
        msg('entities.account'),
      );
      const saved = await this.findIn(repository, id);
      await this.audit.record(
        {
          action,
          entityType: 'User',
          entityId: id,
          before,
          after: auditableAccount(saved),
          ...(meta ? { meta } : {}),
        },
        m,
      );
      return toUserView(saved);
    });
  }

  /** Refuses to take away the last active admin (by role change, freezing or disabling). */
  async assertAnotherAdmin(exceptId: number): Promise<void> {
    const others = await this.users
      .createQueryBuilder('u')
      .where("u.role = 'admin' AND u.status = 'active' AND u.id <> :id", { id: exceptId })
      .getCount();
    if (others === 0) {
      throw DomainError.conflict(msg('users.lastAdmin'), 'LAST_ADMIN');
    }
  }

  private findIn(repository: Repository<UserAccount>, id: number): Promise<UserAccount> {
    return findOrFail(repository, UserAccount, id, msg('entities.account'));
  }
}
