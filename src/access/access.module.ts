import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory } from './ability.factory';
import { RolePolicy } from './entities/role-policy.entity';
import { RolePolicyService } from './role-policy.service';

/** Who may do what: the permission catalogue, the ability factory and role settings. */
@Module({
  imports: [TypeOrmModule.forFeature([RolePolicy])],
  providers: [AbilityFactory, RolePolicyService],
  exports: [AbilityFactory, RolePolicyService],
})
export class AccessModule {}
