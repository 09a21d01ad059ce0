import type { OperationObject, SchemaObject, ReferenceObject } from '@nestjs/swagger';
import { getSchemaPath } from '@nestjs/swagger';
import type { ApiDocOptions } from './api-doc.decorator';

/** The schema of `@ApiDoc`'s `ok`: a model, a list of it, or a page of it. */
function schemaOf(options: ApiDocOptions): SchemaObject | ReferenceObject | undefined {
  if (options.file) return { type: 'string', format: 'binary' };
  const { ok } = options;
  if (!ok) return undefined;
  if ('oneOf' in ok) return { oneOf: ok.oneOf.map((model) => ({ $ref: getSchemaPath(model) })) };
  const model = Array.isArray(ok) ? ok[0] : ok;
  const one: ReferenceObject = { $ref: getSchemaPath(model) };
  const many: SchemaObject = { type: 'array', items: one };
  if (options.page) {
    return {
      allOf: [
        { $ref: getSchemaPath('PageDto') },
        { type: 'object', required: ['items'], properties: { items: many } },
      ],
    };
  }
  return Array.isArray(ok) ? many : one;
}

/**
 * Puts `@ApiDoc`'s success schema on the operation's success answer, whose status Nest has
 * already set from the method and `@HttpCode` (200, 201 or 204): the status stays the route's
 * own, so the document cannot claim a status the server does not send.
 */
export function applySuccessSchema(
  operation: OperationObject,
  options: ApiDocOptions | undefined,
): void {
  if (!options) return;
  const schema = schemaOf(options);
  const status = Object.keys(operation.responses).find((code) => code.startsWith('2'));
  if (!schema || !status) return;
  const response = operation.responses[status] as { description: string; content?: unknown };
  const types = options.file === undefined ? ['application/json'] : [options.file].flat();
  response.content = Object.fromEntries(types.map((type) => [type, { schema }]));
  if (!response.description) response.description = options.summary;
}
