import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { msg, type Msg } from '../common/i18n/msg';

const MAX_LENGTH = 128;

/** Password hashing (argon2id) and the password policy. */
@Injectable()
export class PasswordService {
  private dummyHash?: Promise<string>;

  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.auth.argon2MemoryKiB,
      timeCost: this.config.auth.argon2TimeCost,
      parallelism: 1,
    });
  }

  /** Whether a stored hash was made with other costs than the configured ones. */
  isStale(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, {
        memoryCost: this.config.auth.argon2MemoryKiB,
        timeCost: this.config.auth.argon2TimeCost,
        parallelism: 1,
      });
    } catch {
      return false;
    }
  }

  /**
   * Checks a password against a hash, or against a throw-away hash of the same cost when
   * there is no account, so that both cases take the same time.
   */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    const target = hash ?? (await this.dummyHash);
    try {
      const matches = await argon2.verify(target, password);
      return matches && hash !== undefined;
    } catch {
      return false;
    }
  }

  /** Refuses a password the policy does not allow, saying every reason. */
  assertAcceptable(password: string, username: string, field = 'password'): void {
    const problems: Msg[] = [];
    const min = this.config.auth.passwordMinLength;
    if (password.length < min) problems.push(msg('users.password.tooShort', { min }));
    if (password.length > MAX_LENGTH)
      problems.push(msg('users.password.tooLong', { max: MAX_LENGTH }));
    if (username && password.toLowerCase().includes(username.toLowerCase())) {
      problems.push(msg('users.password.containsUsername'));
    }
    if (/^(.)\1*$/.test(password)) problems.push(msg('users.password.oneCharacter'));
    if (problems.length) {
      throw DomainError.badRequest(
        msg('users.password.notAllowed', { problems }),
        [{ field, messages: problems }],
        'WEAK_PASSWORD',
      );
    }
  }

  /**
   * A temporary password for a new or reset account, to be changed at first sign-in; drawn
   * again in the rare case it happens to contain the user name.
   */
  generateTemporary(username = ''): string {
    for (;;) {
      const candidate = randomBytes(12).toString('base64url');
      if (!username || !candidate.toLowerCase().includes(username.toLowerCase())) return candidate;
    }
  }
}
