import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import { isPermissionKey, PERMISSION_CATALOGUE } from '../access/permission-catalogue';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { readPage } from '../common/pagination/apply-page';
import type { Page } from '../common/pagination/page';
import { containsPattern } from '../common/sql/like-pattern';
import { findOrFail } from '../database/find-or-fail';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import type { UserPermissionsDto } from './dto/user-permissions.dto';
import type { UserQueryDto } from './dto/user-query.dto';
import { UserAccount } from './entities/user-account.entity';
import { AccountChanges, auditableAccount } from './account-changes';
import { PasswordService } from './password.service';
import { toUserView, UserView } from './user-view';
import { msg } from '../common/i18n/msg';
import { STAFF_MEMBERS } from './staff-members.query';

/**
 * Staff accounts: finding and listing them, creation, changes of their details and role,
 * per-user permissions. Whether an account may sign in is AccountStatusService's, its
 * credentials AccountCredentialsService's; every change is audited in its own transaction
 * (AccountChanges).
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserAccount) private readonly users: Repository<UserAccount>,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly changes: AccountChanges,
  ) {}

  count(): Promise<number> {
    return this.users.count();
  }

  findByUsername(username: string): Promise<UserAccount | null> {
    return this.users.findOne({ where: { username: username.toLowerCase() } });
  }

  findById(id: number): Promise<UserAccount> {
    return findOrFail(this.users, UserAccount, id, msg('entities.account'));
  }

  async get(id: number): Promise<UserView> {
    return toUserView(await this.findById(id));
  }

  list(filter: UserQueryDto): Promise<Page<UserView>> {
    const query = this.users.createQueryBuilder('u');
    if (filter.q) {
      query.andWhere(
        "(LOWER(u.username) LIKE :q ESCAPE '\\' OR LOWER(u.displayName) LIKE :q ESCAPE '\\')",
        {
          q: containsPattern(filter.q),
        },
      );
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    return readPage(
      query,
      filter,
      {
        username: 'u.username',
        displayName: 'u.displayName',
        createdAt: 'u.createdAt',
        lastLoginAt: 'u.lastLoginAt',
      },
      'username',
      toUserView,
    );
  }

  /** Creates an account; the password given or generated must be changed at first sign-in. */
  async create(
    dto: CreateUserDto,
    manager?: EntityManager,
  ): Promise<{ user: UserView; temporaryPassword?: string }> {
    if (await this.findByUsername(dto.username)) {
      throw DomainError.conflict(
        msg('users.usernameTaken', { username: dto.username }),
        'USERNAME_TAKEN',
      );
    }
    const generated =
      dto.password === undefined ? this.passwords.generateTemporary(dto.username) : undefined;
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
      await this.audit.record(
        {
          action: 'user.create',
          entityType: 'User',
          entityId: user.id,
          after: auditableAccount(user),
        },
        m,
      );
      return user;
    };
    const user = manager ? await run(manager) : await this.users.manager.transaction(run);
    return { user: toUserView(user), ...(generated ? { temporaryPassword: generated } : {}) };
  }

  async update(actor: Principal, id: number, dto: UpdateUserDto): Promise<UserView> {
    return this.changes.change(id, dto.version, 'user.update', async (user) => {
      if (dto.role !== undefined && dto.role !== user.role) {
        if (user.id === actor.id)
          throw DomainError.forbidden(msg('users.selfRoleChange'), 'SELF_CHANGE');
        if (user.role === 'admin') await this.changes.assertAnotherAdmin(user.id);
        user.role = dto.role;
      }
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.email !== undefined) user.email = dto.email;
      if (dto.mobile !== undefined) user.mobile = dto.mobile;
      if (dto.dailyViewQuota !== undefined) user.dailyViewQuota = dto.dailyViewQuota;
      if (dto.smsReminders !== undefined) user.smsReminders = dto.smsReminders;
      if (user.smsReminders && !user.mobile) {
        // Reminders by SMS need a number to go to; say so now rather than drop them later.
        throw DomainError.unprocessable(
          msg('users.smsNeedsMobile'),
          [{ field: 'smsReminders', messages: [msg('users.smsNeedsMobileDetail')] }],
          'NO_MOBILE',
        );
      }
    });
  }

  async setPermissions(actor: Principal, id: number, dto: UserPermissionsDto): Promise<UserView> {
    if (id === actor.id)
      throw DomainError.forbidden(msg('users.selfPermissionChange'), 'SELF_CHANGE');
    const notGrantable = dto.grants.filter(
      (key) => isPermissionKey(key) && !PERMISSION_CATALOGUE[key].grantable,
    );
    if (notGrantable.length) {
      throw DomainError.unprocessable(
        msg('users.notGrantable', { keys: notGrantable }),
        [
          {
            field: 'grants',
            messages: notGrantable.map((key) => msg('users.notGrantableDetail', { key })),
          },
        ],
        'NOT_GRANTABLE',
      );
    }
    const both = dto.grants.filter((key) => dto.denials.includes(key));
    if (both.length) {
      throw DomainError.unprocessable(msg('users.grantedAndDenied', { keys: both }), [
        {
          field: 'denials',
          messages: both.map((key) => msg('users.grantedAndDeniedDetail', { key })),
        },
      ]);
    }
    return this.changes.change(id, dto.version, 'user.permissions', async (user) => {
      user.grants = [...dto.grants].sort();
      user.denials = [...dto.denials].sort();
    });
  }

  /**
   * One page of the staff of these roles who may still sign in (not disabled), by user name,
   * narrowed by `narrow` (conditions on the alias `u`, e.g. "has no read receipt of notice 7").
   * For the modules that ask who of an audience has not done something yet.
   */
  async staffOfRolesPage(
    roles: readonly string[],
    page: { page: number; pageSize: number },
    narrow: (query: SelectQueryBuilder<UserAccount>) => void = () => undefined,
  ): Promise<Page<Pick<UserAccount, 'id' | 'displayName' | 'role'>>> {
    if (!roles.length) return { items: [], total: 0, ...page };
    const query = this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName', 'u.role'])
      .where('u.role IN (:...roles)', { roles: [...roles] })
      .andWhere('u.status <> :disabled', { disabled: 'disabled' });
    narrow(query);
    // By user name: the order of the accounts' (username, id) index.
    return readPage(query, page, { username: 'u.username' }, 'username', (user) => ({
      id: user.id,
      displayName: user.displayName,
      role: user.role,
    }));
  }

  /**
   * Active accounts whose user name or display name contains `q` (all when empty), by user
   * name, with what decides their permissions (role, grants, denials): for pickers of
   * colleagues who must be able to do something. At most `limit`.
   */
  activeAccountsNamed(
    q: string | undefined,
    limit: number,
  ): Promise<Pick<UserAccount, 'id' | 'displayName' | 'role' | 'grants' | 'denials'>[]> {
    const query = this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName', 'u.role', 'u.grants', 'u.denials'])
      .where("u.status = 'active'");
    if (q) {
      query.andWhere(
        "(LOWER(u.username) LIKE :q ESCAPE '\\' OR LOWER(u.displayName) LIKE :q ESCAPE '\\')",
        { q: containsPattern(q) },
      );
    }
    return query.orderBy('u.username', 'ASC').addOrderBy('u.id', 'ASC').take(limit).getMany();
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

  /**
   * A colleague's name by id (STAFF_MEMBERS), for a view that says whose to-do or work it
   * shows; 404 as findById when there is no such account. Reads only the two columns.
   */
  async staffMember(id: number): Promise<Pick<UserAccount, 'id' | 'displayName'>> {
    const [found] = Number.isInteger(id) ? await this.staffMembers([id]) : [];
    if (!found) throw DomainError.notFound(msg('entities.account'), id);
    return found;
  }

  /** Colleagues by id, only their names (STAFF_MEMBERS): for views that print who did what. */
  async staffMembers(ids: number[]): Promise<Pick<UserAccount, 'id' | 'displayName'>[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return STAFF_MEMBERS.rows(this.users.manager, { ids: unique });
  }

  async findMany(ids: number[]): Promise<UserAccount[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    return this.users.find({ where: { id: In(unique) } });
  }
}
