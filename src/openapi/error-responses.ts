import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { ALLOW_PENDING_SIGN_IN, ROUTE_POLICY, type RoutePolicy } from '../access/route-policy';
import { API_DOC, type ApiDocOptions } from './api-doc.decorator';
import { ERROR_STATUS_DESCRIPTIONS, PLATFORM_ERROR_CODES } from './error-codes';

/** A route's handler and its controller, where the decorators left their metadata. */
export interface RouteHandler {
  controller: object;
  handler: object;
}

const ERROR_BODY = '#/components/schemas/ErrorBodyDto';
// DELETE too: Fastify reads a DELETE's body like any other, so the same refusals reach it.
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** The metadata key read from the handler, then from its controller (as the guard reads it). */
function metadataOf<T>(key: string, route: RouteHandler): T | undefined {
  return Reflect.getMetadata(key, route.handler) ?? Reflect.getMetadata(key, route.controller);
}

function hasVersionedBody(
  operation: OperationObject,
  schemas: Record<string, SchemaObject | ReferenceObject>,
): boolean {
  const body = operation.requestBody as
    { content?: Record<string, { schema?: SchemaObject | ReferenceObject }> } | undefined;
  const schema = body?.content?.['application/json']?.schema;
  const ref = schema && '$ref' in schema ? schema.$ref.split('/').pop() : undefined;
  const resolved = ref ? schemas[ref] : schema;
  return Boolean(resolved && 'properties' in resolved && resolved.properties?.version);
}

/** A multipart upload, which the idempotency interceptor leaves alone. */
function isUpload(operation: OperationObject): boolean {
  const body = operation.requestBody as { content?: Record<string, unknown> } | undefined;
  return Boolean(body?.content?.['multipart/form-data']);
}

/**
 * The error statuses a route can answer with and their codes: from what the route is (public
 * or not, its permission, an id in the path, input, a body, a versioned body, a signed-in POST
 * that may carry an Idempotency-Key) and from what the
 * operation declares. 503 is on every route: any of them may meet a database that is down.
 */
export function errorCodesOf(
  operation: OperationObject,
  path: string,
  route: RouteHandler | undefined,
  schemas: Record<string, SchemaObject | ReferenceObject>,
  /** the operation's HTTP method, lower case as the document's paths write it */
  method?: string,
): Map<number, Set<string>> {
  const statuses = new Map<number, Set<string>>();
  const add = (status: number, codes: readonly string[] = PLATFORM_ERROR_CODES[status] ?? []) => {
    const set = statuses.get(status) ?? new Set<string>();
    codes.forEach((code) => set.add(code));
    statuses.set(status, set);
  };
  const policy = route ? metadataOf<RoutePolicy>(ROUTE_POLICY, route) : undefined;
  const isPublic = policy?.kind === 'public' || (!route && !operation.security?.length);
  // A POST, PUT or PATCH may carry a body whether the route reads one or not, and the parser
  // and the input guard read it first: unreadable, too large, or of a type no parser takes.
  const mayCarryBody = Boolean(operation.requestBody) || BODY_METHODS.has(method ?? '');
  if (operation.parameters?.length || mayCarryBody) add(400);
  if (mayCarryBody) {
    add(413, ['BODY_TOO_LARGE']);
    add(415);
  }
  if (!isPublic) {
    add(401);
    // A route that declares no policy is refused to everyone (the access guard's default).
    if (policy?.kind === 'ability' || (route && !policy)) add(403, ['FORBIDDEN']);
    if (!route || !metadataOf<boolean>(ALLOW_PENDING_SIGN_IN, route)) {
      add(403, ['PASSWORD_CHANGE_REQUIRED', 'TWO_FACTOR_SETUP_REQUIRED']);
    }
  }
  if (path.includes('{')) {
    add(404);
    add(414);
  }
  if (hasVersionedBody(operation, schemas)) add(409);
  if (method === 'post' && !isPublic && !isUpload(operation)) {
    // Idempotency-Key on a signed-in POST (src/idempotency/idempotency.interceptor.ts).
    add(400, ['IDEMPOTENCY_KEY_INVALID']);
    add(409, ['IDEMPOTENCY_KEY_IN_USE']);
    add(422, ['IDEMPOTENCY_KEY_REUSED']);
  }
  const declared = route ? metadataOf<ApiDocOptions>(API_DOC, route)?.errors : undefined;
  for (const [status, codes] of Object.entries(declared ?? {})) {
    add(Number(status));
    add(Number(status), codes ?? []);
  }
  add(503);
  return new Map([...statuses].sort(([a], [b]) => a - b));
}

/** The error envelope, narrowed to this status and its codes, for the generated client's types. */
export function errorResponse(status: number, codes: Set<string>): ResponseObject {
  const narrowed: SchemaObject = {
    type: 'object',
    required: ['statusCode'],
    properties: {
      statusCode: { type: 'number', enum: [status] },
      ...(codes.size ? { code: { type: 'string', enum: [...codes] } } : {}),
    },
  };
  const listed = codes.size ? `。错误码：${[...codes].join('、')}` : '';
  return {
    description: `${ERROR_STATUS_DESCRIPTIONS[status] ?? '错误'}${listed}`,
    content: { 'application/json': { schema: { allOf: [{ $ref: ERROR_BODY }, narrowed] } } },
  };
}
