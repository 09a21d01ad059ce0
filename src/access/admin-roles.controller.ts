import { Body, Get, Param, Patch } from '@nestjs/common';
import { AuditedInService } from '../audit/audit-write.decorator';
import { AdminController } from './admin-controller.decorator';
import { CheckAbility } from './decorators';
import { RoleParamDto } from './dto/role-param.dto';
import { UpdateRolePolicyDto } from './dto/update-role-policy.dto';
import { RolePolicyService } from './role-policy.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { RoleView } from './role.view';

/** Roles, their permissions and settings. */
@AdminController('roles')
export class AdminRolesController {
  constructor(private readonly roles: RolePolicyService) {}

  @ApiDoc({ summary: '角色列表：各角色的权限和设置', ok: [RoleView] })
  @Get()
  @CheckAbility('read', 'RolePolicy')
  list() {
    return this.roles.list();
  }

  @ApiDoc({ summary: '修改角色设置（是否要求两步验证）', ok: RoleView })
  @Patch(':role')
  @CheckAbility('update', 'RolePolicy')
  @AuditedInService()
  update(@Param() params: RoleParamDto, @Body() dto: UpdateRolePolicyDto) {
    return this.roles.setRequireTwoFactor(params.role, dto.requireTwoFactor);
  }
}
