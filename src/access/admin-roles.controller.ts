import { Body, Get, Param, Patch } from '@nestjs/common';
import { AuditedInService } from '../audit/audit-write.decorator';
import { AdminController } from './admin-controller.decorator';
import { CheckAbility } from './decorators';
import { RoleParamDto } from './dto/role-param.dto';
import { UpdateRolePolicyDto } from './dto/update-role-policy.dto';
import { RolePolicyService } from './role-policy.service';

/** Roles, their permissions and settings. */
@AdminController('roles')
export class AdminRolesController {
  constructor(private readonly roles: RolePolicyService) {}

  @Get()
  @CheckAbility('read', 'RolePolicy')
  list() {
    return this.roles.list();
  }

  @Patch(':role')
  @CheckAbility('update', 'RolePolicy')
  @AuditedInService()
  update(@Param() params: RoleParamDto, @Body() dto: UpdateRolePolicyDto) {
    return this.roles.setRequireTwoFactor(params.role, dto.requireTwoFactor);
  }
}
