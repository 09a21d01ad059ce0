import type { FastifyRequest } from 'fastify';

/** The path a request asked for, without its query string (it may hold a phone number). */
export function requestPath(request: Pick<FastifyRequest, 'url'>): string {
  return request.url.split('?')[0];
}
