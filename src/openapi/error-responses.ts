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

/**
 * The error statuses a route can answer with and their codes: from what the route is (public
 * or not, its permission, an id in the path, input, a versioned body) and from what the
 * operation declares. 503 is on every route: any of them may meet a database that is down.
 */
export function errorCodesOf(
  operation: OperationObject,
  path: string,
  route: RouteHandler | undefined,
  schemas: Record<string, SchemaObject | ReferenceObject>,
): Map<number, Set<string>> {
  const statuses = new Map<number, Set<string>>();
  const add = (status: number, codes: readonly string[] = PLATFORM_ERROR_CODES[status] ?? []) => {
    const set = statuses.get(status) ?? new Set<string>();
    codes.forEach((code) => set.add(code));
    statuses.set(status, set);
  };
  const policy = route ? metadataOf<RoutePolicy>(ROUTE_POLICY, route) : undefined;
  const isPublic = policy?.kind === 'public' || (!route && !operation.security?.length);
  if (operation.parameters?.length || operation.requestBody) add(400);
  if (!isPublic) {
    add(401);
    if (policy?.kind === 'ability') add(403, ['FORBIDDEN']);
    if (!route || !metadataOf<boolean>(ALLOW_PENDING_SIGN_IN, route)) {
      add(403, ['PASSWORD_CHANGE_REQUIRED', 'TWO_FACTOR_SETUP_REQUIRED']);
    }
  }
  if (path.includes('{')) add(404);
  if (hasVersionedBody(operation, schemas)) add(409);
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
