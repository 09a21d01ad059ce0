import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserAccount } from './entities/user-account.entity';
import { PasswordService } from './password.service';
import { UnfreezeHooks } from './unfreeze-hooks';
import { UsersService } from './users.service';

/** Staff accounts and their credentials. The HTTP side lives in the admin and auth modules. */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccount])],
  providers: [UsersService, PasswordService, UnfreezeHooks],
  exports: [UsersService, PasswordService, UnfreezeHooks],
})
export class UsersModule {}
