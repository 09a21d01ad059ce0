import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { AUDIT_WRITE, AuditWriteSpec } from '../../src/audit/audit-write.decorator';
import { ROUTE_POLICY, RoutePolicy } from '../../src/access/route-policy';
import { ADMIN_CONTROLLER } from '../../src/access/admin-controller.decorator';

export interface DiscoveredRoute {
  /** e.g. `POST /api/admin/users/:id/freeze` */
  key: string;
  method: string;
  path: string;
  policy?: RoutePolicy;
  audit?: AuditWriteSpec;
  handler: string;
  /** declared with @AdminController */
  admin: boolean;
}

function joinPath(...parts: string[]): string {
  return `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every route the application serves, with the access policy and audit its handler declares. */
export function walkRoutes(app: INestApplication, prefix = 'api'): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const base: string = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      const classPolicy: RoutePolicy | undefined = Reflect.getMetadata(ROUTE_POLICY, controller);
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method =
          RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const fullPath = joinPath(prefix, base, path);
        routes.push({
          key: `${method} ${fullPath}`,
          method,
          path: fullPath,
          policy: Reflect.getMetadata(ROUTE_POLICY, handler) ?? classPolicy,
          audit: Reflect.getMetadata(AUDIT_WRITE, handler),
          handler: `${controller.name}.${name}`,
          admin: Reflect.getMetadata(ADMIN_CONTROLLER, controller) === true,
        });
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
