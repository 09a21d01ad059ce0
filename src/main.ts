import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { createLogger } from './common/logging/create-logger';
import { PinoNestLogger } from './common/logging/pino-nest-logger';

const SHUTDOWN_GRACE_MS = 10_000;

function configOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  // Validate before the modules load: entity files read the database type on import.
  const config = configOrExit();
  const { AppModule } = await import('./app.module');
  const { configureApp, createHttpAdapter } = await import('./configure-app');

  const logger = createLogger(config.log.level);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger),
    createHttpAdapter(config),
    {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    },
  );
  await configureApp(app, config, logger);

  // Nest closes the server and the data source on these signals; give up after a grace period.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    });
  }

  await app.init();
  await app.listen(config.server.port, config.server.host);
  logger.info(
    {
      url: `http://${config.server.host}:${config.server.port}/api`,
      database: config.database.type,
    },
    'CRM is listening; API documentation at /api/docs',
  );
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`The CRM could not start: ${error.message}\n`);
  process.exit(1);
});
