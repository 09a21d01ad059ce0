import { Body, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { AdminController } from '../access/admin-controller.decorator';
import { CurrentUser } from '../access/current-user.decorator';
import { CheckAbility } from '../access/decorators';
import type { Principal } from '../access/principal';
import { AuditedInService } from '../audit/audit-write.decorator';
import { IdParamPipe } from '../common/http/id-param.pipe';
import { CreateUserDto } from './dto/create-user.dto';
import { FreezeUserDto } from './dto/freeze-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserPermissionsDto } from './dto/user-permissions.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { AccountCredentialsService } from './account-credentials.service';
import { AccountStatusService } from './account-status.service';
import { UsersService } from './users.service';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { CreatedUserView } from './created-user.view';
import { PasswordResetView } from './password-reset.view';
import { UserView } from './user-view';

/**
 * Staff accounts (§9.3): admins run them; clerks and managers may see and unfreeze. Lifting a
 * sign-in lockout is the auth module's (AdminLockoutsController, same path).
 */
@AdminController('users')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly status: AccountStatusService,
    private readonly credentials: AccountCredentialsService,
  ) {}

  @ApiDoc({ summary: '员工账号列表（分页）', ok: UserView, page: true })
  @Get()
  @CheckAbility('read', 'User')
  list(@Query() filter: UserQueryDto) {
    return this.users.list(filter);
  }

  @ApiDoc({
    summary: '新建员工账号（未给密码时生成临时密码）',
    ok: CreatedUserView,
    errors: { 400: ['WEAK_PASSWORD'], 409: ['USERNAME_TAKEN'] },
  })
  @Post()
  @CheckAbility('create', 'User')
  @AuditedInService()
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @ApiDoc({ summary: '员工账号详情', ok: UserView })
  @Get(':id')
  @CheckAbility('read', 'User')
  get(@Param('id', IdParamPipe) id: number) {
    return this.users.get(id);
  }

  @ApiDoc({
    summary: '修改员工账号（姓名、角色、联系方式、查看配额）',
    ok: UserView,
    errors: { 403: ['SELF_CHANGE'], 409: ['LAST_ADMIN'], 422: [] },
  })
  @Patch(':id')
  @CheckAbility('update', 'User')
  @AuditedInService()
  update(
    @CurrentUser() actor: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UpdateUserDto,
  ) {
    return this.users.update(actor, id, dto);
  }

  @ApiDoc({
    summary: '设置单个用户额外授予和收回的权限',
    ok: UserView,
    errors: { 403: ['SELF_CHANGE'], 422: [] },
  })
  @Put(':id/permissions')
  @CheckAbility('grant', 'User')
  @AuditedInService()
  setPermissions(
    @CurrentUser() actor: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: UserPermissionsDto,
  ) {
    return this.users.setPermissions(actor, id, dto);
  }

  @ApiDoc({
    summary: '冻结账号（需写明原因，立即结束其会话）',
    ok: UserView,
    errors: { 403: ['SELF_CHANGE'], 409: ['BAD_STATUS', 'LAST_ADMIN'] },
  })
  @Post(':id/freeze')
  @HttpCode(200)
  @CheckAbility('freeze', 'User')
  @AuditedInService()
  freeze(
    @CurrentUser() actor: Principal,
    @Param('id', IdParamPipe) id: number,
    @Body() dto: FreezeUserDto,
  ) {
    return this.status.freeze(actor, id, dto.reason);
  }

  @ApiDoc({ summary: '解冻账号', ok: UserView, errors: { 409: ['BAD_STATUS'] } })
  @Post(':id/unfreeze')
  @HttpCode(200)
  @CheckAbility('unfreeze', 'User')
  @AuditedInService()
  unfreeze(@Param('id', IdParamPipe) id: number) {
    return this.status.unfreeze(id);
  }

  @ApiDoc({
    summary: '停用账号（离职，保留历史）',
    ok: UserView,
    errors: { 403: ['SELF_CHANGE'], 409: ['BAD_STATUS', 'LAST_ADMIN'] },
  })
  @Post(':id/disable')
  @HttpCode(200)
  @CheckAbility('disable', 'User')
  @AuditedInService()
  disable(@CurrentUser() actor: Principal, @Param('id', IdParamPipe) id: number) {
    return this.status.disable(actor, id);
  }

  @ApiDoc({ summary: '重新启用账号', ok: UserView, errors: { 409: ['BAD_STATUS'] } })
  @Post(':id/enable')
  @HttpCode(200)
  @CheckAbility('disable', 'User')
  @AuditedInService()
  enable(@Param('id', IdParamPipe) id: number) {
    return this.status.enable(id);
  }

  @ApiDoc({ summary: '重置密码：生成临时密码（仅显示这一次）', ok: PasswordResetView })
  @Post(':id/reset-password')
  @HttpCode(200)
  @CheckAbility('resetPassword', 'User')
  @AuditedInService()
  resetPassword(@Param('id', IdParamPipe) id: number) {
    return this.credentials.resetPassword(id);
  }

  @ApiDoc({ summary: '重置两步验证（用户需重新设置）', ok: UserView })
  @Post(':id/reset-2fa')
  @HttpCode(200)
  @CheckAbility('resetPassword', 'User')
  @AuditedInService()
  resetTwoFactor(@Param('id', IdParamPipe) id: number) {
    return this.credentials.resetTwoFactor(id);
  }
}
