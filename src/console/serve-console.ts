import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';

/** Hashed file names (Vite's `assets/`) never change their content: kept for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built browser console (`npm run build` writes it to web/dist) from the API's
 * own server: its files at `/`, and index.html for any other path outside `/api`, so that a
 * reload on `/customers/12` opens the console there (history routing). `/api` stays the
 * API's: an unknown API path is still the API's JSON 404. Without a build (the tests, or a
 * server run before `npm run build`), or with `consoleDir` empty, the API runs alone.
 */
export async function serveConsole(
  app: NestFastifyApplication,
  consoleDir: string,
  logger: Logger,
): Promise<void> {
  if (!consoleDir) return;
  const root = resolve(consoleDir);
  if (!existsSync(join(root, 'index.html'))) {
    logger.info({ consoleDir: root }, 'no console build here: serving the API alone');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    // Each file gets its own route, found once at start, so no path outside `root` is
    // ever looked up and `/*` below is free for the fallback.
    wildcard: false,
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', path.startsWith(join(root, 'assets')) ? IMMUTABLE : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) {
      // an API path nobody answers, or a file that is not there: a 404, not the console
      return reply.callNotFound();
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
