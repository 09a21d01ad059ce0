import type { ArgumentsHost } from '@nestjs/common';
import { HttpException } from '@nestjs/common';
import type { Logger } from 'pino';
import { AllExceptionsFilter } from '../../src/common/errors/all-exceptions.filter';
import type { ErrorBody } from '../../src/common/errors/error-body';

/** A fake of what AllExceptionsFilter is handed and answers with, for its unit specs. */
export interface FakeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
}

/** A request asking for English: the specs read the English texts (Chinese is checked over HTTP). */
export function fakeHost(
  request: FakeRequest = {
    method: 'GET',
    url: '/api/things',
    headers: { 'accept-language': 'en' },
  },
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

export function fakeLogger() {
  const error = jest.fn();
  return { logger: { error } as unknown as Logger, error };
}

/** Runs the filter on `exception` and returns the body it answered with. */
export function answer(
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
export function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => [key, ...allKeys(child)]);
  }
  return [];
}

/** An error Fastify raised before the handler, as Nest hands it to the filter. */
export function fastifyFault(
  statusCode: number,
  code?: string,
  base: Error = new Error('fastify text'),
): HttpException {
  return new HttpException(base.message, statusCode, {
    cause: Object.assign(base, { statusCode, code }),
  });
}
