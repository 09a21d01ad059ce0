import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountChanges } from './account-changes';
import { AccountCredentialsService } from './account-credentials.service';
import { AccountStatusService } from './account-status.service';
import { AdminUsersController } from './admin-users.controller';
import { UserAccount } from './entities/user-account.entity';
import { PasswordService } from './password.service';
import { UnfreezeRegistry } from './unfreeze.registry';
import { UsersService } from './users.service';

/** Staff accounts and their credentials, and their admin routes (sign-in is the auth module's). */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccount])],
  controllers: [AdminUsersController],
  providers: [
    UsersService,
    AccountChanges,
    AccountStatusService,
    AccountCredentialsService,
    PasswordService,
    UnfreezeRegistry,
  ],
  exports: [
    UsersService,
    AccountStatusService,
    AccountCredentialsService,
    PasswordService,
    UnfreezeRegistry,
  ],
})
export class UsersModule {}
