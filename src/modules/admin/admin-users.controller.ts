import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import { CheckAbility } from '../../access/decorators';
import type { Principal } from '../../access/principal';
import { AuditedInService } from '../../audit/audit-write.decorator';
import { AuthService } from '../../auth/auth.service';
import { IdParamPipe } from '../../common/http/id-param.pipe';
import { CreateUserDto } from '../../users/dto/create-user.dto';
import { FreezeUserDto } from '../../users/dto/freeze-user.dto';
import { UpdateUserDto } from '../../users/dto/update-user.dto';
import { UserPermissionsDto } from '../../users/dto/user-permissions.dto';
import { UserQueryDto } from '../../users/dto/user-query.dto';
import { UsersService } from '../../users/users.service';

/** Staff accounts (§9.3): admins run them; clerks and managers may see and unfreeze. */
@ApiTags('admin: users')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
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
    return this.users.freeze(actor, id, dto.reason);
  }

  @Post(':id/unfreeze')
  @HttpCode(200)
  @CheckAbility('unfreeze', 'User')
  @AuditedInService()
  unfreeze(@Param('id', IdParamPipe) id: number) {
    return this.users.unfreeze(id);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @CheckAbility('disable', 'User')
  @AuditedInService()
  disable(@CurrentUser() actor: Principal, @Param('id', IdParamPipe) id: number) {
    return this.users.disable(actor, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @CheckAbility('disable', 'User')
  @AuditedInService()
  enable(@Param('id', IdParamPipe) id: number) {
    return this.users.enable(id);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @CheckAbility('resetPassword', 'User')
  @AuditedInService()
  resetPassword(@Param('id', IdParamPipe) id: number) {
    return this.users.resetPassword(id);
  }

  @Post(':id/reset-2fa')
  @HttpCode(200)
  @CheckAbility('resetPassword', 'User')
  @AuditedInService()
  resetTwoFactor(@Param('id', IdParamPipe) id: number) {
    return this.users.resetTwoFactor(id);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @CheckAbility('unlock', 'User')
  @AuditedInService()
  unlock(@Param('id', IdParamPipe) id: number) {
    return this.auth.unlock(id);
  }
}
