import { Writable } from 'node:stream';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DatabaseUnavailableError } from '../../database/resilience/database-unavailable.error';
import { allKeys, answer, fakeHost, fakeLogger } from '../../../test/support/exception-filter-host';
import { createLogger } from '../logging/create-logger';
import { RequestContext } from '../request-context';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { msg } from '../i18n/msg';
import { DomainError } from './domain-error';

// The texts below are the English ones; Chinese, the default, is checked over HTTP (i18n e2e).
// HTTP exceptions (Fastify's and Nest's) are in all-exceptions.filter.http.spec.ts.
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
      [
        new QueryFailedError(
          'SELECT 1',
          [],
          Object.assign(new Error('terminating connection due to administrator command'), {
            code: '57P01',
          }),
        ),
        'DATABASE_UNAVAILABLE',
        '2',
      ],
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
});
