import { Writable } from 'node:stream';
import {
  ArgumentsHost,
  BadRequestException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DatabaseUnavailableError } from '../../database/resilience/database-unavailable.error';
import { createLogger } from '../logging/create-logger';
import { RequestContext } from '../request-context';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { msg } from '../i18n/msg';
import { DomainError } from './domain-error';
import type { ErrorBody } from './error-body';

interface FakeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
}

// The texts below are the English ones; Chinese, the default, is checked over HTTP (i18n e2e).
function fakeHost(
  request: FakeRequest = { method: 'GET', url: '/api/things', headers: { 'accept-language': 'en' } },
  headersSent = false,
) {
  const json = jest.fn();
  const status = jest.fn(() => ({ send: json }));
  const header = jest.fn();
  const response = { sent: false, raw: { headersSent }, status, header };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  return { host, status, json, header };
}

function fakeLogger() {
  const error = jest.fn();
  return { logger: { error } as unknown as Logger, error };
}

/** Runs the filter on `exception` and returns the body it answered with. */
function answer(
  exception: unknown,
  request?: FakeRequest,
): { body: ErrorBody; logError: jest.Mock } {
  const { logger, error } = fakeLogger();
  const { host, status, json } = fakeHost(request);
  new AllExceptionsFilter(logger).catch(exception, host);
  expect(status).toHaveBeenCalledTimes(1);
  expect(json).toHaveBeenCalledTimes(1);
  const body = json.mock.calls[0][0] as ErrorBody;
  expect(status).toHaveBeenCalledWith(body.statusCode);
  return { body, logError: error };
}

/** Every key at any depth of a JSON-like value. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => [key, ...allKeys(child)]);
  }
  return [];
}

/** An error Fastify raised before the handler, as Nest hands it to the filter. */
function fastifyFault(statusCode: number, code?: string, base: Error = new Error('fastify text')): HttpException {
  return new HttpException(base.message, statusCode, { cause: Object.assign(base, { statusCode, code }) });
}

