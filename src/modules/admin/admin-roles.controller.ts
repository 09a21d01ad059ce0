import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CheckAbility } from '../../access/decorators';
import { PERMISSION_CATALOGUE } from '../../access/permission-catalogue';
import { RolePolicyService } from '../../access/role-policy.service';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { RoleParamDto } from './dto/role-param.dto';
import { UpdateRolePolicyDto } from './dto/update-role-policy.dto';

/** Roles, their permissions and settings, and the catalogue of grantable permissions. */
@ApiTags('admin: roles')
@ApiBearerAuth()
@Controller('admin')
export class AdminRolesController {
  constructor(private readonly roles: RolePolicyService) {}

  @Get('roles')
  @CheckAbility('read', 'RolePolicy')
  list() {
    return this.roles.list();
  }

  @Patch('roles/:role')
  @CheckAbility('update', 'RolePolicy')
  @AuditedInService()
  update(@Param() params: RoleParamDto, @Body() dto: UpdateRolePolicyDto) {
    return this.roles.setRequireTwoFactor(params.role, dto.requireTwoFactor);
  }

  @Get('permissions')
  @CheckAbility('read', 'RolePolicy')
  permissions() {
    return Object.entries(PERMISSION_CATALOGUE).map(([key, permission]) => ({ key, ...permission }));
  }
}
