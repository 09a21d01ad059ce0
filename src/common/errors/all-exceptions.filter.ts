import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { requestPath } from '../http/request-path';
import { RequestContext } from '../request-context';
import { DomainError, DomainErrorKind } from './domain-error';
import { ErrorBody } from './error-body';

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

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Errors Fastify raises before any handler runs (body, URL), which Nest wraps in an HttpException. */
interface FastifyFault {
  code?: string;
  statusCode: number;
}

function isFastifyFault(error: unknown): error is FastifyFault & Error {
  return error instanceof Error && typeof (error as Partial<FastifyFault>).statusCode === 'number';
}

/** Unique-key violations, named by code in each driver. */
function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string; number?: number } | undefined;
  return (
    driverError?.code === '23505' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    driverError?.number === 2627 ||
    driverError?.number === 2601
  );
}

/**
 * Turns every error into the one shape of DESIGN.md §7. Only messages written for people
 * leave the server: never a stack trace, SQL, driver text or secret.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error(
        { requestId: RequestContext.current()?.requestId, failure: this.describe(exception) },
        'request failed',
      );
    }
    if (response.sent || response.raw.headersSent) return;
    void response.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      return this.body(statusCode, exception.message, exception.code, exception.details);
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception, request);
    // A Fastify error thrown inside a handler (a plugin's), not wrapped by Nest.
    if (isFastifyFault(exception) && exception.code?.startsWith('FST_') && exception.statusCode < 500) return this.fromFastify(exception);
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return this.body(409, 'A record with the same unique value already exists.', 'DUPLICATE');
    }
    const requestId = RequestContext.current()?.requestId;
    return this.body(
      500,
      `Something went wrong on our side. Please try again; if it keeps happening, give the administrator this reference: ${requestId ?? 'unknown'}.`,
      'INTERNAL',
    );
  }

  private fromHttpException(exception: HttpException, request: FastifyRequest): ErrorBody {
    const status = exception.getStatus();
    // Nest wraps Fastify's body and URL errors; answer from the original.
    if (isFastifyFault(exception.cause)) return this.fromFastify(exception.cause);
    if (status === 404 && /^Cannot /.test(exception.message)) {
      const path = requestPath(request).slice(0, 200);
      const hint = path.startsWith('/api/') ? 'in this API' : 'here: the API is under /api';
      return this.body(404, `There is no ${request.method} ${path} ${hint}.`, 'NO_ROUTE');
    }
    if (status === 401) {
      return this.body(401, 'Sign in first: this request needs a valid access token.', 'UNAUTHENTICATED');
    }
    if (status === 403) {
      return this.body(403, 'You do not have permission to do this.', 'FORBIDDEN');
    }
    if (status >= 500) return this.body(status, 'The service is unavailable right now.', 'UNAVAILABLE');
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String((response as { message: unknown }).message)
        : exception.message;
    return this.body(status, message);
  }

  private fromFastify(fault: FastifyFault & Error): ErrorBody {
    switch (fault.code) {
      case 'FST_ERR_BAD_URL':
        return this.body(400, 'The address contains a malformed %-escape.', 'BAD_URL');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return this.body(413, 'The request body is larger than allowed.', 'BODY_TOO_LARGE');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return this.body(415, 'Send the request body as JSON (Content-Type: application/json).', 'UNSUPPORTED_MEDIA_TYPE');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return this.body(400, 'The request says it carries JSON but its body is empty.', 'INVALID_JSON');
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return this.body(400, 'The request body is shorter or longer than its Content-Length says.', 'BAD_BODY');
      default:
        // The JSON parser's errors carry no code: a syntax error, or a __proto__ key.
        if (fault instanceof SyntaxError || fault.statusCode === 400) return this.body(400, 'The request body is not valid JSON.', 'INVALID_JSON');
        return this.body(fault.statusCode >= 400 && fault.statusCode < 500 ? fault.statusCode : 400, 'The request could not be read.', 'BAD_REQUEST');
    }
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
      const sqlLike = /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i.test(exception.message);
      return sqlLike ? { type: exception.name } : { type: exception.name, message: exception.message.slice(0, 300) };
    }
    return { type: typeof exception };
  }
}
