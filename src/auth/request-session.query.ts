import { PreparedQuery } from '../database/prepared-query';
import { AuthSession } from './entities/auth-session.entity';

/**
 * The session and account with what a request needs to decide who is asking, and nothing
 * else (no password hash, refresh hash or TOTP secret): runs on every request, so it is a
 * prepared statement read into plain objects.
 */
export const REQUEST_SESSION = PreparedQuery.select<AuthSession, { sessionId: number }>((source) =>
  source
    .getRepository(AuthSession)
    .createQueryBuilder('s')
    .innerJoin('s.user', 'u')
    .where('s.id = :sessionId')
    .select([
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
    ]),
);
