import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { requestPath } from '../http/request-path';
import { localeOf, type Locale } from '../i18n/locale';
import { msg, type Msg } from '../i18n/msg';
import { translate } from '../i18n/translate';
import { RequestContext } from '../request-context';
import { isConnectionLost } from '../../database/resilience/connection-lost';
import { DatabaseUnavailableError } from '../../database/resilience/database-unavailable.error';
import { isUniqueViolation } from '../../database/unique-violation';
import { DomainError, DomainErrorKind, personText, type ErrorDetail } from './domain-error';
import { ErrorBody } from './error-body';
import { REASON } from './http-reason';

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  bad_request: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  locked: HttpStatus.LOCKED,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  payload_too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

/** What to answer for an error that is not a DomainError. */
interface Answer {
  statusCode: number;
  text: Msg | string;
  code?: string;
  /** seconds after which a retry may succeed (503) */
  retryAfter?: number;
}

/** Seconds a client should wait before trying again after a 503. */
function retryAfterOf(exception: unknown): number {
  return exception instanceof DatabaseUnavailableError ? exception.retryAfterSeconds : 2;
}

/** Errors Fastify raises before any handler runs (body, URL), which Nest wraps in an HttpException. */
interface FastifyFault {
  code?: string;
  statusCode: number;
}

function isFastifyFault(error: unknown): error is FastifyFault & Error {
  return error instanceof Error && typeof (error as Partial<FastifyFault>).statusCode === 'number';
}

