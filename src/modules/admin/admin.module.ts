import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module';
import { AuthModule } from '../../auth/auth.module';
import { UsersModule } from '../../users/users.module';
import { AdminRolesController } from './admin-roles.controller';
import { AdminUsersController } from './admin-users.controller';

/** The admin endpoints: accounts, roles and permissions. Rules live in the services. */
@Module({
  imports: [UsersModule, AuthModule, AccessModule],
  controllers: [AdminUsersController, AdminRolesController],
})
export class AdminModule {}
