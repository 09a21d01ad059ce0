import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Level, Logger } from 'pino';
import { requestPath } from '../http/request-path';
import { localeOf } from '../i18n/locale';
import { RequestContext, RequestContextData } from '../request-context';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the client's X-Request-Id if it is sane, a new UUID otherwise (fastify's genReqId). */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}

const CONTEXT = Symbol('requestContext');
type WithContext = FastifyRequest & { [CONTEXT]?: RequestContextData };

/**
 * Sends every request's id back as X-Request-Id, logs one line per response with method, path
 * (no query: it may hold a phone number), status and time, and opens the request context the
 * audit writer reads. The context is entered again once the body is read: the body arrives
 * on events of the socket, outside the context entered when the request began.
 */
export function registerHttpLogging(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request: WithContext, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    const userAgent = request.headers['user-agent'];
    const context: RequestContextData = {
      requestId: request.id,
      ip: request.ip ?? null,
      userAgent: userAgent ? userAgent.slice(0, 512) : null,
      locale: localeOf(request.headers['accept-language']),
    };
    request[CONTEXT] = context;
    RequestContext.run(context, done);
  });
  fastify.addHook('preHandler', (request: WithContext, _reply, done) => {
    const context = request[CONTEXT];
    if (context) RequestContext.run(context, done);
    else done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logLine(logger, request, reply, false);
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    logLine(logger, request, undefined, true);
    done();
  });
}

function logLine(
  logger: Logger,
  request: FastifyRequest,
  reply: FastifyReply | undefined,
  aborted: boolean,
): void {
  const status = reply?.statusCode ?? 0;
  const level: Level = status >= 500 ? 'error' : aborted || status >= 400 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  logger[level](
    {
      req: { id: request.id, method: request.method, path: requestPath(request) },
      res: { statusCode: status },
      responseTime: reply ? Math.round(reply.elapsedTime) : undefined,
    },
    aborted ? 'request aborted' : status >= 500 ? 'request failed' : 'request completed',
  );
}
