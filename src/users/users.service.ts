import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { isPermissionKey, PERMISSION_CATALOGUE } from '../access/permission-catalogue';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { readPage } from '../common/pagination/apply-page';
import type { Page } from '../common/pagination/page';
import { containsPattern } from '../common/sql/like-pattern';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import type { UserPermissionsDto } from './dto/user-permissions.dto';
import type { UserQueryDto } from './dto/user-query.dto';
import { UserAccount } from './entities/user-account.entity';
import { PasswordService } from './password.service';
import { UnfreezeHooks } from './unfreeze-hooks';
import { toUserView, UserView } from './user-view';
import { msg } from '../common/i18n/msg';

/** The fields of an account the audit history shows before and after a change. */
function auditable(user: UserAccount) {
  const { id, username, displayName, role, status, email, mobile, grants, denials, mustChangePassword, dailyViewQuota, smsReminders } = user;
  return { id, username, displayName, role, status, email, mobile, grants, denials, mustChangePassword, dailyViewQuota, smsReminders };
}

/**
 * Staff accounts and their rules: creation, changes, freezing, disabling, passwords and
 * per-user permissions. Every change is audited in its own transaction.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly unfreezeHooks: UnfreezeHooks,
  ) {}

  count(): Promise<number> {
    return this.users.count();
  }

  findByUsername(username: string): Promise<UserAccount | null> {
    return this.users.findOne({ where: { username: username.toLowerCase() } });
  }

  async findById(id: number): Promise<UserAccount> {
    // An undefined id would make findOneBy return the first row: refuse it outright.
    if (!Number.isInteger(id)) throw DomainError.notFound(msg('entities.account'), String(id));
    const user = await this.users.findOneBy({ id });
    if (!user) throw DomainError.notFound(msg('entities.account'), id);
    return user;
  }

  async get(id: number): Promise<UserView> {
    return toUserView(await this.findById(id));
  }

  list(filter: UserQueryDto): Promise<Page<UserView>> {
    const query = this.users.createQueryBuilder('u');
    if (filter.q) {
      query.andWhere("(LOWER(u.username) LIKE :q ESCAPE '\\' OR LOWER(u.displayName) LIKE :q ESCAPE '\\')", {
        q: containsPattern(filter.q),
      });
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    return readPage(
      query,
      filter,
      { username: 'u.username', displayName: 'u.displayName', createdAt: 'u.createdAt', lastLoginAt: 'u.lastLoginAt' },
      'username',
      toUserView,
    );
  }

  /** Creates an account; the password given or generated must be changed at first sign-in. */
  async create(dto: CreateUserDto, manager?: EntityManager): Promise<{ user: UserView; temporaryPassword?: string }> {
    if (await this.findByUsername(dto.username)) {
      throw DomainError.conflict(msg('users.usernameTaken', { username: dto.username }), 'USERNAME_TAKEN');
    }
    const generated = dto.password === undefined ? this.passwords.generateTemporary(dto.username) : undefined;
    const password = dto.password ?? (generated as string);
    this.passwords.assertAcceptable(password, dto.username);
    const passwordHash = await this.passwords.hash(password);
    const run = async (m: EntityManager) => {
      const repository = m.getRepository(UserAccount);
      const user = repository.create({
        username: dto.username,
        displayName: dto.displayName,
        role: dto.role,
        status: 'active',
        passwordHash,
        mustChangePassword: true,
        email: dto.email ?? null,
        mobile: dto.mobile ?? null,
        grants: [],
        denials: [],
      });
      await repository.save(user);
      await this.audit.record({ action: 'user.create', entityType: 'User', entityId: user.id, after: auditable(user) }, m);
      return user;
    };
    const user = manager ? await run(manager) : await this.users.manager.transaction(run);
    return { user: toUserView(user), ...(generated ? { temporaryPassword: generated } : {}) };
  }

  async update(actor: Principal, id: number, dto: UpdateUserDto): Promise<UserView> {
    return this.change(id, dto.version, 'user.update', async (user) => {
      if (dto.role !== undefined && dto.role !== user.role) {
        if (user.id === actor.id) throw DomainError.forbidden(msg('users.selfRoleChange'), 'SELF_CHANGE');
        if (user.role === 'admin') await this.assertAnotherAdmin(user.id);
        user.role = dto.role;
      }
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.email !== undefined) user.email = dto.email;
      if (dto.mobile !== undefined) user.mobile = dto.mobile;
      if (dto.dailyViewQuota !== undefined) user.dailyViewQuota = dto.dailyViewQuota;
      if (dto.smsReminders !== undefined) user.smsReminders = dto.smsReminders;
      if (user.smsReminders && !user.mobile) {
        // Reminders by SMS need a number to go to; say so now rather than drop them later.
        throw DomainError.unprocessable(msg('users.smsNeedsMobile'), [
          { field: 'smsReminders', messages: [msg('users.smsNeedsMobileDetail')] },
        ], 'NO_MOBILE');
      }
    });
  }

  async setPermissions(actor: Principal, id: number, dto: UserPermissionsDto): Promise<UserView> {
    if (id === actor.id) throw DomainError.forbidden(msg('users.selfPermissionChange'), 'SELF_CHANGE');
    const notGrantable = dto.grants.filter((key) => isPermissionKey(key) && !PERMISSION_CATALOGUE[key].grantable);
    if (notGrantable.length) {
      throw DomainError.unprocessable(
        msg('users.notGrantable', { keys: notGrantable }),
        [{ field: 'grants', messages: notGrantable.map((key) => msg('users.notGrantableDetail', { key })) }],
        'NOT_GRANTABLE',
      );
    }
    const both = dto.grants.filter((key) => dto.denials.includes(key));
    if (both.length) {
      throw DomainError.unprocessable(msg('users.grantedAndDenied', { keys: both }), [
        { field: 'denials', messages: both.map((key) => msg('users.grantedAndDeniedDetail', { key })) },
      ]);
    }
    return this.change(id, dto.version, 'user.permissions', async (user) => {
      user.grants = [...dto.grants].sort();
      user.denials = [...dto.denials].sort();
    });
  }

  async freeze(actor: Principal, id: number, reason: string): Promise<UserView> {
    if (id === actor.id) throw DomainError.forbidden(msg('users.selfFreeze'), 'SELF_CHANGE');
    return this.changeStatus(id, 'user.freeze', async (user) => {
      if (user.status !== 'active') throw DomainError.conflict(msg('users.onlyActiveFreezable', { status: msg(`users.status.${user.status}`) }), 'BAD_STATUS');
      if (user.role === 'admin') await this.assertAnotherAdmin(user.id);
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
        .set({ status: 'frozen', frozenAt: this.clock.now(), frozenReason: reason, sessionGeneration: () => 'session_generation + 1' })
        .where("id = :id AND status = 'active'", { id })
        .execute();
      if (result.affected !== 1) return false;
      await this.audit.record(
        { action: 'user.freeze', entityType: 'User', entityId: id, before: { status: 'active' }, after: { status: 'frozen', frozenReason: reason } },
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
    return this.changeStatus(id, 'user.unfreeze', async (user, m) => {
      if (user.status !== 'frozen') throw DomainError.conflict(msg('users.notFrozen', { status: msg(`users.status.${user.status}`) }), 'BAD_STATUS');
      user.status = 'active';
      user.frozenAt = null;
      user.frozenReason = null;
      return this.unfreezeHooks.run(user, m);
    });
  }

  async disable(actor: Principal, id: number): Promise<UserView> {
    if (id === actor.id) throw DomainError.forbidden(msg('users.selfDisable'), 'SELF_CHANGE');
    return this.changeStatus(id, 'user.disable', async (user) => {
      if (user.status === 'disabled') throw DomainError.conflict(msg('users.alreadyDisabled'), 'BAD_STATUS');
      if (user.role === 'admin') await this.assertAnotherAdmin(user.id);
      user.status = 'disabled';
      user.disabledAt = this.clock.now();
      user.sessionGeneration += 1;
    });
  }

  async enable(id: number): Promise<UserView> {
    return this.changeStatus(id, 'user.enable', async (user) => {
      if (user.status !== 'disabled') throw DomainError.conflict(msg('users.notDisabled', { status: msg(`users.status.${user.status}`) }), 'BAD_STATUS');
      user.status = 'active';
      user.disabledAt = null;
    });
  }

  /** Sets a temporary password, ends every session and makes the user choose a new one. */
  async resetPassword(id: number): Promise<{ user: UserView; temporaryPassword: string }> {
    const temporaryPassword = this.passwords.generateTemporary((await this.findById(id)).username);
    const passwordHash = await this.passwords.hash(temporaryPassword);
    const user = await this.changeStatus(id, 'user.resetPassword', async (account) => {
      account.passwordHash = passwordHash;
      account.mustChangePassword = true;
      account.sessionGeneration += 1;
    });
    return { user, temporaryPassword };
  }

  /** Turns two-factor sign-in off for someone who lost their authenticator; they set it up again. */
  async resetTwoFactor(id: number): Promise<UserView> {
    return this.changeStatus(id, 'user.resetTwoFactor', async (user) => {
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
      throw DomainError.badRequest(msg('users.samePassword'), [
        { field: 'newPassword', messages: [msg('users.samePasswordDetail')] },
      ], 'WEAK_PASSWORD');
    }
    const passwordHash = await this.passwords.hash(newPassword);
    await this.users.manager.transaction(async (m) => {
      await m.getRepository(UserAccount).update(user.id, {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: this.clock.now(),
        sessionGeneration: user.sessionGeneration + 1,
      });
      await this.audit.record({ action: 'auth.passwordChange', entityType: 'User', entityId: user.id }, m);
    });
    return this.findById(user.id);
  }

  /** Records the second-factor state: the pending secret, the confirmed one, the last step used. */
  async updateTwoFactor(
    id: number,
    changes: Partial<Pick<UserAccount, 'totpSecret' | 'totpPendingSecret' | 'totpEnabled' | 'totpLastStep'>>,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.users.manager).getRepository(UserAccount).update(id, changes);
  }

  async markSignedIn(id: number): Promise<void> {
    await this.users.update(id, { lastLoginAt: this.clock.now() });
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

  /** Active users of the given roles, for alerts. */
  async activeIdsWithRoles(roles: string[]): Promise<number[]> {
    const rows = await this.users
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.role IN (:...roles)', { roles })
      .andWhere("u.status = 'active'")
      .getRawMany<{ id: number }>();
    return rows.map((row) => Number(row.id));
  }

  /** Several accounts at once, for showing who planned, does or did something. */
  async findMany(ids: number[]): Promise<UserAccount[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return this.users.find({ where: { id: In(unique) } });
  }

  private async assertAnotherAdmin(exceptId: number): Promise<void> {
    const others = await this.users
      .createQueryBuilder('u')
      .where("u.role = 'admin' AND u.status = 'active' AND u.id <> :id", { id: exceptId })
      .getCount();
    if (others === 0) {
      throw DomainError.conflict(msg('users.lastAdmin'), 'LAST_ADMIN');
    }
  }

  /**
   * One audited change of an account. With a version, a caller who loaded an older copy gets
   * 409; either way the write itself only lands on the row as it was read.
   */
  private async change(
    id: number,
    version: number | null,
    action: string,
    /** changes the loaded account; what it returns goes into the audit row's meta */
    apply: (user: UserAccount, m: EntityManager) => Promise<Record<string, unknown> | void>,
  ): Promise<UserView> {
    return this.users.manager.transaction(async (m) => {
      const repository = m.getRepository(UserAccount);
      const user = await this.findIn(repository, id);
      if (version !== null && user.version !== version) throw DomainError.staleVersion(msg('entities.account'));
      const before = auditable(user);
      const meta = await apply(user, m);
      const { id: _id, createdAt: _created, updatedAt: _updated, version: loaded, ...fields } = user;
      const result = await repository.update({ id, version: loaded }, fields);
      if (result.affected !== 1) throw DomainError.staleVersion(msg('entities.account'));
      const saved = await this.findIn(repository, id);
      await this.audit.record({ action, entityType: 'User', entityId: id, before, after: auditable(saved), ...(meta ? { meta } : {}) }, m);
      return toUserView(saved);
    });
  }

  private changeStatus(id: number, action: string, apply: (user: UserAccount, m: EntityManager) => Promise<Record<string, unknown> | void>) {
    return this.change(id, null, action, apply);
  }

  private async findIn(repository: Repository<UserAccount>, id: number): Promise<UserAccount> {
    const user = await repository.findOneBy({ id });
    if (!user) throw DomainError.notFound(msg('entities.account'), id);
    return user;
  }
}
