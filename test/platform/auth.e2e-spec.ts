import * as argon2 from 'argon2';
import { authenticator } from 'otplib';
import { UserAccount } from '../../src/users/entities/user-account.entity';
import { TestApp, uniqueUsername } from '../support/test-app';

/** Audit rows of an action, read through the managers' API. */
async function auditRows(t: TestApp, managerToken: string, query: string) {
  const response = await t
    .get(`/api/admin/audit-logs?pageSize=200&${query}`, managerToken)
    .expect(200);
  return response.body.items as Array<Record<string, unknown>>;
}

describe('sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  describe('tokens', () => {
    it('signs in, refreshes with rotation and signs out', async () => {
      const user = await t.createUser('coordinator');
      const login = await t.signIn(user.username, user.password).expect(200);
      const me = await t.get('/api/auth/me', login.body.accessToken).expect(200);
      expect(me.body.user).toMatchObject({ username: user.username, role: 'coordinator' });
      expect(Array.isArray(me.body.rules)).toBe(true);

      const refreshed = await t
        .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
        .expect(200);
      expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
      await t.get('/api/auth/me', refreshed.body.accessToken).expect(200);

      await t.post('/api/auth/logout', refreshed.body.accessToken).expect(204);
      const afterLogout = await t.get('/api/auth/me', refreshed.body.accessToken).expect(401);
      expect(afterLogout.body.code).toBe('SESSION_REVOKED');
      // The access token issued before the refresh belongs to the same, now revoked, session.
      await t.get('/api/auth/me', login.body.accessToken).expect(401);
      const refreshAfterLogout = await t
        .post('/api/auth/refresh', undefined, { refreshToken: refreshed.body.refreshToken })
        .expect(401);
      expect(refreshAfterLogout.body.code).toBe('SESSION_REVOKED');
    });

    it('hashes a password made with older costs afresh at the next sign-in', async () => {
      const user = await t.createUser('clerk');
      const hashOf = async () =>
        (await t.dataSource.getRepository(UserAccount).findOneByOrFail({ id: user.id }))
          .passwordHash;
      const old = await argon2.hash(user.password, {
        type: argon2.argon2id,
        memoryCost: 2048,
        timeCost: 3,
        parallelism: 1,
      });
      await t.dataSource.getRepository(UserAccount).update(user.id, { passwordHash: old });

      await t.signIn(user.username, 'not-the-password-1').expect(401);
      expect(await hashOf()).toBe(old);
      await t.signIn(user.username, user.password).expect(200);
      const upgraded = await hashOf();
      expect(upgraded).not.toBe(old);
      expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=4096,p=1,t=2\$/);
      await t.signIn(user.username, user.password).expect(200);
      expect(await hashOf()).toBe(upgraded);
    });

    it('ends the session when a used refresh token comes back', async () => {
      const user = await t.createUser('finance');
      const login = await t.signIn(user.username, user.password).expect(200);
      const first = await t
        .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
        .expect(200);
      const replay = await t
        .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
        .expect(401);
      expect(replay.body.code).toBe('REFRESH_REUSED');
      await t.get('/api/auth/me', first.body.accessToken).expect(401);
      await t
        .post('/api/auth/refresh', undefined, { refreshToken: first.body.refreshToken })
        .expect(401);
    });

    it('refuses a made-up refresh token for a session without ending it', async () => {
      const user = await t.createUser('coordinator');
      const login = await t.signIn(user.username, user.password).expect(200);
      const [sessionId] = String(login.body.refreshToken).split('.');
      const forged = await t
        .post('/api/auth/refresh', undefined, { refreshToken: `${sessionId}.${'A'.repeat(43)}` })
        .expect(401);
      expect(forged.body.code).toBe('REFRESH_INVALID');
      const unknown = await t
        .post('/api/auth/refresh', undefined, { refreshToken: `99999999.${'A'.repeat(43)}` })
        .expect(401);
      expect(unknown.body.code).toBe('REFRESH_INVALID');
      // the owner's session goes on: the access token works and the real refresh token too
      await t.get('/api/auth/me', login.body.accessToken).expect(200);
      const refreshed = await t
        .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
        .expect(200);
      await t.get('/api/auth/me', refreshed.body.accessToken).expect(200);
      // a frozen account's session is not given away to a guessed token either
      const admin = await t.admin();
      await t
        .post(`/api/admin/users/${user.id}/freeze`, admin.accessToken, { reason: '测试' })
        .expect(200);
      const afterFreeze = await t
        .post('/api/auth/refresh', undefined, { refreshToken: `${sessionId}.${'B'.repeat(43)}` })
        .expect(401);
      expect(afterFreeze.body.code).toBe('REFRESH_INVALID');
      const own = await t
        .post('/api/auth/refresh', undefined, { refreshToken: refreshed.body.refreshToken })
        .expect(401);
      expect(own.body.code).toBe('ACCOUNT_FROZEN');
    });

    it('refuses expired, forged and malformed tokens', async () => {
      const user = await t.createUser('clerk');
      const login = await t.signIn(user.username, user.password).expect(200);
      t.clock.advance((t.config.auth.accessTokenTtlSeconds + 1) * 1000);
      const expired = await t.get('/api/auth/me', login.body.accessToken).expect(401);
      expect(expired.body).toMatchObject({ statusCode: 401, code: 'TOKEN_EXPIRED' });
      // A refresh gives a fresh access token.
      const refreshed = await t
        .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
        .expect(200);
      await t.get('/api/auth/me', refreshed.body.accessToken).expect(200);

      const [header, payload] = refreshed.body.accessToken.split('.');
      await t.get('/api/auth/me', `${header}.${payload}.forgedsignature`).expect(401);
      await t.get('/api/auth/me', 'not-a-token').expect(401);
      await t.http().get('/api/auth/me').set('Authorization', 'Basic abc').expect(401);
      await t.post('/api/auth/refresh', undefined, { refreshToken: '1.short' }).expect(401);
      await t
        .post('/api/auth/refresh', undefined, { refreshToken: `999999.${'a'.repeat(43)}` })
        .expect(401);

      // After the refresh token's own lifetime, the session is over.
      t.clock.advance(t.config.auth.refreshTokenTtlSeconds * 1000);
      const gone = await t
        .post('/api/auth/refresh', undefined, { refreshToken: refreshed.body.refreshToken })
        .expect(401);
      expect(gone.body.code).toBe('SESSION_EXPIRED');
    });
  });

  describe('lockout', () => {
    it('locks after 5 failures in a row for 15 minutes, audits it and tells the admins', async () => {
      const manager = await t.createUser('manager');
      const victim = await t.createUser('coordinator');
      for (let i = 0; i < 5; i += 1) {
        const failed = await t.signIn(victim.username, 'Wrong-Password-000').expect(401);
        expect(failed.body).toMatchObject({ statusCode: 401, code: 'BAD_CREDENTIALS' });
      }
      const locked = await t.signIn(victim.username, victim.password).expect(423);
      expect(locked.body).toMatchObject({ statusCode: 423, code: 'ACCOUNT_LOCKED' });

      const lockouts = await auditRows(
        t,
        manager.accessToken,
        `action=auth.lockout&entityId=${victim.id}`,
      );
      expect(lockouts).toHaveLength(1);
      expect(lockouts[0]).toMatchObject({
        actorId: victim.id,
        entityType: 'User',
        outcome: 'failure',
      });
      const failures = await auditRows(
        t,
        manager.accessToken,
        `action=auth.login&userId=${victim.id}&outcome=failure`,
      );
      expect(failures.length).toBeGreaterThanOrEqual(6);

      const admin = await t.admin();
      const inbox = await t.get('/api/notifications', admin.accessToken).expect(200);
      expect(
        inbox.body.items.some(
          (n: { kind: string; data: { userId: number } }) =>
            n.kind === 'account.locked' && n.data.userId === victim.id,
        ),
      ).toBe(true);

      t.clock.advanceMinutes(14);
      await t.signIn(victim.username, victim.password).expect(423);
      t.clock.advanceMinutes(2);
      await t.signIn(victim.username, victim.password).expect(200);
    });

    it('lets an admin or manager lift a lockout early', async () => {
      const manager = await t.createUser('manager');
      const victim = await t.createUser('finance');
      for (let i = 0; i < 5; i += 1)
        await t.signIn(victim.username, 'Wrong-Password-000').expect(401);
      await t.signIn(victim.username, victim.password).expect(423);
      await t.post(`/api/admin/users/${victim.id}/unlock`, manager.accessToken).expect(200);
      await t.signIn(victim.username, victim.password).expect(200);
    });

    it('answers an unknown user exactly like a wrong password, also once locked', async () => {
      const known = await t.createUser('clerk');
      const ghost = uniqueUsername('ghost');
      const bodies: unknown[] = [];
      for (const name of [known.username, ghost]) {
        const response = await t.signIn(name, 'Wrong-Password-000').expect(401);
        bodies.push(response.body);
      }
      expect(bodies[0]).toEqual(bodies[1]);
      for (let i = 0; i < 4; i += 1) await t.signIn(ghost, 'Wrong-Password-000');
      const ghostLocked = await t.signIn(ghost, 'Wrong-Password-000').expect(423);
      for (let i = 0; i < 4; i += 1) await t.signIn(known.username, 'Wrong-Password-000');
      const knownLocked = await t.signIn(known.username, 'Wrong-Password-000').expect(423);
      const strip = (message: string) => message.replace(/请于 [\d-]+ [\d:]+/, '请于 T');
      expect(strip(ghostLocked.body.message)).toBe(strip(knownLocked.body.message));
    });

    it('takes the same time for an unknown user as for a known one', async () => {
      const known = await t.createUser('coordinator');
      const time = async (username: string) => {
        const started = process.hrtime.bigint();
        await t.signIn(username, 'Wrong-Password-000').expect(401);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const knownTimes: number[] = [];
      const unknownTimes: number[] = [];
      // Four rounds each stay under the lockout threshold.
      for (let round = 0; round < 4; round += 1) {
        knownTimes.push(await time(known.username));
        unknownTimes.push(await time(uniqueUsername('nobody')));
      }
      const median = (values: number[]) =>
        values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const a = median(knownTimes);
      const b = median(unknownTimes);
      // Both paths run one argon2 verification; without the dummy hash the unknown name
      // would answer several times faster.
      expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.5);
    });
  });

  describe('two-factor sign-in', () => {
    it('is set up with an otpauth URI, confirmed with a code, then required at sign-in', async () => {
      const user = await t.createUser('finance');
      const setup = await t.post('/api/auth/2fa/setup', user.accessToken).expect(200);
      expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      const secret: string = setup.body.secret;

      const wrongEnable = await t
        .post('/api/auth/2fa/enable', user.accessToken, { code: '000000' })
        .expect(400);
      expect(wrongEnable.body.code).toBe('BAD_OTP');
      const code = authenticator.clone({ epoch: t.clock.now().getTime() }).generate(secret);
      await t.post('/api/auth/2fa/enable', user.accessToken, { code }).expect(200);

      const noCode = await t.signIn(user.username, user.password).expect(401);
      expect(noCode.body.code).toBe('OTP_REQUIRED');
      const wrong = await t
        .signIn(user.username, user.password, code === '123456' ? '654321' : '123456')
        .expect(401);
      expect(wrong.body.code).toBe('BAD_OTP');
      // The code used to enable belongs to a step that is now spent.
      const replayed = await t.signIn(user.username, user.password, code).expect(401);
      expect(replayed.body.code).toBe('BAD_OTP');

      t.clock.advance(30_000);
      const next = authenticator.clone({ epoch: t.clock.now().getTime() }).generate(secret);
      const ok = await t.signIn(user.username, user.password, next).expect(200);
      await t.get('/api/auth/me', ok.body.accessToken).expect(200);
      await t.signIn(user.username, user.password, next).expect(401);
    });

    it('can be required for a role: its users must set it up before anything else', async () => {
      const admin = await t.admin();
      const clerk = await t.createUser('clerk');
      await t
        .patch('/api/admin/roles/clerk', admin.accessToken, { requireTwoFactor: true })
        .expect(200);
      const login = await t.signIn(clerk.username, clerk.password).expect(200);
      expect(login.body.mustEnableTwoFactor).toBe(true);
      const blocked = await t.get('/api/admin/users', login.body.accessToken).expect(403);
      expect(blocked.body.code).toBe('TWO_FACTOR_SETUP_REQUIRED');

      const setup = await t.post('/api/auth/2fa/setup', login.body.accessToken).expect(200);
      const code = authenticator
        .clone({ epoch: t.clock.now().getTime() })
        .generate(setup.body.secret);
      await t.post('/api/auth/2fa/enable', login.body.accessToken, { code }).expect(200);
      await t.get('/api/admin/users', login.body.accessToken).expect(200);
      await t
        .patch('/api/admin/roles/clerk', admin.accessToken, { requireTwoFactor: false })
        .expect(200);
    });

    it('is reset by an admin for someone who lost the phone', async () => {
      const admin = await t.admin();
      const user = await t.createUser('coordinator');
      const setup = await t.post('/api/auth/2fa/setup', user.accessToken).expect(200);
      const code = authenticator
        .clone({ epoch: t.clock.now().getTime() })
        .generate(setup.body.secret);
      await t.post('/api/auth/2fa/enable', user.accessToken, { code }).expect(200);
      await t.post(`/api/admin/users/${user.id}/reset-2fa`, admin.accessToken).expect(200);
      await t.signIn(user.username, user.password).expect(200);
    });
  });

  describe('frozen and disabled accounts', () => {
    it('refuses a frozen user at sign-in and on the next request with a token already issued', async () => {
      const admin = await t.admin();
      const clerk = await t.createUser('clerk');
      const user = await t.createUser('coordinator');
      await t.get('/api/auth/me', user.accessToken).expect(200);

      await t
        .post(`/api/admin/users/${user.id}/freeze`, admin.accessToken, {
          reason: 'left laptop unlocked',
        })
        .expect(200);
      const refused = await t.get('/api/auth/me', user.accessToken).expect(401);
      expect(refused.body.code).toBe('ACCOUNT_FROZEN');
      await t.post('/api/auth/refresh', undefined, { refreshToken: user.refreshToken }).expect(401);
      const login = await t.signIn(user.username, user.password).expect(403);
      expect(login.body.code).toBe('ACCOUNT_FROZEN');

      await t.post(`/api/admin/users/${user.id}/unfreeze`, clerk.accessToken).expect(200);
      await t.signIn(user.username, user.password).expect(200);
    });

    it('refuses a disabled user and keeps the account', async () => {
      const admin = await t.admin();
      const user = await t.createUser('finance');
      await t.post(`/api/admin/users/${user.id}/disable`, admin.accessToken).expect(200);
      await t.get('/api/auth/me', user.accessToken).expect(401);
      const login = await t.signIn(user.username, user.password).expect(403);
      expect(login.body.code).toBe('ACCOUNT_DISABLED');
      const kept = await t.get(`/api/admin/users/${user.id}`, admin.accessToken).expect(200);
      expect(kept.body.status).toBe('disabled');
    });

    it('ends every session when an admin resets the password', async () => {
      const admin = await t.admin();
      const user = await t.createUser('clerk');
      const reset = await t
        .post(`/api/admin/users/${user.id}/reset-password`, admin.accessToken)
        .expect(200);
      expect(typeof reset.body.temporaryPassword).toBe('string');
      await t.get('/api/auth/me', user.accessToken).expect(401);
      await t.signIn(user.username, user.password).expect(401);
      const login = await t.signIn(user.username, reset.body.temporaryPassword).expect(200);
      expect(login.body.mustChangePassword).toBe(true);
    });
  });
});
