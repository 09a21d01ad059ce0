import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
} from '@nestjs/swagger';
import openApiMetadata from '../metadata';
import { API_DOC, type ApiDocOptions } from './api-doc.decorator';
import { documentedExamples } from './api-example.decorator';
import { ErrorBodyDto, ErrorDetailDto } from './error-body.dto';
import { errorCodesOf, errorResponse, type RouteHandler } from './error-responses';
import { PageDto } from './page.dto';
import { applySuccessSchema } from './success-response';

const operationId = (controllerKey: string, methodKey: string) => `${controllerKey}_${methodKey}`;

/** Every handler of the application by the operation id the document gives it. */
function handlersByOperationId(app: INestApplication): Map<string, RouteHandler> {
  const handlers = new Map<string, RouteHandler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = controller.prototype[name];
        if (name !== 'constructor' && typeof handler === 'function') {
          handlers.set(operationId(controller.name, name), { controller, handler });
        }
      }
    }
  }
  return handlers;
}

/**
 * Completes each operation from its route: the success schema `@ApiDoc` names, and the
 * error envelope for every status the route can answer with. Done here rather than by a
 * decorator per status, so that a new module's routes are documented the same way without
 * anyone remembering to (test/platform/openapi-completeness.e2e-spec.ts checks it).
 */
function completeOperations(document: OpenAPIObject, app: INestApplication): void {
  const handlers = handlersByOperationId(app);
  const schemas = document.components?.schemas ?? {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation: OperationObject | undefined = item[method];
      if (!operation) continue;
      const route = operation.operationId ? handlers.get(operation.operationId) : undefined;
      const options = route
        ? (Reflect.getMetadata(API_DOC, route.handler) as ApiDocOptions | undefined)
        : undefined;
      applySuccessSchema(operation, options);
      for (const [status, codes] of errorCodesOf(operation, path, route, schemas, method)) {
        // An answer the route documents itself (health's 503 is its own report) stays.
        operation.responses[status] ??= errorResponse(status, codes);
      }
    }
  }
  for (const [name, example] of documentedExamples()) {
    const schema = schemas[name];
    if (schema && !('$ref' in schema)) schema.example = example;
  }
}

/** The OpenAPI document of the application, served at /api/docs-json. */
export async function createOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  // The plugin's metadata, generated from the TypeScript types (npm run openapi:metadata).
  await SwaggerModule.loadPluginMetadata(openApiMetadata);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Training CRM API')
      .setDescription('Customer management for training and coaching companies.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorBodyDto, ErrorDetailDto, PageDto], operationIdFactory: operationId },
  );
  completeOperations(document, app);
  return document;
}
