import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { createValidationPipe } from './common/http/validation-pipe';
import { httpLoggerMiddleware } from './common/logging/http-logger.middleware';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import type { AppConfig } from './config/app-config';
import openApiMetadata from './metadata';

/**
 * Everything an application instance needs around its modules: the same for the server
 * (main.ts) and for the e2e tests, so that the tests exercise what runs in production.
 */
export async function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): Promise<void> {
  app.useLogger(new PinoNestLogger(logger));
  app.disable('x-powered-by');
  app.set('trust proxy', config.server.trustProxy);
  app.use(helmet());
  app.enableCors({
    origin: config.server.corsOrigins.length ? config.server.corsOrigins : false,
    exposedHeaders: ['X-Request-Id'],
    maxAge: 600,
  });
  app.use(httpLoggerMiddleware(logger));
  app.useBodyParser('json', { limit: config.server.bodyLimit });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(logger));
  app.enableShutdownHooks();

  await SwaggerModule.loadPluginMetadata(openApiMetadata);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Training CRM API')
      .setDescription('Customer management for training and coaching companies.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * After init: anything outside /api that nothing answered gets the same JSON 404 as an
 * unknown API route, not Express's HTML page.
 */
export function addFallbackRoute(app: NestExpressApplication): void {
  app.use((request: Request, response: Response) => {
    response.status(404).json({
      statusCode: 404,
      error: 'Not Found',
      message: `There is no ${request.method} ${request.path.slice(0, 200)} here: the API is under /api.`,
      code: 'NO_ROUTE',
    });
  });
}
