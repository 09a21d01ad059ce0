import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';

/** The console's build as Vite lays it out: index.html, hashed assets, public files. */
function consoleBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="app"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"培训客户管理"}');
  return dir;
}

describe('the console served by the API server', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = consoleBuild();
    t = await TestApp.start({ configure: (config) => (config.server.consoleDir = dir) });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for any page of the console (history routing)', async () => {
    for (const path of ['/', '/customers/12', '/admin/users?page=2']) {
      const page = await t.http().get(path).expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('<div id="app">');
      expect(page.headers['cache-control']).toBe('no-cache');
      // the API's security headers apply to the console too
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('keeps hashed assets for a year and public files fresh', async () => {
    const asset = await t.http().get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const manifest = await t.http().get('/manifest.webmanifest').expect(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('leaves /api to the API: an unknown API path is its JSON 404, not the console', async () => {
    const unknown = await t.http().get('/api/no-such-thing').expect(404);
    expect(unknown.body).toMatchObject({ statusCode: 404 });
    await t.http().get('/api/health').expect(200);
  });

  it('answers 404 for a missing file rather than the page, and never reads outside the build', async () => {
    await t.http().get('/assets/missing-123.js').expect(404);
    await t.http().get('/favicon.ico').expect(404);
    const escape = await t.http().get('/..%2f..%2fetc%2fpasswd');
    expect(escape.text).not.toContain('root:');
    const escapeAsset = await t.http().get('/assets/..%2f..%2fpackage.json');
    expect(escapeAsset.text).not.toContain('"dependencies"');
  });
});
