import { ADMIN_INITIAL_PASSWORD, STRONG_PASSWORD, TestApp } from '../support/test-app';

// A file of its own: elsewhere the test helper signs the first admin in for other tests.
describe('sign-in', () => {
  let f: TestApp;

  beforeAll(async () => {
    f = await TestApp.start();
  });
  afterAll(() => f.close());

  describe('first administrator', () => {
    it('exists on an empty database and must change the password before anything else', async () => {
      const login = await f.signIn('admin', ADMIN_INITIAL_PASSWORD).expect(200);
      expect(login.body).toMatchObject({ tokenType: 'Bearer', mustChangePassword: true });
      const token = login.body.accessToken;

      const blocked = await f.get('/api/admin/users', token).expect(403);
      expect(blocked.body).toMatchObject({ statusCode: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
      const me = await f.get('/api/auth/me', token).expect(200);
      expect(me.body).toMatchObject({
        user: { username: 'admin', role: 'admin' },
        mustChangePassword: true,
      });

      const weak = await f
        .post('/api/auth/password', token, {
          currentPassword: ADMIN_INITIAL_PASSWORD,
          newPassword: 'admin12345678',
        })
        .expect(400);
      expect(weak.body.code).toBe('WEAK_PASSWORD');
      const short = await f
        .post('/api/auth/password', token, {
          currentPassword: ADMIN_INITIAL_PASSWORD,
          newPassword: 'short',
        })
        .expect(400);
      expect(short.body.details[0].messages).toContain('至少要有 10 个字符');
      await f
        .post('/api/auth/password', token, {
          currentPassword: 'not-the-password',
          newPassword: STRONG_PASSWORD,
        })
        .expect(400);

      const changed = await f
        .post('/api/auth/password', token, {
          currentPassword: ADMIN_INITIAL_PASSWORD,
          newPassword: STRONG_PASSWORD,
        })
        .expect(200);
      expect(changed.body.mustChangePassword).toBe(false);
      // The old session ended with the password change; the new tokens work.
      await f.get('/api/auth/me', token).expect(401);
      await f.get('/api/admin/users', changed.body.accessToken).expect(200);
      await f.signIn('admin', ADMIN_INITIAL_PASSWORD).expect(401);
      await f.signIn('admin', STRONG_PASSWORD).expect(200);
    });
  });
});