describe('AllExceptionsFilter', () => {
  describe('domain errors', () => {
    it('answers not found with 404 and the entity in the message', () => {
      const { body, logError } = answer(DomainError.notFound(msg('entities.customer'), 42));
      expect(body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'There is no customer with id 42.',
        code: 'NOT_FOUND',
      });
      expect(logError).not.toHaveBeenCalled();
    });

    it('answers a conflict with 409 and its code', () => {
      const { body } = answer(DomainError.conflict('The user name is taken.', 'USERNAME_TAKEN'));
      expect(body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'The user name is taken.',
        code: 'USERNAME_TAKEN',
      });
    });

    it('leaves out the code when there is none', () => {
      const { body } = answer(DomainError.forbidden('Not yours.'));
      expect(body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Not yours.' });
    });

    it('keeps the details of a bad request', () => {
      const details = [{ field: 'password', messages: ['must be at least 10 characters long'] }];
      const { body } = answer(
        DomainError.badRequest('The password is not allowed.', details, 'WEAK_PASSWORD'),
      );
      expect(body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The password is not allowed.',
        code: 'WEAK_PASSWORD',
        details,
      });
    });

    it.each([
      ['unauthorized', DomainError.unauthorized('Wrong password.'), 401, 'Unauthorized'],
      ['locked', DomainError.locked('Locked out.'), 423, 'Locked'],
      ['unprocessable', DomainError.unprocessable('Cannot.'), 422, 'Unprocessable Entity'],
      ['stale version', DomainError.staleVersion('customer'), 409, 'Conflict'],
      [
        'too many requests',
        new DomainError('too_many_requests', 'Slow down.'),
        429,
        'Too Many Requests',
      ],
    ])('maps %s to %i %s', (_kind, error, statusCode, reason) => {
      const { body } = answer(error);
      expect(body.statusCode).toBe(statusCode);
      expect(body.error).toBe(reason);
      expect(body.message).toBe(error.message);
    });
  });

  describe('a busy or lost database', () => {
    it.each([
      [new DatabaseUnavailableError('busy', 5), 'DATABASE_BUSY', '5'],
      [new DatabaseUnavailableError('connection_lost', 2), 'DATABASE_UNAVAILABLE', '2'],
      [new QueryRunnerAlreadyReleasedError(), 'DATABASE_UNAVAILABLE', '2'],
      [new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })), 'DATABASE_UNAVAILABLE', '2'],
    ])('answers %p with 503, its code and Retry-After', (error, code, retryAfter) => {
      const { host, status, json, header } = fakeHost();
      new AllExceptionsFilter(fakeLogger().logger).catch(error, host);
      expect(status).toHaveBeenCalledWith(503);
      expect(json.mock.calls[0][0]).toMatchObject({ statusCode: 503, code });
      expect(header).toHaveBeenCalledWith('Retry-After', retryAfter);
      expect(JSON.stringify(json.mock.calls[0][0])).not.toMatch(/SELECT|terminating/);
    });
  });

  describe('unexpected errors', () => {
    const leaky = new Error('SELECT * FROM secret_table');

    it('answers 500 without the error text or stack', () => {
      const { body } = answer(leaky);
      expect(body.statusCode).toBe(500);
      expect(body.error).toBe('Internal Server Error');
      expect(body.code).toBe('INTERNAL');
      expect(body.message).not.toContain('SELECT');
      expect(body.message).not.toContain('secret');
      expect(JSON.stringify(body)).not.toContain('secret_table');
      expect(allKeys(body)).not.toContain('stack');
      expect(body.message).toContain('reference: unknown');
    });

    it('logs the kind of error, without its stack', () => {
      const { logError } = answer(leaky);
      expect(logError).toHaveBeenCalledTimes(1);
      const [logged, message] = logError.mock.calls[0] as [Record<string, unknown>, string];
      expect(message).toBe('request failed');
      expect(logged).toEqual({
        requestId: undefined,
        failure: { type: 'Error' },
      });
      expect(allKeys(logged)).not.toContain('stack');
    });

    it('gives the request id as the reference, in the body and the log', () => {
      const context = { requestId: 'req-12345678', ip: null, userAgent: null };
      const { body, logError } = RequestContext.run(context, () => answer(new TypeError('boom')));
      expect(body.message).toContain('reference: req-12345678.');
      expect(logError).toHaveBeenCalledWith(
        { requestId: 'req-12345678', failure: { type: 'TypeError', message: 'boom' } },
        'request failed',
      );
    });

    it('answers 500 for something thrown that is not an Error', () => {
      const { body, logError } = answer('a string');
      expect(body.statusCode).toBe(500);
      expect(body.code).toBe('INTERNAL');
      expect(logError).toHaveBeenCalledWith(
        { requestId: undefined, failure: { type: 'string' } },
        'request failed',
      );
    });

    it('writes no stack trace to a real pino log', () => {
      const lines: string[] = [];
      const destination = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      const { host } = fakeHost();
      new AllExceptionsFilter(createLogger('error', destination)).catch(leaky, host);

      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]) as Record<string, unknown>;
      expect(entry.level).toBe(50);
      expect(entry.msg).toBe('request failed');
      expect(entry.failure).toEqual({ type: 'Error' });
      expect(allKeys(entry)).not.toContain('stack');
      // the error was made in this file, so any frame of its stack would name it
      expect(leaky.stack).toContain('all-exceptions.filter.spec');
      expect(lines[0]).not.toContain('all-exceptions.filter.spec');
      expect(lines[0]).not.toMatch(/\.[jt]s:\d+:\d+/);
    });

    it('logs but does not answer when the headers are already sent', () => {
      const { logger, error } = fakeLogger();
      const { host, status } = fakeHost(undefined, true);
      new AllExceptionsFilter(logger).catch(leaky, host);
      expect(status).not.toHaveBeenCalled();
      expect(error).toHaveBeenCalledTimes(1);
    });
  });

  describe('database errors', () => {
    it('answers a unique violation with 409 DUPLICATE and no SQL', () => {
      const driverError = Object.assign(new Error('dup'), { code: '23505' });
      const { body, logError } = answer(new QueryFailedError('SELECT 1', [], driverError));
      expect(body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'A record with the same unique value already exists.',
        code: 'DUPLICATE',
      });
      expect(JSON.stringify(body)).not.toContain('SELECT');
      expect(JSON.stringify(body)).not.toContain('dup');
      expect(logError).not.toHaveBeenCalled();
    });

    it.each([
      [{ code: 'SQLITE_CONSTRAINT_UNIQUE' }],
      [{ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }],
      [{ number: 2627 }],
      [{ number: 2601 }],
    ])('recognises the unique violation %j', (fields) => {
      const driverError = Object.assign(new Error('constraint'), fields);
      expect(answer(new QueryFailedError('INSERT INTO t', [], driverError)).body.code).toBe(
        'DUPLICATE',
      );
    });

    it('answers any other query failure with 500, logging only its code', () => {
      const driverError = Object.assign(new Error('relation "secret_table" does not exist'), {
        code: '42P01',
      });
      const { body, logError } = answer(
        new QueryFailedError('SELECT * FROM secret_table', ['p4ss'], driverError),
      );
      expect(body.statusCode).toBe(500);
      expect(body.code).toBe('INTERNAL');
      expect(JSON.stringify(body)).not.toContain('secret_table');
      expect(logError).toHaveBeenCalledWith(
        { requestId: undefined, failure: { type: 'QueryFailedError', code: '42P01' } },
        'request failed',
      );
    });
  });

  describe('HTTP exceptions', () => {
    it('answers invalid JSON with 400 INVALID_JSON', () => {
      const { body } = answer(fastifyFault(400, undefined, new SyntaxError('Unexpected end of JSON input')));
      expect(body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request body is not valid JSON.',
        code: 'INVALID_JSON',
      });
      expect(answer(fastifyFault(400, 'FST_ERR_CTP_EMPTY_JSON_BODY')).body.code).toBe('INVALID_JSON');
    });

    it('answers a body over the limit with 413 BODY_TOO_LARGE', () => {
      expect(answer(fastifyFault(413, 'FST_ERR_CTP_BODY_TOO_LARGE')).body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'The request body is larger than allowed.',
        code: 'BODY_TOO_LARGE',
      });
    });

    it('answers a body that is not JSON with 415', () => {
      expect(answer(fastifyFault(415, 'FST_ERR_CTP_INVALID_MEDIA_TYPE')).body).toMatchObject({
        statusCode: 415,
        error: 'Unsupported Media Type',
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    });

    it("answers Fastify's other faults with their 4xx status and none of their text", () => {
      const { body } = answer(fastifyFault(431, 'FST_ERR_SOMETHING'));
      expect(body).toMatchObject({ statusCode: 431, code: 'BAD_REQUEST', message: 'The request could not be read.' });
      expect(JSON.stringify(body)).not.toContain('fastify text');
    });

    it('answers a malformed %-escape with 400 BAD_URL', () => {
      expect(answer(fastifyFault(400, 'FST_ERR_BAD_URL')).body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The address contains a malformed %-escape.',
        code: 'BAD_URL',
      });
    });

    it("answers Nest's missing route with NO_ROUTE, without the query string", () => {
      const { body } = answer(new NotFoundException('Cannot GET /api/nowhere?phone=13800000000'), {
        method: 'GET',
        url: '/api/nowhere?phone=13800000000',
        headers: { 'accept-language': 'en' },
      });
      expect(body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'There is no GET /api/nowhere in this API.',
        code: 'NO_ROUTE',
      });
    });

    it('answers 401 and 403 with fixed messages', () => {
      expect(answer(new UnauthorizedException('jwt expired')).body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Sign in first: this request needs a valid access token.',
        code: 'UNAUTHENTICATED',
      });
      expect(answer(new ForbiddenException('Forbidden resource')).body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'You do not have permission to do this.',
        code: 'FORBIDDEN',
      });
    });

    it('hides the text of a 5xx HTTP exception', () => {
      const { body, logError } = answer(
        new ServiceUnavailableException('database at 10.0.0.5 is down'),
      );
      expect(body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The service is unavailable right now.',
        code: 'UNAVAILABLE',
      });
      expect(logError).toHaveBeenCalledTimes(1);
    });

    it('answers other 4xx HTTP exceptions in general words of its own, not their text', () => {
      expect(answer(new BadRequestException('page must be a positive number')).body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request could not be processed.',
      });
    });
  });
});
