import fastifyMultipart from '@fastify/multipart';
import { answerFrameworkFault } from './common/errors/framework-fault';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { registerInputGuard } from './common/http/input-guard';
import { registerSecurityHeaders } from './common/http/security-headers';
import { createValidationPipe } from './common/http/validation-pipe';
import { registerHttpLogging, requestIdOf } from './common/logging/http-logging';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import type { AppConfig } from './config/app-config';
import { createOpenApiDocument } from './openapi/openapi-document';
import { serveConsole } from './console/serve-console';

/** `512kb` or `1mb` (the configuration allows no other form) in bytes. */
function bytes(limit: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/i.exec(limit) ?? [];
  return Number(amount) * (unit.toLowerCase() === 'mb' ? 1024 * 1024 : 1024);
}

/**
 * The HTTP server: Fastify rather than Express, for about half as much time per request
 * again on the busy reads (the customer list served ~1.5× the requests with the same code).
 * Fastify's own logger stays off: registerHttpLogging writes one line per request.
 */
export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    logger: false,
    trustProxy: config.server.trustProxy,
    bodyLimit: bytes(config.server.bodyLimit),
    genReqId: requestIdOf,
    frameworkErrors: answerFrameworkFault,
  });
}

/**
 * Everything an application instance needs around its modules: the same for the server
 * (main.ts) and for the e2e tests, so that the tests exercise what runs in production.
 */
export async function configureApp(
  app: NestFastifyApplication,
  config: AppConfig,
  logger: Logger,
): Promise<void> {
  app.useLogger(new PinoNestLogger(logger));
  const fastify = app.getHttpAdapter().getInstance();
  // Bodies are JSON (Fastify's own parser, within bodyLimit) or, on the import route, a
  // multipart upload; anything else is answered 415 rather than read as text.
  fastify.removeContentTypeParser('text/plain');
  registerHttpLogging(fastify, logger);
  registerInputGuard(fastify);
  registerSecurityHeaders(fastify);
  // Multipart bodies are only read by the routes that ask for a file (customer-upload.ts),
  // as a stream into the file store.
  await app.register(fastifyMultipart, { throwFileSizeLimit: true });
  app.enableCors({
    origin: config.server.corsOrigins.length ? config.server.corsOrigins : false,
    exposedHeaders: ['X-Request-Id'],
    maxAge: 600,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(logger));
  app.enableShutdownHooks();

  const document = await createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveConsole(app, config.server.consoleDir, logger);
}
