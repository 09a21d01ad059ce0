import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * `npm run api:client` step one: writes the OpenAPI document to the file named, from an
 * application built as the server builds it but on a throw-away in-memory database, with
 * no jobs and no port. The console's API types are generated from it (openapi-typescript).
 */
async function writeOpenApiDocument(file: string): Promise<void> {
  Object.assign(process.env, {
    DB_TYPE: 'sqlite',
    DB_PATH: ':memory:',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'silent',
    CONSOLE_DIR: '/nonexistent',
    // a first admin is created on the empty database; its password is never shown
    ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
  });
  const { loadConfig } = await import('../config/load-config');
  const config = loadConfig();
  const { AppModule } = await import('../app.module');
  const { configureApp, createHttpAdapter } = await import('../configure-app');
  const { createLogger } = await import('../common/logging/create-logger');
  const { createOpenApiDocument } = await import('./openapi-document');
  const logger = createLogger('silent');
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger),
    createHttpAdapter(config),
    { bodyParser: false, logger: false },
  );
  await configureApp(app, config, logger);
  await app.init();
  const document = await createOpenApiDocument(app);
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node dist/src/openapi/write-openapi-document.js <file.json>\n');
  process.exit(2);
}
writeOpenApiDocument(file).catch((error: Error) => {
  process.stderr.write(`could not write the OpenAPI document: ${error.message}\n`);
  process.exit(1);
});
