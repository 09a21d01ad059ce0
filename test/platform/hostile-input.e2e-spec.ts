import type { Response } from 'supertest';
import {
  hostileCases,
  resolve,
  validValue,
  type HostileCase,
  type Operation,
  type Parameter,
  type Schema,
} from '../support/hostile-cases';
import { TestApp, TestUser } from '../support/test-app';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: Schema }> };
        security?: unknown[];
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

/**
 * Cases tried per operation: every case that concerns the whole request, then an even sample
 * of the field cases (a different sample for each operation), so that the suite stays within
 * CI's time on both databases. An operation whose valid request is slow (an export) gets fewer.
 */
const CASES_PER_OPERATION = 90;
const CASES_PER_SLOW_OPERATION = 20;
const SLOW_MS = 150;

function sample(cases: HostileCase[], limit: number, seed: number): HostileCase[] {
  const always = cases.filter((c) => c.always);
  const rest = cases.filter((c) => !c.always);
  const room = Math.max(limit - always.length, 0);
  if (rest.length <= room) return cases;
  const step = rest.length / room;
  const offset = seed % Math.max(Math.floor(step), 1);
  return [
    ...always,
    ...Array.from(
      { length: room },
      (_, i) => rest[Math.min(Math.floor(i * step) + offset, rest.length - 1)],
    ),
  ];
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

/**
 * The values of `key` in a JSON answer, skipping the records of the test's own accounts:
 * the largest when they are numbers (the newest record), else the first.
 */
function findValue(value: unknown, key: string, ownAccounts: Set<unknown>): unknown {
  const found: unknown[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (ownAccounts.has(record.username)) return;
    if (
      !Array.isArray(node) &&
      (typeof record[key] === 'number' || typeof record[key] === 'string')
    )
      found.push(record[key]);
    for (const child of Object.values(record)) visit(child, depth + 1);
  };
  visit(value, 0);
  const numbers = found.filter((item): item is number => typeof item === 'number');
  return numbers.length ? Math.max(...numbers) : found[0];
}

/** The `version` of the record with this id in a JSON answer. */
function findVersion(value: unknown, id: string, depth = 0): number | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(value) && String(record.id) === id && typeof record.version === 'number')
    return record.version;
  for (const child of Object.values(record)) {
    const found = findVersion(child, id, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function queryString(query: Record<string, string | string[]>): string {
  return Object.entries(query)
    .flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (item) => `${encodeURIComponent(key)}=${encodeURIComponent(item)}`,
      ),
    )
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

  async function send(
    operation: Operation,
    session: TestUser | undefined,
    path: string,
    query: string,
    testCase?: HostileCase,
    body?: unknown,
  ): Promise<Response | undefined> {
    requests += 1;
    const url = query ? `${path}?${query}` : path;
    let call = t.http()[operation.method as 'get'](url);
    if (session) call = call.set('Authorization', `Bearer ${session.accessToken}`);
    try {
      if (testCase?.rawBody !== undefined)
        return await call.set('Content-Type', 'application/json').send(testCase.rawBody);
      if (body !== undefined) return await call.send(body as object);
      return await call;
    } catch (error) {
      failures.push(
        `${operation.method.toUpperCase()} ${path} [${testCase?.name ?? 'valid'}]: no answer (${(error as Error).message})`,
      );
      return undefined;
    }
  }

  function record(
    operation: Operation,
    testCase: HostileCase | undefined,
    path: string,
    response: Response | undefined,
  ) {
    if (response && response.status >= 500) {
      failures.push(
        `${operation.method.toUpperCase()} ${path} [${testCase?.name ?? 'valid'}]: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
      );
    }
  }

  /** Values for the path parameters, found in the answers of the reads above them. */
  async function pathValues(
    operation: Operation,
    session: TestUser,
  ): Promise<Record<string, string>> {
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
        value = String(
          findValue(parent.body, name, excludedIds()) ??
            findValue(parent.body, 'id', excludedIds()) ??
            1,
        );
      }
      values[name] = String(value);
      built += `/${encodeURIComponent(values[name])}`;
    }
    return values;
  }

  function fillPath(
    path: string,
    values: Record<string, string>,
    raw: Record<string, string> = {},
  ): string {
    return path.replace(
      /\{(.+?)\}/g,
      (_, name: string) => raw[name] ?? encodeURIComponent(values[name]),
    );
  }

  function validQuery(operation: Operation): Record<string, string> {
    const query: Record<string, string> = {};
    for (const parameter of operation.parameters.filter((p) => p.in === 'query' && p.required)) {
      query[parameter.name] = String(
        parameter.schema?.default ??
          validValue(parameter.name, parameter.schema, document.components.schemas, idOf),
      );
    }
    return query;
  }

  /** An id for a body field named like `customerId`: a record of the list named so, else one's own. */
  const knownIds = new Map<string, number>();
  function idOf(name: string): number {
    return knownIds.get(name.replace(/Id$/, '').toLowerCase()) ?? sessions[0].id;
  }
  async function learnIds(session: TestUser) {
    for (const operation of operationsOf(document).filter(
      (o) => o.method === 'get' && !o.path.includes('{'),
    )) {
      const last = operation.path.split('/').pop() as string;
      const response = await t.get(operation.path, session.accessToken);
      const id = findValue(response.body, 'id', excludedIds());
      if (response.status === 200 && typeof id === 'number') {
        for (const noun of last.split('-')) knownIds.set(noun.replace(/s$/, ''), id);
      }
    }
  }

  /** The version of the record a change is about, read fresh, so that changes reach the service. */
  async function currentVersion(
    operation: Operation,
    session: TestUser,
    values: Record<string, string>,
  ): Promise<number | undefined> {
    const id = values.id;
    if (id === undefined) return undefined;
    const segments = fillPath(operation.path, values).split('/');
    for (let end = segments.length; end > 2; end -= 1) {
      const response = await t.get(segments.slice(0, end).join('/'), session.accessToken);
      if (response.status !== 200) continue;
      const version =
        typeof response.body?.version === 'number'
          ? response.body.version
          : findVersion(response.body, id);
      if (version !== undefined) return version;
    }
    return undefined;
  }

  /** Creates one record through each create operation, with valid values, as whoever may. */
  async function seed(creates: Operation[]) {
    for (const operation of creates) {
      for (const session of sessions) {
        const body = validValue('body', operation.body, document.components.schemas, idOf);
        const response = await send(operation, session, operation.path, '', undefined, body);
        record(operation, undefined, operation.path, response);
        if (response?.status !== 403) break;
      }
    }
  }

  /** The valid request of an operation, as the first session that gets past its guard. */
  async function probe(operation: Operation) {
    let result = { session: sessions[0], values: {} as Record<string, string>, status: 0, ms: 0 };
    for (const session of operation.public ? [sessions[0]] : sessions) {
      const values = await pathValues(operation, session);
      const body = operation.body
        ? validValue('body', operation.body, document.components.schemas, idOf)
        : undefined;
      const path = fillPath(operation.path, values);
      const started = Date.now();
      const response = await send(
        operation,
        operation.public ? undefined : session,
        path,
        queryString(validQuery(operation)),
        undefined,
        body,
      );
      record(operation, undefined, path, response);
      if (process.env.HOSTILE_DEBUG)
        process.stdout.write(
          `valid ${operation.method} ${path}: ${response?.status} ${JSON.stringify(response?.body).slice(0, 200)}\n`,
        );
      result = { session, values, status: response?.status ?? 0, ms: Date.now() - started };
      if (result.status !== 403) break;
    }
    return result;
  }

  it('answers no request with a 5xx', async () => {
    const components = document.components.schemas;
    const operations = operationsOf(document);
    const creates = operations.filter(
      (o) =>
        o.method === 'post' && !o.path.includes('{') && o.body && !o.path.startsWith('/api/auth/'),
    );
    await seed(creates);
    for (const session of sessions) await learnIds(session);
    let generated = 0;
    for (const [index, operation] of operations.entries()) {
      if (operation.path === '/api/auth/logout') continue; // ends the session; tried last, below
      let valid = await probe(operation);
      // earlier cases may have closed, erased or removed the record: make fresh ones
      if ([404, 409, 422].includes(valid.status) && operation.path.includes('{')) {
        await seed(creates);
        valid = await probe(operation);
      }
      const { session, values } = valid;
      const validBody = operation.body
        ? (validValue('body', operation.body, components, idOf) as Record<string, unknown>)
        : undefined;
      const all = hostileCases(operation, validBody, components);
      generated += all.length;
      const cases = sample(
        all,
        valid.ms > SLOW_MS ? CASES_PER_SLOW_OPERATION : CASES_PER_OPERATION,
        index,
      );
      const started = Date.now();
      const versioned = 'version' in (operation.body?.properties ?? {});
      let version: number | undefined;
      for (const testCase of cases) {
        const path = fillPath(operation.path, values, testCase.path);
        const query =
          testCase.rawQuery ?? queryString({ ...validQuery(operation), ...testCase.query });
        let body = testCase.body;
        // the version read last, so that a change reaches the service instead of stopping at 409
        if (
          versioned &&
          body &&
          typeof body === 'object' &&
          !Array.isArray(body) &&
          (body as Record<string, unknown>).version === validBody?.version
        ) {
          version ??= await currentVersion(operation, session, values);
          if (version !== undefined) body = { ...body, version };
        }
        const response = await send(
          operation,
          operation.public ? undefined : session,
          path,
          query,
          testCase,
          body,
        );
        record(operation, testCase, path, response);
        if (response && response.status < 300) version = undefined;
      }
      if (process.env.HOSTILE_DEBUG)
        process.stdout.write(
          `timing ${Date.now() - started} ms ${operation.method} ${operation.path}: ${cases.length} cases\n`,
        );
    }
    const logout = operations.find((o) => o.path === '/api/auth/logout');
    if (logout) {
      for (const testCase of hostileCases(logout, undefined, components)) {
        record(
          logout,
          testCase,
          logout.path,
          await send(logout, sessions[1], logout.path, '', testCase),
        );
      }
    }
    process.stdout.write(
      `hostile input: ${operations.length} operations, ${generated} cases generated, ${requests} requests sent, ${failures.length} answered 5xx\n`,
    );
    expect(failures.join('\n')).toBe('');
  }, 600_000);
});
