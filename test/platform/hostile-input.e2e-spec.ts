import type { Response } from 'supertest';
import { hostileCases, resolve, validValue, type HostileCase, type Operation, type Parameter, type Schema } from '../support/hostile-cases';
import { TestApp, TestUser } from '../support/test-app';

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; security?: unknown[] }>>;
  components: { schemas: Record<string, Schema> };
}

/** The order the operations are tried in: reads, creates, changes, then what removes or ends things. */
function rank(operation: Operation): number {
  if (operation.path.startsWith('/api/auth/')) return 9;
  const hasPathParams = operation.path.includes('{');
  if (operation.method === 'get') return 0;
  if (operation.method === 'post' && !hasPathParams) return 1;
  if (operation.method === 'patch' || operation.method === 'put') return 2;
  if (operation.method === 'post') return 3;
  return 4;
}

function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const json = spec.requestBody?.content['application/json'];
      operations.push({
        method,
        path,
        parameters: spec.parameters ?? [],
        body: json ? resolve(json.schema, document.components.schemas) : undefined,
        public: !spec.security?.length,
      });
    }
  }
  return operations.sort((a, b) => rank(a) - rank(b));
}

/** The first value of `key` in a JSON answer (depth-first), skipping the records of the test's own accounts. */
function findValue(value: unknown, key: string, ownAccounts: Set<unknown>, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (ownAccounts.has(record.username)) return undefined;
  if (!Array.isArray(value)) {
    const own = record[key];
    if (typeof own === 'number' || typeof own === 'string') return own;
  }
  for (const child of Object.values(record)) {
    const found = findValue(child, key, ownAccounts, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The `version` of the record with this id in a JSON answer. */
function findVersion(value: unknown, id: string, depth = 0): number | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(value) && String(record.id) === id && typeof record.version === 'number') return record.version;
  for (const child of Object.values(record)) {
    const found = findVersion(child, id, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function queryString(query: Record<string, string | string[]>): string {
  return Object.entries(query)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => `${encodeURIComponent(key)}=${encodeURIComponent(item)}`))
    .join('&');
}

/**
 * Every operation of the OpenAPI document, tried with hostile input generated from its
 * schema, as an admin or a manager (whoever gets past the guard), on this test's database.
 * No answer may be a 500: bad input is the client's fault and gets a 4xx.
 */
describe('hostile input on every operation of the API document', () => {
  let t: TestApp;
  let sessions: TestUser[];
  let document: OpenApiDocument;
  const failures: string[] = [];
  let requests = 0;

  beforeAll(async () => {
    t = await TestApp.start({
      configure: (config) => {
        config.customers.dailyViewQuota = 1_000_000;
        config.auth.lockoutMaxAttempts = 100;
      },
    });
    sessions = [await t.admin(), await t.createUser('manager')];
    document = (await t.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const excludedIds = () => new Set<unknown>(sessions.map((user) => user.username));

  async function send(operation: Operation, session: TestUser | undefined, path: string, query: string, testCase?: HostileCase, body?: unknown): Promise<Response | undefined> {
    requests += 1;
    const url = query ? `${path}?${query}` : path;
    let call = t.http()[operation.method as 'get'](url);
    if (session) call = call.set('Authorization', `Bearer ${session.accessToken}`);
    try {
      if (testCase?.rawBody !== undefined) return await call.set('Content-Type', 'application/json').send(testCase.rawBody);
      if (body !== undefined) return await call.send(body as object);
      return await call;
    } catch (error) {
      failures.push(`${operation.method.toUpperCase()} ${path} [${testCase?.name ?? 'valid'}]: no answer (${(error as Error).message})`);
      return undefined;
    }
  }

  function record(operation: Operation, testCase: HostileCase | undefined, path: string, response: Response | undefined) {
    if (response && response.status >= 500) {
      failures.push(
        `${operation.method.toUpperCase()} ${path} [${testCase?.name ?? 'valid'}]: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
      );
    }
  }

  /** Values for the path parameters, found in the answers of the reads above them. */
  async function pathValues(operation: Operation, session: TestUser): Promise<Record<string, string>> {
    const values: Record<string, string> = {};
    let built = '';
    for (const segment of operation.path.split('/').filter(Boolean)) {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) {
        built += `/${segment}`;
        continue;
      }
      const schema = operation.parameters.find((p) => p.name === name)?.schema;
      let value = schema?.enum?.[0] as string | undefined;
      if (value === undefined) {
        const parent = await t.get(built, session.accessToken);
        value = String(findValue(parent.body, name, excludedIds()) ?? findValue(parent.body, 'id', excludedIds()) ?? 1);
      }
      values[name] = String(value);
      built += `/${encodeURIComponent(values[name])}`;
    }
    return values;
  }

  function fillPath(path: string, values: Record<string, string>, raw: Record<string, string> = {}): string {
    return path.replace(/\{(.+?)\}/g, (_, name: string) => raw[name] ?? encodeURIComponent(values[name]));
  }

  function validQuery(operation: Operation): Record<string, string> {
    const query: Record<string, string> = {};
    for (const parameter of operation.parameters.filter((p) => p.in === 'query' && p.required)) {
      query[parameter.name] = String(parameter.schema?.default ?? validValue(parameter.name, parameter.schema, document.components.schemas, idOf));
    }
    return query;
  }

  /** An id for a body field named like `customerId`: a record of the list named so, else one's own. */
  const knownIds = new Map<string, number>();
  function idOf(name: string): number {
    return knownIds.get(name.replace(/Id$/, '').toLowerCase()) ?? sessions[0].id;
  }
  async function learnIds(session: TestUser) {
    for (const operation of operationsOf(document).filter((o) => o.method === 'get' && !o.path.includes('{'))) {
      const last = operation.path.split('/').pop() as string;
      const response = await t.get(operation.path, session.accessToken);
      const id = findValue(response.body, 'id', excludedIds());
      if (response.status === 200 && typeof id === 'number') {
        for (const noun of last.split('-')) knownIds.set(noun.replace(/s$/, ''), id);
      }
    }
  }

  /** The version of the record a change is about, read fresh, so that changes reach the service. */
  async function currentVersion(operation: Operation, session: TestUser, values: Record<string, string>): Promise<number | undefined> {
    const id = values.id;
    if (id === undefined) return undefined;
    const segments = fillPath(operation.path, values).split('/');
    for (let end = segments.length; end > 2; end -= 1) {
      const response = await t.get(segments.slice(0, end).join('/'), session.accessToken);
      if (response.status !== 200) continue;
      const version = typeof response.body?.version === 'number' ? response.body.version : findVersion(response.body, id);
      if (version !== undefined) return version;
    }
    return undefined;
  }

  it('answers no request with a 5xx', async () => {
    const components = document.components.schemas;
    const operations = operationsOf(document);
    for (const session of sessions) await learnIds(session);
    let perOperation = 0;
    for (const operation of operations) {
      if (operation.path === '/api/auth/logout') continue; // ends the session; tried last, below
      // whoever gets past the guard: the admin for administration, the manager for customers
      let session: TestUser | undefined;
      let values: Record<string, string> = {};
      for (const candidate of operation.public ? [sessions[0]] : sessions) {
        values = await pathValues(operation, candidate);
        const body = operation.body ? validValue('body', operation.body, components, idOf) : undefined;
        const path = fillPath(operation.path, values);
        const response = await send(operation, operation.public ? undefined : candidate, path, queryString(validQuery(operation)), undefined, body);
        record(operation, undefined, path, response);
        if (process.env.HOSTILE_DEBUG) process.stdout.write(`valid ${operation.method} ${path}: ${response?.status} ${JSON.stringify(response?.body).slice(0, 300)}\n`);
        session = candidate;
        if (response?.status !== 403) break;
      }
      const validBody = operation.body ? (validValue('body', operation.body, components, idOf) as Record<string, unknown>) : undefined;
      const cases = hostileCases(operation, validBody, components);
      perOperation = Math.max(perOperation, cases.length);
      for (const testCase of cases) {
        const path = fillPath(operation.path, values, testCase.path);
        const query = testCase.rawQuery ?? queryString({ ...validQuery(operation), ...testCase.query });
        let body = testCase.body;
        if (body && typeof body === 'object' && !Array.isArray(body) && 'version' in (operation.body?.properties ?? {})) {
          const version = await currentVersion(operation, session as TestUser, values);
          if (version !== undefined && (body as Record<string, unknown>).version === (validBody as Record<string, unknown>).version) body = { ...body, version };
        }
        const response = await send(operation, operation.public ? undefined : session, path, query, testCase, body);
        record(operation, testCase, path, response);
      }
    }
    const logout = operations.find((o) => o.path === '/api/auth/logout');
    if (logout) {
      for (const testCase of hostileCases(logout, undefined, components)) {
        record(logout, testCase, logout.path, await send(logout, sessions[1], logout.path, '', testCase));
      }
    }
    process.stdout.write(`hostile input: ${requests} requests over ${operations.length} operations (at most ${perOperation} cases each), ${failures.length} answered 5xx\n`);
    expect(failures.join('\n')).toBe('');
  }, 600_000);
});
