import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { RequestContext } from '../request-context';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (the client's X-Request-Id if it is sane), logs one line per
 * response with method, path (no query: it may hold a phone number), status and time, and
 * opens the request context the audit writer reads.
 */
export function httpLoggerMiddleware(logger: Logger) {
  const log = pinoHttp({
    logger: logger as unknown as Parameters<typeof pinoHttp>[0] extends infer O ? O extends { logger?: infer L } ? L : never : never,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error) => ({ type: err.name }),
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });

  return (req: Request, res: Response, next: NextFunction) => {
    log(req, res);
    const userAgent = req.get('user-agent');
    RequestContext.run(
      {
        requestId: String(req.id),
        ip: req.ip ?? null,
        userAgent: userAgent ? userAgent.slice(0, 512) : null,
      },
      next,
    );
  };
}
