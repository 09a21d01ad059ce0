import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Level, Logger } from 'pino';
import { RequestContext } from '../request-context';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (the client's X-Request-Id if it is sane), logs one line per
 * response with method, path (no query: it may hold a phone number), status and time, and
 * opens the request context the audit writer reads. Written out rather than pino-http,
 * which builds a child logger and serialises every request even when its line is not
 * logged: a few per cent of each request's time.
 */
export function httpLoggerMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const status = res.statusCode;
      const level: Level = status >= 500 ? 'error' : aborted || status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method: req.method, path: req.originalUrl.split('?')[0] },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
        },
        aborted ? 'request aborted' : status >= 500 ? 'request failed' : 'request completed',
      );
    });
    const userAgent = req.headers['user-agent'];
    RequestContext.run({ requestId: id, ip: req.ip ?? null, userAgent: userAgent ? userAgent.slice(0, 512) : null }, next);
  };
}
