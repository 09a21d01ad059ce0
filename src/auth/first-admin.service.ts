import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { LOGGER } from '../common/logging/logger.token';
import { UsersService } from '../users/users.service';

/**
 * On the first start against an empty database, creates the `admin` account with
 * ADMIN_PASSWORD or a generated password that is printed once. Either way it must be
 * changed at the first sign-in.
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const given = this.config.auth.adminPassword || undefined;
    try {
      const { temporaryPassword } = await this.users.create({
        username: 'admin',
        displayName: 'Administrator',
        role: 'admin',
        password: given,
      });
      this.logger.info('created the first administrator account "admin"');
      if (temporaryPassword) {
        // Printed, not logged: the one time anybody sees it, and it must not rest in log files.
        process.stdout.write(
          `\n  First administrator: user "admin", temporary password ${temporaryPassword}\n` +
            '  It must be changed at the first sign-in.\n\n',
        );
      }
    } catch (error) {
      if (error instanceof DomainError && error.code === 'WEAK_PASSWORD') {
        throw new Error(`ADMIN_PASSWORD cannot be used: ${error.message}`);
      }
      // Another replica created it first.
      if ((await this.users.count()) > 0) return;
      throw error;
    }
  }
}
