import { applyDecorators, SetMetadata, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOperation } from '@nestjs/swagger';

export const API_DOC = 'crm:api-doc';

/** The error statuses an operation can declare beyond what its route says by itself. */
export type DeclaredErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429;

export interface ApiDocOptions {
  /** one line, Chinese: what the operation does (the generated client's doc comment) */
  summary: string;
  description?: string;
  /**
   * The success answer's type; `[Type]` for a list, `{ oneOf: [A, B] }` for one of several
   * shapes. Left out only for answers without a body (204).
   */
  ok?: Type<unknown> | [Type<unknown>] | { oneOf: Type<unknown>[] };
  /** the answer is a page of `ok` (`items`, `total`, `page`, `pageSize`) */
  page?: boolean;
  /**
   * the answer is a file of this content type (or one of these), not JSON; with `ok` as well,
   * JSON unless the request asks for one of the files
   */
  file?: string | string[];
  /**
   * Error codes the operation's own rules answer with, by status. The statuses every route
   * has (400 for input, 401, 403, 404 on an id, 409 on a version, 503) and their platform
   * codes are added from the route itself; list only what the service adds.
   */
  errors?: Partial<Record<DeclaredErrorStatus, string[]>>;
}

/**
 * Documents an operation for the generated client: summary, success schema and the error
 * codes its service throws. The document post-processor (error-responses.ts) reads this and
 * the route's own metadata, so that the error envelope is on every operation without a
 * decorator per status.
 */
export function ApiDoc(options: ApiDocOptions): MethodDecorator {
  const { ok } = options;
  const models: Type<unknown>[] = !ok
    ? []
    : Array.isArray(ok)
      ? ok
      : 'oneOf' in ok
        ? ok.oneOf
        : [ok];
  return applyDecorators(
    ApiOperation({
      summary: options.summary,
      ...(options.description ? { description: options.description } : {}),
    }),
    ...(models.length ? [ApiExtraModels(...models)] : []),
    SetMetadata(API_DOC, options),
  );
}
