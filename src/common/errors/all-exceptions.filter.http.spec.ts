import {
  BadRequestException,
  ForbiddenException,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { answer, fastifyFault } from '../../../test/support/exception-filter-host';

// The texts below are the English ones; Chinese, the default, is checked over HTTP (i18n e2e).
describe('AllExceptionsFilter', () => {
  describe('HTTP exceptions', () => {
    it('answers invalid JSON with 400 INVALID_JSON', () => {
      const { body } = answer(
        fastifyFault(400, undefined, new SyntaxError('Unexpected end of JSON input')),
      );
      expect(body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request body is not valid JSON.',
        code: 'INVALID_JSON',
      });
      expect(answer(fastifyFault(400, 'FST_ERR_CTP_EMPTY_JSON_BODY')).body.code).toBe(
        'INVALID_JSON',
      );
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
      expect(body).toMatchObject({
        statusCode: 431,
        code: 'BAD_REQUEST',
        message: 'The request could not be read.',
      });
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
