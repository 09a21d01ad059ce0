import { Writable } from 'node:stream';
import { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request, { type Response } from 'supertest';
import { DataSource } from 'typeorm';
import type { Role } from '../../src/access/role';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/common/clock';
import { createLogger } from '../../src/common/logging/create-logger';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { configureApp, createHttpAdapter } from '../../src/configure-app';
import { FakeClock } from './fake-clock';
import {
  ResponseConformance,
  type ObservedResponse,
  type OpenApiDocument,
} from './response-conformance';
import { createTestDatabase, TestDatabase } from './test-database';

export const ADMIN_INITIAL_PASSWORD = 'First-Start-Pass-2026';
export const STRONG_PASSWORD = 'Correct-Horse-Battery-9';

export interface TestUser {
  id: number;
  username: string;
  password: string;
  role: Role;
  accessToken: string;
  refreshToken: string;
}

export interface TestAppOptions {
  /** changes to the configuration read from config/test.yaml and the environment */
  configure?: (config: AppConfig) => void;
  /** extra controllers, for tests of cross-cutting behaviour only */
  controllers?: Type<unknown>[];
  /** SQLite only: a database file instead of memory, for tests of file locks */
  sqliteFile?: string;
  /** providers replaced by test doubles, e.g. the SMS gateway (never the database) */
  overrides?: { provide: unknown; useValue: unknown }[];
  /** a second replica: this application on the other's database, left to the other to drop */
  sameDatabaseAs?: TestApp;
}

let sequence = 0;

/**
 * Answers that do not match the API document, from every application this test file
 * started. The document is what the browser's client is generated from, so a suite whose
 * answers differ from it fails, after its own tests, with the list.
 */
const nonConforming: string[] = [];
afterAll(() => {
  if (!nonConforming.length) return;
  const list = nonConforming.splice(0);
  throw new Error(
    `${list.length} answer(s) do not match the OpenAPI document (/api/docs-json); fix the ` +
      `document (@ApiDoc, the view classes) or the answer:\n${list.join('\n')}`,
  );
});

/** A unique, valid user name for this test process. */
export function uniqueUsername(prefix = 'user'): string {
  sequence += 1;
  return `${prefix}${process.pid % 10000}x${sequence}`;
}

/**
 * The real application (same modules, same setup as main.ts) on a database of its own,
 * with a clock the test can move. Tests talk to it only over HTTP.
 */
export class TestApp {
  private adminUser?: TestUser;
  /** every answer a test received, checked against the document when the app closes */
  private readonly observed: (ObservedResponse & { test?: string })[] = [];

  private constructor(
    readonly app: NestFastifyApplication,
    /** every log line the application wrote, as JSON text */
    readonly logs: string[],
    readonly clock: FakeClock,
    readonly config: AppConfig,
    private readonly database: TestDatabase,
  ) {}

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      ADMIN_PASSWORD: ADMIN_INITIAL_PASSWORD,
    });
    options.configure?.(config);
    const database = options.sameDatabaseAs
      ? { config: options.sameDatabaseAs.config.database, drop: async () => undefined }
      : await createTestDatabase(config.database);
    config.database = database.config;
    if (options.sqliteFile && config.database.type === 'sqlite')
      config.database.path = options.sqliteFile;
    const logs: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger('info', sink);
    const clock = new FakeClock();
    const builder = Test.createTestingModule({
      imports: [AppModule.forRoot(config, logger)],
      controllers: options.controllers ?? [],
    });
    builder.overrideProvider(Clock).useValue(clock);
    for (const override of options.overrides ?? [])
      builder.overrideProvider(override.provide).useValue(override.useValue);
    const moduleRef = await builder.compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(config), {
      bodyParser: false,
      logger: false,
    });
    await configureApp(app, config, logger);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, logs, clock, config, database);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** A supertest client on the running application; its answers are checked on close. */
  http(): ReturnType<typeof request> {
    const client = request(this.app.getHttpServer());
    return new Proxy(client, {
      get: (target, key, receiver) => {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (url: string) => {
          const call = (value as (url: string) => ReturnType<typeof client.get>)(url);
          return call.on('response', (response: Response) => this.observe(response));
        };
      },
    });
  }

  private observe(response: Response): void {
    const req = (response as unknown as { req?: { method: string; path: string } }).req;
    if (!req) return;
    this.observed.push({
      method: req.method,
      path: req.path,
      status: response.status,
      contentType: response.headers['content-type'],
      body: response.body,
      test: expect.getState().currentTestName,
    });
  }

  /**
   * The answers so far that differ from the document, one line each, and forgets them;
   * close() adds the rest to the list that fails the test file.
   */
  async conformanceViolations(): Promise<string[]> {
    if (!this.observed.length) return [];
    // Not through http(): fetching the document is not an answer to check.
    const answer = await request(this.app.getHttpServer()).get('/api/docs-json').expect(200);
    const conformance = new ResponseConformance(answer.body as OpenApiDocument);
    // The same fault on the same operation is listed once, with the first test that met it.
    const violations = new Map<string, { test?: string; times: number }>();
    for (const response of this.observed.splice(0)) {
      const faults = conformance.check(response);
      if (!faults.length) continue;
      const template = conformance.templateFor(response.path);
      const key =
        `${response.method} ${template} ${response.status}:` +
        faults.map((fault) => `\n    ${fault}`).join('');
      const seen = violations.get(key) ?? { test: response.test, times: 0 };
      seen.times += 1;
      violations.set(key, seen);
    }
    return [...violations].map(
      ([key, { test, times }]) =>
        `${key.replace(':', ` (${test ?? 'outside a test'}${times > 1 ? `, ${times} times` : ''}):`)}`,
    );
  }

  get(path: string, token?: string) {
    const call = this.http().get(path);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  }

  post(path: string, token?: string, body?: object) {
    const call = this.http().post(path);
    const authed = token ? call.set('Authorization', `Bearer ${token}`) : call;
    return body === undefined ? authed : authed.send(body);
  }

  patch(path: string, token: string, body: object) {
    return this.http().patch(path).set('Authorization', `Bearer ${token}`).send(body);
  }

  put(path: string, token: string, body: object) {
    return this.http().put(path).set('Authorization', `Bearer ${token}`).send(body);
  }

  signIn(username: string, password: string, otp?: string) {
    return this.post('/api/auth/login', undefined, { username, password, ...(otp ? { otp } : {}) });
  }

  /**
   * The first admin, with the forced password change done, freshly signed in (tests move
   * the clock past a token's life).
   */
  async admin(): Promise<TestUser> {
    if (this.adminUser) {
      const login = await this.signIn('admin', STRONG_PASSWORD).expect(200);
      return {
        ...this.adminUser,
        accessToken: login.body.accessToken,
        refreshToken: login.body.refreshToken,
      };
    }
    const first = await this.signIn('admin', ADMIN_INITIAL_PASSWORD).expect(200);
    const changed = await this.post('/api/auth/password', first.body.accessToken, {
      currentPassword: ADMIN_INITIAL_PASSWORD,
      newPassword: STRONG_PASSWORD,
    }).expect(200);
    const me = await this.get('/api/auth/me', changed.body.accessToken).expect(200);
    this.adminUser = {
      id: me.body.user.id,
      username: 'admin',
      password: STRONG_PASSWORD,
      role: 'admin',
      accessToken: changed.body.accessToken,
      refreshToken: changed.body.refreshToken,
    };
    return this.adminUser;
  }

  /** A new staff account of the role, created through the admin API and signed in. */
  async createUser(
    role: Role,
    fields: { username?: string; displayName?: string } = {},
  ): Promise<TestUser> {
    const admin = await this.admin();
    const username = fields.username ?? uniqueUsername(role);
    const created = await this.post('/api/admin/users', admin.accessToken, {
      username,
      displayName: fields.displayName ?? `Test ${role}`,
      role,
      password: 'Temporary-Pass-123',
    }).expect(201);
    const first = await this.signIn(username, 'Temporary-Pass-123').expect(200);
    const changed = await this.post('/api/auth/password', first.body.accessToken, {
      currentPassword: 'Temporary-Pass-123',
      newPassword: STRONG_PASSWORD,
    }).expect(200);
    return {
      id: created.body.user.id,
      username,
      password: STRONG_PASSWORD,
      role,
      accessToken: changed.body.accessToken,
      refreshToken: changed.body.refreshToken,
    };
  }

  async close(): Promise<void> {
    try {
      nonConforming.push(...(await this.conformanceViolations()));
    } finally {
      await this.app.close();
      await this.database.drop();
    }
  }
}
