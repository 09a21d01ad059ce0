import { walkRoutes, type DiscoveredRoute } from '../support/route-walk';
import { TestApp } from '../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  enum?: unknown[];
}

interface Response {
  description?: string;
  content?: Record<string, { schema?: Schema }>;
}

interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: unknown[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const CJK = /[\u4e00-\u9fff]/;
const ERROR_BODY = '#/components/schemas/ErrorBodyDto';

/** Answers that are the operation's own report rather than the error envelope. */
const OWN_ERROR_ANSWERS = new Set(['GET /api/health 503']);

function resolve(schema: Schema | undefined, schemas: Record<string, Schema>): Schema | undefined {
  const name = schema?.$ref?.split('/').pop();
  return name ? schemas[name] : schema;
}

/**
 * A schema a client can be generated from: a model with properties, a list of one, a
 * composition, a file or a scalar. A bare `{ type: 'object' }` (what the plugin writes for an
 * interface or an inline object type) generates an empty type and is refused.
 */
function describesSomething(schema: Schema | undefined, schemas: Record<string, Schema>): boolean {
  const resolved = resolve(schema, schemas);
  if (!resolved) return false;
  if (resolved.allOf) return resolved.allOf.every((part) => describesSomething(part, schemas));
  if (resolved.oneOf) return resolved.oneOf.every((part) => describesSomething(part, schemas));
  if (resolved.type === 'array') return describesSomething(resolved.items, schemas);
  if (resolved.type === 'object' || (!resolved.type && !resolved.enum)) {
    return (
      Boolean(resolved.properties && Object.keys(resolved.properties).length) ||
      Boolean(resolved.additionalProperties)
    );
  }
  return true;
}

function isErrorEnvelope(response: Response): boolean {
  const schema = response.content?.['application/json']?.schema;
  return Boolean(
    schema &&
    (schema.$ref === ERROR_BODY || schema.allOf?.some((part) => part.$ref === ERROR_BODY)),
  );
}

function codesOf(response: Response | undefined): unknown[] {
  const schema = response?.content?.['application/json']?.schema;
  return schema?.allOf?.find((part) => part.properties?.code)?.properties?.code?.enum ?? [];
}

function hasVersionedBody(operation: Operation, schemas: Record<string, Schema>): boolean {
  return Boolean(
    resolve(operation.requestBody?.content['application/json']?.schema, schemas)?.properties
      ?.version,
  );
}

/** What is missing from one operation of the document, in words; empty when it is complete. */
function gapsOf(
  key: string,
  operation: Operation,
  route: DiscoveredRoute | undefined,
  schemas: Record<string, Schema>,
): string[] {
  const gaps: string[] = [];
  if (!operation.summary || !CJK.test(operation.summary)) gaps.push('no Chinese summary');
  const successes = Object.entries(operation.responses).filter(([status]) =>
    status.startsWith('2'),
  );
  if (!successes.length) gaps.push('no success response');
  for (const [status, response] of successes) {
    if (status === '204') {
      if (response.content) gaps.push('204 with a body');
      continue;
    }
    const contents = Object.values(response.content ?? {});
    if (
      !contents.length ||
      !contents.every((content) => describesSomething(content.schema, schemas))
    ) {
      gaps.push(`${status} without a response schema`);
    }
  }
  const expected = new Set<string>(['503']);
  if (route?.policy?.kind !== 'public') expected.add('401');
  if (route?.policy?.kind === 'ability') expected.add('403');
  if (key.includes('{')) expected.add('404');
  if (operation.parameters?.length || operation.requestBody) expected.add('400');
  if (hasVersionedBody(operation, schemas)) expected.add('409');
  for (const status of expected) {
    if (!operation.responses[status]) gaps.push(`no ${status} answer`);
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) < 400 || OWN_ERROR_ANSWERS.has(`${key} ${status}`)) continue;
    if (!isErrorEnvelope(response)) gaps.push(`${status} not the error envelope`);
    else if (!CJK.test(response.description ?? ''))
      gaps.push(`${status} without a Chinese description`);
  }
  if (
    route?.policy?.kind === 'ability' &&
    !codesOf(operation.responses['403']).includes('FORBIDDEN')
  ) {
    gaps.push('403 without the code FORBIDDEN');
  }
  if (key.includes('{') && !codesOf(operation.responses['404']).includes('NOT_FOUND')) {
    gaps.push('404 without the code NOT_FOUND');
  }
  return gaps;
}

/**
 * The API document is what the browser console's client is generated from
 * (openapi-typescript + openapi-fetch): every operation must say in Chinese what it does,
 * what it answers on success and which errors it can answer with. A new route that
 * forgets one of these fails here, by name.
 */
describe('the OpenAPI document is complete enough to generate a client from', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let routes: Map<string, DiscoveredRoute>;

  beforeAll(async () => {
    t = await TestApp.start();
    document = (await t.get('/api/docs-json').expect(200)).body;
    routes = new Map(walkRoutes(t.app).map((route) => [route.key, route]));
  });
  afterAll(() => t.close());

  /** `GET /api/customers/{id}` as the route walk writes it: `GET /api/customers/:id`. */
  const routeKey = (method: string, path: string) =>
    `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;

  it('documents every route the application serves', () => {
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => routeKey(method, path)),
      ),
    );
    const missing = [...routes.keys()].filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
  });

  it('gives every operation a Chinese summary, a success schema and its error answers', () => {
    const gaps: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations += 1;
        const key = `${method.toUpperCase()} ${path}`;
        const found = gapsOf(
          key,
          operation,
          routes.get(routeKey(method, path)),
          document.components.schemas,
        );
        if (found.length) gaps.push(`${key} (${operation.operationId}): ${found.join('; ')}`);
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(gaps.join('\n')).toBe('');
  });

  it('describes the error envelope once, as a component every error answer refers to', () => {
    const body = document.components.schemas.ErrorBodyDto;
    expect(Object.keys(body.properties ?? {}).sort()).toEqual([
      'code',
      'details',
      'error',
      'message',
      'statusCode',
    ]);
    const unavailable = document.paths['/api/customers'].get.responses['503'];
    expect(codesOf(unavailable)).toEqual(
      expect.arrayContaining(['DATABASE_UNAVAILABLE', 'DATABASE_BUSY']),
    );
  });

  it('lists the audit entity types a client may filter by', () => {
    const parameter = (
      document.paths['/api/admin/audit-logs'].get.parameters as { name: string; schema: Schema }[]
    ).find((p) => p.name === 'entityType');
    expect(parameter?.schema.enum).toEqual(
      expect.arrayContaining(['Customer', 'User', 'Plan', 'Interaction']),
    );
  });

  it('gives the main request bodies an example', () => {
    const schemas = document.components.schemas as Record<string, Schema & { example?: unknown }>;
    const withoutExample = [
      'LoginDto',
      'CreateCustomerDto',
      'UpdateCustomerDto',
      'CreatePlanDto',
      'CreateInteractionDto',
      'UpdateInteractionDto',
    ].filter((name) => !schemas[name]?.example);
    expect(withoutExample).toEqual([]);
  });
});
