import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { packRules } from '@casl/ability/extra';
import { AbilityFactory } from '../access/ability.factory';
import type { Principal } from '../access/principal';
import { RolePolicyService } from '../access/role-policy.service';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { UserAccount } from '../users/entities/user-account.entity';
import { PasswordService } from '../users/password.service';
import { AccountCredentialsService } from '../users/account-credentials.service';
import { UsersService } from '../users/users.service';
import type { AccessTokenPayload } from './access-token-payload';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { LoginDto } from './dto/login.dto';
import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';
import { SignInSummaryRegistry } from './sign-in-summary.registry';
import type { TokenPair } from './token-pair.view';
import { TotpService } from './totp.service';
import { msg } from '../common/i18n/msg';
import { zoneTime } from '../common/i18n/zone-time';

/** Sign-in, token refresh, sign-out, password change and the two-factor set-up. */
@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly credentials: AccountCredentialsService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly totp: TotpService,
    private readonly abilities: AbilityFactory,
    private readonly rolePolicies: RolePolicyService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly summaries: SignInSummaryRegistry,
  ) {}

  /**
   * Checks the password (always, even for an unknown or locked name, so that every failure
   * takes the same time and says the same thing), then the lockout, the second factor and
   * the account state.
   */
  async login(dto: LoginDto): Promise<TokenPair> {
    const username = dto.username;
    const user = await this.users.findByUsername(username);
    const passwordMatches = await this.passwords.verify(user?.passwordHash, dto.password);
    const lockedUntil = await this.throttle.lockedUntil(username);
    const actor = user ? { id: user.id, username: user.username } : null;

    if (lockedUntil) {
      await this.audit.record({
        action: 'auth.login',
        outcome: 'failure',
        actor,
        meta: { username, reason: 'locked' },
      });
      throw this.lockedError(lockedUntil);
    }
    if (!user || !passwordMatches) {
      await this.recordFailure(username, user, 'bad-credentials');
      throw DomainError.unauthorized(msg('auth.badCredentials'), 'BAD_CREDENTIALS');
    }
    if (user.totpEnabled) await this.checkSecondFactor(user, dto.otp);
    if (user.status !== 'active') {
      await this.audit.record({
        action: 'auth.login',
        outcome: 'failure',
        actor,
        meta: { username, reason: user.status },
      });
      throw user.status === 'frozen'
        ? DomainError.forbidden(msg('auth.accountFrozen'), 'ACCOUNT_FROZEN')
        : DomainError.forbidden(msg('auth.accountDisabled'), 'ACCOUNT_DISABLED');
    }

    await this.throttle.reset(username);
    await this.credentials.markSignedIn(user, dto.password);
    const tokens = await this.issue(user);
    await this.audit.record({ action: 'auth.login', actor, entityType: 'User', entityId: user.id });
    return tokens;
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const { session, user, refreshToken: next } = await this.sessions.rotate(refreshToken);
    return this.tokenPair(user, session.id, next);
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.sessionId, 'logout');
    await this.audit.record({ action: 'auth.logout', entityType: 'User', entityId: principal.id });
  }

  /** The principal an access token stands for, after the server-side checks. */
  async principalFor(payload: AccessTokenPayload): Promise<Principal> {
    if (
      !Number.isInteger(payload?.sub) ||
      !Number.isInteger(payload?.sid) ||
      !Number.isInteger(payload?.exp)
    ) {
      throw DomainError.unauthorized(msg('auth.tokenInvalid'), 'TOKEN_INVALID');
    }
    if (payload.exp * 1000 <= this.clock.now().getTime()) {
      throw DomainError.unauthorized(msg('auth.tokenExpired'), 'TOKEN_EXPIRED');
    }
    const { user } = await this.sessions.assertActive(payload.sid, payload.sub, true);
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      sessionId: payload.sid,
      ability: this.abilities.createFor(user),
      mustChangePassword: user.mustChangePassword,
      mustEnableTwoFactor: await this.mustEnableTwoFactor(user),
      dailyViewQuota: user.dailyViewQuota,
    };
  }

  /** The signed-in user with their abilities packed for a browser client (CASL packRules). */
  async me(principal: Principal) {
    const user = await this.users.get(principal.id);
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        status: user.status,
        twoFactorEnabled: user.twoFactorEnabled,
        lastLoginAt: user.lastLoginAt,
      },
      mustChangePassword: principal.mustChangePassword,
      mustEnableTwoFactor: principal.mustEnableTwoFactor,
      rules: packRules(principal.ability.rules),
      ...(await this.summaries.load(principal)),
    };
  }

  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<TokenPair> {
    const user = await this.users.findById(principal.id);
    if (!(await this.passwords.verify(user.passwordHash, dto.currentPassword))) {
      await this.recordFailure(user.username, user, 'wrong-current-password');
      throw DomainError.badRequest(
        msg('auth.currentPasswordWrong'),
        [{ field: 'currentPassword', messages: [msg('auth.currentPasswordWrongDetail')] }],
        'BAD_CREDENTIALS',
      );
    }
    const updated = await this.credentials.changeOwnPassword(user, dto.newPassword);
    return this.issue(updated);
  }

  async startTwoFactorSetup(principal: Principal): Promise<{ secret: string; otpauthUri: string }> {
    const user = await this.users.findById(principal.id);
    if (user.totpEnabled) {
      throw DomainError.conflict(msg('auth.twoFactorAlreadyOn'), 'TWO_FACTOR_ON');
    }
    const secret = this.totp.generateSecret();
    await this.credentials.updateTwoFactor(user.id, { totpPendingSecret: secret });
    await this.audit.record({
      action: 'auth.twoFactorSetup',
      entityType: 'User',
      entityId: user.id,
    });
    return { secret, otpauthUri: this.totp.uri(user.username, secret) };
  }

  async enableTwoFactor(principal: Principal, code: string): Promise<{ twoFactorEnabled: true }> {
    const user = await this.users.findById(principal.id);
    if (user.totpEnabled)
      throw DomainError.conflict(msg('auth.twoFactorAlreadyOn'), 'TWO_FACTOR_ON');
    if (!user.totpPendingSecret) {
      throw DomainError.conflict(msg('auth.twoFactorNotStarted'), 'TWO_FACTOR_NOT_STARTED');
    }
    const step = this.totp.matchStep(code, user.totpPendingSecret);
    if (step === null) {
      await this.audit.record({
        action: 'auth.twoFactorEnable',
        outcome: 'failure',
        entityType: 'User',
        entityId: user.id,
      });
      throw DomainError.badRequest(
        msg('auth.codeWrong'),
        [{ field: 'code', messages: [msg('auth.codeWrongDetail')] }],
        'BAD_OTP',
      );
    }
    await this.credentials.updateTwoFactor(user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabled: true,
      totpLastStep: step,
    });
    await this.audit.record({
      action: 'auth.twoFactorEnable',
      entityType: 'User',
      entityId: user.id,
    });
    return { twoFactorEnabled: true };
  }

  /** Lifts a sign-in lockout before it runs out. */
  async unlock(userId: number): Promise<{ unlocked: true }> {
    const user = await this.users.findById(userId);
    await this.throttle.reset(user.username);
    await this.audit.record({ action: 'user.unlock', entityType: 'User', entityId: user.id });
    return { unlocked: true };
  }

  private async checkSecondFactor(user: UserAccount, otp: string | undefined): Promise<void> {
    if (!otp) {
      throw DomainError.unauthorized(msg('auth.otpRequired'), 'OTP_REQUIRED');
    }
    const step = user.totpSecret ? this.totp.matchStep(otp, user.totpSecret) : null;
    if (step === null || !(await this.credentials.claimTotpStep(user.id, step))) {
      await this.recordFailure(user.username, user, 'bad-otp');
      throw DomainError.unauthorized(msg('auth.otpWrong'), 'BAD_OTP');
    }
  }

  private async recordFailure(
    username: string,
    user: UserAccount | null,
    reason: string,
  ): Promise<void> {
    const actor = user ? { id: user.id, username: user.username } : null;
    const outcome = await this.throttle.registerFailure(username);
    await this.audit.record({
      action: 'auth.login',
      outcome: 'failure',
      actor,
      meta: { username, reason },
    });
    if (!outcome.lockedNow) return;
    // Unknown names lock the same way, but there is nobody to tell about them.
    if (!user) return;
    await this.audit.record({
      action: 'auth.lockout',
      outcome: 'failure',
      actor,
      entityType: 'User',
      entityId: user.id,
      meta: { username, lockedUntil: outcome.lockedUntil?.toISOString() },
    });
    const admins = await this.users.activeIdsWithRoles(['admin']);
    // Names are looked up when the alert is read: the inbox keeps ids, never copies.
    await this.notifications.notifyUsers(admins, {
      kind: 'account.locked',
      data: {
        userId: user.id,
        lockedUntil: outcome.lockedUntil?.toISOString(),
        attempts: this.config.auth.lockoutMaxAttempts,
      },
    });
    if (reason !== 'bad-credentials') throw this.lockedError(outcome.lockedUntil as Date);
  }

  private lockedError(until: Date): DomainError {
    const { at, zone } = zoneTime(until, this.config.business.timeZone);
    return DomainError.locked(msg('auth.locked', { until: at, zone }), 'ACCOUNT_LOCKED');
  }

  private async mustEnableTwoFactor(user: UserAccount): Promise<boolean> {
    return !user.totpEnabled && (await this.rolePolicies.requiresTwoFactor(user.role));
  }

  private async issue(user: UserAccount): Promise<TokenPair> {
    const { session, refreshToken } = await this.sessions.open(user);
    return this.tokenPair(user, session.id, refreshToken);
  }

  private async tokenPair(
    user: UserAccount,
    sessionId: number,
    refreshToken: string,
  ): Promise<TokenPair> {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, sid: sessionId, iat },
      { expiresIn: ttl },
    );
    return {
      tokenType: 'Bearer',
      accessToken,
      expiresIn: ttl,
      refreshToken,
      mustChangePassword: user.mustChangePassword,
      mustEnableTwoFactor: await this.mustEnableTwoFactor(user),
    };
  }
}
