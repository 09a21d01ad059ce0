import type { OperationObject, SchemaObject, ReferenceObject } from '@nestjs/swagger';
import { getSchemaPath } from '@nestjs/swagger';
import type { ApiDocOptions } from './api-doc.decorator';

const BINARY: SchemaObject = { type: 'string', format: 'binary' };

/** The schema of `@ApiDoc`'s `ok`: a model, a list of it, or a page of it. */
function schemaOf(options: ApiDocOptions): SchemaObject | ReferenceObject | undefined {
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
  const json = schemaOf(options);
  const status = Object.keys(operation.responses).find((code) => code.startsWith('2'));
  if (!status || (!json && options.file === undefined)) return;
  const response = operation.responses[status] as { description: string; content?: unknown };
  // A file, or JSON; both when the route answers JSON unless a file format is asked for.
  const content: Record<string, { schema: SchemaObject | ReferenceObject }> = {};
  if (json) content['application/json'] = { schema: json };
  for (const type of options.file === undefined ? [] : [options.file].flat())
    content[type] = { schema: BINARY };
  response.content = content;
  if (!response.description) response.description = options.summary;
}
