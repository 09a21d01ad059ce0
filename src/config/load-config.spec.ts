import 'reflect-metadata';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const CONFIG_DIR = join(__dirname, '..', '..', 'config');

/** An environment with only what the test names: nothing leaks in from process.env. */
function env(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { CONFIG_DIR, NODE_ENV: 'test', ...vars };
}

/** The ConfigError loadConfig throws for `vars`; fails the test if it does not throw one. */
function configErrorFor(vars: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(vars);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('loadConfig did not throw');
}

describe('loadConfig', () => {
  describe('defaults', () => {
    it('loads default.yaml with test.yaml laid over it', () => {
      const config = loadConfig(env());

      expect(config.env).toBe('test');
      expect(config.database.type).toBe('sqlite');
      expect(config.database.path).toBe(':memory:');
      expect(config.database.name).toBe('crm');
      expect(config.server.port).toBe(3000);
      expect(config.server.host).toBe('127.0.0.1');
      expect(config.server.corsOrigins).toEqual([]);
      expect(config.server.trustProxy).toBe(false);
      expect(config.auth.argon2MemoryKiB).toBe(4096);
      expect(config.auth.lockoutMinutes).toBe(15);
      expect(config.auth.jwtSecret).toBe('test-secret-not-for-production-use-0123456789');
      expect(config.log.level).toBe('silent');
    });

    it('uses only default.yaml when there is no file for NODE_ENV', () => {
      const config = loadConfig(env({ NODE_ENV: 'staging' }));

      expect(config.env).toBe('staging');
      expect(config.database.path).toBe('data/crm.sqlite');
      expect(config.auth.argon2MemoryKiB).toBe(47104);
      expect(config.log.level).toBe('info');
    });

    it('refuses a directory without default.yaml', () => {
      const dir = mkdtempSync(join(tmpdir(), 'crm-config-empty-'));
      try {
        const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
        expect(error.message).toContain(join(dir, 'default.yaml'));
        expect(error.message).toContain('CONFIG_DIR');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('environment variables', () => {
    it('override the YAML settings with typed values', () => {
      const config = loadConfig(
        env({
          PORT: '4000',
          DB_TYPE: 'postgres',
          CORS_ORIGINS: 'a,b',
          TRUST_PROXY: 'yes',
          LOCKOUT_MAX_ATTEMPTS: ' 7 ',
          DB_ENCRYPT: 'off',
          HOST: '0.0.0.0',
        }),
      );

      expect(config.server.port).toBe(4000);
      expect(config.database.type).toBe('postgres');
      expect(config.server.corsOrigins).toEqual(['a', 'b']);
      expect(config.server.trustProxy).toBe(true);
      expect(config.auth.lockoutMaxAttempts).toBe(7);
      expect(config.database.encrypt).toBe(false);
      expect(config.server.host).toBe('0.0.0.0');
    });

    it('trims list items and drops empty ones', () => {
      expect(
        loadConfig(env({ CORS_ORIGINS: ' https://a.example , ,https://b.example ' })).server
          .corsOrigins,
      ).toEqual(['https://a.example', 'https://b.example']);
      expect(loadConfig(env({ CORS_ORIGINS: '' })).server.corsOrigins).toEqual([]);
    });

    it.each([
      ['true', true],
      ['1', true],
      ['ON', true],
      ['false', false],
      ['0', false],
      ['No', false],
    ])('reads TRUST_PROXY=%s as %s', (raw, expected) => {
      expect(loadConfig(env({ TRUST_PROXY: raw })).server.trustProxy).toBe(expected);
    });
  });

  describe('bad values', () => {
    it('names PORT when it is not a whole number', () => {
      const error = configErrorFor(env({ PORT: 'abc' }));
      expect(error.message).toContain('PORT');
      expect(error.problems).toEqual(['server.port (PORT) must be a whole number']);
    });

    it('names TRUST_PROXY when it is not a boolean', () => {
      const error = configErrorFor(env({ TRUST_PROXY: 'maybe' }));
      expect(error.problems).toEqual(['server.trustProxy (TRUST_PROXY) must be true or false']);
    });

    it('reports every unreadable variable at once', () => {
      const error = configErrorFor(env({ PORT: '12.5', DB_PORT: 'x', DB_LOGGING: 'sometimes' }));
      expect(error.problems).toHaveLength(3);
      expect(error.message).toContain('PORT');
      expect(error.message).toContain('DB_PORT');
      expect(error.message).toContain('DB_LOGGING');
    });

    it('names the setting and the variable for an unknown database type', () => {
      const error = configErrorFor(env({ DB_TYPE: 'oracle' }));
      expect(error.message).toContain('database.type (DB_TYPE)');
      expect(error.message).toContain('sqlite, postgres, mssql');
      expect(error.message).toContain('"oracle"');
    });

    it('refuses a port above 65535, naming setting, variable and value', () => {
      const error = configErrorFor(env({ PORT: '70000' }));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toContain('server.port (PORT)');
      expect(error.problems[0]).toContain('65535');
      expect(error.problems[0]).toContain('70000');
    });

    it('shows the value of a bad setting that is not secret', () => {
      const error = configErrorFor(env({ LOCKOUT_MINUTES: '0' }));
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toContain('auth.lockoutMinutes (LOCKOUT_MINUTES)');
      expect(error.problems[0]).toContain('(got 0)');
    });
  });

  describe('secrets', () => {
    it('does not echo a too-short JWT_SECRET in production', () => {
      const secret = 'short-but-secret-value';
      const error = configErrorFor(env({ NODE_ENV: 'production', JWT_SECRET: secret }));
      expect(error.message).toContain('JWT_SECRET');
      expect(error.message).toContain('at least 32 characters');
      expect(error.message).not.toContain(secret);
    });

    it('refuses an empty JWT_SECRET in production', () => {
      const error = configErrorFor(env({ NODE_ENV: 'production', JWT_SECRET: '' }));
      expect(error.problems).toEqual([
        'auth.jwtSecret (JWT_SECRET): must be set to at least 32 characters in production',
      ]);
    });

    it('refuses production with no JWT_SECRET at all', () => {
      const error = configErrorFor(env({ NODE_ENV: 'production' }));
      expect(error.message).toContain('JWT_SECRET');
    });

    it('accepts a 40-character JWT_SECRET in production, with the defaults', () => {
      const secret = 'p'.repeat(20) + 'q'.repeat(20);
      const config = loadConfig(env({ NODE_ENV: 'production', JWT_SECRET: secret }));
      expect(config.env).toBe('production');
      expect(config.auth.jwtSecret).toBe(secret);
      expect(config.database.path).toBe('data/crm.sqlite');
      expect(config.auth.argon2MemoryKiB).toBe(47104);
    });

    it('accepts a JWT_SECRET of exactly 32 characters in production', () => {
      const secret = 'x'.repeat(32);
      expect(loadConfig(env({ NODE_ENV: 'production', JWT_SECRET: secret })).auth.jwtSecret).toBe(
        secret,
      );
    });

    it('gives a random 64-hex secret when none is set outside production', () => {
      const first = loadConfig(env({ NODE_ENV: 'development' })).auth.jwtSecret;
      const second = loadConfig(env({ NODE_ENV: 'test', JWT_SECRET: '' })).auth.jwtSecret;

      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(second).toMatch(/^[0-9a-f]{64}$/);
      expect(second).not.toBe(first);
    });

    it('does not echo a secret setting of the wrong type from YAML', () => {
      const dir = mkdtempSync(join(tmpdir(), 'crm-config-secret-'));
      try {
        copyFileSync(join(CONFIG_DIR, 'default.yaml'), join(dir, 'default.yaml'));
        writeFileSync(join(dir, 'test.yaml'), 'database:\n  password: 987654321\n');
        const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
        expect(error.problems).toHaveLength(1);
        expect(error.problems[0]).toContain('database.password (DB_PASSWORD)');
        expect(error.message).not.toContain('987654321');
        expect(error.message).not.toContain('got');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('YAML files', () => {
    let dir: string;

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'crm-config-'));
      copyFileSync(join(CONFIG_DIR, 'default.yaml'), join(dir, 'default.yaml'));
    });

    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('never echoes the value of a misspelt key, which may be a secret', () => {
      writeFileSync(
        join(dir, 'test.yaml'),
        'auth:\n  jwt_secret: hunter2-very-secret-value\ndatabase: postgres://u:pw@h/db\n',
      );
      const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
      expect(error.message).toContain('auth.jwt_secret');
      expect(error.message).not.toContain('hunter2');
      expect(error.message).not.toContain('pw@h');
    });

    it('leaves the defaults alone for an empty section', () => {
      writeFileSync(join(dir, 'production.yaml'), 'auth:\n  # jwtSecret: set JWT_SECRET\n');
      const config = loadConfig({
        CONFIG_DIR: dir,
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
      });
      expect(config.auth.lockoutMaxAttempts).toBe(5);
      const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'production' });
      expect(error.message).toContain('JWT_SECRET');
    });

    it('refuses an unknown key', () => {
      writeFileSync(join(dir, 'test.yaml'), 'server: { bogus: 1 }\n');
      const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toContain('server.bogus');
      expect(error.problems[0]).toContain('unknown setting');
    });

    it('refuses an unknown top-level section', () => {
      writeFileSync(join(dir, 'test.yaml'), 'serverr:\n  port: 1\n');
      const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
      expect(error.message).toContain('serverr');
    });

    it('merges the NODE_ENV file key by key over the defaults', () => {
      writeFileSync(join(dir, 'test.yaml'), 'server:\n  port: 8080\n');
      const config = loadConfig({ CONFIG_DIR: dir, NODE_ENV: 'test' });
      expect(config.server.port).toBe(8080);
      expect(config.server.host).toBe('127.0.0.1');
      expect(config.server.bodyLimit).toBe('1mb');
    });

    it('lets environment variables win over the NODE_ENV file', () => {
      writeFileSync(join(dir, 'test.yaml'), 'server:\n  port: 8080\n');
      expect(loadConfig({ CONFIG_DIR: dir, NODE_ENV: 'test', PORT: '9090' }).server.port).toBe(
        9090,
      );
    });

    it('refuses a file that is not a mapping', () => {
      writeFileSync(join(dir, 'test.yaml'), '- just\n- a list\n');
      const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
      expect(error.message).toContain('must hold a mapping of settings');
    });

    it('treats an empty NODE_ENV file as no overrides', () => {
      writeFileSync(join(dir, 'test.yaml'), '# nothing here\n');
      expect(loadConfig({ CONFIG_DIR: dir, NODE_ENV: 'test' }).database.path).toBe(
        'data/crm.sqlite',
      );
    });

    it('refuses a bad value from YAML and names the setting', () => {
      writeFileSync(join(dir, 'test.yaml'), 'server:\n  bodyLimit: lots\n');
      const error = configErrorFor({ CONFIG_DIR: dir, NODE_ENV: 'test' });
      expect(error.problems).toEqual([
        'server.bodyLimit: must look like 512kb or 1mb (got "lots")',
      ]);
    });
  });
});
