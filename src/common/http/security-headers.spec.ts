import Fastify, { type FastifyInstance } from 'fastify';
import { registerSecurityHeaders } from './security-headers';

/** Helmet 8's defaults, as @fastify/helmet set them before (compared header for header). */
const HELMET_DEFAULTS = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('registerSecurityHeaders', () => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    app = Fastify();
    registerSecurityHeaders(app);
    app.get('/ok', () => ({ ok: true }));
    app.get('/fails', () => {
      throw new Error('broken');
    });
    app.get('/powered', (_request, reply) => {
      reply.raw.setHeader('X-Powered-By', 'something');
      return 'ok';
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => app.close());

  it.each([
    ['an answer', '/ok', 200],
    ['a route that does not exist', '/none', 404],
    ['a failure', '/fails', 500],
  ])("sets helmet's headers on %s", async (_what, path, status) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(status);
    const headers = Object.fromEntries(response.headers);
    expect(headers).toMatchObject(HELMET_DEFAULTS);
    expect(headers['x-powered-by']).toBeUndefined();
  });

  it('leaves a header a route sets after it (as helmet did)', async () => {
    const response = await fetch(base + '/powered');
    expect(response.headers.get('x-powered-by')).toBe('something');
  });
});
