import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { NamedStatement } from '../database/named-statement';
import { rawRowReader } from '../database/raw-row-reader';
import { UserAccount } from '../users/entities/user-account.entity';
import { AuthSession } from './entities/auth-session.entity';
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
 * a password reset takes effect on the next request and not when a token expires.
 */
/**
 * What a request needs of its session and account to decide who is asking: no password hash,
 * refresh hash or TOTP secret is read on every request.
 */
const REQUEST_FIELDS = [
  's.id',
  's.userId',
  's.generation',
  's.expiresAt',
  's.revokedAt',
  'u.id',
  'u.username',
  'u.displayName',
  'u.role',
  'u.status',
  'u.sessionGeneration',
  'u.grants',
  'u.denials',
  'u.mustChangePassword',
  'u.totpEnabled',
  'u.dailyViewQuota',
];

@Injectable()
export class SessionService {
  private requestQuery?: { statement: NamedStatement; read: (raw: Record<string, unknown>) => AuthSession };

  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
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
  async assertActive(sessionId: number, userId?: number, lean = false): Promise<AuthSession & { user: UserAccount }> {
    const session = lean ? await this.requestSession(sessionId) : await this.withUser(sessionId).addSelect('u').getOne();
    if (!session?.user || (userId !== undefined && session.userId !== userId)) {
      throw DomainError.unauthorized(msg('auth.sessionInvalid'), 'SESSION_INVALID');
    }
    const user = session.user;
    if (session.revokedAt || session.generation !== user.sessionGeneration) {
      throw DomainError.unauthorized(msg('auth.sessionRevoked'), 'SESSION_REVOKED');
    }
    if (session.expiresAt <= this.clock.now()) {
      throw DomainError.unauthorized(msg('auth.sessionExpired'), 'SESSION_EXPIRED');
    }
    if (user.status === 'frozen') {
      throw DomainError.unauthorized(msg('auth.accountFrozen'), 'ACCOUNT_FROZEN');
    }
    if (user.status === 'disabled') {
      throw DomainError.unauthorized(msg('auth.accountDisabled'), 'ACCOUNT_DISABLED');
    }
    return session as AuthSession & { user: UserAccount };
  }

  /**
   * One query: findOne with a relation makes TypeORM read the id first and then the row.
   */
  private withUser(sessionId: number) {
    return this.sessions.createQueryBuilder('s').innerJoin('s.user', 'u').where('s.id = :sessionId', { sessionId });
  }

  /**
   * The session and account with what a request needs (REQUEST_FIELDS), by a query built
   * once and read as raw rows: this runs on every request.
   */
  private async requestSession(sessionId: number): Promise<AuthSession | null> {
    if (!this.requestQuery) {
      const query = this.withUser(0).select(REQUEST_FIELDS);
      this.requestQuery = { statement: new NamedStatement(this.sessions.manager.connection, query.getQuery()), read: rawRowReader(query, REQUEST_FIELDS) };
    }
    const [row] = await this.requestQuery.statement.rows({ sessionId });
    return row ? this.requestQuery.read(row) : null;
  }

  /**
   * Exchanges a refresh token for a new one. A token that was already exchanged means it
   * was copied: the whole session is revoked.
   */
  async rotate(refreshToken: string): Promise<OpenedSession & { user: UserAccount }> {
    const match = REFRESH_TOKEN.exec(refreshToken);
    if (!match) throw DomainError.unauthorized(msg('auth.refreshInvalid'), 'REFRESH_INVALID');
    const session = await this.assertActive(Number(match[1]));
    const presented = sha256(match[2]);
    const secret = randomBytes(32).toString('base64url');
    const result = sameHash(presented, session.refreshHash)
      ? await this.sessions.update(
          { id: session.id, refreshHash: session.refreshHash },
          { refreshHash: sha256(secret), lastRefreshedAt: this.clock.now() },
        )
      : { affected: 0 };
    if (result.affected !== 1) {
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
    return { session, user: session.user, refreshToken: `${session.id}.${secret}` };
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
