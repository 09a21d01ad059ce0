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

  @Get()
  @CheckAbility('read', 'User')
  list(@Query() filter: UserQueryDto) {
    return this.users.list(filter);
  }

  @Post()
  @CheckAbility('create', 'User')
  @AuditedInService()
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Get(':id')
  @CheckAbility('read', 'User')
  get(@Param('id', IdParamPipe) id: number) {
    return this.users.get(id);
  }

  @Patch(':id')
  @CheckAbility('update', 'User')
  @AuditedInService()
  update(@CurrentUser() actor: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: UpdateUserDto) {
    return this.users.update(actor, id, dto);
  }

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

  @Post(':id/freeze')
  @HttpCode(200)
  @CheckAbility('freeze', 'User')
  @AuditedInService()
  freeze(@CurrentUser() actor: Principal, @Param('id', IdParamPipe) id: number, @Body() dto: FreezeUserDto) {
    return this.status.freeze(actor, id, dto.reason);
  }

  @Post(':id/unfreeze')
  @HttpCode(200)
  @CheckAbility('unfreeze', 'User')
  @AuditedInService()
  unfreeze(@Param('id', IdParamPipe) id: number) {
    return this.status.unfreeze(id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @CheckAbility('disable', 'User')
  @AuditedInService()
  disable(@CurrentUser() actor: Principal, @Param('id', IdParamPipe) id: number) {
    return this.status.disable(actor, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @CheckAbility('disable', 'User')
  @AuditedInService()
  enable(@Param('id', IdParamPipe) id: number) {
    return this.status.enable(id);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @CheckAbility('resetPassword', 'User')
  @AuditedInService()
  resetPassword(@Param('id', IdParamPipe) id: number) {
    return this.credentials.resetPassword(id);
  }

  @Post(':id/reset-2fa')
  @HttpCode(200)
  @CheckAbility('resetPassword', 'User')
  @AuditedInService()
  resetTwoFactor(@Param('id', IdParamPipe) id: number) {
    return this.credentials.resetTwoFactor(id);
  }
}
