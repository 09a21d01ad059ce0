import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ROLES, type Role } from './role';
import { RolePolicy } from './entities/role-policy.entity';
import { ROLE_PERMISSIONS } from './role-permissions';

export interface RoleView {
  role: Role;
  requireTwoFactor: boolean;
  permissions: readonly string[];
}

/** Per-role settings an admin keeps; a role without a row has the defaults. */
@Injectable()
export class RolePolicyService {
  constructor(
    @InjectRepository(RolePolicy) private readonly policies: Repository<RolePolicy>,
    private readonly audit: AuditService,
  ) {}

  async requiresTwoFactor(role: Role): Promise<boolean> {
    const policy = await this.policies.findOne({ where: { role } });
    return policy?.requireTwoFactor ?? false;
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
        { action: 'role.update', entityType: 'RolePolicy', entityId: role, before, after: { role, requireTwoFactor } },
        m,
      );
    });
    return { role, requireTwoFactor, permissions: ROLE_PERMISSIONS[role] };
  }
}
