import { Injectable } from '@nestjs/common';
import { authenticator } from 'otplib';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';

const STEP_SECONDS = 30;

/** Time-based one-time codes (RFC 6238), read from any authenticator app. */
@Injectable()
export class TotpService {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  generateSecret(): string {
    return authenticator.generateSecret(20);
  }

  uri(username: string, secret: string): string {
    return authenticator.keyuri(username, this.config.auth.totpIssuer, secret);
  }

  /**
   * The time step the code belongs to (one step of clock drift either way is accepted), or
   * null when it is wrong. The caller keeps the step so that a code works only once.
   */
  matchStep(code: string, secret: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const epoch = this.clock.now().getTime();
    const checker = authenticator.clone({ epoch, window: 1, step: STEP_SECONDS });
    const delta = checker.checkDelta(code, secret);
    if (delta === null) return null;
    return Math.floor(epoch / 1000 / STEP_SECONDS) + delta;
  }
}
