import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { UserAccount } from '../users/entities/user-account.entity';
import { AuthSession } from './entities/auth-session.entity';
import { OffLoopReader } from '../database/off-loop-reader';
import { REQUEST_SESSION } from './request-session.query';
import { msg } from '../common/i18n/msg';

const REFRESH_TOKEN = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]{43})$/;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export interface OpenedSession {
  session: AuthSession;
  refreshToken: string;
}

/**
 * Signed-in sessions. Checked on every request, so that signing out, freezing, disabling or
 * a password reset takes effect on the next request and not when a token expires. The
 * check every request makes reads the session by a prepared statement (REQUEST_SESSION).
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly reader: OffLoopReader,
  ) {}

  async open(user: UserAccount): Promise<OpenedSession> {
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const context = RequestContext.current();
    const session = this.sessions.create({
      userId: user.id,
      refreshHash: sha256(secret),
      generation: user.sessionGeneration,
      expiresAt: new Date(now.getTime() + this.config.auth.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      revokedReason: null,
      ip: context?.ip ?? null,
      userAgent: context?.userAgent ?? null,
      createdAt: now,
      lastRefreshedAt: now,
    });
    await this.sessions.save(session);
    return { session, refreshToken: `${session.id}.${secret}` };
  }

  /** The session and its account, if both still allow access; a 401 saying why otherwise. */
  async assertActive(
    sessionId: number,
    userId?: number,
    lean = false,
  ): Promise<AuthSession & { user: UserAccount }> {
    const session = lean
      ? ((
          await this.reader.rowsWithoutWaiting(
            REQUEST_SESSION.on(this.sessions.manager.connection),
            { sessionId },
          )
        )[0] ?? null)
      : await this.withUser(sessionId).addSelect('u').getOne();
    if (!session?.user || (userId !== undefined && session.userId !== userId)) {
      throw DomainError.unauthorized(msg('auth.sessionInvalid'), 'SESSION_INVALID');
    }
    this.assertUsable(session as AuthSession & { user: UserAccount });
    return session as AuthSession & { user: UserAccount };
  }

  private assertUsable(session: AuthSession & { user: UserAccount }): void {
    const user = session.user;
    // The account's state first: freezing also ends the sessions, and "frozen" tells the
    // person what to do where "session ended" would not.
    if (user.status === 'frozen') {
      throw DomainError.unauthorized(msg('auth.accountFrozen'), 'ACCOUNT_FROZEN');
    }
    if (user.status === 'disabled') {
      throw DomainError.unauthorized(msg('auth.accountDisabled'), 'ACCOUNT_DISABLED');
    }
    if (session.revokedAt || session.generation !== user.sessionGeneration) {
      throw DomainError.unauthorized(msg('auth.sessionRevoked'), 'SESSION_REVOKED');
    }
    if (session.expiresAt <= this.clock.now()) {
      throw DomainError.unauthorized(msg('auth.sessionExpired'), 'SESSION_EXPIRED');
    }
  }

  /**
   * One query: findOne with a relation makes TypeORM read the id first and then the row.
   */
  private withUser(sessionId: number) {
    return this.sessions
      .createQueryBuilder('s')
      .innerJoin('s.user', 'u')
      .where('s.id = :sessionId', { sessionId });
  }

  /**
   * Exchanges a refresh token for a new one. A token that was already exchanged means it
   * was copied: the whole session is revoked.
   */
  async rotate(refreshToken: string): Promise<OpenedSession & { user: UserAccount }> {
    const invalid = () => DomainError.unauthorized(msg('auth.refreshInvalid'), 'REFRESH_INVALID');
    const match = REFRESH_TOKEN.exec(refreshToken);
    if (!match) throw invalid();
    const session = await this.withUser(Number(match[1])).addSelect('u').getOne();
    if (!session?.user) throw invalid();
    const presented = sha256(match[2]);
    if (session.previousRefreshHash && sameHash(presented, session.previousRefreshHash)) {
      return this.replayed(session as AuthSession & { user: UserAccount });
    }
    // A token this session never had (a guessed id, a made-up secret) is refused and nothing
    // more: it neither ends the session nor tells anything about it or its account.
    if (!sameHash(presented, session.refreshHash)) throw invalid();
    this.assertUsable(session as AuthSession & { user: UserAccount });
    const secret = randomBytes(32).toString('base64url');
    const result = await this.sessions.update(
      { id: session.id, refreshHash: session.refreshHash },
      {
        refreshHash: sha256(secret),
        previousRefreshHash: session.refreshHash,
        lastRefreshedAt: this.clock.now(),
      },
    );
    // Another request used the same token a moment before: one of the two is a copy.
    if (result.affected !== 1) return this.replayed(session as AuthSession & { user: UserAccount });
    return { session, user: session.user, refreshToken: `${session.id}.${secret}` };
  }

  /** A refresh token used a second time: someone else holds a copy, so the session ends. */
  private async replayed(session: AuthSession & { user: UserAccount }): Promise<never> {
    await this.revoke(session.id, 'refresh-reuse');
    await this.audit.record({
      action: 'auth.refreshReuse',
      outcome: 'failure',
      entityType: 'User',
      entityId: session.userId,
      actor: { id: session.user.id, username: session.user.username },
      meta: { sessionId: session.id },
    });
    throw DomainError.unauthorized(msg('auth.refreshReused'), 'REFRESH_REUSED');
  }

  async revoke(sessionId: number, reason: string): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: this.clock.now(), revokedReason: reason })
      .where('id = :id AND revoked_at IS NULL', { id: sessionId })
      .execute();
  }
}
