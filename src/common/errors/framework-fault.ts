import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeOf } from '../i18n/locale';
import { msg } from '../i18n/msg';
import { translate } from '../i18n/translate';
import type { ErrorBody } from './error-body';
import { REASON } from './http-reason';

/**
 * Fastify's `frameworkErrors`: the faults its router finds before any route runs (a malformed
 * %-escape in the path, a path parameter over its length limit), which never reach Nest's
 * exception filter. Answered in the one error shape, in the request's language, with our own
 * codes, instead of Fastify's English text and `FST_` codes.
 */
export function answerFrameworkFault(
  fault: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const locale = localeOf(request.headers?.['accept-language']);
  const [statusCode, key, code] =
    fault.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ([414, 'errors.pathTooLong', 'PATH_TOO_LONG'] as const)
      : fault.code === 'FST_ERR_BAD_URL'
        ? ([400, 'errors.badUrl', 'BAD_URL'] as const)
        : ([400, 'errors.requestRefused', 'BAD_REQUEST'] as const);
  const body: ErrorBody = {
    statusCode,
    error: REASON[statusCode],
    message: translate(msg(key), locale),
    code,
  };
  void reply.status(statusCode).send(body);
}
