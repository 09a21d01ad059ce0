import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory } from './ability.factory';
import { AdminPermissionsController } from './admin-permissions.controller';
import { AdminRolesController } from './admin-roles.controller';
import { RolePolicy } from './entities/role-policy.entity';
import { RolePolicyService } from './role-policy.service';

/**
 * Who may do what: the permission catalogue, the ability factory and role settings, and the
 * admin routes over them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([RolePolicy])],
  controllers: [AdminRolesController, AdminPermissionsController],
  providers: [AbilityFactory, RolePolicyService],
  exports: [AbilityFactory, RolePolicyService],
})
export class AccessModule {}
