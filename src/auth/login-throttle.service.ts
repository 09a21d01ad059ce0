import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { LoginThrottle } from './entities/login-throttle.entity';

export interface FailureOutcome {
  /** this failure reached the limit and started a lockout */
  lockedNow: boolean;
  lockedUntil: Date | null;
}

/** Counts failed sign-ins in a row per user name and locks it for a while at the limit. */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginThrottle) private readonly throttles: Repository<LoginThrottle>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The end of the current lockout, or null when sign-in is open. */
  async lockedUntil(username: string): Promise<Date | null> {
    const row = await this.throttles.findOne({ where: { username } });
    if (!row?.lockedUntil) return null;
    return row.lockedUntil > this.clock.now() ? row.lockedUntil : null;
  }

  async registerFailure(username: string): Promise<FailureOutcome> {
    const { lockoutMaxAttempts, lockoutMinutes } = this.config.auth;
    const now = this.clock.now();
    return this.throttles.manager.transaction(async (m) => {
      const repository = m.getRepository(LoginThrottle);
      let row = await repository.findOne({ where: { username } });
      if (!row) {
        await repository.insert({ username, failures: 0, lockedUntil: null });
        row = await repository.findOneOrFail({ where: { username } });
      }
      // A lockout that has run out starts the count again.
      const expired = row.lockedUntil !== null && row.lockedUntil <= now;
      await repository
        .createQueryBuilder()
        .update(LoginThrottle)
        .set({
          failures: () => (expired ? '1' : 'failures + 1'),
          ...(expired ? { lockedUntil: null } : {}),
        })
        .where('id = :id', { id: row.id })
        .execute();
      const updated = await repository.findOneOrFail({ where: { id: row.id } });
      if (updated.failures >= lockoutMaxAttempts && updated.lockedUntil === null) {
        const lockedUntil = new Date(now.getTime() + lockoutMinutes * 60_000);
        await repository.update(row.id, { lockedUntil, failures: 0 });
        return { lockedNow: true, lockedUntil };
      }
      return { lockedNow: false, lockedUntil: null };
    });
  }

  async reset(username: string): Promise<void> {
    await this.throttles.update({ username }, { failures: 0, lockedUntil: null });
  }
}
