import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ROLES, type Role } from './role';
import { RolePolicy } from './entities/role-policy.entity';
import { ROLE_PERMISSIONS } from './role-permissions';
import type { RoleView } from './role.view';

/**
 * How long a replica trusts what it read of the role settings. They are read on every
 * request (is 2FA required?) and change a few times a year; another replica sees a change
 * within this time, this one at once.
 */
const CACHE_MS = 10_000;

/** Per-role settings an admin keeps; a role without a row has the defaults. */
@Injectable()
export class RolePolicyService {
  private cache?: { at: number; requireTwoFactor: Map<string, boolean> };

  constructor(
    @InjectRepository(RolePolicy) private readonly policies: Repository<RolePolicy>,
    private readonly audit: AuditService,
  ) {}

  async requiresTwoFactor(role: Role): Promise<boolean> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const rows = await this.policies.find();
      this.cache = {
        at: Date.now(),
        requireTwoFactor: new Map(rows.map((row) => [row.role, row.requireTwoFactor])),
      };
    }
    return this.cache.requireTwoFactor.get(role) ?? false;
  }

  async list(): Promise<RoleView[]> {
    const rows = await this.policies.find();
    return ROLES.map((role) => ({
      role,
      requireTwoFactor: rows.find((row) => row.role === role)?.requireTwoFactor ?? false,
      permissions: ROLE_PERMISSIONS[role],
    }));
  }

  async setRequireTwoFactor(role: Role, requireTwoFactor: boolean): Promise<RoleView> {
    await this.policies.manager.transaction(async (m) => {
      const repository = m.getRepository(RolePolicy);
      const existing = await repository.findOne({ where: { role } });
      const before = { role, requireTwoFactor: existing?.requireTwoFactor ?? false };
      if (existing) await repository.update(existing.id, { requireTwoFactor });
      else await repository.insert({ role, requireTwoFactor });
      await this.audit.record(
        {
          action: 'role.update',
          entityType: 'RolePolicy',
          entityId: role,
          before,
          after: { role, requireTwoFactor },
        },
        m,
      );
    });
    this.cache = undefined;
    return { role, requireTwoFactor, permissions: ROLE_PERMISSIONS[role] };
  }
}