/**
 * Turns every error into the one shape of DESIGN.md §7, its message and details in the
 * language the request asked for. Only messages written for people leave the server: never
 * a stack trace, SQL, driver text or secret.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    // From the header, not the request context: a body that cannot be parsed fails outside it.
    const locale = localeOf(request.headers?.['accept-language']);
    const body = this.toBody(exception, request, locale);
    if (body.statusCode >= 500) {
      this.logger.error(
        { requestId: RequestContext.current()?.requestId, failure: this.describe(exception) },
        'request failed',
      );
    }
    if (response.sent || response.raw.headersSent) return;
    if (body.statusCode === 503)
      void response.header('Retry-After', String(retryAfterOf(exception)));
    void response.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest, locale: Locale): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      const message = personText(exception.text, locale);
      return this.body(
        statusCode,
        message,
        exception.code,
        this.details(exception.details, locale),
      );
    }
    const answer = this.answer(exception, request);
    return this.body(
      answer.statusCode,
      typeof answer.text === 'string' ? answer.text : translate(answer.text, locale),
      answer.code,
    );
  }

  /** The status, text and code for an error that is not a DomainError. */
  private answer(exception: unknown, request: FastifyRequest): Answer {
    if (exception instanceof HttpException) return this.fromHttpException(exception, request);
    if (exception instanceof DatabaseUnavailableError || isConnectionLost(exception))
      return this.unavailable(exception);
    // A Fastify error thrown inside a handler (a plugin's), not wrapped by Nest.
    if (
      isFastifyFault(exception) &&
      exception.code?.startsWith('FST_') &&
      exception.statusCode < 500
    )
      return this.fromFastify(exception);
    if (isUniqueViolation(exception)) {
      return { statusCode: 409, text: msg('errors.duplicate'), code: 'DUPLICATE' };
    }
    const reference = RequestContext.current()?.requestId ?? 'unknown';
    return { statusCode: 500, text: msg('errors.internal', { reference }), code: 'INTERNAL' };
  }

  /** A busy or lost database passes: 503 with Retry-After, never a 500 that looks like a bug. */
  private unavailable(exception: unknown): Answer {
    const retryAfter = retryAfterOf(exception);
    const busy = exception instanceof DatabaseUnavailableError && exception.reason === 'busy';
    return {
      statusCode: 503,
      text: msg(busy ? 'errors.databaseBusy' : 'errors.databaseUnavailable', {
        seconds: retryAfter,
      }),
      code: busy ? 'DATABASE_BUSY' : 'DATABASE_UNAVAILABLE',
      retryAfter,
    };
  }

  private fromHttpException(exception: HttpException, request: FastifyRequest): Answer {
    const status = exception.getStatus();
    // Nest wraps Fastify's body and URL errors; answer from the original.
    if (isFastifyFault(exception.cause)) return this.fromFastify(exception.cause);
    if (status === 404 && /^Cannot /.test(exception.message)) {
      const path = requestPath(request).slice(0, 200);
      const key = path.startsWith('/api/') ? 'errors.noRoute' : 'errors.noRouteOutsideApi';
      return {
        statusCode: 404,
        text: msg(key, { method: request.method, path }),
        code: 'NO_ROUTE',
      };
    }
    if (status === 401)
      return { statusCode: 401, text: msg('errors.unauthenticated'), code: 'UNAUTHENTICATED' };
    if (status === 403)
      return { statusCode: 403, text: msg('errors.forbidden'), code: 'FORBIDDEN' };
    if (status >= 500)
      return { statusCode: status, text: msg('errors.unavailable'), code: 'UNAVAILABLE' };
    if (status === 405)
      return { statusCode: 405, text: msg('errors.methodNotAllowed', { method: request.method }) };
    // Another 4xx of Nest's own: said in general words, the status tells the rest.
    return { statusCode: status, text: msg('errors.requestRefused') };
  }

  private fromFastify(fault: FastifyFault & Error): Answer {
    switch (fault.code) {
      case 'FST_ERR_BAD_URL':
        return { statusCode: 400, text: msg('errors.badUrl'), code: 'BAD_URL' };
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return { statusCode: 413, text: msg('errors.bodyTooLarge'), code: 'BODY_TOO_LARGE' };
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return {
          statusCode: 415,
          text: msg('errors.unsupportedMediaType'),
          code: 'UNSUPPORTED_MEDIA_TYPE',
        };
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return { statusCode: 400, text: msg('errors.emptyJson'), code: 'INVALID_JSON' };
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return { statusCode: 400, text: msg('errors.badContentLength'), code: 'BAD_BODY' };
      default:
        // The JSON parser's errors carry no code: a syntax error, or a __proto__ key.
        if (fault instanceof SyntaxError || fault.statusCode === 400)
          return { statusCode: 400, text: msg('errors.invalidJson'), code: 'INVALID_JSON' };
        return {
          statusCode: fault.statusCode >= 400 && fault.statusCode < 500 ? fault.statusCode : 400,
          text: msg('errors.unreadableRequest'),
          code: 'BAD_REQUEST',
        };
    }
  }

  /** Field details with their messages in the reader's language. */
  private details(
    details: ErrorDetail[] | Record<string, unknown> | undefined,
    locale: Locale,
  ): unknown {
    if (!Array.isArray(details)) return details;
    return details.map((detail) => ({
      field: detail.field,
      messages: detail.messages.map((text) => personText(text, locale)),
    }));
  }

  private body(statusCode: number, message: string, code?: string, details?: unknown): ErrorBody {
    const body: ErrorBody = { statusCode, error: REASON[statusCode] ?? 'Error', message };
    if (code) body.code = code;
    if (details !== undefined) body.details = details;
    return body;
  }

  /** What the log may keep of an unexpected error: its kind, never its SQL or stack. */
  private describe(exception: unknown): Record<string, unknown> {
    if (exception instanceof QueryFailedError) {
      const driverError = exception.driverError as { code?: string; number?: number } | undefined;
      return { type: 'QueryFailedError', code: driverError?.code ?? driverError?.number };
    }
    if (exception instanceof Error) {
      // A driver error that escaped TypeORM can carry SQL in its message: keep only the kind.
      const sqlLike = /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i.test(
        exception.message,
      );
      return sqlLike
        ? { type: exception.name }
        : { type: exception.name, message: exception.message.slice(0, 300) };
    }
    return { type: typeof exception };
  }
}
