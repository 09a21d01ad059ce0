import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
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

/** Errors raised by the body parser before any handler runs. */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number';
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
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error(
        { requestId: RequestContext.current()?.requestId, failure: this.describe(exception) },
        'request failed',
      );
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, request: Request): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      return this.body(statusCode, exception.message, exception.code, exception.details);
    }
    if (exception instanceof HttpException) return this.fromHttpException(exception, request);
    if (isBodyParserError(exception)) return this.fromBodyParser(exception);
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

  private fromHttpException(exception: HttpException, request: Request): ErrorBody {
    const status = exception.getStatus();
    // Nest wraps the body parser's and the URL decoder's errors; answer from the original.
    if (isBodyParserError(exception.cause)) return this.fromBodyParser(exception.cause);
    if (exception.cause instanceof URIError) {
      return this.body(400, 'The address contains a malformed %-escape.', 'BAD_URL');
    }
    if (status === 404 && /^Cannot /.test(exception.message)) {
      return this.body(404, `There is no ${request.method} ${request.originalUrl.split('?')[0].slice(0, 200)} in this API.`, 'NO_ROUTE');
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

  private fromBodyParser(error: BodyParserError): ErrorBody {
    switch (error.type) {
      case 'entity.parse.failed':
        return this.body(400, 'The request body is not valid JSON.', 'INVALID_JSON');
      case 'entity.too.large':
        return this.body(413, `The request body is larger than the ${error.limit ?? ''} bytes allowed.`.replace('  ', ' '), 'BODY_TOO_LARGE');
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return this.body(415, 'The request body must be UTF-8 JSON.', 'UNSUPPORTED_ENCODING');
      default:
        return this.body(error.status >= 400 && error.status < 500 ? error.status : 400, 'The request body could not be read.', 'BAD_BODY');
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
